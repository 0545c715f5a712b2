// PLAYBOOK §3: an offer arrives → review at once, expedite the employers ranked above it, ask the
// offering employer for more time when the deadline is close, and remind before the deadline.
import type { EmployerRecord } from "../employer";
import { nudgeId } from "../nudge";
import { isPreferredOver } from "../ranking";
import {
  businessMorningBefore,
  compactStamp,
  DAY_MS,
  type Deadline,
  deadlineKey,
  deadlineOrNull,
  HOUR_MS,
  instantOrNull,
  morningOf,
  nextBusinessMorning,
} from "../time";
import type { Candidate, PlanContext } from "./candidate";
import { callHoursOnOrAfter, withinBusinessDays } from "./hours";

/** An extension is worth asking for when the deadline is closer than this. */
export const EXTENSION_HORIZON_MS = 7 * DAY_MS;
const TIMED_DEADLINE_LEAD_MS = 3 * HOUR_MS;
/** A deadline this close leaves no business day for the expedite request: both requests come at once. */
const CLOSE_DEADLINE_BUSINESS_DAYS = 3;
// Asking "what happened?" about a deadline more than a week gone helps nobody; the digest shows it lapsed.
const DEADLINE_PASSED_WINDOW_MS = 7 * DAY_MS;

export function offerNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  if (r.stage !== "offer") return [];
  const received = instantOrNull(r.offerReceivedAt) ?? Date.parse(r.createdAt);
  const deadline = deadlineOrNull(r.respondBy, ctx.owner.timezone);
  const accepted = acceptedElsewhere(r, ctx.employers);
  if (accepted) return lateOfferNudges(r, accepted, received, deadline, ctx);
  // A revised offer gets its own review; the requests to the employers stay keyed on the first offer,
  // so a revision (usually with a new deadline) does not ask them again for speed or for time.
  const offerKey = compactStamp(received);
  const first = firstOfferAt(r, received);
  const firstOfferKey = compactStamp(first);
  const expiresAt = deadline?.endsAt ?? null;
  const higher = higherRankedPending(r, ctx.employers);
  const nudges: Candidate[] = [
    {
      id: nudgeId(["offer_review", r.id, offerKey]),
      kind: "offer_review",
      employerId: r.id,
      dueAt: received,
      drafts: deadline ? [] : ["clarify_offer"],
      reason: deadline ? `deadline ${deadline.value}` : "offer without deadline",
      expiresAt,
    },
  ];
  const afterDeadline = deadline ? deadlinePassed(r, deadline, received, ctx) : null;
  if (afterDeadline) nudges.push(afterDeadline);
  for (const target of higher) {
    nudges.push({
      id: nudgeId(["expedite_request", target.id, r.id, firstOfferKey]),
      kind: "expedite_request",
      employerId: target.id,
      dueAt: first,
      drafts: ["expedite_request"],
      reason: `offer from ${r.id}`,
      expiresAt,
    });
  }
  if (deadline && higher.length > 0) {
    const horizon = deadline.endsAt - EXTENSION_HORIZON_MS;
    // The preferred employers get a business day to answer the expedite request first, unless the
    // deadline is too close for that; the call it advises is made in business hours.
    const tight = withinBusinessDays(first, deadline.date, CLOSE_DEADLINE_BUSINESS_DAYS, ctx.owner.timezone);
    const afterExpedite = tight ? first : nextBusinessMorning(first, ctx.owner);
    nudges.push({
      // Keyed on the offer, not the deadline: after an extension is granted, asking again would be pushy.
      id: nudgeId(["extension_request", r.id, firstOfferKey]),
      kind: "extension_request",
      employerId: r.id,
      dueAt: callHoursOnOrAfter(Math.max(horizon, afterExpedite), ctx.owner),
      drafts: ["extension_request"],
      reason: `deadline ${deadline.value}`,
      expiresAt,
    });
  }
  if (deadline) nudges.push(...decisionReminders(r, deadline, received, ctx));
  return nudges;
}

/**
 * PLAYBOOK §3: the deadline passed with no answer recorded (the offer is still open: no accept, decline
 * or new deadline): ask what happened the next business morning. Not for an offer forwarded after its
 * deadline (the acknowledgement already says so), nor weeks later.
 */
