// PLAYBOOK §2: the employer goes quiet → follow up after a missed promised date (next business morning)
// or 7 days of silence; at most one a week; after 3 unanswered follow-ups, step out.
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
import { interviewEnd } from "./interview";

export const SILENCE_DAYS = 7;
export const MAX_UNANSWERED_FOLLOW_UPS = 3;

export function silenceNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  if (r.stage !== "in_process") return [];
  const start = instantOrNull(r.interviewAt);
  // Before an upcoming interview the owner is not waiting for news.
  if (start !== null && start > ctx.now) return [];
  const contact = instantOrNull(r.lastContactAt) ?? Date.parse(r.createdAt);
  // A follow-up nudge the owner did not confirm (no BCC, no "sent") still counts as an attempt:
  // whether or not they wrote, the next reminder waits a week, and three of them lead to step_out.
  const reminded = followUpNudgesSince(r, contact);
  const attempts = Math.max(r.followUpsSent, reminded.length);
  const lastOwnFollowUp = r.followUpsSent > 0 ? instantOrNull(r.lastFollowUpAt) : null;
  // An expedite request also asks them for news: the next follow-up waits a week after it too (but an
  // unconfirmed one is no unanswered follow-up: stepping out of a preferred process is not its result).
  const asked = [...reminded, ...nudgesSince(r, contact, "expedite_request.")];
  const lastReminder = asked.length > 0 ? Math.max(...asked) : null;
  const lastFollowUp =
    lastOwnFollowUp === null && lastReminder === null ? null : Math.max(lastOwnFollowUp ?? 0, lastReminder ?? 0);
  const quietSince = Math.max(contact, interviewEnd(r) ?? contact, lastFollowUp ?? contact);
  const weekLater = (ms: number) => weekLaterMorning(ms, ctx);
  // Never more than one follow-up a week.
  const earliest = lastFollowUp === null ? Number.NEGATIVE_INFINITY : weekLater(lastFollowUp);
  const contactKey = compactStamp(contact);

  if (attempts >= MAX_UNANSWERED_FOLLOW_UPS) {
    return [
      {
        id: nudgeId(["step_out", r.id, contactKey]),
        kind: "step_out",
        employerId: r.id,
        dueAt: Math.max(weekLater(quietSince), earliest),
        drafts: ["step_out"],
        reason: `${attempts} follow-ups unanswered`,
        expiresAt: null,
      },
    ];
  }

  const promise = deadlineOrNull(r.expectDecisionBy, ctx.owner.timezone);
  // A promise made before the latest news is superseded by that news.
  const livePromise = promise && promise.endsAt > contact ? promise : null;
  const sequence = String(attempts + 1);
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

/**
 * Unanswered follow-ups since the employer's last news: the ones the owner confirmed (BCC, `sent`) or
 * the reminders jobnudge delivered, whichever is more (PLAYBOOK §2: three of them lead to step_out).
 */
export function unansweredFollowUps(r: EmployerRecord): number {
  const contact = instantOrNull(r.lastContactAt) ?? Date.parse(r.createdAt);
  return Math.max(r.followUpsSent, followUpNudgesSince(r, contact).length);
}

/** When follow-up nudges were delivered since the employer's last news (UTC ms). */
function followUpNudgesSince(r: EmployerRecord, contact: number): number[] {
  return nudgesSince(r, contact, "follow_up.");
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
