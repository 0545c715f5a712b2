import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_RAW_BYTES } from "../../../functions/mail/limits";
import { isMailboxProblem, type MailboxItem, readMailbox } from "../../../functions/mailbox";
import { escapeMboxrd, GMAIL_ENVELOPE, message, THUNDERBIRD_ENVELOPE } from "./mbox-text";

const FIXTURES = join(import.meta.dirname, "../../fixtures/mail");
const fixtureNames = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".eml"))
  .sort();
const fixtures = fixtureNames.map((f) => readFileSync(join(FIXTURES, f)));
const dir = mkdtempSync(join(tmpdir(), "jobnudge-mailbox-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(path: string): Promise<MailboxItem[]> {
  const items: MailboxItem[] = [];
  for await (const item of readMailbox(path)) items.push(item);
  return items;
}

const rawsOf = (items: MailboxItem[]) => items.map((i) => (isMailboxProblem(i) ? null : Buffer.from(i.raw)));
const reasonsOf = (items: MailboxItem[]) => items.map((i) => (isMailboxProblem(i) ? i.reason : null));

/** An mboxrd file of real-shaped messages, as Gmail Takeout writes it. */
function mboxOf(messages: Buffer[], envelope = GMAIL_ENVELOPE): Buffer {
  return Buffer.concat(
    messages.flatMap((m) => [
      Buffer.from(`${envelope}\n`),
      Buffer.from(escapeMboxrd(m.toString("latin1")), "latin1"),
      Buffer.from("\n"),
    ]),
  );
}

function write(path: string, content: string | Buffer): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe("readMailbox: the three shapes, detected", () => {
  it("reads an mbox file: every message byte for byte, with its index and offset", async () => {
    const path = write(join(dir, "takeout.mbox"), mboxOf(fixtures));
    const items = await readAll(path);
    expect(rawsOf(items)).toEqual(fixtures);
    const file = readFileSync(path);
    for (const [i, item] of items.entries()) {
      expect(item.position).toMatchObject({ kind: "mbox", path, index: i });
      if (item.position.kind === "mbox")
        expect(file.subarray(item.position.offset, item.position.offset + 5).toString()).toBe("From ");
    }
  });

  it("reads an Apple Mail export folder (Inbox.mbox/mbox)", async () => {
    const export_ = join(dir, "Inbox.mbox");
    write(join(export_, "mbox"), mboxOf(fixtures.slice(0, 3), THUNDERBIRD_ENVELOPE));
    write(join(export_, "table_of_contents"), "\u0000\u0001binary");
    expect(rawsOf(await readAll(export_))).toEqual(fixtures.slice(0, 3));
  });

  it("reads a Maildir: cur/ and new/ sorted, Maildir++ folders after, tmp/ ignored", async () => {
    const maildir = join(dir, "Maildir");
    write(join(maildir, "new", "1709550300.M2P9.host"), fixtures[2] as Buffer);
    write(join(maildir, "cur", "1709550200.M1P9.host:2,S"), fixtures[1] as Buffer);
    write(join(maildir, "cur", "1709550100.M0P9.host:2,S"), fixtures[0] as Buffer);
    write(join(maildir, "tmp", "1709550400.M3P9.host"), "Subject: half delivered\n");
    write(join(maildir, ".Sent", "cur", "1709550500.M4P9.host:2,S"), fixtures[3] as Buffer);
    const items = await readAll(maildir);
    expect(rawsOf(items)).toEqual(fixtures.slice(0, 4));
    expect(items.map((i) => i.position.kind === "file" && i.position.path.slice(maildir.length))).toEqual([
      "/cur/1709550100.M0P9.host:2,S",
      "/cur/1709550200.M1P9.host:2,S",
      "/new/1709550300.M2P9.host",
      "/.Sent/cur/1709550500.M4P9.host:2,S",
    ]);
  });

  it("reads a folder of .eml files recursively in name order, skipping other and hidden files", async () => {
    const folder = join(dir, "exported");
    write(join(folder, "b", "2.eml"), fixtures[1] as Buffer);
    write(join(folder, "a.EML"), fixtures[0] as Buffer);
    write(join(folder, "b", "c", "3.eml"), fixtures[2] as Buffer);
    write(join(folder, "notes.txt"), "not mail");
    write(join(folder, ".trash", "4.eml"), fixtures[3] as Buffer);
    const items = await readAll(folder);
    expect(rawsOf(items)).toEqual(fixtures.slice(0, 3));
    expect(items.map((i) => i.position.index)).toEqual([0, 1, 2]);
  });

  it("reads a single .eml file", async () => {
    const path = write(join(dir, "one.eml"), fixtures[0] as Buffer);
    expect(rawsOf(await readAll(path))).toEqual([fixtures[0]]);
  });

  it("rejects a path that does not exist", async () => {
    await expect(readAll(join(dir, "missing.mbox"))).rejects.toThrow(/ENOENT/);
  });
});

describe("readMailbox: bad input is reported with its position, the rest goes on", () => {
  it.each([
    ["an empty file", "", "empty file"],
    [
      "a PDF",
      "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n",
      "not a mailbox: neither an mbox (From separator lines) nor an email",
    ],
    [
      "a file whose separators have no date",
      "From sam@example.com\nSubject: x\n\nbody\n",
      'not an mbox: unrecognised separator line "From sam@example.com"',
    ],
  ])("%s: one problem for the whole file", async (_what, content, reason) => {
    const path = write(join(dir, "bad", `${reason.length}.mbox`), content);
    expect(await readAll(path)).toEqual([{ position: { kind: "file", path, index: 0 }, reason }]);
  });

  it("a truncated mbox: the messages before the cut are read, the cut one is reported", async () => {
    const whole = mboxOf(fixtures.slice(0, 3));
    const path = write(join(dir, "cut.mbox"), whole.subarray(0, whole.byteLength - 200));
    const items = await readAll(path);
    expect(rawsOf(items)).toEqual([...fixtures.slice(0, 2), null]);
    expect(items[2]).toMatchObject({
      position: { kind: "mbox", index: 2 },
      reason: "truncated: the file ends in the middle of a line",
    });
  });

  it("an mbox with mixed line endings keeps each message as written", async () => {
    const crlf = Buffer.from(message("CRLF one", "line\nline", { eol: "\r\n" }));
    const lf = Buffer.from(message("LF one", "line\nline"));
    const path = write(
      join(dir, "mixed.mbox"),
      Buffer.concat([Buffer.from(`${GMAIL_ENVELOPE}\r\n`), crlf, Buffer.from("\r\n"), mboxOf([lf])]),
    );
    expect(rawsOf(await readAll(path))).toEqual([crlf, lf]);
  });

  it("a 50 MB message in an mbox is reported as too large, and the next one is read", async () => {
    const huge = Buffer.from(message("Huge", `${"QUJD".repeat(19)}\n`.repeat(700_000)));
    expect(huge.byteLength).toBeGreaterThan(50 * 1024 * 1024);
    const path = write(join(dir, "huge.mbox"), mboxOf([fixtures[0] as Buffer, huge, fixtures[1] as Buffer]));
    const items = await readAll(path);
    expect(reasonsOf(items)).toEqual([
      null,
      `message too large (${Math.round(huge.byteLength / 1024 / 1024)} MB, limit ${MAX_RAW_BYTES / 1024 / 1024} MB)`,
      null,
    ]);
    expect(items[1]?.position).toMatchObject({
      kind: "mbox",
      index: 1,
      offset: mboxOf([fixtures[0] as Buffer]).byteLength,
    });
    expect(rawsOf(items)[2]).toEqual(fixtures[1]);
  }, 60_000);

  it("in a folder: an empty, a non-email and a too large file are reported, the others read", async () => {
    const folder = join(dir, "mixed-folder");
    write(join(folder, "1.eml"), fixtures[0] as Buffer);
    write(join(folder, "2.eml"), "");
    write(join(folder, "3.eml"), "they called, deadline is Thursday noon\n");
    write(join(folder, "4.eml"), Buffer.alloc(MAX_RAW_BYTES + 1, 65));
    write(join(folder, "5.eml"), fixtures[1] as Buffer);
    const items = await readAll(folder);
    expect(reasonsOf(items)).toEqual([
      null,
      "empty message",
      "not an email: no header lines",
      "message too large (25 MB, limit 25 MB)",
      null,
    ]);
    expect(items[3]?.position).toEqual({ kind: "file", path: join(folder, "4.eml"), index: 3 });
  });
});
