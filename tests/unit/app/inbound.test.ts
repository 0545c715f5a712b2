import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { buildRawEmail } from "../../../functions/adapters/ses-mailer";
import { processInbound } from "../../../functions/app/inbound";
import { fireNudge } from "../../../functions/app/nudge";
import type { SesVerdicts } from "../../../functions/app/owner-check";
import { testDeps } from "../../fakes/use-case-deps";

const sample = (name: string) => readFile(new URL(`../../../samples/demo/${name}`, import.meta.url));

async function deliver(deps: ReturnType<typeof testDeps>, raw: Uint8Array | Buffer, envelopeFrom = "you@example.com") {
  const rawKey = `raw-${Math.random().toString(36).slice(2)}`;
  await deps.rawMail.put(rawKey, new Uint8Array(raw));
  return processInbound(deps, { rawKey, envelopeFrom, verdicts: null });
}

describe("processInbound", () => {
  it("turns a forwarded interview confirmation into an employer, schedules and one ack", async () => {
    // Prepare
    const deps = testDeps("2026-03-02T15:15:00.000Z");

    // Act
    const outcome = await deliver(deps, await sample("globex-interview.eml"));

    // Assess
    expect(outcome).toBe("applied");
    const [employer] = await deps.state.listEmployers();
    expect(employer).toMatchObject({ name: "Globex Systems", stage: "in_process" });
    expect(employer?.interviewAt).toBe("2026-03-05T14:00:00-05:00");
    expect(deps.sent.map((e) => e.kind)).toEqual(["ack"]);
    expect(deps.scheduler.pending().map((s) => s.kind)).toEqual(
      expect.arrayContaining(["interview_prep", "thank_you"]),
    );
  });

  it("is safe to run twice for the same message: one record change, one ack, same schedules", async () => {
    const deps = testDeps("2026-03-02T15:15:00.000Z");
    const raw = await sample("globex-interview.eml");

    await deliver(deps, raw);
    const schedulesAfterFirst = deps.scheduler
      .pending()
      .map((s) => s.id)
      .sort();
    const versionAfterFirst = (await deps.state.listEmployers())[0]?.version;
    await deliver(deps, raw);

    expect(deps.sent.filter((e) => e.kind === "ack")).toHaveLength(1);
    expect(
      deps.scheduler
        .pending()
        .map((s) => s.id)
        .sort(),
    ).toEqual(schedulesAfterFirst);
    expect((await deps.state.listEmployers())[0]?.version).toBe(versionAfterFirst);
  });

  it("never answers a stranger, but keeps the raw message and a record", async () => {
    const deps = testDeps("2026-03-02T15:15:00.000Z");

    const outcome = await deliver(deps, await sample("globex-interview.eml"), "someone@elsewhere.example");

    expect(outcome).toBe("rejected_sender");
    expect(deps.sent).toEqual([]);
    expect(await deps.state.listEmployers()).toEqual([]);
    expect((await deps.state.listMessages()).map((m) => m.outcome)).toEqual(["rejected_sender"]);
  });

  it.each([
    ["an empty message", new Uint8Array()],
    ["a non-MIME binary file", new Uint8Array([0, 159, 146, 150, 255, 0, 1, 2, 3])],
  ])("tells the owner about %s and goes on with the next message", async (_what, raw) => {
    const deps = testDeps("2026-03-02T15:15:00.000Z");

    const bad = await deliver(deps, raw);
    const good = await deliver(deps, await sample("globex-interview.eml"));

    expect(bad).toBe("error");
    expect(good).toBe("applied");
    expect(deps.sent.map((e) => e.kind)).toEqual(["error", "ack"]);
    expect(deps.sent[0]?.to).toBe("you@example.com");
  });

  it("tells the owner about an oversized message without parsing it", async () => {
    const deps = testDeps("2026-03-02T15:15:00.000Z");
    const huge = Buffer.alloc(30 * 1024 * 1024, "a");

    expect(await deliver(deps, huge)).toBe("error");
    expect(deps.sent.map((e) => e.kind)).toEqual(["error"]);
  });
});

