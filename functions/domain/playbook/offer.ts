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
} from "../time";
import type { Candidate, PlanContext } from "./candidate";

/** An extension is worth asking for when the deadline is closer than this. */
export const EXTENSION_HORIZON_MS = 7 * DAY_MS;
const TIMED_DEADLINE_LEAD_MS = 3 * HOUR_MS;

export function offerNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  if (r.stage !== "offer") return [];
  const received = instantOrNull(r.offerReceivedAt) ?? Date.parse(r.createdAt);
  const deadline = deadlineOrNull(r.respondBy, ctx.owner.timezone);
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
    nudges.push({
      // Keyed on the offer, not the deadline: after an extension is granted, asking again would be pushy.
      id: nudgeId(["extension_request", r.id, firstOfferKey]),
      kind: "extension_request",
      employerId: r.id,
      dueAt: Math.max(horizon, first),
      drafts: ["extension_request"],
      reason: `deadline ${deadline.value}`,
      expiresAt,
    });
  }
  if (deadline) nudges.push(...decisionReminders(r, deadline, received, ctx));
  return nudges;
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
