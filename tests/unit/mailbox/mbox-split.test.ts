import { describe, expect, it } from "vitest";
import { type MboxRecord, MboxSplitter } from "../../../functions/mailbox/mbox-split";
import { APPLE_ENVELOPE, bytes, GMAIL_ENVELOPE, mbox, message, THUNDERBIRD_ENVELOPE, text } from "./mbox-text";

function split(
  input: string | Uint8Array,
  options: { chunk?: number; maxBytes?: number; keep?: "message" | "headers" } = {},
) {
  const data = typeof input === "string" ? bytes(input) : input;
  const splitter = new MboxSplitter({ keep: options.keep ?? "message", maxBytes: options.maxBytes ?? 1_000_000 });
  const step = options.chunk ?? data.byteLength;
  const records: MboxRecord[] = [];
  let retained = 0;
  for (let i = 0; i < data.byteLength; i += step) {
    splitter.feed(data.subarray(i, i + step));
    records.push(...splitter.take());
    retained = Math.max(retained, splitter.retained);
  }
  splitter.end();
  records.push(...splitter.take());
  return { records, retained };
}

const raws = (records: MboxRecord[]) => records.map((r) => text(r.raw));
const CHUNKS = [1, 2, 7, 64, 4096];

describe("MboxSplitter: where messages start", () => {
  const messages = [
    message("Interview with Northwind", "Hi Sam,\n\nAre you free Thursday?\n\nDana"),
    message("Offer", "Please find the offer attached.", { eol: "\r\n" }),
    message("Newsletter", "Top stories this week"),
  ];

  it.each([
    ["Gmail Takeout", GMAIL_ENVELOPE],
    ["Thunderbird", THUNDERBIRD_ENVELOPE],
    ["Apple Mail", APPLE_ENVELOPE],
    ["mutt", "From sam@example.com Thu, 05 Mar 2026 10:15:00 +0000"],
  ])("splits %s's mbox into the messages as written, whatever the chunk size", (_writer, envelope) => {
    for (const chunk of CHUNKS) {
      const { records } = split(mbox(messages, { envelope }), { chunk });
      expect(raws(records)).toEqual(messages);
      expect(records.map((r) => r.problem)).toEqual([null, null, null]);
      expect(records.map((r) => r.envelope)).toEqual([envelope, envelope, envelope]);
    }
  });

  it("records where each message is: offsets of the separators, spans that tile the file", () => {
    const input = mbox(messages);
    const { records } = split(input, { chunk: 7 });
    expect(records.map((r) => r.index)).toEqual([0, 1, 2]);
    for (const r of records) expect(input.slice(r.offset, r.offset + 5)).toBe("From ");
    expect(records[0]?.offset).toBe(0);
    expect((records[0]?.offset ?? 0) + (records[0]?.length ?? 0)).toBe(records[1]?.offset);
    expect((records[2]?.offset ?? 0) + (records[2]?.length ?? 0)).toBe(bytes(input).byteLength);
  });

  it("unquotes mboxrd: each >From line loses one >", () => {
    const body = "From my side, all good.\n>From the archive\n>>From deeper\nFromage is not quoted";
    const original = message("Quoted", body);
    for (const chunk of CHUNKS) expect(raws(split(mbox([original]), { chunk }).records)).toEqual([original]);
  });

  it("keeps CRLF, LF and a mix of both exactly as written", () => {
    const mixed = "Subject: mixed\r\nFrom: a@b.example\n\r\nline one\nline two\r\n";
    const input = `${GMAIL_ENVELOPE}\r\n${mixed}\r\n${GMAIL_ENVELOPE}\n${message("next", "x")}\n`;
    for (const chunk of CHUNKS) expect(raws(split(input, { chunk }).records)).toEqual([mixed, message("next", "x")]);
  });

  it("keeps a message with no body between others", () => {
    const input = `${GMAIL_ENVELOPE}\nSubject: only headers\n\n${GMAIL_ENVELOPE}\n${message("b", "body")}\n`;
    expect(raws(split(input).records)).toEqual(["Subject: only headers\n", message("b", "body")]);
  });
});

describe("MboxSplitter: an unescaped From line inside a body (mboxo)", () => {
  // Bodies as Thunderbird and Apple Mail leave them: "From " at the start of a line, unescaped.
  const cases: [string, string][] = [
    ["prose after a blank line", "Hi,\n\nFrom what I heard, the panel went well.\n\nDana"],
    ["a separator-shaped line not followed by a header", `Pasted log:\n\n${APPLE_ENVELOPE}\nnothing here\n`],
    ["a separator-shaped line with no blank line before it", `See below\n${APPLE_ENVELOPE}\nSubject: quoted\n`],
    ["an envelope without a date", "Notes\n\nFrom sam@example.com\nSubject: looks like a header\n"],
    ["a quoted reply header", "Thanks!\n\nFrom: Dana Whitfield\nSent: Tuesday\n"],
  ];

  it.each(cases)("does not split at %s", (_what, body) => {
    const original = message("Body with From", body);
    for (const chunk of CHUNKS) {
      const { records } = split(mbox([original, message("after", "x")], { escape: false }), { chunk });
      expect(raws(records)).toEqual([original, message("after", "x")]);
    }
  });

  it("does split at a line indistinguishable from a separator (blank line, full envelope, header after)", () => {
    const body = `Pasted mbox:\n\n${APPLE_ENVELOPE}\nSubject: pasted\n\nold text`;
    const { records } = split(mbox([message("Carrier", body)], { escape: false }));
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.problem)).toEqual([null, null]);
  });
});

