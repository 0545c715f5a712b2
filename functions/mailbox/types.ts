// What the mailbox readers hand out: one message's raw bytes, or a problem, each with where it is.

/**
 * Where a message is. `index` is the message's ordinal in reading order (0-based), for every kind.
 * - `mbox`: `offset` is the byte offset of its `From ` separator line; `length` the bytes from there
 *   to the next separator (or the end of the file), which is what `readAt` reads back.
 * - `file`: one message per file (Maildir, a folder of .eml files, a single .eml), or a problem
 *   with the whole file (empty, not a mailbox).
 */
export type MailboxPosition =
  | { kind: "mbox"; path: string; index: number; offset: number; length: number }
  | { kind: "file"; path: string; index: number };

export interface MailboxMessage {
  position: MailboxPosition;
  /** The message as it was received: mbox separator removed and `>From ` lines unquoted. */
  raw: Uint8Array;
}

export interface MailboxProblem {
  position: MailboxPosition;
  /** Why this message (or file) was not read, in words for the owner. */
  reason: string;
}

export type MailboxItem = MailboxMessage | MailboxProblem;

export function isMailboxProblem(item: MailboxItem): item is MailboxProblem {
  return "reason" in item;
}

/** "message 12 at byte 34567 of Takeout.mbox" or the file's path: the `at` of an import error. */
export function describePosition(position: MailboxPosition): string {
  if (position.kind === "file") return position.path;
  return `${position.path}: message ${position.index + 1} at byte ${position.offset}`;
}

/** A stable key for a position, for a caller that persists how far an import got. */
export function positionKey(position: MailboxPosition): string {
  return position.kind === "mbox" ? `mbox:${position.offset}:${position.path}` : `file:${position.path}`;
}

export function tooLargeReason(bytes: number, limit: number): string {
  return `message too large (${Math.round(bytes / 1024 / 1024)} MB, limit ${limit / 1024 / 1024} MB)`;
}
