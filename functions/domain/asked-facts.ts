// Facts jobnudge was unsure of (UnsureFact in employer.ts): held on the employer record and asked
// about, applied once the owner answers. The rule: an unsure fact waits for the answer. Nothing is
// planned from it (no decision reminder for an unsure deadline, no prep for an unsure interview
// time); one tap on "Yes" applies it with confidence 1, "Change" sets the owner's value instead,
// and a later message that states the field surely replaces the question.
import type { AskedField, EmployerRecord, UnsureFact } from "./employer";
import { InvalidRequestError } from "./errors";
import { CONFIDENCE_THRESHOLD, type Extraction } from "./extraction";
import { instantOrNull, isDeadlineValue, toIso } from "./time";
import { OPEN_STAGES, type Stage } from "./vocabularies";

/** Closes the process at `at` (ms): the one place a stage becomes final. */
export function closeProcess(r: EmployerRecord, stage: Stage, at: number): void {
  r.stage = stage;
  r.closedAt = toIso(at);
}

export function unsureFacts(r: EmployerRecord): UnsureFact[] {
  return r.unsure ?? [];
}

/** Holds a fact to ask about; a newer question about the same field replaces the older one. */
export function holdFact(r: EmployerRecord, fact: UnsureFact): void {
  r.unsure = [...unsureFacts(r).filter((f) => f.field !== fact.field), fact];
}

export type Hold = (field: AskedField, value: string, minutes?: number | null) => void;

/**
 * What of a message the lifecycle may act on. An unsure kind counts as an update (and an interview
 * time that hangs on it is held); an unsure employer name is asked about unless the record's is
 * sure. `hold` keeps any other unsure fact for the question; only the newest mail asks.
 */
export function gateUnsureFacts(
  r: EmployerRecord,
  read: Extraction,
  msg: { key: string; at: string },
  newest: boolean,
  changes: string[],
): { x: Extraction; hold: Hold } {
  const hold: Hold = (field, value, minutes) => {
    if (!newest) return;
    const fact: UnsureFact = { field, value, confidence: read.confidence[field] ?? 0, messageKey: msg.key, at: msg.at };
    holdFact(r, minutes === undefined ? fact : { ...fact, minutes });
    changes.push(`${field} unsure`);
  };
  const sure = (field: AskedField) => (read.confidence[field] ?? 1) >= CONFIDENCE_THRESHOLD;
  const kindSure = sure("kind") || read.kind === "update";
  if (!kindSure) {
    hold("kind", read.kind);
    if (read.kind === "interview_scheduled" && instantOrNull(read.interviewAt) !== null && read.interviewAt)
      hold("interviewAt", read.interviewAt, read.interviewMinutes);
  }
  const recordSure = (r.factConfidence?.employer ?? 0) >= CONFIDENCE_THRESHOLD;
  if (!sure("employer") && !recordSure) hold("employer", r.name);
  else if (!recordSure) settleField(r, "employer", read.confidence.employer ?? 1);
  return { x: kindSure ? read : { ...read, kind: "update" }, hold };
}

/** The field was set surely (from mail or by the owner): no question about it is left open. */
export function settleField(r: EmployerRecord, field: AskedField, confidence: number): void {
  r.unsure = unsureFacts(r).filter((f) => f.field !== field);
  r.factConfidence = { ...(r.factConfidence ?? {}), [field]: confidence };
}

/** The record's current value of a field, as the question would state it. */
function currentValue(r: EmployerRecord, field: AskedField): string | null {
  switch (field) {
    case "kind":
      return null;
    case "employer":
      return r.name;
    default:
      return r[field];
  }
}

