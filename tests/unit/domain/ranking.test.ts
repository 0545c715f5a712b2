import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../../functions/domain/errors";
import { preferEmployer, rankEmployers } from "../../../functions/domain/ranking";
import { employer } from "./builders";

const NOW = "2026-03-20T12:00:00.000Z";
const ranks = (records: { id: string; rank: number | null }[]) =>
  Object.fromEntries(records.map((r) => [r.id, r.rank]));

describe("rankEmployers", () => {
  it("ranks in the given order and unranks the rest", () => {
    // Prepare
    const records = [employer("Acme", { rank: 1 }), employer("Globex"), employer("Initech", { rank: 2 })];

    // Act
    const ranked = rankEmployers(records, ["globex", "acme"], NOW);

    // Assess
    expect(ranks(ranked)).toEqual({ acme: 2, globex: 1, initech: null });
    expect(ranked.every((r) => r.timeline.length === 1)).toBe(true);
  });

  it.each([
    { ids: ["globex", "nobody"], message: "unknown employer: nobody" },
    { ids: ["globex", "globex"], message: "listed twice" },
  ])("refuses $ids", ({ ids, message }) => {
    // Prepare
    const records = [employer("Acme"), employer("Globex")];

    // Act / Assess
    expect(() => rankEmployers(records, ids, NOW)).toThrow(InvalidRequestError);
    expect(() => rankEmployers(records, ids, NOW)).toThrow(message);
  });
});

describe("preferEmployer", () => {
  it.each([
    { before: { acme: 1, globex: 2, initech: null }, prefer: "initech", after: { initech: 1, acme: 2, globex: 3 } },
    { before: { acme: 1, globex: 2, initech: 3 }, prefer: "globex", after: { globex: 1, acme: 2, initech: 3 } },
    {
      before: { acme: null, globex: null, initech: null },
      prefer: "acme",
      after: { acme: 1, globex: null, initech: null },
    },
    { before: { acme: 1, globex: 5, initech: null }, prefer: "acme", after: { acme: 1, globex: 2, initech: null } },
  ])("prefer $prefer", ({ before, prefer, after }) => {
    // Prepare
    const records = Object.entries(before).map(([id, rank]) => employer(id[0]?.toUpperCase() + id.slice(1), { rank }));

    // Act
    const result = preferEmployer(records, prefer, NOW);

    // Assess
    expect(ranks(result)).toEqual(after);
  });

  it("leaves unchanged records untouched", () => {
    // Prepare
    const records = [employer("Acme", { rank: 1 }), employer("Globex")];

    // Act
    const result = preferEmployer(records, "acme", NOW);

    // Assess
    expect(result[0]).toBe(records[0]);
    expect(result[1]).toBe(records[1]);
  });

  it("refuses an unknown employer", () => {
    // Prepare / Act / Assess
    expect(() => preferEmployer([employer("Acme")], "globex", NOW)).toThrow(InvalidRequestError);
  });
});
