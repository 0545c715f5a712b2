// Splits an mbox byte stream into messages, a chunk at a time, with bounded memory.
//
// Where a message starts. mboxo writers (Thunderbird, Apple Mail, some Takeouts) do not escape a body
// line that starts with "From ", so "every line starting with From is a separator" splits messages in
// the middle. A line starts a new message only when all three hold:
//   1. the line before it is blank (writers put a blank line after every message), or it is the
//      first line of the file;
//   2. it has the separator's shape, `From SENDER DATE` with a full date (see envelope.ts);
//   3. the line after it is a header field (`Name:`), because every message starts with headers.
// A body line that passes all three is indistinguishable from a separator and does split the
// message; prose rarely does ("From Mon Mar 2 10:00:00 2026" followed by "Subject: ..." after a
// blank line is a pasted mbox).
//
// What a message is. The bytes after the separator line up to the blank line before the next
// separator (that blank line is the writer's, not the message's; at the end of the file a trailing
// blank line is dropped the same way). Lines matching `^>+From ` lose one `>` (mboxrd unquoting; in
// an mboxo file a body line that really read ">From " loses its ">" too, a harmless change).
// Line ends are kept as written: CRLF, LF or a mix.
//
// Problems, each a record of its own so the caller reports it and goes on:
//   - a message over `maxBytes`: reported with its size; its bytes are dropped as soon as it passes
//     the limit, so a 50 MB message costs at most the limit in memory;
//   - the last message cut off: the file ends mid-line, inside the header section, or right after a
//     separator line;
//   - text before the first separator.
import { MAX_HEADER_BYTES } from "../mail/limits";
import { ByteWindow } from "./byte-window";
import { isEnvelopeLine } from "./envelope";
import { BOM, CR, FROM_, GT, headerFieldStart, isQuotedFrom, LF, lineText, PREFIX, startsWithFrom } from "./mbox-lines";
import { tooLargeReason } from "./types";

export interface MboxRecord {
  index: number;
  /** Offset of the separator line. */
  offset: number;
  /** Bytes from the separator line to the next separator line (or the end of the input). */
  length: number;
  /** The separator line itself, without its line break (at most 512 bytes). */
  envelope: string;
  /** The message, when `keep` is "message" and there is no problem. */
  raw: Uint8Array | null;
  /** The header section (with its closing blank line when there is one), when `keep` is "headers". */
  headers: Uint8Array | null;
  problem: string | null;
}

export interface MboxSplitOptions {
  /** "message": whole messages; "headers": only each header section (the index pass). */
  keep: "message" | "headers";
  maxBytes: number;
  /** Offset of the first byte fed, and the index of the first message (re-reading one message). */
  startOffset?: number;
  startIndex?: number;
}

interface Draft {
  index: number;
  offset: number;
  envelope: string;
  contentStart: number;
  inHeaders: boolean;
  unquote: number[];
  headers: Uint8Array | null;
  oversize: boolean;
  cut: string | null;
}

interface Candidate {
  start: number;
  end: number;
  envelope: string;
  /** Start of the blank line before it: where the current message ends if it is a separator. */
  blankStart: number;
}

export class MboxSplitter {
  private readonly window = new ByteWindow();
  private readonly done: MboxRecord[] = [];
  private scanned: number;
  private index: number;
  /** Start of the line being assembled, and its first bytes when it began in an earlier chunk. */
  private lineStart: number;
  private carry: Uint8Array | null = null;
  private carryLength = 0;
  private prevBlank = false;
  private prevBlankStart = 0;
  private current: Draft | null = null;
  private pending: Candidate | null = null;
  /** Where the first message starts (-1 before), and whether any text came before it. */
  private preambleEnd = -1;
  private sawText = false;
  private lastLineCut = false;

  constructor(private readonly options: MboxSplitOptions) {
    this.scanned = options.startOffset ?? 0;
    this.lineStart = this.scanned;
    this.index = options.startIndex ?? 0;
  }

  /** Records completed so far, each handed out once. */
  take(): MboxRecord[] {
    return this.done.splice(0, this.done.length);
  }

