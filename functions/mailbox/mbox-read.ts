// Reading an mbox file: a stream of records in one pass, or one message again by its position.
import { createReadStream } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { MAX_RAW_BYTES } from "../mail/limits";
import { type MboxRecord, MboxSplitter } from "./mbox-split";
import type { MailboxItem, MailboxPosition } from "./types";

type MboxPosition = Extract<MailboxPosition, { kind: "mbox" }>;

/** 1 MiB reads: big enough for disk throughput, small beside the 300 MB memory budget. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Every record of the file in order, reading it in chunks. Memory: one chunk plus the message being
 * read (at most the size limit; past it the message's bytes are dropped) or, for "headers", its header
 * section. `onRead` hears the bytes read so far after each chunk.
 */
export async function* mboxRecords(
  path: string,
  keep: "message" | "headers",
  onRead?: (bytes: number) => void,
): AsyncGenerator<MboxRecord> {
  const splitter = new MboxSplitter({ keep, maxBytes: MAX_RAW_BYTES });
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      splitter.feed(chunk);
      read += chunk.byteLength;
      onRead?.(read);
      yield* splitter.take();
    }
    splitter.end();
    yield* splitter.take();
  } finally {
    stream.destroy();
  }
}

export function mboxPosition(path: string, record: MboxRecord): MboxPosition {
  return { kind: "mbox", path, index: record.index, offset: record.offset, length: record.length };
}

export function mboxItem(path: string, record: MboxRecord): MailboxItem {
  const position = mboxPosition(path, record);
  if (record.raw) return { position, raw: record.raw };
  return { position, reason: record.problem ?? "unreadable message" };
}

const CHANGED = "the mailbox changed since it was indexed";

/** One message again, from the span the first pass recorded: the same splitting, on those bytes only. */
export async function readMboxSpan(handle: FileHandle, position: MboxPosition): Promise<MailboxItem> {
  // A span holds the message, its separator line and one `>` per unquoted line: twice the limit is
  // already impossible for a message the first pass accepted.
  if (position.length > 2 * MAX_RAW_BYTES) return { position, reason: CHANGED };
  const bytes = new Uint8Array(position.length);
  const { bytesRead } = await handle.read(bytes, 0, position.length, position.offset);
  if (bytesRead !== position.length) return { position, reason: CHANGED };
  const splitter = new MboxSplitter({
    keep: "message",
    maxBytes: MAX_RAW_BYTES,
    startOffset: position.offset,
    startIndex: position.index,
  });
  splitter.feed(bytes);
  splitter.end();
  const records = splitter.take();
  const only = records[0];
  // The first pass accepted this span as one whole message: anything else means the file changed.
  if (records.length !== 1 || !only?.raw || only.offset !== position.offset) return { position, reason: CHANGED };
  return { position, raw: only.raw };
}