describe("MboxSplitter: bad input is reported with its position and the rest goes on", () => {
  const first = message("First", "one");
  const second = message("Second", "two");

  it.each([
    [
      "mid-line",
      `${mbox([first])}${GMAIL_ENVELOPE}\n${second.slice(0, -8)}`,
      "truncated: the file ends in the middle of a line",
    ],
    [
      "inside the header section",
      `${mbox([first])}${GMAIL_ENVELOPE}\nFrom: a@b.example\nSubject: cut\n`,
      "truncated: the file ends inside the header section",
    ],
    [
      "right after a From line",
      `${mbox([first])}${GMAIL_ENVELOPE}\n`,
      "truncated: the file ends right after a From line",
    ],
  ])("a file cut %s: the last message is a problem, the others are read", (_where, input, reason) => {
    for (const chunk of CHUNKS) {
      const { records } = split(input, { chunk });
      expect(raws(records)).toEqual([first, null]);
      expect(records[1]).toMatchObject({ index: 1, offset: bytes(mbox([first])).byteLength, problem: reason });
    }
  });

  it("reports a message over the size limit without holding it, and reads the next", () => {
    const big = message("Large attachment", "A".repeat(76).concat("\n").repeat(200));
    const input = mbox([first, big, second]);
    const { records, retained } = split(input, { chunk: 100, maxBytes: 4000 });
    expect(raws(records)).toEqual([first, null, second]);
    expect(records[1]?.problem).toMatch(/^message too large/);
    expect(records[1]?.offset).toBe(bytes(mbox([first])).byteLength);
    // The limit plus one chunk and one line, never the 15 KB message.
    expect(retained).toBeLessThan(4000 + 2 * 100 + 200);
  });

  it("reports a long line with no line break at all past the limit", () => {
    const input = `${GMAIL_ENVELOPE}\nSubject: x\n\n${"B".repeat(20_000)}\n\n${GMAIL_ENVELOPE}\n${second}\n`;
    const { records, retained } = split(input, { chunk: 512, maxBytes: 4000 });
    expect(records.map((r) => r.problem?.slice(0, 17) ?? null)).toEqual(["message too large", null]);
    expect(retained).toBeLessThan(4000 + 3 * 512);
  });

  it("reports text before the first From line", () => {
    const { records } = split(`junk line\n\n${mbox([first])}`);
    expect(records.map((r) => r.problem)).toEqual(["not part of any message: text before the first From line", null]);
    expect(text(records[1]?.raw ?? null)).toBe(first);
  });

  it("reports a file with no separator at all", () => {
    expect(split("just some text\nno mbox here\n").records.map((r) => r.problem)).toEqual([
      "not an mbox: no From separator line",
    ]);
  });

  it("reads nothing from an empty input", () => {
    expect(split("").records).toEqual([]);
  });
});

describe("MboxSplitter: headers only (the index pass)", () => {
  it("keeps each header section with its blank line, never the body", () => {
    const input = mbox([message("One", "body one"), message("Two", "body two", { eol: "\r\n" })]);
    for (const chunk of CHUNKS) {
      const { records } = split(input, { chunk, keep: "headers" });
      expect(records.map((r) => r.raw)).toEqual([null, null]);
      expect(records.map((r) => text(r.headers))).toEqual([
        message("One", "").replace(/\n$/, ""),
        message("Two", "", { eol: "\r\n" }).replace(/\r\n$/, ""),
      ]);
    }
  });

  it("holds only the header section of a long message", () => {
    const long = message("Long", "C".repeat(70).concat("\n").repeat(1000));
    const { records, retained } = split(mbox([long, long]), { chunk: 256, keep: "headers" });
    expect(records.map((r) => r.problem)).toEqual([null, null]);
    expect(retained).toBeLessThan(2048);
  });
});

describe("MboxSplitter: headers only, hostile sizes", () => {
  it("caps a header section that never ends and reports a giant header line as too large", () => {
    const endless = `${GMAIL_ENVELOPE}\n${"X-Filler: 1234567890\n".repeat(40_000)}\n${GMAIL_ENVELOPE}\nSubject: next\n\nbody\n\n`;
    const giant = `${GMAIL_ENVELOPE}\nX-Blob: ${"Z".repeat(30_000)}\n\nbody\n\n${GMAIL_ENVELOPE}\nSubject: after\n\nbody\n`;
    const { records } = split(endless + giant, { chunk: 1000, keep: "headers", maxBytes: 20_000 });
    expect(records.map((r) => r.problem?.slice(0, 17) ?? null)).toEqual([
      "message too large",
      null,
      "message too large",
      null,
    ]);
    expect(text(records[3]?.headers ?? null)).toBe("Subject: after\n\n");
  });
});
