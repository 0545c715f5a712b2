// The ports: what the use cases need from the outside world, owned by the use cases. Adapters (AWS
// and local stand-ins, functions/adapters/) implement these and the composition roots
// (functions/wiring/) plug them in; use cases only ever see these interfaces, never an SDK type.

import type { AttachmentView } from "../domain/email-view";
import type { EmployerRecord } from "../domain/employer";
import { JobnudgeError } from "../domain/errors";
import type { LinkMaker } from "../domain/link-actions";
import type { FactReadingRequest } from "../domain/model-reading";
import type { DraftKind, OwnerEmailKind } from "../domain/vocabularies";

/** An optimistic-lock write lost a race; the caller re-reads and retries. */
export class ConcurrentUpdateError extends JobnudgeError {}

/** The raw mail store has no message under the key. */
export class RawMailNotFoundError extends JobnudgeError {
  constructor(key: string, options?: { cause?: unknown }) {
    super(`raw message ${key} not found`, options);
  }
}

/** Raw inbound messages, kept as received (S3 on AWS, a folder locally). */
export interface RawMailStore {
  put(key: string, raw: Uint8Array): Promise<void>;
  /** Throws RawMailNotFoundError when the key does not exist. */
  get(key: string): Promise<Uint8Array>;
}

/** What jobnudge records about each inbound message (never the body). */
export interface MessageRecord {
  key: string;
  rawKey: string;
  receivedAt: string;
  kind: string;
  employerId: string | null;
  outcome: "applied" | "command" | "ignored" | "error" | "rejected_sender";
  error?: string;
}

/**
 * One schedule jobnudge created and has not deleted (the schedule book holds one per schedule).
 * The name is derived from the nudge and its time (domain/nudge.ts scheduleName), so a moved nudge
 * is a new schedule and an existing name always means the same schedule.
 */
export interface ScheduleEntry {
  /** Scheduler name: 1-64 chars of [0-9a-zA-Z-_.]. */
  name: string;
  /** The nudge it fires. */
  id: string;
  dueAt: string;
  employerId: string | null;
  kind: OwnerEmailKind;
}

/**
 * A book entry: the schedule, and who is changing it. Each create or delete of a schedule happens
 * under the entry's lease (`creating` / `cancelling`), so two invocations never create and delete
 * one schedule at once; `active` means the schedule exists.
 */
export interface BookedSchedule extends ScheduleEntry {
  state: "creating" | "active" | "cancelling";
  /** The invocation holding the lease (creating, cancelling). */
  owner: string | null;
  /** End of that lease (UTC ms). */
  leaseUntil: number | null;
}

/** Who asks for an entry's lease, to do what, from when and for how long. */
export interface ScheduleLease {
  entry: ScheduleEntry;
  intent: "creating" | "cancelling";
  owner: string;
  now: string;
  leaseSeconds: number;
}

/** A schedule as the scheduler lists it. */
export interface LiveSchedule {
  name: string;
  /** When it was created (UTC ISO), when the scheduler says. */
  createdAt: string | null;
}

/**
 * Who may do a one-time job (an email to the owner, applying a command, a single-use link) now:
 * - `claimed`: this owner holds the lease (a new claim, its own earlier one, or an expired lease);
 * - `done`: completed (by anyone): never again;
 * - `held`: another owner's lease is live: that one is doing it, or its retry will.
 */
export type ClaimOutcome = "claimed" | "done" | "held";

/** Another owner holds a live claim on the job: retry after its lease (Lambda's retry does). */
export class ClaimHeldError extends JobnudgeError {}