  /** Bytes held for the message being read (the memory this splitter costs beyond one chunk). */
  get retained(): number {
    return this.window.retained;
  }

  feed(chunk: Uint8Array): void {
    const base = this.scanned;
    this.window.push(base, chunk);
    let pos = 0;
    while (pos < chunk.byteLength) {
      const nl = chunk.indexOf(LF, pos);
      if (nl === -1) {
        this.keepCarry(chunk, pos, chunk.byteLength);
        // Decide a pending separator from the start of the next line, not at its end: that line may
        // be megabytes long, and until then the current message's size and bytes are open.
        const verdict = this.pending && headerFieldStart(this.carry as Uint8Array, 0, this.carryLength);
        if (verdict !== null) this.resolvePending(verdict);
        break;
      }
      const end = nl + 1;
      if (this.carry) {
        this.keepCarry(chunk, pos, end);
        this.line(this.carry, 0, this.carryLength, this.lineStart, base + end, true);
        this.carry = null;
      } else {
        this.line(chunk, pos, Math.min(end - pos, PREFIX), base + pos, base + end, true);
      }
      pos = end;
      this.lineStart = base + end;
    }
    this.scanned = base + chunk.byteLength;
    this.watchSize(this.pending ? this.pending.start : this.scanned);
    this.window.release(this.neededFrom());
  }

  end(): void {
    if (this.lineStart < this.scanned) {
      this.line(this.carry ?? new Uint8Array(0), 0, this.carryLength, this.lineStart, this.scanned, false);
      this.carry = null;
    }
    const pending = this.pending;
    if (pending) {
      this.pending = null;
      this.finish(pending.blankStart, pending.start);
      this.done.push(
        this.problemRecord(
          pending.start,
          pending.end,
          pending.envelope,
          "truncated: the file ends right after a From line",
        ),
      );
    } else if (this.current) {
      const draft = this.current;
      if (this.lastLineCut) draft.cut = "truncated: the file ends in the middle of a line";
      else if (draft.inHeaders) draft.cut = "truncated: the file ends inside the header section";
      this.finish(this.prevBlank ? this.prevBlankStart : this.scanned, this.scanned);
    }
    if (!this.current && this.preambleEnd < 0 && this.sawText) {
      this.done.push(this.problemRecord(0, this.scanned, "", "not an mbox: no From separator line"));
    }
  }

  private keepCarry(chunk: Uint8Array, from: number, to: number): void {
    if (!this.carry) {
      this.carry = new Uint8Array(PREFIX);
      this.carryLength = 0;
    }
    const n = Math.min(to - from, PREFIX - this.carryLength);
    if (n > 0) {
      this.carry.set(chunk.subarray(from, from + n), this.carryLength);
      this.carryLength += n;
    }
  }

  /** One line: `len` bytes of it are in `buf` at `at` (its first PREFIX bytes at most). */
  private line(
    buf: Uint8Array,
    lineAt: number,
    lineLen: number,
    start: number,
    end: number,
    terminated: boolean,
  ): void {
    let at = lineAt;
    let len = lineLen;
    if (start === 0 && len >= 3 && buf[at] === BOM[0] && buf[at + 1] === BOM[1] && buf[at + 2] === BOM[2]) {
      at += 3; // a byte-order mark some tools put in front of the file
      len -= 3;
    }
    const size = end - start;
    const blank = terminated && (size === 1 || (size === 2 && buf[at] === CR));
    if (this.pending) this.resolvePending(headerFieldStart(buf, at, len) === true);
    if (!terminated) this.lastLineCut = true;

    if (!blank && buf[at] === FROM_[0] && (this.prevBlank || !this.current) && this.separatorShape(buf, at, len)) {
      this.pending = {
        start,
        end,
        envelope: lineText(buf, at, len),
        blankStart: this.prevBlank ? this.prevBlankStart : start,
      };
      this.prevBlank = false;
      return;
    }
    const draft = this.current;
    if (!draft) {
      if (!blank) this.sawText = true;
    } else {
      if (buf[at] === GT && !draft.oversize && isQuotedFrom(buf, at, len)) draft.unquote.push(start);
      if (draft.inHeaders && (blank || end - draft.contentStart > MAX_HEADER_BYTES)) {
        draft.inHeaders = false;
        // An oversize message is a problem whatever its headers, and its bytes are already released.
        if (this.options.keep === "headers" && !draft.oversize) draft.headers = this.headerBytes(draft, end);
      }
      this.watchSize(end);
    }
    this.prevBlank = blank;
    if (blank) this.prevBlankStart = start;
  }

