// A process's title is not cut back by a later message that writes only its head: "Staff Backend
// Engineer" in a reminder leaves "Staff Backend Engineer, Risk Platform" as it was, while a fuller
// or a different title still replaces the old one (newest mail wins).
import { describe, expect, it } from "vitest";
import { applyMessage } from "../../../functions/domain/lifecycle";
import { fullerTitle } from "../../../functions/domain/roles";
import { employer, mail } from "./builders";

const NOW = "2026-03-20T12:00:00.000Z";

describe("fullerTitle", () => {
  it.each([
    ["Staff Backend Engineer, Risk Platform", "Staff Backend Engineer", "Staff Backend Engineer, Risk Platform"],
    ["Teamleider Planning – Containerterminal", "teamleider planning", "Teamleider Planning – Containerterminal"],
    ["Data Engineer (Go)", "Data Engineer", "Data Engineer (Go)"],
    ["Staff Backend Engineer", "Staff Backend Engineer, Risk Platform", "Staff Backend Engineer, Risk Platform"],
    ["Data Engineer", "Data Engineering Manager", "Data Engineering Manager"],
    ["Senior Data Engineer", "Data Engineer", "Data Engineer"],
    ["Product Manager, Payments", "Product Designer", "Product Designer"],
  ])("known %j, read %j -> %j", (current, found, kept) => {
    expect(fullerTitle(current, found)).toBe(kept);
  });
});

describe("applyMessage: the title a process keeps", () => {
  it("a later mail that writes only the title's head keeps the qualifier", () => {
    const before = employer("Kestrel Pay", { role: "Staff Backend Engineer, Risk Platform" });

    const next = applyMessage(
      before,
      mail("m-2", "2026-03-12T12:00:00Z", { kind: "update", role: "Staff Backend Engineer" }),
      NOW,
    );

    expect(next.role).toBe("Staff Backend Engineer, Risk Platform");
  });

  it("a later mail with the fuller title fills it in", () => {
    const before = employer("Kestrel Pay", { role: "Staff Backend Engineer" });

    const next = applyMessage(
      before,
      mail("m-2", "2026-03-12T12:00:00Z", { kind: "update", role: "Staff Backend Engineer, Risk Platform" }),
      NOW,
    );

    expect(next.role).toBe("Staff Backend Engineer, Risk Platform");
  });
});
