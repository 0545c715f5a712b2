// What one mail means for an employer record (lifecycle.ts applies it): the employer's mail sets the
// contact facts, the stage, whose move it is (PLAYBOOK §1b) and whether the interview took place; the
// owner's own mail counts as a follow-up, an answer to their request, or a decision. Pure.
import { closeProcess, gateUnsureFacts, settleField } from "./asked-facts";
import type { EmployerRecord } from "./employer";
import { CONFIDENCE_THRESHOLD, type Extraction, type FieldConfidence } from "./extraction";
import { fullerTitle } from "./roles";
import { instantOrNull, isDeadlineValue, toIso } from "./time";
import { OPEN_STAGES } from "./vocabularies";

// Owner mail that asks the employer for news: it counts against the follow-up budget.
const FOLLOW_UP_OUTGOING = new Set(["follow_up", "expedite_request", "clarify_offer"]);
// Owner mail that closes or settles the process: never just "the answer to their request".
const CLOSING_OUTGOING = new Set(["accept_offer", "decline_offer", "withdrawal", "step_out", "back_out"]);
export const EMPLOYER_MAIL = new Set(["interview_invite", "interview_scheduled", "offer", "rejection", "update"]);

const close = closeProcess;

/**
 * Mail from the employer: contact facts, then what its kind means for the stage. A fact below
 * CONFIDENCE_THRESHOLD is not acted on: it is held on the record and asked about (asked-facts.ts).
 * An unsure kind counts as an update until the owner confirms it.
 */
export function absorbEmployerMail(
  r: EmployerRecord,
  read: Extraction,
  msg: { key: string; at: number },
  newest: boolean,
): string {
  const { at } = msg;
  const changes: string[] = [];
  const atIso = toIso(at);
  const { x, hold } = gateUnsureFacts(r, read, { key: msg.key, at: atIso }, newest, changes);
  if (at > (instantOrNull(r.lastContactAt) ?? Number.NEGATIVE_INFINITY)) r.lastContactAt = atIso;
  if (r.followUpsSent > 0 && at > (instantOrNull(r.lastFollowUpAt) ?? Number.NEGATIVE_INFINITY)) {
    r.followUpsSent = 0;
    changes.push("follow-ups answered");
  }
  const take = (current: string | null, found: string | null, field: keyof FieldConfidence | null) => {
    if (!found || !(newest || !current)) return current;
    if (!field) return found;
    if (!confident(x, field)) {
      if (found !== current) hold(field, found, field === "interviewAt" ? x.interviewMinutes : undefined);
      return current;
    }
    settleField(r, field, x.confidence[field] ?? 1);
    return found;
  };
  r.contactEmail = take(r.contactEmail, x.contactEmail, "contactEmail");
  // A team signing as the company ("Acme", "Acme Talent") is no person to greet.
  r.contactName = take(r.contactName, personName(x.contactName, [r.name, x.employer]), null);
  // A newer mail that writes only the head of the known title keeps the qualifier (roles.ts).
  r.role = take(r.role, x.role ? fullerTitle(r.role, x.role) : null, "role");
  const domain = r.contactEmail?.split("@")[1]?.toLowerCase();
  if (domain && !r.domains.includes(domain)) r.domains.push(domain);
  for (const person of x.interviewers) if (!r.interviewers.includes(person)) r.interviewers.push(person);
  if (newest) noteOwnerMove(r, x, atIso);
  if (x.interviewHeld && at > (instantOrNull(r.interviewHeldAt) ?? Number.NEGATIVE_INFINITY)) {
    r.interviewHeldAt = atIso;
    changes.push("interview held");
  }

  const open = OPEN_STAGES.includes(r.stage);
  if (x.kind === "interview_scheduled" && open) {
    const interviewAt = take(r.interviewAt, validInstant(x.interviewAt), "interviewAt");
    if (interviewAt !== r.interviewAt) {
      r.interviewAt = interviewAt;
      r.interviewMinutes = x.interviewMinutes;
      changes.push(`interview ${interviewAt}`);
    } else if (
      x.interviewMinutes &&
      sameInstant(x.interviewAt, r.interviewAt) &&
      x.interviewMinutes !== r.interviewMinutes
    ) {
      // The same interview again, now with its length (an agenda, a calendar file): its end moves.
      r.interviewMinutes = x.interviewMinutes;
      changes.push(`interview ends ${toIso((instantOrNull(r.interviewAt) ?? at) + x.interviewMinutes * 60_000)}`);
    }
  }
  if (x.kind === "offer" && (open || r.stage === "accepted")) {
    if (open) r.stage = "offer";
    if (newest || !r.offerReceivedAt) r.offerReceivedAt = atIso;
    if (x.offerTerms) r.offer = newest ? { ...r.offer, ...x.offerTerms } : { ...x.offerTerms, ...r.offer };
    changes.push(r.stage === "offer" ? "offer received" : "offer details");
  }
  if ((x.kind === "offer" || x.kind === "update") && open) {
    const respondBy = take(r.respondBy, validDeadline(x.respondBy), "respondBy");
    if (respondBy !== r.respondBy) changes.push(`answer by ${respondBy}`);
    r.respondBy = respondBy;
  }
  if (open || r.stage === "accepted") {
    const expect = take(r.expectDecisionBy, validDeadline(x.expectDecisionBy), "expectDecisionBy");
    if (expect !== r.expectDecisionBy) changes.push(`decision expected by ${expect}`);
    r.expectDecisionBy = expect;
  }
  if (x.offerLetterAttached && (r.stage === "offer" || r.stage === "accepted") && !r.offerLetterReceived) {
    r.offerLetterReceived = true;
    changes.push("offer letter received");
  }
  // A revised offer or an invitation to talk after the owner declined: the "always discuss" nudge.
  if (r.stage === "declined" && (x.asksToTalk || x.kind === "offer") && !r.asksToTalk) {
    r.asksToTalk = true;
    r.callWith = [...x.callWith];
    r.callProposal = x.callProposal ?? null;
    if (x.offerTerms) r.offer = { ...r.offer, ...x.offerTerms };
    changes.push("asks to talk");
  }
  if (x.kind === "rejection" && (open || r.stage === "accepted")) {
    close(r, "rejected", at);
    changes.push("process closed");
  }
  return `${x.kind}: ${changes.join(", ") || "contact"}`;
}