  /** The line after a separator-shaped line is (or is not) a header field: a message starts (or not). */
  private resolvePending(headerFollows: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    if (headerFollows) {
      this.finish(pending.blankStart, pending.start);
      this.begin(pending);
    } else if (!this.current) {
      this.sawText = true;
    }
    // Otherwise the "From " line was body text of the current message: nothing to undo, messages
    // are offset ranges.
  }

  private separatorShape(buf: Uint8Array, at: number, len: number): boolean {
    return startsWithFrom(buf, at, len) && isEnvelopeLine(lineText(buf, at, len));
  }

  private begin(candidate: Candidate): void {
    if (this.preambleEnd < 0) {
      this.preambleEnd = candidate.start;
      if (this.sawText)
        this.done.push(
          this.problemRecord(0, candidate.start, "", "not part of any message: text before the first From line"),
        );
    }
    this.current = {
      index: this.index,
      offset: candidate.start,
      envelope: candidate.envelope,
      contentStart: candidate.end,
      inHeaders: true,
      unquote: [],
      headers: null,
      oversize: false,
      cut: null,
    };
    this.index += 1;
  }

  /** Close the current message: its content ends at `contentEnd`, its span at `spanEnd`. */
  private finish(contentEnd: number, spanEnd: number): void {
    const draft = this.current;
    if (!draft) return;
    this.current = null;
    const size = contentEnd - draft.contentStart - draft.unquote.length;
    const problem =
      draft.cut ??
      (draft.oversize || size > this.options.maxBytes
        ? tooLargeReason(contentEnd - draft.contentStart, this.options.maxBytes)
        : null);
    const wantsMessage = this.options.keep === "message" && !problem;
    let headers: Uint8Array | null = null;
    if (this.options.keep === "headers" && !problem) {
      headers = draft.headers ?? this.headerBytes(draft, contentEnd);
    }
    this.done.push({
      index: draft.index,
      offset: draft.offset,
      length: spanEnd - draft.offset,
      envelope: draft.envelope,
      raw: wantsMessage ? this.window.slice(draft.contentStart, contentEnd, draft.unquote) : null,
      headers,
      problem,
    });
  }

  /** The header section up to `end`, at most MAX_HEADER_BYTES of it. */
  private headerBytes(draft: Draft, end: number): Uint8Array {
    return this.window.slice(draft.contentStart, Math.min(end, draft.contentStart + MAX_HEADER_BYTES), draft.unquote);
  }

  private problemRecord(offset: number, end: number, envelope: string, problem: string): MboxRecord {
    const record = { index: this.index, offset, length: end - offset, envelope, raw: null, headers: null, problem };
    this.index += 1;
    return record;
  }

  private watchSize(upTo: number): void {
    const draft = this.current;
    if (draft && !draft.oversize && upTo - draft.contentStart - draft.unquote.length > this.options.maxBytes) {
      draft.oversize = true;
      draft.unquote = [];
    }
  }

  /** The first offset any unfinished message may still need: everything before it is released. */
  private neededFrom(): number {
    const draft = this.current;
    // An unfinished line needs no bytes beyond its prefix (kept in `carry`): a message that starts
    // later starts after the next separator line.
    const next = this.pending ? this.pending.end : this.scanned;
    if (!draft || draft.oversize) return next;
    if (this.options.keep === "headers" && !draft.inHeaders) return draft.headers ? next : draft.contentStart;
    return draft.contentStart;
  }
}
