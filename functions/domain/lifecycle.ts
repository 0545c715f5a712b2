// The employer state machine: every change to an EmployerRecord goes through applyMessage (mail) or
// applyOwnerAction (commands and clicked controls). Pure: the caller passes `now` and stores the result.
import { closeProcess, confirmFact, gateUnsureFacts, reclassifyMessage, settleField, unsureFacts } from "./asked-facts";
import { type AskedField, type EmployerRecord, employerIdFor, newEmployer, type TimelineEntry } from "./employer";
import { InvalidRequestError } from "./errors";
import { CONFIDENCE_THRESHOLD, type Extraction, type FieldConfidence, type OfferTerms } from "./extraction";
import { instantOrNull, isDeadlineValue, parseInstant, toIso } from "./time";
import { OPEN_STAGES, type Stage } from "./vocabularies";

export interface MessageFacts {
  /** Processing key (Message-ID or raw object key): applying the same key twice changes nothing. */
  key: string;
  /** When the inbox received it, UTC ISO. */
  receivedAt: string;
  extraction: Extraction;
}

export type OwnerAction =
  | { type: "accept" }
  | { type: "decline" }
  | { type: "withdraw" }
  | { type: "rejected" }
  | { type: "back_out" }
  | { type: "prefer" }
  | { type: "rank"; rank: number | null }
  | { type: "sent" }
  | { type: "snooze"; until: string }
  | { type: "stop" }
  | { type: "resume" }
  | { type: "deadline"; respondBy: string }
  | { type: "expect"; expectDecisionBy: string }
  | { type: "offer"; terms: OfferTerms }
  | { type: "not_offer" }
  /** `role`: "rename Acme / ML Engineer to Acme / Machine Learning Engineer" renames the role too. */
  | { type: "rename"; name: string; role?: string }
  /** The owner answers "yes" to a question about an unsure fact (asked-facts.ts). */
  | { type: "confirm"; field: AskedField; value: string }
  /** The owner says a message is an update, or no job mail at all ("other"). */
  | { type: "reclassify"; messageKey: string; kind: "update" | "other" }
  | { type: "interview"; interviewAt: string };

/** An owner action that the employer's current stage does not allow (accept a rejected employer...). */
export class TransitionError extends InvalidRequestError {}

// Owner mail that asks the employer for news: it counts against the follow-up budget.
const FOLLOW_UP_OUTGOING = new Set(["follow_up", "expedite_request", "clarify_offer"]);
const EMPLOYER_MAIL = new Set(["interview_invite", "interview_scheduled", "offer", "rejection", "update"]);
// A forward's Date header may run a little ahead of ours; more than this is a wrong clock, not news.
const CLOCK_SKEW_MS = 5 * 60_000;

export function applyMessage(record: EmployerRecord | null, msg: MessageFacts, now: string): EmployerRecord {
  if (record?.timeline.some((entry) => entry.messageKey === msg.key)) return record;
  const x = msg.extraction;
  if (!record && !x.employer) throw new InvalidRequestError("the message names no employer");
  const base = record ?? newEmployer(x.employer ?? "", now);
  const at = messageTime(msg);
  const next = copyRecord(base, now);
  const closedAt = instantOrNull(base.closedAt);
  let summary: string;
  if (closedAt !== null && at < closedAt) {
    summary = `${x.kind}: older than the closing event, ignored`;
  } else if (EMPLOYER_MAIL.has(x.kind)) {
    summary = absorbEmployerMail(next, x, { key: msg.key, at }, at >= latestMailAt(base));
  } else if (x.kind === "outgoing") {
    summary = absorbOwnerMail(next, x, at);
  } else {
    summary = `${x.kind}: noted`;
  }
  next.timeline.push({ at: toIso(at), kind: x.kind, summary, messageKey: msg.key });
  return next;
}

/**
 * Mail from the employer: contact facts, then what its kind means for the stage. A fact below
 * CONFIDENCE_THRESHOLD is not acted on: it is held on the record and asked about (asked-facts.ts).
 * An unsure kind counts as an update until the owner confirms it.
 */