function deadlinePassed(r: EmployerRecord, deadline: Deadline, received: number, ctx: PlanContext): Candidate | null {
  // Learned of only after the deadline (a late forward): the acknowledgement already asked.
  if (received >= deadline.endsAt || Date.parse(r.createdAt) >= deadline.endsAt) return null;
  const dueAt = nextBusinessMorning(deadline.endsAt - 1, ctx.owner);
  return {
    id: nudgeId(["deadline_passed", r.id, deadlineKey(deadline)]),
    kind: "deadline_passed",
    employerId: r.id,
    dueAt,
    // The late answer to the employer (drafts/offer.ts lateAnswer), for when the owner has not answered.
    drafts: ["owner_reply"],
    reason: `deadline ${deadline.value}`,
    expiresAt: dueAt + DEADLINE_PASSED_WINDOW_MS,
  };
}

/**
 * PLAYBOOK §4: an offer that arrives after the owner accepted another. Reviewed side by side with the
 * accepted one and both routes drafted (back out of the accepted offer, or decline this one); nothing
 * is withdrawn from it, and no employer is asked to speed up or wait.
 */
function lateOfferNudges(
  r: EmployerRecord,
  accepted: EmployerRecord,
  received: number,
  deadline: Deadline | null,
  ctx: PlanContext,
): Candidate[] {
  const nudges: Candidate[] = [
    {
      id: nudgeId(["offer_review", r.id, compactStamp(received)]),
      kind: "offer_review",
      employerId: r.id,
      dueAt: received,
      drafts: ["clarify_offer", "back_out", "decline_offer"],
      reason: `offer after accepting ${accepted.id}`,
      expiresAt: deadline?.endsAt ?? null,
    },
  ];
  if (deadline) {
    nudges.push(...decisionReminders(r, deadline, received, ctx));
    const passed = deadlinePassed(r, deadline, received, ctx);
    if (passed) nudges.push(passed);
  }
  return nudges;
}

/** The offer the owner accepted before this one arrived, or null (PLAYBOOK §4 "a new offer after"). */
export function acceptedElsewhere(r: EmployerRecord, employers: EmployerRecord[]): EmployerRecord | null {
  const accepted = employers.find((e) => e.id !== r.id && e.stage === "accepted" && !e.backedOut);
  if (!accepted || r.stage !== "offer") return null;
  const acceptedAt = instantOrNull(accepted.acceptedAt) ?? Date.parse(accepted.updatedAt);
  const received = instantOrNull(r.offerReceivedAt) ?? Date.parse(r.createdAt);
  return received > acceptedAt ? accepted : null;
}

/**
 * When this employer first made the offer now on the table: its earliest offer mail since the owner last
 * said `not_offer` (or `received` when that is earlier, e.g. an offer given by command).
 */
export function firstOfferAt(r: EmployerRecord, received: number): number {
  const undone = r.timeline
    .filter((t) => t.kind === "action" && t.summary.startsWith("not_offer:"))
    .map((t) => Date.parse(t.at));
  const since = Math.max(Number.NEGATIVE_INFINITY, ...undone);
  const offerMail = r.timeline
    .filter((t) => t.kind === "offer" && Date.parse(t.at) > since)
    .map((t) => Date.parse(t.at));
  return Math.min(received, ...offerMail);
}

/** In-process employers the owner ranks above `offering` (expedite targets). */
export function higherRankedPending(offering: EmployerRecord, employers: EmployerRecord[]): EmployerRecord[] {
  return employers.filter((e) => e.id !== offering.id && e.stage === "in_process" && isPreferredOver(e, offering));
}

/** Two business days before (morning) and the deadline morning, or 3 h before a timed deadline. */
function decisionReminders(r: EmployerRecord, deadline: Deadline, received: number, ctx: PlanContext): Candidate[] {
  const key = deadlineKey(deadline);
  const early = businessMorningBefore(deadline.date, 2, ctx.owner);
  const last = deadline.dateOnly ? morningOf(deadline.date, ctx.owner) : deadline.endsAt - TIMED_DEADLINE_LEAD_MS;
  const reminders: Candidate[] = [];
  // A reminder due before the offer arrived is covered by the offer review; an early reminder whose
  // time is gone once the last one is due would only repeat it.
  if (early >= received && early < last && ctx.now < last) {
    reminders.push(reminder(r, `${key}.2bd`, early, deadline));
  }
  if (last >= received) {
    reminders.push(reminder(r, `${key}.${deadline.dateOnly ? "day" : "3h"}`, last, deadline));
  }
  return reminders;
}

function reminder(r: EmployerRecord, key: string, dueAt: number, deadline: Deadline): Candidate {
  return {
    id: nudgeId(["decision_reminder", r.id, key]),
    kind: "decision_reminder",
    employerId: r.id,
    dueAt,
    drafts: [],
    reason: `deadline ${deadline.value}`,
    expiresAt: deadline.endsAt,
  };
}
