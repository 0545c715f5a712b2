// PLAYBOOK §1: an interview is scheduled → prep the evening before, thank-you right after it ends.
import type { EmployerRecord } from "../employer";
import { nudgeId } from "../nudge";
import {
  compactStamp,
  eveningBefore,
  HOUR_MS,
  instantOrNull,
  isAtOrAfterClock,
  isQuietTime,
  MINUTE_MS,
  nextBusinessMorning,
  toIso,
} from "../time";
import { OPEN_STAGES } from "../vocabularies";
import type { Candidate, PlanContext } from "./candidate";

export const DEFAULT_INTERVIEW_MINUTES = 60;
// Prep learned later than the evening before is still worth it only with time to use it.
const PREP_LEAD_MS = 2 * HOUR_MS;
// After this a thank-you reads as an afterthought; the silence follow-up takes over.
const THANK_YOU_WINDOW_MS = 3 * 24 * HOUR_MS;
const MAX_THANK_YOU_DRAFTS = 4;
const LATE_EVENING = "20:00";

export function interviewNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  const start = instantOrNull(r.interviewAt);
  if (start === null || !OPEN_STAGES.includes(r.stage)) return [];
  const zone = ctx.owner.timezone;
  const key = compactStamp(start);
  const end = interviewEnd(r) ?? start;
  const thankYouAt =
    isAtOrAfterClock(end, LATE_EVENING, zone) || isQuietTime(end, zone) ? nextBusinessMorning(end, ctx.owner) : end;
  const people = Math.min(Math.max(r.interviewers.length, 1), MAX_THANK_YOU_DRAFTS);
  return [
    {
      id: nudgeId(["interview_prep", r.id, key]),
      kind: "interview_prep",
      employerId: r.id,
      dueAt: eveningBefore(start, zone),
      drafts: [],
      reason: `interview ${toIso(start)}`,
      expiresAt: start - PREP_LEAD_MS,
    },
    {
      id: nudgeId(["thank_you", r.id, key]),
      kind: "thank_you",
      employerId: r.id,
      dueAt: thankYouAt,
      drafts: Array.from({ length: people }, () => "thank_you" as const),
      reason: `interview ended ${toIso(end)}`,
      expiresAt: end + THANK_YOU_WINDOW_MS,
    },
  ];
}

/** Interview end (start + stated length, default 60 min), or null without an interview. */
export function interviewEnd(r: EmployerRecord): number | null {
  const start = instantOrNull(r.interviewAt);
  if (start === null) return null;
  return start + (r.interviewMinutes ?? DEFAULT_INTERVIEW_MINUTES) * MINUTE_MS;
}