/** Per-owner state: employer records, processed messages, claims. DynamoDB (local or AWS). */
export interface StateStore {
  listEmployers(): Promise<EmployerRecord[]>;
  getEmployer(id: string): Promise<EmployerRecord | null>;
  /**
   * Writes the record if the stored version still equals `record.version` (0 = must not exist).
   * Returns the record with version + 1. Throws ConcurrentUpdateError when the version moved.
   */
  saveEmployer(record: EmployerRecord): Promise<EmployerRecord>;
  /** Deletes a record at the given version (merge). Throws ConcurrentUpdateError when it moved. */
  deleteEmployer(id: string, version: number): Promise<void>;
  recordMessage(message: MessageRecord): Promise<void>;
  getMessage(key: string): Promise<MessageRecord | null>;
  listMessages(): Promise<MessageRecord[]>;
  /**
   * Claims one-time work for `owner` (the invocation doing it) until `now + leaseSeconds`. A retry
   * by the same owner, or anyone after the lease ran out, gets it again until `complete` is called.
   */
  claim(key: string, owner: string, now: string, leaseSeconds: number): Promise<ClaimOutcome>;
  /** The work is done (claimed -> done): every later claim gets `done`. */
  complete(key: string, now: string): Promise<void>;
  /** Gives up `owner`'s claim so another may start at once; nothing when done or held by another. */
  release(key: string, owner: string): Promise<void>;
  /** The schedule book: every entry. */
  listScheduleEntries(): Promise<BookedSchedule[]>;
  /**
   * Takes the entry's lease to create (`creating`: the entry is new, not active, ours or lapsed)
   * or delete (`cancelling`: it exists and is active, ours or lapsed) its schedule. False when
   * another invocation's lease is live (it is changing that schedule now) or there is nothing to do.
   */
  leaseScheduleEntry(lease: ScheduleLease): Promise<boolean>;
  /** The schedule was created: the entry becomes active (if the lease is still `owner`'s). */
  activateScheduleEntry(name: string, owner: string): Promise<void>;
  /** The schedule was deleted: the entry goes (if the lease is still `owner`'s). */
  removeScheduleEntry(name: string, owner: string): Promise<void>;
}

/** Payload a fired schedule delivers to the nudge use case. */
export interface NudgeFiring {
  nudgeId: string;
  dueAt: string;
}

/** One-time schedules that fire the nudge use case (EventBridge Scheduler, local timer, virtual clock). */
export interface NudgeScheduler {
  /** Creates the schedule `entry.name`; one of that name already there is the same schedule (done). */
  create(entry: ScheduleEntry, timezone: string): Promise<void>;
  /** Deletes the schedule; a missing one (fired and auto-deleted, never made) counts as done. */
  cancel(name: string): Promise<void>;
  /** Every schedule in jobnudge's group (for the repair sweep). */
  list(): Promise<LiveSchedule[]>;
}

export interface OutgoingEmail {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  attachments: AttachmentView[];
  /** Correlation for logs and the loop guard; never PII. */
  kind: OwnerEmailKind;
  /**
   * Deterministic Message-ID ("<local@domain>"), the same for every copy of one email: a rare
   * second copy (a retry after SES's response was lost) lands in the same thread.
   */
  messageId: string | null;
  /** What the email is about, for records and `simulate` (not sent as headers). */
  about: {
    employer: string | null;
    drafts: { kind: DraftKind; to: string | null; subject: string }[];
  };
}

/** Sends email to the owner (SES; locally the SES emulator). */
export interface Mailer {
  send(email: OutgoingEmail): Promise<string>;
}

export interface Clock {
  now(): Date;
}

/** What a signed link carries. */
export interface LinkPayload {
  action: string;
  employerId: string | null;
  extra?: Record<string, string>;
  /** Expiry, Unix seconds. */
  exp: number;
  /** Unique token id: the single-use claim key. */
  jti: string;
}

export type LinkVerification =
  | { ok: true; payload: LinkPayload; kid: string }
  | { ok: false; reason: "malformed" | "bad_signature" | "expired" | "unknown_key" };

/**
 * Signed one-click links (the actions endpoint): `sign` builds the URL of a link for nudges and acks
 * (the domain's LinkMaker), `verify` checks a token taken from such a URL. The signing secret stays
 * inside the adapter.
 */
export interface LinkSigner {
  sign: LinkMaker;
  verify(token: string, nowSeconds: number): LinkVerification;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A model's answer about one message: the JSON it gave (unchecked: the use case checks it) and its cost. */
export interface FactReading {
  answer: unknown;
  inputTokens: number | null;
  outputTokens: number | null;
}

/**
 * The optional model tier (owner.modelTier, domain/model-reading.ts): reads the facts of one
 * message the rules were unsure of (Amazon Bedrock on AWS, an OpenAI-compatible endpoint locally).
 * It is sent the request and nothing else. `null` means the tier is off: nothing was sent.
 * Throws (FactReaderError or the transport's error) when the model cannot answer; the caller then
 * asks the owner, as without a model.
 */
export interface FactReader {
  /** For logs: "off", "bedrock amazon.nova-lite-v1:0", "openai-compatible qwen2.5:7b". */
  readonly name: string;
  read(request: FactReadingRequest, signal: AbortSignal): Promise<FactReading | null>;
}

/** The model answered, but not with an answer (no tool call, not JSON, an error status). */
export class FactReaderError extends JobnudgeError {}
