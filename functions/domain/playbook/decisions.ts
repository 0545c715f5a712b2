// PLAYBOOK §4-§6: after the owner accepts, declines or backs out, or the employer rejects.
import type { EmployerRecord } from "../employer";
import { nudgeId } from "../nudge";
import { businessMorningOnOrAfter, compactStamp, DAY_MS, instantOrNull, nextBusinessMorning } from "../time";
import { OPEN_STAGES } from "../vocabularies";
import type { Candidate, PlanContext } from "./candidate";
import { acceptedElsewhere } from "./offer";

/** "Wait for the official letter" checks after acceptance, one a week until the letter is in. */
export const MAX_LETTER_CHECKS = 3;
// A rejection reply sent weeks later reads oddly; past this the nudge is dropped.
const REJECTION_REPLY_WINDOW_MS = 14 * DAY_MS;

export function decisionNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  switch (r.stage) {
    case "accepted":
      return r.backedOut ? [] : acceptedNudges(r, ctx);
    case "declined":
      return declinedNudges(r);
    case "withdrawn":
      return r.backedOut && !closedByOwnerMail(r) ? [closing(r, "back_out", "back_out", null)] : [];
    case "rejected": {
      const closed = instantOrNull(r.closedAt) ?? Date.parse(r.updatedAt);
      return [closing(r, "rejection", "rejection_reply", closed + REJECTION_REPLY_WINDOW_MS)];
    }
    default:
      return [];
  }
}

function acceptedNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  const acceptedAt = instantOrNull(r.acceptedAt) ?? Date.parse(r.updatedAt);
  const acceptKey = compactStamp(acceptedAt);
  const nudges: Candidate[] = [];
  const others = withdrawalTargets(r, ctx.employers);
  if (others.length > 0) {
    nudges.push({
      id: nudgeId(["withdrawal", r.id, acceptKey]),
      kind: "withdrawal",
      employerId: r.id,
      dueAt: acceptedAt,
      drafts: others.map(() => "withdrawal" as const),
      reason: `accepted; ${others.length} open`,
      expiresAt: null,
    });
  }
  if (!r.offerLetterReceived) {
    const check = nextLetterCheck(r, acceptedAt, acceptKey, ctx);
    if (check) nudges.push(check);
  } else {
    nudges.push({
      id: nudgeId(["resignation", r.id, acceptKey]),
      kind: "resignation",
      employerId: r.id,
      dueAt: Math.max(acceptedAt, instantOrNull(r.lastContactAt) ?? acceptedAt),
      drafts: ["resignation_letter"],
      reason: "offer letter received",
      expiresAt: null,
    });
  }
  return nudges;
}

/**
 * The processes to withdraw from after accepting `accepted` (PLAYBOOK §4), as stored: the ones open
 * then. An offer that arrived after the acceptance is no process to withdraw from: it is reviewed
 * side by side with the accepted one (offer.ts).
 */
export function withdrawalTargets(accepted: EmployerRecord, employers: EmployerRecord[]): EmployerRecord[] {
  return employers.filter(
    (e) => e.id !== accepted.id && OPEN_STAGES.includes(e.stage) && acceptedElsewhere(e, employers) === null,
  );
}

/** The first letter check not yet sent: the next business morning after acceptance, then weekly. */
function nextLetterCheck(r: EmployerRecord, acceptedAt: number, acceptKey: string, ctx: PlanContext) {
  const first = nextBusinessMorning(acceptedAt, ctx.owner);
  for (let n = 1; n <= MAX_LETTER_CHECKS; n++) {
    const id = nudgeId(["offer_letter_check", r.id, acceptKey, String(n)]);
    if (r.sentNudges.includes(id)) continue;
    const candidate: Candidate = {
      id,
      kind: "offer_letter_check",
      employerId: r.id,
      dueAt: n === 1 ? first : businessMorningOnOrAfter(first + (n - 1) * 7 * DAY_MS, ctx.owner),
      drafts: n === 1 ? ["accept_offer"] : [],
      reason: `letter check ${n}`,
      expiresAt: null,
    };
    return candidate;
  }
  return null;
}

function declinedNudges(r: EmployerRecord): Candidate[] {
  const nudges: Candidate[] = [];
  // PLAYBOOK §5: first ask whether a counteroffer would change the answer, then the decline itself.
  if (!closedByOwnerMail(r))
    nudges.push({ ...closing(r, "decline", "decline_offer", null), drafts: ["counteroffer", "decline_offer"] });
  if (r.asksToTalk) {
    const asked = instantOrNull(r.lastContactAt) ?? Date.parse(r.updatedAt);
    nudges.push({
      id: nudgeId(["discuss_offer", r.id, compactStamp(asked)]),
      kind: "discuss_offer",
      employerId: r.id,
      dueAt: asked,
      // The reply that books the call (drafts/call-booking.ts); the counteroffer stays notes for it.
      drafts: ["owner_reply"],
      reason: "asks to talk after decline",
      expiresAt: null,
    });
  }
  return nudges;
}

function closing(
  r: EmployerRecord,
  kind: "decline" | "back_out" | "rejection",
  draft: "decline_offer" | "back_out" | "rejection_reply",
  expiresAt: number | null,
): Candidate {
  const closed = instantOrNull(r.closedAt) ?? Date.parse(r.updatedAt);
  return {
    id: nudgeId([kind, r.id, compactStamp(closed)]),
    kind,
    employerId: r.id,
    dueAt: closed,
    drafts: [draft],
    reason: `${r.stage} ${compactStamp(closed)}`,
    expiresAt,
  };
}

/** The process was closed by mail the owner already sent (BCC'd decline/withdrawal): no draft needed. */
export function closedByOwnerMail(r: EmployerRecord): boolean {
  if (!r.closedAt) return false;
  const closed = Date.parse(r.closedAt);
  return r.timeline.some((e) => e.kind === "outgoing" && Date.parse(e.at) === closed);
}
