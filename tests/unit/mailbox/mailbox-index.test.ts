import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  entriesAfter,
  type IndexProgress,
  indexMailbox,
  isMailboxProblem,
  type MailboxItem,
  positionKey,
  prefilterVerdict,
  readAt,
  readInOrder,
  readMailbox,
} from "../../../functions/mailbox";
import { APPLE_ENVELOPE, GMAIL_ENVELOPE, mbox, message, text } from "./mbox-text";

const dir = mkdtempSync(join(tmpdir(), "jobnudge-index-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(items: AsyncIterable<MailboxItem>): Promise<MailboxItem[]> {
  const out: MailboxItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}
const subjects = (items: MailboxItem[]) =>
  items.map((i) => (isMailboxProblem(i) ? i.reason : /^Subject: (.*)$/m.exec(text(i.raw) ?? "")?.[1]));

// Written out of order, as an mbox of several labels is.
const march3 = message("Interview Tuesday", "a", { date: "Tue, 3 Mar 2026 10:15:00 -0500" });
const march1 = message("Thanks for applying", "b", { date: "Sun, 1 Mar 2026 09:00:00 +0100" });
const newsletter = message("Weekly digest", "c", {
  date: "Sat, 28 Feb 2026 07:00:00 +0000",
  from: "Digest <digest@news.example>",
}).replace("Subject:", "List-Unsubscribe: <https://news.example/u>\nSubject:");
const noDate = message("Offer letter", "d").replace(/^Date: .*\n/m, "");
const march2 = message("Next steps", "e", { date: "Mon, 2 Mar 2026 12:00:00 -0800", eol: "\r\n" });

describe("indexMailbox + readInOrder: date order for an unsorted mbox", () => {
  const path = join(dir, "unsorted.mbox");
  writeFileSync(
    path,
    mbox([march3, march1, newsletter]) +
      mbox([noDate], { envelope: APPLE_ENVELOPE }) +
      mbox([march2]) +
      `${GMAIL_ENVELOPE}\nSubject: cut`,
  );

  it("indexes headers, drops what the prefilter is sure of, sorts by Date and reads back in that order", async () => {
    const index = await indexMailbox(path, { prefilter: prefilterVerdict });
    expect(index).toMatchObject({ format: "mbox", messages: 5, skipped: { marketing: 1 }, interrupted: false });
    expect(index.problems).toEqual([
      {
        position: expect.objectContaining({ kind: "mbox", index: 5 }),
        reason: "truncated: the file ends in the middle of a line",
      },
    ]);
    // The undated message falls back to its separator's date (Apple Mail: Thu Mar 5 10:15:00 2026).
    expect(index.entries.map((e) => new Date(e.date ?? 0).toISOString())).toEqual([
      "2026-03-01T08:00:00.000Z",
      "2026-03-02T20:00:00.000Z",
      "2026-03-03T15:15:00.000Z",
      "2026-03-05T10:15:00.000Z",
    ]);
    expect(index.entries[0]?.messageId).toBe("Thanks-for-applying@northwind.example");
    expect(subjects(await collect(readInOrder(index.entries)))).toEqual([
      "Thanks for applying",
      "Next steps",
      "Interview Tuesday",
      "Offer letter",
    ]);
  });

  it("readAt gives the very bytes the streaming reader gives", async () => {
    const streamed = (await collect(readMailbox(path))).filter((i) => !isMailboxProblem(i));
    const index = await indexMailbox(path);
    expect(index.entries).toHaveLength(streamed.length);
    for (const item of streamed) {
      const again = await readAt({ position: item.position });
      expect(again).toEqual(item);
    }
  });

  it("reports progress by bytes, ending at the file's size", async () => {
    const seen: IndexProgress[] = [];
    await indexMailbox(path, { onProgress: (p) => seen.push(p) });
    const last = seen.at(-1);
    expect(last).toMatchObject({ messages: 5, kept: 5, problems: 1 });
    expect(last?.bytesRead).toBe(last?.totalBytes);
  });

  it("stops at once when the signal is aborted, saying the index is partial", async () => {
    const controller = new AbortController();
    const index = await indexMailbox(path, {
      signal: controller.signal,
      onProgress: (p) => p.messages === 2 && controller.abort(),
    });
    expect(index).toMatchObject({ interrupted: true, messages: 2 });
  });

  it("says so when the file changed between the passes", async () => {
    const changing = join(dir, "changing.mbox");
    writeFileSync(changing, mbox([march1, march3]));
    const index = await indexMailbox(changing);
    writeFileSync(changing, mbox([march3, march1]).slice(7));
    const items = await collect(readInOrder(index.entries));
    expect(items.map((i) => isMailboxProblem(i) && i.reason)).toEqual([
      "the mailbox changed since it was indexed",
      "the mailbox changed since it was indexed",
    ]);
  });
});

describe("indexMailbox: message files", () => {
  it("orders a folder by Date, undated messages last in file order", async () => {
    const folder = join(dir, "eml");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "a.eml"), noDate);
    writeFileSync(join(folder, "b.eml"), march3);
    writeFileSync(join(folder, "c.eml"), march1);
    writeFileSync(join(folder, "d.eml"), "");
    const index = await indexMailbox(folder);
    expect(index.entries.map((e) => e.position.kind === "file" && e.position.path.slice(folder.length))).toEqual([
      "/c.eml",
      "/b.eml",
      "/a.eml",
    ]);
    expect(index.problems.map((p) => p.reason)).toEqual(["empty message"]);
  });

  it("notes who forwarded a message whose subject says it is a forward, in any language", async () => {
    const folder = join(dir, "forwards");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, "a.eml"),
      message("Fwd: Interview Tuesday", "a", { from: "Robin <Robin@Home.example>" }),
    );
    writeFileSync(join(folder, "b.eml"), message("WG: Einladung", "b", { from: "kim@work.example" }));
    writeFileSync(join(folder, "c.eml"), message("Re: Interview Tuesday", "c", { from: "kim@work.example" }));
    const index = await indexMailbox(folder);
    const byFile = Object.fromEntries(
      index.entries.map((e) => [e.position.kind === "file" && e.position.path.slice(folder.length), e.forwardedBy]),
    );
    expect(byFile).toEqual({ "/a.eml": "robin@home.example", "/b.eml": "kim@work.example", "/c.eml": null });
  });

  it("dates a Maildir message without Date by its delivery time in the file name", async () => {
    const maildir = join(dir, "Maildir");
    mkdirSync(join(maildir, "cur"), { recursive: true });
    writeFileSync(join(maildir, "cur", "1772445600.M1P2.host:2,S"), noDate);
    writeFileSync(join(maildir, "cur", "1772532000.M1P3.host:2,S"), march1);
    const index = await indexMailbox(maildir);
    expect(index.entries.map((e) => new Date(e.date ?? 0).toISOString())).toEqual([
      "2026-03-01T08:00:00.000Z",
      "2026-03-02T10:00:00.000Z",
    ]);
    expect(subjects(await collect(readInOrder(index.entries)))).toEqual(["Thanks for applying", "Offer letter"]);
  });
});

describe("entriesAfter", () => {
  it("resumes after the kept position, from the start when there is none or it is unknown", async () => {
    const folder = join(dir, "resume");
    mkdirSync(folder, { recursive: true });
    for (const [name, m] of [
      ["1.eml", march3],
      ["2.eml", march1],
      ["3.eml", march2],
    ] as const)
      writeFileSync(join(folder, name), m);
    const { entries } = await indexMailbox(folder);
    const names = (list: readonly { position: { path: string } }[]) =>
      list.map((e) => e.position.path.slice(folder.length));
    expect(names(entries)).toEqual(["/2.eml", "/3.eml", "/1.eml"]);
    expect(names(entriesAfter(entries, positionKey({ kind: "file", path: join(folder, "2.eml"), index: 1 })))).toEqual([
      "/3.eml",
      "/1.eml",
    ]);
    expect(names(entriesAfter(entries, null))).toHaveLength(3);
    expect(names(entriesAfter(entries, "file:/elsewhere.eml"))).toHaveLength(3);
  });
});
