import { describe, expect, it } from "vitest";
import type { EmployerRecord } from "../../../functions/domain/employer";
import { applyOwnerAction } from "../../../functions/domain/lifecycle";
import {
  employerKeyOf,
  labelProcesses,
  migrateToProcess,
  needsProcessMigration,
  processIdFor,
  processLabel,
  routeMessage,
} from "../../../functions/domain/process";
import { employer } from "./builders";

const AT = "2026-03-04T15:00:00.000Z";

function acme(role: string | null, overrides: Partial<EmployerRecord> = {}): EmployerRecord {
  return employer("Acme", { role, domains: ["acme.com"], ...overrides });
}

const dataEngineer = acme("Data Engineer");
const mlEngineer = acme("ML Engineer", { id: "acme/machine-learning-engineer", employerKey: "acme" });
const globex = employer("Globex", { role: "Data Engineer" });
const about = (role: string | null, key = "m1", name = "Acme") => ({ key, employer: name, role, contactEmail: null });

describe("routeMessage", () => {
  it("creates the first process of an unknown employer under the employer's own key", () => {
    expect(routeMessage([globex], about("Data Engineer"))).toEqual({
      type: "new",
      process: { id: "acme", employerKey: "acme", name: "Acme", role: "Data Engineer" },
    });
  });

  it.each([
    ["no role", null],
    ["the same role, written differently", "data engineer (m/w/d)"],
  ])("joins the only process for %s", (_what, role) => {
    expect(routeMessage([dataEngineer, globex], about(role))).toEqual({ type: "process", id: "acme" });
  });

  it("gives a different role at a known employer its own process and key", () => {
    expect(routeMessage([dataEngineer], about("ML Engineer"))).toEqual({
      type: "new",
      process: { id: "acme/machine-learning-engineer", employerKey: "acme", name: "Acme", role: "ML Engineer" },
    });
  });

  it("lets an employer's only process without a role take the message and its role", () => {
    expect(routeMessage([acme(null)], about("ML Engineer"))).toEqual({ type: "process", id: "acme" });
  });

  it("asks when a role is perhaps the same: the process, or a new one for that role", () => {
    const route = routeMessage([dataEngineer], about("Senior Data Engineer"));
    expect(route).toMatchObject({
      type: "ask",
      candidates: [{ id: "acme" }],
      newRole: { id: "acme/senior-data-engineer", role: "Senior Data Engineer" },
    });
  });

  it("finds the role among several processes", () => {
    expect(routeMessage([dataEngineer, mlEngineer], about("Machine Learning Engineer"))).toEqual({
      type: "process",
      id: "acme/machine-learning-engineer",
    });
  });

  it("joins the only open process when the mail names no role", () => {
    const rejected = { ...dataEngineer, stage: "rejected" as const };
    expect(routeMessage([rejected, mlEngineer], about(null))).toEqual({
      type: "process",
      id: "acme/machine-learning-engineer",
    });
  });

  it("asks which process when the mail names no role and several are open", () => {
    const route = routeMessage([dataEngineer, mlEngineer], about(null));
    expect(route).toMatchObject({ type: "ask", newRole: null });
    expect(route.type === "ask" && route.candidates.map((r) => r.id)).toEqual([
      "acme",
      "acme/machine-learning-engineer",
    ]);
  });

  it("finds the employer's processes by its mail domain too", () => {
    const route = routeMessage([dataEngineer, mlEngineer], {
      key: "m1",
      employer: "ACME Corporation",
      role: "ML Engineer",
      contactEmail: "hr@acme.com",
    });
    expect(route).toEqual({ type: "process", id: "acme/machine-learning-engineer" });
  });

  it("keeps a message where it was filed (a re-delivery never lands twice)", () => {
    const filed = { ...mlEngineer, timeline: [{ at: AT, kind: "update" as const, summary: "x", messageKey: "m1" }] };
    expect(routeMessage([dataEngineer, filed], about("Data Engineer"))).toEqual({
      type: "process",
      id: "acme/machine-learning-engineer",
    });
  });
});

describe("process names", () => {
  it("labels a process with its role only while its employer has several", () => {
    expect(processLabel(dataEngineer, [dataEngineer, globex])).toBe("Acme");
    expect(labelProcesses([dataEngineer, mlEngineer, globex]).map((r) => r.name)).toEqual([
      "Acme / Data Engineer",
      "Acme / ML Engineer",
      "Globex",
    ]);
  });

  it("numbers a second process of the same role slug", () => {
    const taken = acme("ML Engineer", { id: "acme/machine-learning-engineer" });
    expect(processIdFor("acme", "Machine learning engineer", [dataEngineer, taken])).toBe(
      "acme/machine-learning-engineer-2",
    );
  });

  it("a rename to another employer's name takes the process out of its old employer", () => {
    const renamed = applyOwnerAction(mlEngineer, { type: "rename", name: "Globex" }, AT);
    expect(employerKeyOf(renamed)).toBe("globex");
    expect(labelProcesses([dataEngineer, renamed]).map((r) => r.name)).toEqual(["Acme", "Globex"]);
  });

  it("a rename of the role keeps the process with its employer", () => {
    const renamed = applyOwnerAction(mlEngineer, { type: "rename", name: "Acme", role: "AI Engineer" }, AT);
    expect(renamed).toMatchObject({ role: "AI Engineer", employerKey: "acme", id: "acme/machine-learning-engineer" });
  });
});

describe("migrateToProcess", () => {
  it("adds the employer key to a record written before processes, and nothing else", () => {
    const { employerKey: _none, ...old } = employer("Kestrel Pay", { version: 4 });
    expect(needsProcessMigration(old)).toBe(true);
    expect(employerKeyOf(old)).toBe("kestrel-pay");
    const migrated = migrateToProcess(old);
    expect(migrated).toEqual({ ...old, employerKey: "kestrel-pay" });
    expect(needsProcessMigration(migrated)).toBe(false);
    expect(migrateToProcess(migrated)).toBe(migrated);
  });
});
