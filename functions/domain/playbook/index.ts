// The playbook planner: which nudges should exist now, as a pure function of the employer records,
// the owner's settings and `now`. Situation rules propose candidates; the shared timing rules of
// PLAYBOOK.md (quiet hours, snooze/stop, past-due, already sent) are applied once, here.
import type { EmployerRecord } from "../employer";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { deferOutOfQuietHours, instantOrNull, isQuietTime, MINUTE_MS, parseInstant, toIso } from "../time";
import { OPEN_STAGES } from "../vocabularies";
import type { Candidate, PlanContext, SituationRule } from "./candidate";
import { decisionNudges } from "./decisions";
import { interviewNudges } from "./interview";
import { acceptedElsewhere, offerNudges } from "./offer";
import { ownerMoveNudges } from "./owner-move";
import { silenceNudges } from "./silence";

export { type LastContact, lastContact } from "./contact";
export { withdrawalTargets } from "./decisions";
export { DEFAULT_INTERVIEW_MINUTES, interviewEnd } from "./interview";
export { acceptedElsewhere, higherRankedPending } from "./offer";
export { REPLY_MOVES } from "./owner-move";
export { type ResignationPlan, resignationPlan } from "./resignation";
export { followUpAttempts, followUpReminders, unansweredFollowUps } from "./silence";

const RULES: SituationRule[] = [interviewNudges, ownerMoveNudges, silenceNudges, offerNudges, decisionNudges];
/** Scheduler jitter tolerated by isStillDue: a schedule may fire a little before the planned time. */
export const FIRE_TOLERANCE_MS = 5 * MINUTE_MS;

export function planNudges(employers: EmployerRecord[], owner: OwnerSettings, now: string): PlannedNudge[] {
  const ctx: PlanContext = { owner, now: parseInstant(now), employers };
  const byId = new Map(employers.map((e) => [e.id, e]));
  const sent = new Set(employers.flatMap((e) => e.sentNudges));
  const accepted = employers.find((e) => e.stage === "accepted" && !e.backedOut);
  // After an acceptance the other open processes only get the withdrawal drafts (PLAYBOOK §4), except
  // an offer that came after it: that one is reviewed against the accepted one.
  const setAside = (e: EmployerRecord) =>
    accepted !== undefined &&
    e.id !== accepted.id &&
    OPEN_STAGES.includes(e.stage) &&
    acceptedElsewhere(e, employers) === null;
  const planned: PlannedNudge[] = [];
  for (const employer of employers) {
    if (setAside(employer)) continue;
    for (const candidate of RULES.flatMap((rule) => rule(employer, ctx))) {
      if (sent.has(candidate.id)) continue;
      const target = byId.get(candidate.employerId);
      if (!target || target.stopped) continue;
      if (setAside(target)) continue;
      const dueAt = deliveryTime(candidate, target, ctx);
      if (dueAt !== null) planned.push(toPlanned(candidate, dueAt));
    }
  }
  return planned.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
}

/**
 * At fire time: the nudge with this id if it is still planned and due (within the scheduler's
 * tolerance), else null (state changed: answered, snoozed, rescheduled, deadline over...).
 */
export function isStillDue(
  nudgeId: string,
  employers: EmployerRecord[],
  owner: OwnerSettings,
  firedAt: string,
): PlannedNudge | null {
  const fired = parseInstant(firedAt);
  const nudge = planNudges(employers, owner, firedAt).find((n) => n.id === nudgeId);
  if (!nudge || Date.parse(nudge.dueAt) > fired + FIRE_TOLERANCE_MS) return null;
  return nudge;
}

/** When to deliver, or null when the nudge no longer matters. */
function deliveryTime(candidate: Candidate, target: EmployerRecord, ctx: PlanContext): number | null {
  const zone = ctx.owner.timezone;
  let due = candidate.dueAt;
  const snoozedUntil = instantOrNull(target.snoozedUntil);
  if (snoozedUntil !== null && snoozedUntil > ctx.now) due = Math.max(due, snoozedUntil);
  due = deferOutOfQuietHours(due, zone);
  if (due <= ctx.now) {
    // Past due: sent at once if it still matters, but not in the middle of the owner's night.
    if (candidate.expiresAt !== null && ctx.now >= candidate.expiresAt) return null;
    if (isQuietTime(ctx.now, zone)) due = deferOutOfQuietHours(ctx.now, zone);
  }
  if (candidate.expiresAt !== null && due >= candidate.expiresAt) return null;
  return due;
}

function toPlanned(c: Candidate, dueAt: number): PlannedNudge {
  return { id: c.id, kind: c.kind, employerId: c.employerId, dueAt: toIso(dueAt), drafts: c.drafts, reason: c.reason };
}
