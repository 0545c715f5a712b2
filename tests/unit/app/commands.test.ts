import { describe, expect, it } from "vitest";
import { makeLinkSigner } from "../../../functions/adapters/hmac-links";
import { handleCommand } from "../../../functions/app/commands";
import { testDeps } from "../../fakes/use-case-deps";
import { employer } from "../domain/builders";

const NOW = "2026-03-04T15:00:00.000Z";
const KEY = { kid: "k1", secret: "0123456789abcdef0123456789abcdef" };

async function depsWith(...names: [string, Partial<Parameters<typeof employer>[1]>?][]) {
  const deps = testDeps(NOW);
  deps.links = makeLinkSigner("https://actions.test", KEY, () => deps.clock.now(), 30);
  for (const [name, overrides] of names) await deps.state.saveEmployer(employer(name, overrides));
  return deps;
}

describe("handleCommand", () => {
  it("leaves non-commands to the inbound mail path", async () => {
    const deps = await depsWith(["Acme"]);
    expect(await handleCommand(deps, "Lunch next week?", { messageKey: "m1" })).toBe(false);
    expect(deps.sent).toHaveLength(0);
  });

  it("applies a command, saves it and replies once, even when the message is delivered twice", async () => {
    // Prepare
    const deps = await depsWith(["Globex", { stage: "offer" }]);
    // Act
    await handleCommand(deps, "deadline globex mar 13", { messageKey: "m1" });
    await handleCommand(deps, "deadline globex mar 13", { messageKey: "m1" });
    // Assess
    expect((await deps.state.getEmployer("globex"))?.respondBy).toBe("2026-03-13");
    const replies = deps.sent.filter((m) => m.kind === "command_reply");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.subject).toBe("jobnudge: recorded, your answer to Globex is due Fri 13 Mar");
  });

  it("applies `sent` once per message, not once per delivery", async () => {
    const deps = await depsWith(["Acme"]);
    await handleCommand(deps, "sent acme", { messageKey: "m1" });
    await handleCommand(deps, "sent acme", { messageKey: "m1" });
    expect((await deps.state.getEmployer("acme"))?.followUpsSent).toBe(1);
  });

  it("says `sent` answered the employer's request when one was pending", async () => {
    // Prepare
    const deps = await depsWith(["Acme", { ownerMove: { move: "send availability", at: "2026-03-03T15:00:00.000Z" } }]);
    // Act
    await handleCommand(deps, "sent acme", { messageKey: "m1" });
    // Assess
    const reply = deps.sent.find((m) => m.kind === "command_reply");
    expect(reply?.subject).toBe("jobnudge: recorded, you answered Acme's request (send availability)");
    expect(reply?.text).toContain("Recorded: you answered Acme's request (send availability)");
    expect(reply?.text).not.toContain("a follow-up");
  });

  it("says `sent` was a follow-up when nothing was asked of the owner", async () => {
    const deps = await depsWith(["Acme"]);
    await handleCommand(deps, "sent acme", { messageKey: "m1" });
    expect(deps.sent.find((m) => m.kind === "command_reply")?.subject).toBe(
      "jobnudge: recorded, you sent Acme a follow-up",
    );
  });

  it("refuses a transition the stage does not allow, and changes nothing", async () => {
    const deps = await depsWith(["Initech", { stage: "rejected" }]);
    const before = await deps.state.getEmployer("initech");
    await handleCommand(deps, "accept initech", { messageKey: "m1" });
    expect(await deps.state.getEmployer("initech")).toEqual(before);
    expect(deps.sent[0]?.subject).toBe("jobnudge: not done: accept initech");
  });

  it.each(["accept", "accept ac", "snooze acme forever", "frobnicate acme"])(
    "%j: replies with the choices and changes nothing",
    async (subject) => {
      const deps = await depsWith(["Acme"], ["Acorn"]);
      const before = await deps.state.listEmployers();
      const handled = await handleCommand(deps, subject, { messageKey: "m1" });
      expect(handled).toBe(subject !== "frobnicate acme");
      expect(await deps.state.listEmployers()).toEqual(before);
      if (handled) expect(deps.sent[0]?.subject.startsWith("jobnudge: not understood")).toBe(true);
    },
  );

  it("ranks across employers and prefers one", async () => {
    const deps = await depsWith(["Acme"], ["Globex"], ["Initech"]);
    await handleCommand(deps, "rank globex, acme", { messageKey: "m1" });
    expect((await deps.state.listEmployers()).map((e) => [e.id, e.rank])).toEqual([
      ["acme", 2],
      ["globex", 1],
      ["initech", null],
    ]);
    await handleCommand(deps, "prefer initech", { messageKey: "m2" });
    expect((await deps.state.listEmployers()).map((e) => [e.id, e.rank])).toEqual([
      ["acme", 3],
      ["globex", 2],
      ["initech", 1],
    ]);
  });

  it("merges two records into one", async () => {
    const deps = await depsWith(["Acme Labs", { contactEmail: "dana@acme.com" }], ["Acme"]);
    await handleCommand(deps, "merge acme labs into acme", { messageKey: "m1" });
    const records = await deps.state.listEmployers();
    expect(records.map((e) => e.id)).toEqual(["acme"]);
    expect(records[0]).toMatchObject({ aliases: ["acme labs"], contactEmail: "dana@acme.com" });
  });

  it("export attaches CSV and JSON", async () => {
    const deps = await depsWith(["Acme"]);
    await handleCommand(deps, "export", { messageKey: "m1" });
    expect(deps.sent[0]?.attachments.map((a) => a.filename)).toEqual([
      "jobnudge-employers-2026-03-04.csv",
      "jobnudge-timeline-2026-03-04.csv",
      "jobnudge-export-2026-03-04.json",
    ]);
  });
});