describe("loop guard: mail jobnudge sent comes back", () => {
  // A real acknowledgement as SES would send it, then back into the inbox in the ways it can return.
  async function sentAck(): Promise<{ raw: string; subject: string; text: string }> {
    const deps = testDeps("2026-03-02T15:15:00.000Z");
    await deliver(deps, await sample("globex-interview.eml"));
    const ack = deps.sent[0];
    if (!ack) throw new Error("no ack sent");
    return { raw: (await buildRawEmail(ack)).toString("utf8"), subject: ack.subject, text: ack.text };
  }
  const forwardAttached = (raw: string) =>
    [
      "From: Sam Rivera <you@example.com>",
      "To: jobs@inbox.localhost",
      "Subject: Fwd: look",
      "Message-ID: <fwd-attached@example.com>",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "",
      "see below",
      "--b1",
      "Content-Type: message/rfc822",
      "",
      raw,
      "--b1--",
      "",
    ].join("\r\n");
  const forwardInline = (subject: string, text: string) =>
    [
      "From: Sam Rivera <you@example.com>",
      "To: jobs@inbox.localhost",
      `Subject: Fwd: ${subject}`,
      "Message-ID: <fwd-inline@example.com>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "",
      "---------- Forwarded message ---------",
      "From: jobnudge <jobnudge@inbox.localhost>",
      "Date: Mon, 2 Mar 2026 at 10:15",
      `Subject: ${subject}`,
      "To: <you@example.com>",
      "",
      text,
      "",
    ].join("\r\n");

  it.each([
    ["auto-forwarded as is", (a: { raw: string }) => a.raw],
    [
      "auto-forwarded by a relay that drops X- headers",
      (a: { raw: string }) => a.raw.replace(/^X-Jobnudge-Kind:.*\r\n/m, ""),
    ],
    ["forwarded by the owner as an attachment", (a: { raw: string }) => forwardAttached(a.raw)],
    ["forwarded by the owner inline", (a: { subject: string; text: string }) => forwardInline(a.subject, a.text)],
  ])("%s: dropped, nothing recorded about an employer, nothing sent", async (_how, returning) => {
    // Prepare
    const ack = await sentAck();
    const deps = testDeps("2026-03-02T16:15:00.000Z");

    // Act
    const outcome = await deliver(deps, Buffer.from(returning(ack)));

    // Assess
    expect(outcome).toBe("ignored");
    expect(deps.sent).toEqual([]);
    expect(await deps.state.listEmployers()).toEqual([]);
  });
});

