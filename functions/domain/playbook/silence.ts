// PLAYBOOK §2: the employer goes quiet → follow up after a missed promised date (next business morning)
// or 7 days of silence; at most one a week; after 3 unanswered follow-ups, step out. Nothing while the
// employer waits on the owner (§1b: the owner-move rule nudges the owner instead).
import type { EmployerRecord } from "../employer";
import { nudgeId } from "../nudge";
import {
  addDays,
  businessMorningOnOrAfter,
  compactStamp,
  deadlineKey,
  deadlineOrNull,
  instantOrNull,
  localDateOf,
  morningOf,
  nextBusinessMorning,
} from "../time";
import type { Candidate, PlanContext } from "./candidate";
import { lastContact } from "./contact";
import { interviewEnd } from "./interview";

export const SILENCE_DAYS = 7;
export const MAX_UNANSWERED_FOLLOW_UPS = 3;

export function silenceNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  if (r.stage !== "in_process") return [];
  const start = instantOrNull(r.interviewAt);
  // Before an upcoming interview the owner is not waiting for news.
  if (start !== null && start > ctx.now) return [];
  // PLAYBOOK §1b: while the employer waits on the owner, nobody follows up with them.
  if (r.ownerMove) return [];
  const contact = employerNewsAt(r);
  // Every follow-up since their last news: a reminder jobnudge delivered, the owner's own follow-up
  // (BCC or "sent"), or both for the same one. An unconfirmed reminder still counts as an attempt:
  // whether or not they wrote, the next reminder waits a week, and three of them lead to step_out.
  const attempts = followUpAttempts(r, contact);
  // An expedite request also asks them for news: the next follow-up waits a week after it too (but an
  // unconfirmed one is no unanswered follow-up: stepping out of a preferred process is not its result).
  const asked = [...attempts, ...nudgesSince(r, contact, "expedite_request.")];
  const lastFollowUp = asked.length > 0 ? Math.max(...asked) : null;
  // Silence runs from the last exchange: their mail, the owner's own mail (an answer to them), the
  // interview's end, or the last follow-up.
  const exchanged = lastContact(r, ctx.now)?.at ?? contact;
  const quietSince = Math.max(contact, exchanged, interviewEnd(r) ?? contact, lastFollowUp ?? contact);
  const weekLater = (ms: number) => weekLaterMorning(ms, ctx);
  // Never more than one follow-up a week.
  const earliest = lastFollowUp === null ? Number.NEGATIVE_INFINITY : weekLater(lastFollowUp);
  const contactKey = compactStamp(contact);

  if (attempts.length >= MAX_UNANSWERED_FOLLOW_UPS) {
    return [
      {
        id: nudgeId(["step_out", r.id, contactKey]),
        kind: "step_out",
        employerId: r.id,
        dueAt: Math.max(weekLater(quietSince), earliest),
        drafts: ["step_out"],
        reason: `${attempts.length} follow-ups unanswered`,
        expiresAt: null,
      },
    ];
  }

  const promise = deadlineOrNull(r.expectDecisionBy, ctx.owner.timezone);
  // A promise made before the latest news is superseded by that news.
  const livePromise = promise && promise.endsAt > contact ? promise : null;
  const sequence = String(attempts.length + 1);
  if (livePromise) {
    return [
      {
        id: nudgeId(["follow_up", r.id, sequence, contactKey, deadlineKey(livePromise)]),
        kind: "follow_up",
        employerId: r.id,
        dueAt: Math.max(nextBusinessMorning(livePromise.endsAt, ctx.owner), earliest),
        drafts: ["follow_up"],
        reason: `promised ${livePromise.value}`,
        expiresAt: null,
      },
    ];
  }
  return [
    {
      id: nudgeId(["follow_up", r.id, sequence, contactKey]),
      kind: "follow_up",
      employerId: r.id,
      dueAt: Math.max(weekLater(quietSince), earliest),
      drafts: ["follow_up"],
      reason: `silent since ${compactStamp(quietSince)}`,
      expiresAt: null,
    },
  ];
}

/** The employer's last news (UTC ms): their last mail, else when jobnudge first heard of them. */
function employerNewsAt(r: EmployerRecord): number {
  return instantOrNull(r.lastContactAt) ?? Date.parse(r.createdAt);
}

/**
 * When each follow-up since the employer's last news went out (UTC ms, in order). A reminder jobnudge
 * delivered and the owner's own follow-up sent after it (BCC or "sent") are one follow-up, dated by the
 * owner's; an owner's follow-up with no reminder before it is one on its own (PLAYBOOK §2: the weekly
 * cadence goes on from the owner's follow-up).
 */
export function followUpAttempts(r: EmployerRecord, contact: number = employerNewsAt(r)): number[] {
  const events = [
    ...nudgesSince(r, contact, "follow_up.").map((at) => ({ at, own: false })),
    ...ownFollowUpsSince(r, contact).map((at) => ({ at, own: true })),
  ].sort((a, b) => a.at - b.at || Number(a.own) - Number(b.own));
  const attempts: number[] = [];
  let reminderOpen = false;
  for (const event of events) {
    if (event.own && reminderOpen) attempts[attempts.length - 1] = event.at;
    else attempts.push(event.at);
    reminderOpen = !event.own;
  }
  return attempts;
}

/** The owner's own follow-ups since the employer's last news: BCC'd mail and "sent" (UTC ms). */
function ownFollowUpsSince(r: EmployerRecord, contact: number): number[] {
  const own = r.timeline
    .filter(
      (t) =>
        Date.parse(t.at) > contact &&
        ((t.kind === "outgoing" && /: follow-up \d+ sent$/.test(t.summary)) ||
          (t.kind === "action" && t.summary.startsWith("sent: follow-up"))),
    )
    .map((t) => Date.parse(t.at));
  // Records written before the timeline said so: the count and the last one are all there is.
  const last = instantOrNull(r.lastFollowUpAt);
  while (own.length < r.followUpsSent && last !== null) own.push(last);
  return own;
}

/**
 * Unanswered follow-ups since the employer's last news: reminders delivered and the owner's own
 * follow-ups, one each when both went out for the same one (PLAYBOOK §2: three lead to step_out).
 */
export function unansweredFollowUps(r: EmployerRecord): number {
  return followUpAttempts(r).length;
}

/** Follow-up reminders jobnudge delivered since the employer's last news (some the owner may have sent). */
export function followUpReminders(r: EmployerRecord): number {
  return nudgesSince(r, employerNewsAt(r), "follow_up.").length;
}

/** When nudges with this id prefix were delivered since the employer's last news (UTC ms). */
function nudgesSince(r: EmployerRecord, contact: number, idPrefix: string): number[] {
  return r.timeline
    .filter((t) => t.kind === "nudge" && t.nudgeId?.startsWith(idPrefix) && Date.parse(t.at) > contact)
    .map((t) => Date.parse(t.at));
}

/** The morning of the 7th calendar day after `ms` (owner-local), or the next business morning. */
function weekLaterMorning(ms: number, ctx: PlanContext): number {
  const date = addDays(localDateOf(ms, ctx.owner.timezone), SILENCE_DAYS);
  return businessMorningOnOrAfter(morningOf(date, ctx.owner), ctx.owner);
}
