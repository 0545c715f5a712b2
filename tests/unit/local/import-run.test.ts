// `jobnudge import`'s run loop on real files: an mbox with every kind of bad input next to good
// mail, Maildir and .eml folders, Ctrl-C and the rerun that continues, the DESIGN.md JSON.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { importJson, importText } from "../../../functions/local/cli/import-report";
import { runImport } from "../../../functions/local/cli/import-run";
import type { InterruptSource } from "../../../functions/mailbox";
import { testDeps } from "../../fakes/use-case-deps";
import { escapeMboxrd, GMAIL_ENVELOPE, message } from "../mailbox/mbox-text";

const dir = mkdtempSync(join(tmpdir(), "jobnudge-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = "2026-04-20T14:00:00.000Z";
const sample = (name: string) => readFileSync(join(import.meta.dirname, "../../../samples/demo", name), "latin1");

/** Progress lines land here instead of the test's stderr. */
function quiet(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join("") });
}

function never(): InterruptSource {
  return { subscribe: () => () => {} };
}

const entry = (text: string) => `${GMAIL_ENVELOPE}\n${escapeMboxrd(text)}\n`;

describe("runImport", () => {
  it("reports each bad message with its position and imports the rest", async () => {
    // Prepare: good mail around a From line inside a body (unescaped, mboxo), CRLF next to LF,
    // a 50 MB message and a last message cut off in its headers.
    const fromInBody = message(
      "Interview on Thursday",
      "Hi Sam,\nlooking forward to it.\nFrom the whole team, thanks for your time.\nDana",
      { from: "Dana Whitfield <dana@globex.example>", id: "globex-1" },
    );
    const crlf = message("Your application to Initech", "We will get back to you by March 20.", {
      eol: "\r\n",
      from: "Initech Careers <careers@initech.example>",
      id: "initech-1",
    });
    const huge = message("Offer letter attached", `Please find it below.\n${"x".repeat(76)}\n`.repeat(1), {
      id: "huge-1",
    });
    // 50 MB of base64-like lines, as an attachment is written (whole lines: a blank line follows).
    const hugeBody = Buffer.alloc(77 * 680_000, `${"QUJD".repeat(19)}\n`);
    const path = join(dir, "bad.mbox");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(entry(sample("northwind-offer.eml")), "latin1"),
        Buffer.from(`${GMAIL_ENVELOPE}\n${fromInBody}\n`),
        Buffer.from(entry(crlf)),
        Buffer.from(`${GMAIL_ENVELOPE}\n${huge}`),
        hugeBody,
        Buffer.from(`\n${entry(sample("globex-interview.eml"))}`, "latin1"),
        Buffer.from(`${GMAIL_ENVELOPE}\nFrom: Someone <a@b.example>\nSubj`),
      ]),
    );
    const deps = testDeps(NOW);

    // Act
    const outcome = await runImport(path, deps, { dryRun: false, stderr: quiet(), interrupts: never() });

    // Assess
    expect(outcome.errors).toEqual([
      { at: expect.stringMatching(/bad\.mbox: message 4 at byte \d+$/), reason: expect.stringContaining("too large") },
      {
        at: expect.stringMatching(/bad\.mbox: message 6 at byte \d+$/),
        reason: expect.stringMatching(/cut off|truncated|ends/),
      },
    ]);
    expect(outcome.messages).toBe(4);
    // The message with a From line in its body stayed one message (read as Globex's update, filed
    // under the process "Globex Systems": the same company written short), the CRLF one between LF
    // ones was read whole.
    expect(outcome.report?.employers.map((e) => [e.name, e.messages.map((m) => m.kind)])).toEqual([
      ["Globex Systems", ["interview_scheduled", "update"]],
      ["Initech", ["update"]],
      ["Northwind Analytics", ["offer"]],
    ]);
    expect(deps.sent.map((e) => e.kind)).toEqual(["digest"]);
  }, 120_000);

  it("stops cleanly at Ctrl-C, plans and sends nothing, and the rerun continues", async () => {
    // Prepare
    const path = join(dir, "three.mbox");
    writeFileSync(
      path,
      ["northwind-offer.eml", "globex-interview.eml", "initech-update.eml"].map((n) => entry(sample(n))).join(""),
      "latin1",
    );
    const deps = testDeps(NOW);
    let press = () => {};
    const ctrlC: InterruptSource = {
      subscribe(onInterrupt) {
        press = onInterrupt;
        return () => {};
      },
    };
    const put = deps.rawMail.put.bind(deps.rawMail);
    deps.rawMail.put = async (key, raw) => {
      press(); // Ctrl-C while the first message is being applied
      press = () => {};
      await put(key, raw);
    };

    // Act
    const first = await runImport(path, deps, { dryRun: false, stderr: quiet(), interrupts: ctrlC });
    const second = await runImport(path, deps, { dryRun: false, stderr: quiet(), interrupts: never() });
    const third = await runImport(path, deps, { dryRun: false, stderr: quiet(), interrupts: never() });

    // Assess
    expect(first).toMatchObject({ interrupted: true, replayed: 1, applied: 1, report: null });
    expect(importText(first, { dryRun: false, timezone: "UTC", target: "x" })).toContain("Run the same command again");
    expect(second).toMatchObject({ interrupted: false, replayed: 3, applied: 2 });
    expect(third).toMatchObject({ applied: 0, report: { summary: "done" } });
    expect(deps.sent.map((e) => e.subject)).toEqual(["jobnudge imported 3 messages, 3 employers, 0 need your answer"]);
  });

  it("reads a Maildir and a folder of .eml files the same way", async () => {
    const maildir = join(dir, "Maildir");
    const emls = join(dir, "emls", "2026");
    for (const sub of ["cur", "new", "tmp"]) mkdirSync(join(maildir, sub), { recursive: true });
    mkdirSync(emls, { recursive: true });
    writeFileSync(join(maildir, "cur", "1773066660.M1P1.host:2,S"), sample("northwind-offer.eml"), "latin1");
    writeFileSync(join(maildir, "new", "1772462000.M2P1.host"), sample("globex-interview.eml"), "latin1");
    writeFileSync(join(emls, "offer.eml"), sample("northwind-offer.eml"), "latin1");
    writeFileSync(join(emls, "empty.eml"), "");

    const fromMaildir = await runImport(maildir, testDeps(NOW), { dryRun: true, stderr: quiet(), interrupts: never() });
    const fromFolder = await runImport(join(dir, "emls"), testDeps(NOW), {
      dryRun: true,
      stderr: quiet(),
      interrupts: never(),
    });

    expect(fromMaildir.format).toBe("maildir");
    expect(fromMaildir.report?.employers.map((e) => e.name)).toEqual(["Globex Systems", "Northwind Analytics"]);
    expect(fromFolder.format).toBe("eml-folder");
    expect(fromFolder.report?.employers.map((e) => e.name)).toEqual(["Northwind Analytics"]);
    expect(fromFolder.errors).toEqual([{ at: join(emls, "empty.eml"), reason: "empty message" }]);
  });

  it("prints the DESIGN.md dry-run JSON: its fields as specified, extra ones beside them", async () => {
    const path = join(dir, "one.mbox");
    writeFileSync(path, entry(sample("northwind-offer.eml")), "latin1");
    const deps = testDeps(NOW);

    const outcome = await runImport(path, deps, { dryRun: true, stderr: quiet(), interrupts: never() });
    const json = importJson(outcome);

    expect(json).toMatchObject({ messages: 1, jobMessages: 1, unsure: 0, errors: [] });
    expect(json.employers).toEqual([
      expect.objectContaining({
        name: "Northwind Analytics",
        role: "Senior Data Analyst",
        stage: "offer",
        respondBy: "2026-03-13T17:00:00-04:00",
        expectDecisionBy: null,
        interviewAt: null,
      }),
    ]);
    expect(deps.sent).toEqual([]);
    expect(await deps.state.listScheduleEntries()).toEqual([]);
  });

  it("writes plain progress lines when stderr is not a terminal", async () => {
    const path = join(dir, "progress.mbox");
    writeFileSync(path, entry(sample("initech-update.eml")), "latin1");
    const stderr = quiet();

    await runImport(path, testDeps(NOW), { dryRun: true, stderr, interrupts: never() });

    expect(stderr.text()).toMatch(/^reading headers: .*done in/m);
    expect(stderr.text()).toMatch(
      /^reading job mail: 1 messages, job mail 1, new 1, errors 0, .*messages\/s, done in/m,
    );
  });

  it("draws bars with counts, rate and ETA when stderr is a terminal", async () => {
    const path = join(dir, "tty.mbox");
    writeFileSync(path, entry(sample("initech-update.eml")) + entry(sample("globex-interview.eml")), "latin1");
    const terminal = Object.assign(quiet(), { isTTY: true, columns: 120 });

    await runImport(path, testDeps(NOW), { dryRun: false, stderr: terminal, interrupts: never() });

    const frames = terminal.text().split("\u001b[1G");
    expect(
      frames.some((f) => /^reading headers \[[=-]+\] 100% \| .* \| messages 2, kept 2, problems 0 \| .*\/s/.test(f)),
    ).toBe(true);
    expect(
      frames.some((f) => /^importing \[[=-]+\] \d+% \| \d \/ 2 \| job mail \d, new \d, errors 0 \| .* \| ETA/.test(f)),
    ).toBe(true);
  });
});
