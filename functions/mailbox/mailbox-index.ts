// Date order for a mailbox that is neither sorted nor small. First pass: read only header sections
// (an mbox streamed, a message file's first bytes), drop what the prefilter is sure about, and keep a
// compact entry per message (where it is, its Date, its Message-ID). Sort the entries. Second pass:
// read each message again by its position, in that order.
import { type FileHandle, open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { subjectForwards } from "../mail/unwrap";
import { detectMailbox, type MailboxFormat } from "./detect";
import { envelopeDate } from "./envelope";
import { messageFilesOf, readFileHeaders, readMessageFile } from "./files-read";
import { type MailHeaders, readHeaders } from "./headers";
import { mboxPosition, mboxRecords, readMboxSpan } from "./mbox-read";
import type { PrefilterVerdict } from "./prefilter";
import { type MailboxItem, type MailboxPosition, type MailboxProblem, positionKey } from "./types";

export interface IndexEntry {
  position: MailboxPosition;
  /** Date header (ms); else the mbox separator's date or the Maildir delivery time; else null. */
  date: number | null;
  messageId: string | null;
  /** The From address when the subject says the message is a forward ("Fwd:", "WG:"), else null. */
  forwardedBy: string | null;
}

export interface MailboxIndex {
  path: string;
  format: MailboxFormat | null;
  /** Kept messages, oldest first; undated ones last, in file order. */
  entries: IndexEntry[];
  /** Messages read (kept and skipped; problems not counted). */
  messages: number;
  /** Messages the prefilter dropped, by the rule that dropped them. */
  skipped: Partial<Record<PrefilterVerdict["rule"], number>>;
  problems: MailboxProblem[];
  /** The pass was stopped by `signal`: the index covers only the start of the mailbox. */
  interrupted: boolean;
}

export interface IndexProgress {
  messages: number;
  kept: number;
  problems: number;
  /** mbox only: bytes read and the file's size. */
  bytesRead: number | null;
  totalBytes: number | null;
}

export interface IndexOptions {
  /** Decides from headers whether a message is worth replaying; without it every message is kept. */
  prefilter?: (headers: MailHeaders) => PrefilterVerdict;
  onProgress?: (progress: IndexProgress) => void;
  signal?: AbortSignal;
}

interface HeaderSource {
  position: MailboxPosition;
  headers: Uint8Array | null;
  problem: string | null;
  fallbackDate: number | null;
}

/** Maildir file names start with the delivery time in seconds ("1709550000.M1P2.host:2,S"). */
function maildirTime(path: string): number | null {
  const m = /^(\d{9,11})\./.exec(basename(path));
  return m ? Number(m[1]) * 1000 : null;
}

async function* headerSources(
  format: MailboxFormat,
  path: string,
  onRead: (bytes: number) => void,
): AsyncGenerator<HeaderSource> {
  if (format === "mbox") {
    for await (const record of mboxRecords(path, "headers", onRead)) {
      yield {
        position: mboxPosition(path, record),
        headers: record.headers,
        problem: record.problem,
        fallbackDate: envelopeDate(record.envelope),
      };
    }
    return;
  }
  const files = format === "eml-file" ? single(path) : messageFilesOf(format, path);
  let index = 0;
  for await (const file of files) {
    const read = await readFileHeaders(file, index);
    const position: MailboxPosition = { kind: "file", path: file, index };
    index += 1;
    yield "headers" in read
      ? {
          position,
          headers: read.headers,
          problem: null,
          fallbackDate: format === "maildir" ? maildirTime(file) : null,
        }
      : { position, headers: null, problem: read.reason, fallbackDate: null };
  }
}

async function* single(path: string): AsyncGenerator<string> {
  yield path;
}

const byDate = (a: IndexEntry, b: IndexEntry) =>
  (a.date ?? Number.POSITIVE_INFINITY) - (b.date ?? Number.POSITIVE_INFINITY) || a.position.index - b.position.index;

/** The first pass: see the file comment. Rejects only when `path` does not exist. */
export async function indexMailbox(path: string, options: IndexOptions = {}): Promise<MailboxIndex> {
  const source = await detectMailbox(path);
  const index: MailboxIndex = {
    path,
    format: source.format,
    entries: [],
    messages: 0,
    skipped: {},
    problems: [],
    interrupted: false,
  };
  if (source.format === null) {
    index.problems.push({ position: { kind: "file", path: source.path, index: 0 }, reason: source.problem });
    return index;
  }
  const totalBytes = source.format === "mbox" ? (await stat(source.path)).size : null;
  let bytesRead: number | null = totalBytes === null ? null : 0;
  const report = () =>
    options.onProgress?.({
      messages: index.messages,
      kept: index.entries.length,
      problems: index.problems.length,
      bytesRead,
      totalBytes,
    });
  for await (const item of headerSources(source.format, source.path, (bytes) => {
    bytesRead = bytes;
  })) {
    if (options.signal?.aborted) {
      index.interrupted = true;
      break;
    }
    if (item.problem !== null || item.headers === null) {
      index.problems.push({ position: item.position, reason: item.problem ?? "unreadable message" });
    } else {
      index.messages += 1;
      const headers = await readHeaders(item.headers);
      const verdict = options.prefilter?.(headers) ?? { keep: true, rule: "unsure" };
      if (verdict.keep) {
        index.entries.push({
          position: item.position,
          date: headers.date ?? item.fallbackDate,
          messageId: headers.messageId,
          forwardedBy: headers.from && subjectForwards(headers.subject) ? headers.from.address : null,
        });
      } else {
        index.skipped[verdict.rule] = (index.skipped[verdict.rule] ?? 0) + 1;
      }
    }
    report();
  }
  index.entries.sort(byDate);
  return index;
}

/**
 * A rerun's resume point: the entries after the one at `key` (a `positionKey` the caller kept when
 * an import stopped), or all of them when the key is not in the index (another mailbox, or changed).
 * The index's order is a pure function of the mailbox, so the same file gives the same sequence.
 */
export function entriesAfter(entries: readonly IndexEntry[], key: string | null): readonly IndexEntry[] {
  if (key === null) return entries;
  const at = entries.findIndex((entry) => positionKey(entry.position) === key);
  return at === -1 ? entries : entries.slice(at + 1);
}

/** One message, by the position the first pass recorded. */
export async function readAt(entry: Pick<IndexEntry, "position">): Promise<MailboxItem> {
  const { position } = entry;
  if (position.kind === "file") return readMessageFile(position.path, position.index);
  const handle = await open(position.path, "r");
  try {
    return await readMboxSpan(handle, position);
  } finally {
    await handle.close();
  }
}

/** The second pass: every entry's message in the index's (date) order, an mbox opened once. */
export async function* readInOrder(entries: readonly IndexEntry[]): AsyncGenerator<MailboxItem> {
  const handles = new Map<string, FileHandle>();
  try {
    for (const { position } of entries) {
      if (position.kind === "file") {
        yield await readMessageFile(position.path, position.index);
        continue;
      }
      let handle = handles.get(position.path);
      if (!handle) {
        handle = await open(position.path, "r");
        handles.set(position.path, handle);
      }
      yield await readMboxSpan(handle, position);
    }
  } finally {
    for (const handle of handles.values()) await handle.close();
  }
}
