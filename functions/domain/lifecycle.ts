// The employer state machine: every change to an EmployerRecord goes through applyMessage (mail) or
// applyOwnerAction (commands and clicked controls). Pure: the caller passes `now` and stores the result.
import { closeProcess, confirmFact, reclassifyMessage, settleField, unsureFacts } from "./asked-facts";
import { type AskedField, type EmployerRecord, employerIdFor, newEmployer, type TimelineEntry } from "./employer";
import { absorbEmployerMail, absorbOwnerMail, EMPLOYER_MAIL } from "./employer-mail";
import { InvalidRequestError } from "./errors";
import type { Extraction, OfferTerms } from "./extraction";
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
      r.ownerMailAt = now;
      if (r.ownerMove) {
        // "I sent it" about the reply they waited for (the your_move email's control).
        summary = `answered their request (${r.ownerMove.move})`;
        r.ownerMove = null;
        break;
      }
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