/** What a confirmed kind changes: an offer opens the offer stage, a rejection closes the process. */
function applyKind(r: EmployerRecord, fact: UnsureFact, nowMs: number): string {
  const at = instantOrNull(fact.at) ?? nowMs;
  if (fact.value === "offer") {
    if (!OPEN_STAGES.includes(r.stage))
      throw new InvalidRequestError(`${r.name} is closed: it cannot get an offer now`);
    r.stage = "offer";
    r.offerReceivedAt ??= fact.at;
    return "offer confirmed";
  }
  if (fact.value === "rejection") {
    if (!OPEN_STAGES.includes(r.stage) && r.stage !== "accepted")
      throw new InvalidRequestError(`${r.name} is already closed`);
    closeProcess(r, "rejected", at);
    return "rejection confirmed: process closed";
  }
  return `${fact.value} confirmed`;
}

function applyValue(r: EmployerRecord, fact: UnsureFact): void {
  switch (fact.field) {
    case "kind":
    case "employer":
      return;
    case "role":
    case "contactEmail":
      r[fact.field] = fact.value;
      return;
    case "interviewAt":
      r.interviewAt = fact.value;
      if (fact.minutes !== undefined) r.interviewMinutes = fact.minutes;
      return;
    case "respondBy":
    case "expectDecisionBy":
      if (!isDeadlineValue(fact.value)) throw new InvalidRequestError(`not a date: ${fact.value}`);
      r[fact.field] = fact.value;
      return;
  }
}

/**
 * The owner says yes to a question. `value` is the one the question showed: if a newer message
 * replaced the question since, the old link changes nothing and says so.
 */
export function confirmFact(r: EmployerRecord, field: AskedField, value: string, nowMs: number): string {
  const fact = unsureFacts(r).find((f) => f.field === field && f.value === value);
  if (!fact) {
    if (currentValue(r, field) === value) {
      settleField(r, field, 1);
      return `${field} already ${value}: confirmed`;
    }
    throw new InvalidRequestError("that question was already answered or replaced by a newer message");
  }
  let summary = `${field} ${value} confirmed`;
  if (field === "kind") {
    summary = applyKind(r, fact, nowMs);
    // Facts held only because the kind was unsure (an interview time) are sure enough now.
    for (const held of unsureFacts(r).filter(
      (f) => f.messageKey === fact.messageKey && f.field !== "kind" && f.confidence >= CONFIDENCE_THRESHOLD,
    )) {
      applyValue(r, held);
      settleField(r, held.field, held.confidence);
    }
  } else applyValue(r, fact);
  settleField(r, field, 1);
  return summary;
}

/** Employer mail on the timeline other than `except`. */
export function hasOtherMail(r: EmployerRecord, except: string): boolean {
  return r.timeline.some((e) => e.messageKey && e.messageKey !== except);
}

/**
 * The owner says the message is not what jobnudge thought. "update": it stays as status news and
 * what hung on its kind is dropped. "other": it is no job mail at all, so it leaves the timeline
 * and stops counting as contact.
 */
export function reclassifyMessage(r: EmployerRecord, messageKey: string, kind: "update" | "other"): string {
  const mine = unsureFacts(r).filter((f) => f.messageKey === messageKey);
  if (!mine.some((f) => f.field === "kind") && kind === "update")
    throw new InvalidRequestError("that question was already answered");
  if (kind === "update") {
    r.unsure = unsureFacts(r).filter(
      (f) => f.messageKey !== messageKey || (f.field !== "kind" && f.field !== "interviewAt"),
    );
    r.factConfidence = { ...(r.factConfidence ?? {}), kind: 1 };
    return "not what it seemed: kept as an update";
  }
  r.unsure = unsureFacts(r).filter((f) => f.messageKey !== messageKey);
  r.timeline = r.timeline.filter((e) => e.messageKey !== messageKey);
  let last: number | null = null;
  for (const e of r.timeline) {
    if (e.messageKey && e.kind !== "outgoing" && e.kind !== "other") last = Math.max(last ?? 0, Date.parse(e.at));
  }
  r.lastContactAt = last === null ? null : toIso(last);
  return "not job mail: removed from the timeline";
}
