// PLAYBOOK §1: an interview is scheduled → prep the evening before, thank-you right after it ends (the
// stated end), or at once when the employer writes that it took place.
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
// A "thank you for interviewing today" this long before the recorded start is about another round.
const HELD_SAME_INTERVIEW_MS = 12 * HOUR_MS;

export function interviewNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  if (!OPEN_STAGES.includes(r.stage)) return [];
  const start = instantOrNull(r.interviewAt);
  const held = instantOrNull(r.interviewHeldAt);
  const nudges: Candidate[] = [];
  // "Thank you for interviewing with us today" about an interview jobnudge has no time for (booked
  // through a link, or an earlier round than the one on record): it happened, thank them now.
  if (held !== null && (start === null || held < start - HELD_SAME_INTERVIEW_MS)) {
    nudges.push(thankYou(r, ctx, `held.${compactStamp(held)}`, held, `interview held ${toIso(held)}`));
  }
  if (start === null) return nudges;
  const key = compactStamp(start);
  nudges.push({
    id: nudgeId(["interview_prep", r.id, key]),
    kind: "interview_prep",
    employerId: r.id,
    dueAt: eveningBefore(start, ctx.owner.timezone),
    drafts: [],
    reason: `interview ${toIso(start)}`,
    expiresAt: start - PREP_LEAD_MS,
  });
  const end = interviewEnd(r) ?? start;
  // Their "thank you for interviewing today" before the stated end: it is over, the note can go now.
  const over = held !== null && held >= start && held < end ? held : end;
  nudges.push(thankYou(r, ctx, key, over, `interview ended ${toIso(over)}`));
  return nudges;
}

/**
 * The thank-you nudge: right after the interview ends, or the next business morning when it ends
 * after 20:00; one draft per interviewer named (at least one, to the contact).
 */
function thankYou(r: EmployerRecord, ctx: PlanContext, key: string, end: number, reason: string): Candidate {
  const zone = ctx.owner.timezone;
  const dueAt =
    isAtOrAfterClock(end, LATE_EVENING, zone) || isQuietTime(end, zone) ? nextBusinessMorning(end, ctx.owner) : end;
  const people = Math.min(Math.max(r.interviewers.length, 1), MAX_THANK_YOU_DRAFTS);
  return {
    id: nudgeId(["thank_you", r.id, key]),
    kind: "thank_you",
    employerId: r.id,
    dueAt,
    drafts: Array.from({ length: people }, () => "thank_you" as const),
    reason,
    expiresAt: end + THANK_YOU_WINDOW_MS,
  };
}

/** Interview end (start + stated length, default 60 min), or null without an interview. */
export function interviewEnd(r: EmployerRecord): number | null {
  const start = instantOrNull(r.interviewAt);
  if (start === null) return null;
  return start + (r.interviewMinutes ?? DEFAULT_INTERVIEW_MINUTES) * MINUTE_MS;
}
