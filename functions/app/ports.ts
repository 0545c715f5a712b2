// The ports: what the use cases need from the outside world, owned by the use cases. Adapters (AWS
// and local stand-ins, functions/adapters/) implement these and the composition roots
// (functions/wiring/) plug them in; use cases only ever see these interfaces, never an SDK type.

import type { AttachmentView } from "../domain/email-view";
import type { EmployerRecord } from "../domain/employer";
import { JobnudgeError } from "../domain/errors";
import type { LinkMaker } from "../domain/link-actions";
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

/** A schedule jobnudge believes exists, keyed by nudge id. */
export interface ScheduleEntry {
  id: string;
  dueAt: string;
  employerId: string | null;
  kind: OwnerEmailKind;
}

export interface ScheduleBook {
  entries: Record<string, ScheduleEntry>;
  version: number;
}

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
   * Takes a one-time claim (nudge delivery, ack, single-use link token). True when this caller got
   * it; false when it was already taken. `release` undoes a claim whose work failed.
   */
  claim(key: string, at: string): Promise<boolean>;
  release(key: string): Promise<void>;
  getScheduleBook(): Promise<ScheduleBook>;
  /** Conditional on `book.version`; returns the book with version + 1; ConcurrentUpdateError when it moved. */
  saveScheduleBook(book: ScheduleBook): Promise<ScheduleBook>;
}

/** Payload a fired schedule delivers to the nudge use case. */
export interface NudgeFiring {
  nudgeId: string;
  dueAt: string;
}

/** One-time schedules that fire the nudge use case (EventBridge Scheduler, local timer, virtual clock). */
export interface NudgeScheduler {
  /** Creates the schedule, or moves an existing one with the same id to `entry.dueAt` (upsert). */
  create(entry: ScheduleEntry, timezone: string): Promise<void>;
  /** Deletes the schedule; a missing one counts as done. */
  cancel(id: string): Promise<void>;
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