function absorbEmployerMail(
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
  r.contactName = take(r.contactName, x.contactName, null);
  r.role = take(r.role, x.role, "role");
  const domain = r.contactEmail?.split("@")[1]?.toLowerCase();
  if (domain && !r.domains.includes(domain)) r.domains.push(domain);
  for (const person of x.interviewers) if (!r.interviewers.includes(person)) r.interviewers.push(person);

  const open = OPEN_STAGES.includes(r.stage);
  if (x.kind === "interview_scheduled" && open) {
    const interviewAt = take(r.interviewAt, validInstant(x.interviewAt), "interviewAt");
    if (interviewAt !== r.interviewAt) {
      r.interviewAt = interviewAt;
      r.interviewMinutes = x.interviewMinutes;
      changes.push(`interview ${interviewAt}`);
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
function absorbOwnerMail(r: EmployerRecord, x: Extraction, at: number): string {
  const what = x.outgoingKind ?? "message";
  const open = OPEN_STAGES.includes(r.stage);
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

export function applyOwnerAction(record: EmployerRecord, action: OwnerAction, now: string): EmployerRecord {
  const at = parseInstant(now);
  const r = copyRecord(record, now);
  const require = (allowed: readonly Stage[], hint: string) => {
    if (!allowed.includes(r.stage)) {
      throw new TransitionError(`${r.name} is ${STAGE_WORDS[r.stage]}, so "${action.type}" does not apply: ${hint}`);
    }
  };
  let summary: string;
  switch (action.type) {
    case "accept":
      if (r.stage === "accepted") return record;
      require(OPEN_STAGES, "only an open process can be accepted");
      r.stage = "accepted";
      r.acceptedAt = now;
      summary = "offer accepted";
      break;
    case "decline":
      if (r.stage === "declined") return record;
      require(["offer"], r.stage === "accepted" ? BACK_OUT_HINT : "there is no offer");
      close(r, "declined", at);
      summary = "offer declined";
      break;
    case "withdraw":
      if (r.stage === "withdrawn") return record;
      // Withdrawing from an offer already accepted is backing out of it (PLAYBOOK §5): the same
      // transition as back_out, so the owner gets the back-out nudge and its draft.
      if (r.stage === "accepted") return applyOwnerAction(record, { type: "back_out" }, now);
      require(OPEN_STAGES, "it is closed");
      close(r, "withdrawn", at);
      summary = "withdrew";
      break;
    case "rejected":
      if (r.stage === "rejected") return record;
      require([...OPEN_STAGES, "accepted"], "it is already closed");
      close(r, "rejected", at);
      summary = "rejected";
      break;
    case "back_out":
      if (r.backedOut) return record;
      require(["accepted"], "only an accepted offer can be backed out of");
      r.backedOut = true;
      close(r, "withdrawn", at);
      summary = "backed out of the accepted offer";
      break;
    case "prefer":
    case "rank": {
      const rank = action.type === "prefer" ? 1 : action.rank;
      if (rank !== null && (!Number.isInteger(rank) || rank < 1))
        throw new InvalidRequestError("rank must be 1 or more");
      r.rank = rank;
      summary = rank === null ? "unranked" : `ranked ${rank}`;
      break;
    }
    case "sent":
      require(OPEN_STAGES, "there is nothing to follow up");
      r.followUpsSent += 1;
      r.lastFollowUpAt = now;
      summary = `follow-up ${r.followUpsSent} sent`;
      break;
    case "snooze": {
      const until = instantOrNull(action.until);
      if (until === null || until <= at) throw new InvalidRequestError("snooze needs a time in the future");
      r.snoozedUntil = toIso(until);
      summary = `snoozed until ${r.snoozedUntil}`;
      break;
    }
    case "stop":
    case "resume":
      r.stopped = action.type === "stop";
      if (!r.stopped) r.snoozedUntil = null;
      summary = r.stopped ? "nudges stopped" : "nudges resumed";
      break;
    case "deadline":
      if (!isDeadlineValue(action.respondBy)) throw new InvalidRequestError(`not a date: ${action.respondBy}`);
      require([...OPEN_STAGES, "accepted"], "it is closed");
      r.respondBy = action.respondBy;
      settleField(r, "respondBy", 1);
      summary = `answer by ${action.respondBy}`;
      break;
    case "expect":
      if (!isDeadlineValue(action.expectDecisionBy)) {
        throw new InvalidRequestError(`not a date: ${action.expectDecisionBy}`);
      }
      require(OPEN_STAGES, "it is closed");
      r.expectDecisionBy = action.expectDecisionBy;
      settleField(r, "expectDecisionBy", 1);
      summary = `decision expected by ${action.expectDecisionBy}`;
      break;
    case "offer":
      require([...OPEN_STAGES, "accepted"], "it is closed");
      if (r.stage === "in_process") r.stage = "offer";
      r.offerReceivedAt ??= now;
      r.offer = { ...r.offer, ...action.terms };
      summary = "offer terms recorded";
      break;
    case "not_offer":
      require(["offer"], "there is no offer to undo");
      Object.assign(r, { stage: "in_process", offer: null, offerReceivedAt: null, respondBy: null });
      summary = "not an offer: back in process";
      break;
    case "rename": {
      const name = action.name.trim();
      if (!name) throw new InvalidRequestError("a new name is needed");
      const old = r.name.toLowerCase();
      if (!r.aliases.includes(old) && old !== name.toLowerCase()) {
        r.aliases.push(old);
        // Another employer's name: the process leaves its old employer's other roles (process.ts).
        r.employerKey = employerIdFor(name);
      }
      r.name = name;
      settleField(r, "employer", 1);
      summary = `renamed to ${name}`;
      const role = action.role?.trim();
      if (role) {
        r.role = role;
        settleField(r, "role", 1);
        summary += `, role ${role}`;
      }
      break;
    }
    case "confirm":
      summary = confirmFact(r, action.field, action.value, at);
      break;
    case "reclassify":
      summary = reclassifyMessage(r, action.messageKey, action.kind);
      break;
    case "interview":
      if (instantOrNull(action.interviewAt) === null)
        throw new InvalidRequestError(`not a time: ${action.interviewAt}`);
      require(OPEN_STAGES, "it is closed");
      r.interviewAt = action.interviewAt;
      settleField(r, "interviewAt", 1);
      summary = `interview ${action.interviewAt}`;
      break;
  }
  r.timeline.push({ at: now, kind: "action", summary: `${action.type}: ${summary}` });
  return r;
}

// The command and the link that back out of an accepted offer are both "withdraw".
const BACK_OUT_HINT = "to back out of an accepted offer, withdraw from it";

const STAGE_WORDS: Record<Stage, string> = {
  in_process: "in process",
  offer: "at the offer stage",
  accepted: "accepted",
  declined: "declined",
  withdrawn: "withdrawn",
  rejected: "rejected",
};

const close = closeProcess;

function copyRecord(r: EmployerRecord, now: string): EmployerRecord {
  return {
    ...r,
    aliases: [...r.aliases],
    domains: [...r.domains],
    interviewers: [...r.interviewers],
    unsure: unsureFacts(r).map((f) => ({ ...f })),
    factConfidence: { ...(r.factConfidence ?? {}) },
    offer: r.offer ? { ...r.offer } : null,
    sentNudges: [...r.sentNudges],
    timeline: r.timeline.map((e: TimelineEntry) => ({ ...e })),
    updatedAt: now,
  };
}

/** The original message's date when it is sane, else when the inbox received it. */
function messageTime(msg: MessageFacts): number {
  const received = parseInstant(msg.receivedAt);
  const original = instantOrNull(msg.extraction.originalDate);
  return original !== null && original <= received + CLOCK_SKEW_MS ? original : received;
}

function latestMailAt(r: EmployerRecord): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const e of r.timeline) if (e.messageKey) latest = Math.max(latest, Date.parse(e.at));
  return latest;
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