/** Mail the owner wrote to the employer (BCC or forwarded from Sent). */
export function absorbOwnerMail(r: EmployerRecord, x: Extraction, at: number): string {
  const what = x.outgoingKind ?? "message";
  const open = OPEN_STAGES.includes(r.stage);
  r.ownerMailAt = toIso(Math.max(at, instantOrNull(r.ownerMailAt) ?? at));
  // The answer to what they asked of the owner (PLAYBOOK §1b): the move is theirs again, and silence
  // is measured from here. It asks them for nothing, so it is no follow-up.
  const move = r.ownerMove;
  if (move && at >= Date.parse(move.at) && !CLOSING_OUTGOING.has(what)) {
    r.ownerMove = null;
    return `outgoing ${what}: answered their request (${move.move})`;
  }
  if (FOLLOW_UP_OUTGOING.has(what) && open) {
    // Sent before the employer's latest mail: that mail already answered it.
    if (at > (instantOrNull(r.lastContactAt) ?? Number.NEGATIVE_INFINITY)) {
      r.followUpsSent += 1;
      r.lastFollowUpAt = toIso(Math.max(at, instantOrNull(r.lastFollowUpAt) ?? at));
      return `outgoing ${what}: follow-up ${r.followUpsSent} sent`;
    }
    return `outgoing ${what}: already answered`;
  }
  if (what === "accept_offer" && open) {
    r.stage = "accepted";
    r.acceptedAt = toIso(at);
    return "outgoing accept_offer: offer accepted";
  }
  if (what === "decline_offer" && open) {
    close(r, "declined", at);
    return "outgoing decline_offer: offer declined";
  }
  if ((what === "withdrawal" || what === "step_out" || what === "back_out") && (open || r.stage === "accepted")) {
    r.backedOut = r.stage === "accepted";
    close(r, "withdrawn", at);
    return `outgoing ${what}: ${r.backedOut ? "backed out" : "withdrew"}`;
  }
  return `outgoing ${what}: noted`;
}

/**
 * PLAYBOOK §1b: the newest employer mail decides whose move it is. A request in it (a slot, availability,
 * references...) waits on the owner; mail that asks nothing hands the move back to the employer. Offers
 * are answered through the offer rules, not as a reply.
 */
function noteOwnerMove(r: EmployerRecord, x: Extraction, atIso: string): void {
  const waits = x.ownerMove && x.kind !== "offer" && x.kind !== "rejection" && r.stage === "in_process";
  r.ownerMove =
    waits && x.ownerMove
      ? {
          move: x.ownerMove,
          at: atIso,
          ...(x.ownerMoveWeek === "next" ? { week: "next" as const } : {}),
          ...(x.ownerMoveWindow ? { window: x.ownerMoveWindow } : {}),
        }
      : null;
}

/** A contact's display name when it names a person, not the company or one of its teams. */
function personName(name: string | null, employerNames: (string | null)[]): string | null {
  if (!name) return null;
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
  const folded = fold(name);
  const company = employerNames.filter((n): n is string => !!n).map(fold);
  const team = /\b(?:team|talent|recruit\w*|careers?|hiring|people|hr|jobs)\b/i.test(name);
  if (company.some((c) => c && (folded === c || (team && folded.startsWith(c))))) return null;
  return name;
}

function sameInstant(a: string | null, b: string | null): boolean {
  const x = instantOrNull(a);
  return x !== null && x === instantOrNull(b);
}

function confident(x: Extraction, field: keyof FieldConfidence): boolean {
  return (x.confidence[field] ?? 1) >= CONFIDENCE_THRESHOLD;
}

function validDeadline(value: string | null): string | null {
  return value && isDeadlineValue(value) ? value : null;
}

function validInstant(value: string | null): string | null {
  return instantOrNull(value) === null ? null : value;
}
