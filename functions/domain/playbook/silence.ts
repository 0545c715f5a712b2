// PLAYBOOK §2: the employer goes quiet → follow up after a missed promised date (next business morning)
// or 7 days of silence; at most one a week; after 3 unanswered follow-ups, step out.
import type { EmployerRecord } from "../employer";
import { nudgeId } from "../nudge";
import {
  businessMorningOnOrAfter,
  compactStamp,
  DAY_MS,
  deadlineKey,
  deadlineOrNull,
  instantOrNull,
  nextBusinessMorning,
} from "../time";
import type { Candidate, PlanContext } from "./candidate";
import { interviewEnd } from "./interview";

export const SILENCE_DAYS = 7;
export const MAX_UNANSWERED_FOLLOW_UPS = 3;
const WEEK_MS = 7 * DAY_MS;

export function silenceNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  if (r.stage !== "in_process") return [];
  const start = instantOrNull(r.interviewAt);
  // Before an upcoming interview the owner is not waiting for news.
  if (start !== null && start > ctx.now) return [];
  const contact = instantOrNull(r.lastContactAt) ?? Date.parse(r.createdAt);
  const lastFollowUp = r.followUpsSent > 0 ? instantOrNull(r.lastFollowUpAt) : null;
  const quietSince = Math.max(contact, interviewEnd(r) ?? contact, lastFollowUp ?? contact);
  // Never more than one follow-up a week: the earliest the next one may come.
  const weekAfterFollowUp = lastFollowUp === null ? quietSince : lastFollowUp + WEEK_MS;
  const contactKey = compactStamp(contact);

  if (r.followUpsSent >= MAX_UNANSWERED_FOLLOW_UPS) {
    return [
      {
        id: nudgeId(["step_out", r.id, contactKey]),
        kind: "step_out",
        employerId: r.id,
        dueAt: businessMorningOnOrAfter(Math.max(quietSince + WEEK_MS, weekAfterFollowUp), ctx.owner),
        drafts: ["step_out"],
        reason: `${r.followUpsSent} follow-ups unanswered`,
        expiresAt: null,
      },
    ];
  }

  const promise = deadlineOrNull(r.expectDecisionBy, ctx.owner.timezone);
  // A promise made before the latest news is superseded by that news.
  const livePromise = promise && promise.endsAt > contact ? promise : null;
  const sequence = String(r.followUpsSent + 1);
  if (livePromise) {
    return [
      {
        id: nudgeId(["follow_up", r.id, sequence, contactKey, deadlineKey(livePromise)]),
        kind: "follow_up",
        employerId: r.id,
        dueAt: Math.max(
          nextBusinessMorning(livePromise.endsAt, ctx.owner),
          lastFollowUp === null ? Number.NEGATIVE_INFINITY : businessMorningOnOrAfter(weekAfterFollowUp, ctx.owner),
        ),
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
      dueAt: businessMorningOnOrAfter(Math.max(quietSince + SILENCE_DAYS * DAY_MS, weekAfterFollowUp), ctx.owner),
      drafts: ["follow_up"],
      reason: `silent since ${compactStamp(quietSince)}`,
      expiresAt: null,
    },
  ];
}
