// The import use case on the in-memory stand-ins: past mail through the inbound use case in replay
// mode, then one plan from now and one summary email.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { finishImport, ImportTallier, importMessage } from "../../../functions/app/import";
import { processInbound } from "../../../functions/app/inbound";
import { testDeps } from "../../fakes/use-case-deps";

const SAMPLES = ["globex-interview.eml", "initech-update.eml", "northwind-offer.eml"];
const sample = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../../../samples/demo/${name}`, import.meta.url)));

async function importAll(deps: ReturnType<typeof testDeps>, raws: Uint8Array[], dryRun = false) {
  const tally = new ImportTallier();
  for (const raw of raws) tally.add(await importMessage(deps, raw));
  const report = await finishImport(deps, tally, { messages: raws.length, problems: 0, dryRun });
  return { tally, report };
}

/** A message from the owner's own mailbox: sent by the owner to someone, not forwarded to jobnudge. */
function ownMail(subject: string, to = "alex.kim@gmail.com"): Uint8Array {
  return new TextEncoder().encode(
    [
      "From: You <you@example.com>",
      `To: ${to}`,
      `Subject: ${subject}`,
      "Date: Mon, 2 Mar 2026 09:00:00 -0500",
      `Message-ID: <${subject.replace(/\W+/g, "-")}@example.com>`,
      "",
      "See you on Saturday.",
      "",
    ].join("\r\n"),
  );
}

describe("import of past mail", () => {
  it("applies every message, sends no acknowledgement or late nudge, and one summary email", async () => {
    // Prepare: weeks after the last message, so every reminder's time has passed.
    const deps = testDeps("2026-04-20T14:00:00.000Z");
    const raws = await Promise.all(SAMPLES.map(sample));

    // Act
    const { report, tally } = await importAll(deps, raws);

    // Assess
    expect(report.employers.map((e) => [e.name, e.stage])).toEqual([
      ["Globex Systems", "in_process"],
      ["Initech", "in_process"],
      ["Northwind Analytics", "offer"],
    ]);
    expect(tally.jobMessages).toBe(3);
    expect(deps.sent.map((e) => e.kind)).toEqual(["digest"]);
    expect(deps.sent[0]?.subject).toBe("jobnudge imported 3 messages, 3 employers, 0 need your answer");
    expect(report.summary).toBe("sent");
    // Nothing is scheduled for a time before now: the plan starts from the import.
    const now = Date.parse("2026-04-20T14:00:00.000Z");
    const pending = deps.scheduler.pending();
    expect(pending.length).toBeGreaterThan(0);
    for (const s of pending) expect(Date.parse(s.dueAt)).toBeGreaterThan(now);
    expect(report.overdue.length).toBeGreaterThan(0);
    expect(deps.sent[0]?.text).toContain("Already due when imported");
  });

  it("keeps each message's own date on the timeline, not the import's", async () => {
    const deps = testDeps("2026-04-20T14:00:00.000Z");

    const { report } = await importAll(deps, [await sample("northwind-offer.eml")]);

    expect(report.employers[0]?.messages.map((m) => m.at)).toEqual(["2026-03-09T14:31:00.000Z"]);
    expect(report.employers[0]?.respondBy).toBe("2026-03-13T17:00:00-04:00");
  });

  it("changes nothing when the same mail is imported again: no writes, no second summary", async () => {
    const deps = testDeps("2026-04-20T14:00:00.000Z");
    const raws = await Promise.all(SAMPLES.map(sample));
    await importAll(deps, raws);
    const employers = await deps.state.listEmployers();
    const book = await deps.state.listScheduleEntries();

    const again = await importAll(deps, raws);

    expect(again.tally.applied).toBe(0);
    expect(again.report.summary).toBe("done");
    expect(await deps.state.listEmployers()).toEqual(employers);
    expect(await deps.state.listScheduleEntries()).toEqual(book);
    expect(deps.sent).toHaveLength(1);
  });

  it("continues an interrupted import: the rerun applies the rest and the summary covers all of it", async () => {
    const deps = testDeps("2026-04-20T14:00:00.000Z");
    const raws = await Promise.all(SAMPLES.map(sample));
    // The first run stopped after one message: nothing planned, nothing sent.
    await importMessage(deps, raws[0] as Uint8Array);

    const { tally, report } = await importAll(deps, raws);

    expect(tally.applied).toBe(2);
    expect(report.employers).toHaveLength(3);
    expect(deps.sent.map((e) => e.subject)).toEqual(["jobnudge imported 3 messages, 3 employers, 0 need your answer"]);
  });

  it("schedules what is still ahead after an import in the middle of the hunt", async () => {
    // The day after the offer: its answer deadline (Fri 13 Mar) is still ahead.
    const deps = testDeps("2026-03-10T14:00:00.000Z");

    const { report } = await importAll(deps, await Promise.all(SAMPLES.map(sample)));

    const pending = deps.scheduler.pending();
    expect(pending.length).toBeGreaterThan(0);
    for (const s of pending) expect(Date.parse(s.dueAt)).toBeGreaterThan(Date.parse("2026-03-10T14:00:00.000Z"));
    expect(deps.sent.map((e) => e.kind)).toEqual(["digest"]);
    expect(report.employers.find((e) => e.name === "Northwind Analytics")?.stage).toBe("offer");
  });

  it("never reads the owner's own mail as a command, and ignores mail jobnudge sent", async () => {
    const deps = testDeps("2026-04-20T14:00:00.000Z");
    const jobnudgeMail = new TextEncoder().encode(
      [
        "From: jobnudge <jobnudge@inbox.localhost>",
        "To: you@example.com",
        "Subject: Got it: Northwind Analytics, offer",
        "Date: Mon, 9 Mar 2026 10:00:00 -0400",
        "Message-ID: <jn.1@inbox.localhost>",
        "",
        "An acknowledgement.",
        "",
      ].join("\r\n"),
    );

    const results = [await importMessage(deps, ownMail("status")), await importMessage(deps, jobnudgeMail)];

    expect(results.map((r) => r.outcome)).toEqual(["applied", "ignored"]);
    expect(deps.sent).toEqual([]);
    expect(await deps.state.listEmployers()).toEqual([]);
  });

  it("a dry run reports the same employers and writes no plan and no email", async () => {
    const deps = testDeps("2026-04-20T14:00:00.000Z");

    const { report } = await importAll(deps, await Promise.all(SAMPLES.map(sample)), true);

    expect(report.employers).toHaveLength(3);
    expect(report.summary).toBe("none");
    expect(report.overdue.length).toBeGreaterThan(0);
    expect(deps.sent).toEqual([]);
    expect(deps.scheduler.pending()).toEqual([]);
  });

  it("leaves live mail as it was: a forward still gets its acknowledgement", async () => {
    const deps = testDeps("2026-03-09T15:00:00.000Z");
    await deps.rawMail.put("live", await sample("northwind-offer.eml"));

    await processInbound(deps, { rawKey: "live", envelopeFrom: "you@example.com", verdicts: null });

    expect(deps.sent.map((e) => e.kind)).toContain("ack");
  });
});

describe("import of the owner's sent mail", () => {
  it("adds the owner's reply to a process the employer's mail started, and starts none on its own", async () => {
    // Prepare: a note to a colleague at a company, and a reply to Northwind after its offer.
    const deps = testDeps("2026-04-20T14:00:00.000Z");
    const toColleague = ownMail("Quarterly planning", "jordan.lee@contoso-widgets.com");
    const reply = new TextEncoder().encode(
      [
        "From: You <you@example.com>",
        "To: Priya Raman <priya.raman@northwind-analytics.com>",
        "Subject: Re: Offer: Senior Data Analyst",
        "Date: Tue, 10 Mar 2026 09:00:00 -0400",
        "Message-ID: <reply-northwind@example.com>",
        "",
        "Hi Priya, thank you for the offer. I will get back to you by Friday.",
        "",
      ].join("\r\n"),
    );

    // Act
    const { report, tally } = await importAll(deps, [await sample("northwind-offer.eml"), toColleague, reply]);

    // Assess
    expect(report.employers.map((e) => e.name)).toEqual(["Northwind Analytics"]);
    expect(report.employers[0]?.messages.map((m) => m.kind)).toEqual(["offer", "outgoing"]);
    expect(tally.jobMessages).toBe(2);
  });
});
