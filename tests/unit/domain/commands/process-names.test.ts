// Commands that address processes (domain/process.ts): the app parses them against the records as
// labelled for the owner ("Acme / ML Engineer" once Acme has several processes).
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../../functions/domain/commands/parse";
import { labelProcesses } from "../../../../functions/domain/process";
import { employer, owner } from "../builders";

const NOW = "2026-03-04T15:00:00.000Z";
const records = labelProcesses([
  employer("Acme", { role: "Data Engineer" }),
  employer("Acme", { id: "acme/machine-learning-engineer", employerKey: "acme", role: "ML Engineer" }),
  employer("Acme Labs", { role: "Data Engineer" }),
  employer("Globex", { role: "Data Engineer", aliases: ["acme"] }),
]);
const parse = (subject: string) => parseCommand(subject, records, owner(), NOW);

describe("commands addressing processes", () => {
  it.each([
    ["stop Acme / ML Engineer", "acme/machine-learning-engineer"],
    ["stop acme/ml engineer", "acme/machine-learning-engineer"],
    ["stop ac / ml", "acme/machine-learning-engineer"],
    ["stop Acme / Data", "acme"],
    ["stop Acme Labs", "acme-labs"],
  ])("%s -> %s", (subject, id) => {
    expect(parse(subject)).toMatchObject({ type: "stop", employerId: id });
  });

  it("lists the processes when the employer alone is ambiguous, and names them in full", () => {
    const parsed = parse("snooze Acme 3d");
    expect(parsed).toMatchObject({ type: "invalid" });
    expect(parsed.type === "invalid" && parsed.choices).toEqual(
      expect.arrayContaining(["snooze Acme / Data Engineer 3d", "snooze Acme / ML Engineer 3d"]),
    );
  });

  it("renames a role, and the employer of several processes on each", () => {
    expect(parse("rename Acme / ML Engineer to Acme / AI Engineer")).toMatchObject({
      type: "rename",
      employerId: "acme/machine-learning-engineer",
      newName: "Acme / AI Engineer",
    });
    expect(parse("rename Acme to Acme Corp")).toMatchObject({
      type: "rename",
      newName: "Acme Corp",
      processes: [{ employerId: "acme" }, { employerId: "acme/machine-learning-engineer" }],
    });
  });

  it("lets a process join another employer of a different role, and refuses a clash of the same role", () => {
    expect(parse("rename Acme / ML Engineer to Globex")).toMatchObject({ type: "rename", newName: "Globex" });
    expect(parse("rename Acme / Data Engineer to Globex")).toMatchObject({ type: "invalid", refusal: true });
  });

  it("merges one process into another", () => {
    expect(parse("merge Acme / ML Engineer into Acme / Data Engineer")).toMatchObject({
      type: "merge",
      from: { employerId: "acme/machine-learning-engineer" },
      into: { employerId: "acme" },
    });
  });
});
