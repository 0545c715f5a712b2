// Several roles at one employer, through the use cases: inbound mail routed to processes, the
// acknowledgement's "which process?" links, commands that address a process, status and export.
import { describe, expect, it } from "vitest";
import { makeLinkSigner } from "../../../functions/adapters/hmac-links";
import { handleAction } from "../../../functions/app/actions";
import { handleCommand } from "../../../functions/app/commands";
import { processInbound } from "../../../functions/app/inbound";
import { fireNudge } from "../../../functions/app/nudge";
import { ownerSettings } from "../../fakes/owner";
import { type TestDeps, testDeps } from "../../fakes/use-case-deps";

const NOW = "2026-03-02T16:00:00.000Z";
const KEY = { kid: "k1", secret: "0123456789abcdef0123456789abcdef" };

/** A forwarded message from Globex Systems' recruiter. */
function forward(id: string, subject: string, body: string): Uint8Array {
  return new TextEncoder().encode(
    [
      "From: Sam Rivera <you@example.com>",
      "To: jobs@inbox.localhost",
      `Subject: Fwd: ${subject}`,
      "Date: Mon, 2 Mar 2026 10:14:00 -0500",
      `Message-ID: <${id}@example.com>`,
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "",
      "FYI",
      "",
      "---------- Forwarded message ---------",
      "From: Dana Whitfield <dana.whitfield@globexsystems.com>",
      "Date: Mon, Mar 2, 2026 at 9:52 AM",
      `Subject: ${subject}`,
      "To: Sam Rivera <you@example.com>",
      "",
      "Hi Sam,",
      "",
      body,
      "",
      "Best,",
      "Dana Whitfield",
      "Recruiting, Globex Systems",
      "",
    ].join("\r\n"),
  );
}

const interview = (id: string, role: string, day: string) =>
  forward(
    id,
    `Interview confirmed: ${role} at Globex Systems`,
    `Thanks for picking a slot. Your onsite interview for the ${role} role is confirmed for ${day}, 2026 at 2:00 PM ET. Plan for about 60 minutes.`,
  );
const dataEngineer = interview("de", "Data Engineer", "Thursday, March 5");
const mlEngineer = interview("ml", "ML Engineer", "Friday, March 6");
const roleless = forward(
  "news",
  "Your application at Globex Systems",
  "Thank you for interviewing with us. We will get back to you with a decision by March 20, 2026.",
);

function setup(): TestDeps {
  const deps = testDeps(NOW);
  deps.links = makeLinkSigner("https://actions.test", KEY, () => deps.clock.now(), 30);
  return deps;
}

let raws = 0;
async function deliver(deps: TestDeps, raw: Uint8Array) {
  const rawKey = `raw-${++raws}`;
  await deps.rawMail.put(rawKey, raw);
  return processInbound(deps, { rawKey, envelopeFrom: "you@example.com", verdicts: null });
}

async function command(deps: TestDeps, subject: string) {
  const before = deps.sent.length;
  await handleCommand(deps, subject, { messageKey: `cmd-${subject}` });
  const reply = deps.sent[before];
  if (!reply) throw new Error("no reply");
  return reply;
}

async function click(deps: TestDeps, url: string) {
  return handleAction(deps, { method: "POST", path: new URL(url).pathname, form: {} });
}

async function processes(deps: TestDeps) {
  return (await deps.state.listEmployers()).map((r) => ({ id: r.id, role: r.role, interviewAt: r.interviewAt }));
}