describe("owner check on AWS verdicts", () => {
  const dmarcPass: SesVerdicts = { spf: "FAIL", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" };
  const withFrom = (fromLines: string[]) =>
    Buffer.from(
      [...fromLines, "To: jobs@inbox.localhost", "Subject: status", "Message-ID: <amb@evil.example>", "", "", ""].join(
        "\r\n",
      ),
    );
  async function deliverWithVerdicts(deps: ReturnType<typeof testDeps>, raw: Buffer) {
    await deps.rawMail.put("k", new Uint8Array(raw));
    return processInbound(deps, { rawKey: "k", envelopeFrom: "bounce@evil.example", verdicts: dmarcPass });
  }

  it("accepts the owner's own From with DMARC pass", async () => {
    const deps = testDeps("2026-03-02T16:15:00.000Z");

    const outcome = await deliverWithVerdicts(deps, withFrom(['From: "you@example.com" <you@example.com>']));

    expect(outcome).toBe("command");
  });

  // The DMARC pass may be for the attacker's own domain: a From that parsers read differently
  // must not count as the owner's.
  it.each([
    ["two From headers", ["From: you@example.com", "From: attacker@evil.example"]],
    ["two addresses in one From", ["From: you@example.com, attacker@evil.example"]],
    ["an address glued after the angle brackets", ["From: <you@example.com>attacker@evil.example"]],
  ])("refuses %s, even with a DMARC pass, and answers nothing", async (_what, fromLines) => {
    const deps = testDeps("2026-03-02T16:15:00.000Z");

    const outcome = await deliverWithVerdicts(deps, withFrom(fromLines));

    expect(outcome).toBe("rejected_sender");
    expect(deps.sent).toEqual([]);
  });
});

describe("fireNudge", () => {
  it("delivers a due nudge once, even when the schedule fires twice", async () => {
    // Prepare: an interview learned on Monday; its prep nudge is due Wednesday 18:00 ET.
    const deps = testDeps("2026-03-02T15:15:00.000Z");
    await deliver(deps, await sample("globex-interview.eml"));
    const prep = deps.scheduler.pending().find((s) => s.kind === "interview_prep");
    expect(prep).toBeDefined();
    if (!prep) return;
    deps.setNow(prep.dueAt);

    // Act
    const first = await fireNudge(deps, { nudgeId: prep.id, dueAt: prep.dueAt });
    const second = await fireNudge(deps, { nudgeId: prep.id, dueAt: prep.dueAt });

    // Assess
    expect(first).toBe("sent");
    expect(second).not.toBe("sent");
    expect(deps.sent.filter((e) => e.kind === "interview_prep")).toHaveLength(1);
  });

  it("sends nothing for a stale schedule whose reason went away", async () => {
    const deps = testDeps("2026-03-02T15:15:00.000Z");
    await deliver(deps, await sample("globex-interview.eml"));
    const prep = deps.scheduler.pending().find((s) => s.kind === "interview_prep");
    if (!prep) throw new Error("no prep nudge planned");
    const [employer] = await deps.state.listEmployers();
    if (!employer) throw new Error("no employer");
    await deps.state.saveEmployer({ ...employer, stage: "rejected", closedAt: "2026-03-03T12:00:00.000Z" });
    deps.setNow(prep.dueAt);

    const outcome = await fireNudge(deps, { nudgeId: prep.id, dueAt: prep.dueAt });

    expect(outcome).toBe("stale");
    expect(deps.sent.filter((e) => e.kind === "interview_prep")).toHaveLength(0);
  });

  it("ignores an unknown nudge id", async () => {
    const deps = testDeps("2026-03-02T15:15:00.000Z");
    expect(await fireNudge(deps, { nudgeId: "follow_up.nobody.x", dueAt: "2026-03-02T15:15:00.000Z" })).toBe("stale");
    expect(deps.sent).toEqual([]);
  });
});

describe("owner commands by email", () => {
  const command = (subject: string) =>
    Buffer.from(
      [
        "From: Sam Rivera <you@example.com>",
        "To: jobs@inbox.localhost",
        `Subject: ${subject}`,
        "Date: Mon, 2 Mar 2026 11:00:00 -0500",
        `Message-ID: <cmd-${subject.replace(/\W+/g, "-")}@example.com>`,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "",
      ].join("\r\n"),
    );

  it("answers a misspelt command with the choices and changes nothing", async () => {
    const deps = testDeps("2026-03-02T16:00:00.000Z");
    await deliver(deps, await sample("globex-interview.eml"));
    const before = await deps.state.listEmployers();

    const outcome = await deliver(deps, command("acept Globex"));

    expect(outcome).toBe("command");
    expect(deps.sent.at(-1)?.kind).toBe("command_reply");
    expect(await deps.state.listEmployers()).toEqual(before);
  });

  it("applies a valid command once, however often it is delivered", async () => {
    const deps = testDeps("2026-03-02T16:00:00.000Z");
    await deliver(deps, await sample("globex-interview.eml"));

    await deliver(deps, command("stop Globex"));
    await deliver(deps, command("stop Globex"));

    expect((await deps.state.listEmployers())[0]?.stopped).toBe(true);
    expect(deps.sent.filter((e) => e.kind === "command_reply")).toHaveLength(1);
    expect(deps.scheduler.pending()).toEqual([]);
  });
});

describe("sendDigest", () => {
  it("sends one digest per weekly occurrence, even when a retry runs the next day", async () => {
    const { sendDigest } = await import("../../../functions/app/digest");
    const deps = testDeps("2026-03-09T12:00:00.000Z"); // Monday 08:00 EDT

    const first = await sendDigest(deps);
    deps.setNow("2026-03-10T03:00:00.000Z"); // a late retry, after UTC midnight
    const retry = await sendDigest(deps);
    deps.setNow("2026-03-16T12:00:00.000Z"); // next Monday
    const nextWeek = await sendDigest(deps);

    expect([first, retry, nextWeek]).toEqual([true, false, true]);
    expect(deps.sent.filter((e) => e.kind === "digest")).toHaveLength(2);
  });
});