describe("several roles at one employer", () => {
  it("keeps two roles at one employer apart: own record, own dates, own nudges", async () => {
    const deps = setup();

    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);

    expect(await processes(deps)).toEqual([
      { id: "globex-systems", role: "Data Engineer", interviewAt: "2026-03-05T14:00:00-05:00" },
      {
        id: "globex-systems/machine-learning-engineer",
        role: "ML Engineer",
        interviewAt: "2026-03-06T14:00:00-05:00",
      },
    ]);
    const owners = new Set(deps.scheduler.pending().map((s) => s.employerId));
    expect(owners).toEqual(new Set(["globex-systems", "globex-systems/machine-learning-engineer"]));
    expect(deps.sent.at(-1)?.subject).toContain("Globex Systems / ML Engineer");
  });

  it("says which process a nudge is about, and keeps the employer's name in its drafts", async () => {
    const deps = setup();
    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);
    const prep = deps.scheduler
      .pending()
      .find((s) => s.kind === "interview_prep" && s.employerId === "globex-systems/machine-learning-engineer");
    if (!prep) throw new Error("no interview prep planned for the ML Engineer process");
    deps.setNow(prep.dueAt);

    await fireNudge(deps, { nudgeId: prep.id, dueAt: prep.dueAt });

    const preps = deps.sent.filter((e) => e.kind === "interview_prep").map((e) => e.subject);
    const nudge = deps.sent.find((e) => e.kind === "interview_prep" && e.subject.includes("ML Engineer"));
    expect(preps.some((subject) => subject.includes("Globex Systems / ML Engineer"))).toBe(true);
    expect(nudge?.about.drafts.map((d) => d.subject).join(" ")).not.toContain(" / ");
  });

  it("is idempotent: the same message delivered twice changes one process once", async () => {
    const deps = setup();
    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);
    const before = await deps.state.listEmployers();

    await deliver(deps, mlEngineer);
    await deliver(deps, dataEngineer);

    expect(await deps.state.listEmployers()).toEqual(before);
    expect(deps.sent.filter((e) => e.kind === "ack")).toHaveLength(2);
  });

  it("files role-less mail under the only process, and asks when there are several", async () => {
    const one = setup();
    await deliver(one, dataEngineer);
    await deliver(one, roleless);
    expect(
      (await one.state.getEmployer("globex-systems"))?.timeline.filter((e) => e.messageKey).map((e) => e.messageKey),
    ).toHaveLength(2);

    const deps = setup();
    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);
    const before = await deps.state.listEmployers();
    await deliver(deps, roleless);

    await deliver(deps, roleless);

    // Nothing recorded yet; one ack (for both deliveries) asks, with one link per process.
    expect(await deps.state.listEmployers()).toEqual(before);
    expect(deps.sent.filter((e) => e.kind === "ack")).toHaveLength(3);
    const ack = deps.sent.at(-1);
    expect(ack?.text).toContain("Which of your Globex Systems processes is this about?");
    expect(ack?.text).toContain("It is about Globex Systems / ML Engineer");
    expect(ack?.text).toContain("It is about Globex Systems / Data Engineer");
  });

  it("asks even an owner who turned acknowledgements off, since the message waits for the answer", async () => {
    const deps = testDeps(NOW, ownerSettings({ email: "you@example.com", ack: false }));
    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);
    expect(deps.sent).toEqual([]);

    await deliver(deps, roleless);

    expect(deps.sent.map((e) => e.kind)).toEqual(["ack"]);
    expect(deps.sent[0]?.text).toContain("Which of your Globex Systems processes is this about?");
  });

  it("files the message under the process the owner picks, once", async () => {
    const deps = setup();
    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);
    await deliver(deps, roleless);
    const messageKey = (await deps.state.listMessages()).find((m) => m.employerId === null)?.key ?? "";
    const pick = (id: string) => deps.links.sign("file", id, { message: messageKey });

    const shown = await handleAction(deps, {
      method: "GET",
      path: new URL(pick("globex-systems/machine-learning-engineer")).pathname,
    });
    expect(shown.html).toContain("File the message under Globex Systems / ML Engineer?");
    const page = await click(deps, pick("globex-systems/machine-learning-engineer"));
    const second = await click(deps, pick("globex-systems"));
    await deliver(deps, roleless);

    expect(page.status).toBe(200);
    expect(page.html).toContain("Filed the message under Globex Systems / ML Engineer");
    const acks = deps.sent.filter((e) => e.kind === "ack").map((e) => e.subject);
    expect(acks).toHaveLength(4);
    expect(acks.at(-1)).toContain("Globex Systems / ML Engineer");
    expect(second.html).toContain("already filed under Globex Systems / ML Engineer");
    const ml = await deps.state.getEmployer("globex-systems/machine-learning-engineer");
    expect(ml?.expectDecisionBy).toBe("2026-03-20");
    expect(ml?.timeline.filter((e) => e.messageKey === messageKey)).toHaveLength(1);
    expect((await deps.state.getEmployer("globex-systems"))?.expectDecisionBy).toBeNull();
    expect((await deps.state.getMessage(messageKey))?.employerId).toBe("globex-systems/machine-learning-engineer");
  });

  it("asks about a role that is perhaps the same, and opens a new process when the owner says so", async () => {
    const deps = setup();
    await deliver(deps, dataEngineer);
    await deliver(deps, interview("senior", "Senior Data Engineer", "Monday, March 9"));

    expect(await deps.state.listEmployers()).toHaveLength(1);
    expect(deps.sent.at(-1)?.text).toContain("It is a new role: Senior Data Engineer");
    const messageKey = (await deps.state.listMessages()).find((m) => m.employerId === null)?.key ?? "";

    const page = await click(
      deps,
      deps.links.sign("file", "globex-systems", { message: messageKey, role: "Senior Data Engineer" }),
    );

    expect(page.status).toBe(200);
    expect(await processes(deps)).toEqual([
      { id: "globex-systems", role: "Data Engineer", interviewAt: "2026-03-05T14:00:00-05:00" },
      {
        id: "globex-systems/senior-data-engineer",
        role: "Senior Data Engineer",
        interviewAt: "2026-03-09T14:00:00-04:00",
      },
    ]);
  });

  it("addresses a process as Employer / Role, and the employer alone only when unique", async () => {
    const deps = setup();
    await deliver(deps, dataEngineer);
    const unique = await command(deps, "stop Globex");
    expect(unique.subject).toContain("recorded");
    await command(deps, "resume Globex");
    await deliver(deps, mlEngineer);

    const ambiguous = await command(deps, "snooze Globex 3d");
    const snoozed = await command(deps, "snooze globex/ml engineer 3d");

    expect(ambiguous.text).toContain("snooze Globex Systems / Data Engineer 3d");
    expect(ambiguous.text).toContain("snooze Globex Systems / ML Engineer 3d");
    expect(snoozed.subject).toContain("Globex Systems / ML Engineer");
    expect((await deps.state.getEmployer("globex-systems/machine-learning-engineer"))?.snoozedUntil).not.toBeNull();
    expect((await deps.state.getEmployer("globex-systems"))?.snoozedUntil).toBeNull();
  });

  it("renames a process's role and merges two processes", async () => {
    const deps = setup();
    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);

    await command(deps, "rename Globex Systems / ML Engineer to Globex Systems / AI Engineer");
    const renamed = await deps.state.getEmployer("globex-systems/machine-learning-engineer");
    await command(deps, "merge Globex Systems / AI Engineer into Globex Systems / Data Engineer");

    expect(renamed).toMatchObject({ name: "Globex Systems", role: "AI Engineer", employerKey: "globex-systems" });
    const [merged, ...others] = await deps.state.listEmployers();
    expect(others).toEqual([]);
    expect(merged?.id).toBe("globex-systems");
    expect(merged?.timeline.filter((e) => e.messageKey)).toHaveLength(2);
    expect(merged?.timeline.at(-1)?.summary).toContain("merge");
  });

  it("renames the employer of several processes on each, and they stay together", async () => {
    const deps = setup();
    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);

    const reply = await command(deps, "rename Globex Systems to Globex Inc");

    expect(reply.subject).toContain("recorded");
    const records = await deps.state.listEmployers();
    expect(records.map((r) => [r.id, r.name, r.employerKey])).toEqual([
      ["globex-systems", "Globex Inc", "globex-inc"],
      ["globex-systems/machine-learning-engineer", "Globex Inc", "globex-inc"],
    ]);
    expect((await command(deps, "stop Globex Inc / ML")).subject).toContain("Globex Inc / ML Engineer");
  });

  it("moves one process to another employer by renaming it, when the roles differ", async () => {
    const deps = setup();
    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);
    await command(deps, "rename Globex Systems / ML Engineer to Initech");
    await command(deps, "rename Globex Systems to Initech");

    const records = await deps.state.listEmployers();
    expect(records.map((r) => [r.name, r.employerKey])).toEqual([
      ["Initech", "initech"],
      ["Initech", "initech"],
    ]);
  });

  it("shows the processes apart in the status reply and the export", async () => {
    const deps = setup();
    await deliver(deps, dataEngineer);
    await deliver(deps, mlEngineer);

    const status = await command(deps, "status");
    const exported = await command(deps, "export");

    expect(status.text).toContain("Globex Systems / Data Engineer");
    expect(status.text).toContain("Globex Systems / ML Engineer");
    const csv = String(exported.attachments.find((a) => a.filename.includes("employers"))?.content);
    expect(csv).toContain("globex-systems/machine-learning-engineer");
    expect(csv).toContain("Globex Systems / ML Engineer");
  });
});
