// What scripts/eval.ts counts: facts (the kind of every message plus each non-null field), the gate
// at a threshold, and the extra labels (ownerMove presence, interviewers as a case-folded set,
// interviewEndAt as an instant).
import { describe, expect, it } from "vitest";
import { emptyExtraction } from "../../../functions/domain/extraction";
import type { Label } from "../../../scripts/labelled/corpus";
import { factsOf, gate, gateLine, scoreExtra } from "../../../scripts/labelled/score";

const label: Label = {
  file: "a.eml",
  owner: "o@x.com",
  kind: "interview_scheduled",
  employer: "Acme",
  role: null,
  interviewAt: "2026-04-22T14:30:00-04:00",
  respondBy: null,
  expectDecisionBy: null,
  contactEmail: "dana@acme.com",
  interviewEndAt: "2026-04-22T15:15:00-04:00",
  interviewers: ["Dana Whitcombe"],
  ownerMove: false,
};

describe("facts", () => {
  const x = emptyExtraction({
    kind: "interview_scheduled",
    employer: "Acme Corp",
    interviewAt: "2026-04-22T18:30:00Z",
    interviewMinutes: 45,
    contactEmail: "dana@acme.com",
    interviewers: ["dana whitcombe"],
    confidence: { kind: 0.99, employer: 0.5, interviewAt: 0.97 },
  });

  it("are the kind and every non-null field, right when they equal the label", () => {
    expect(factsOf(label, x).map((f) => [f.field, f.correct, f.confidence])).toEqual([
      ["kind", true, 0.99],
      ["employer", false, 0.5],
      ["interviewAt", true, 0.97],
      ["contactEmail", true, 1], // no confidence: counted as sure, as the lifecycle treats it
    ]);
  });

  it("are acted on at or above the threshold and asked about below it", () => {
    const g = gate(factsOf(label, x), 0.95);
    expect(g).toEqual({ threshold: 0.95, facts: 4, silent: 3, silentWrong: 0, asked: 1, askedWrong: 1 });
    expect(gateLine(g)).toBe(
      "gate at 0.95: 4 facts, 3 acted on silently, 0 of them wrong (0.0%), 1 asked about (25.0% of facts, 1 of them wrong)",
    );
  });

  it("score the extra labels", () => {
    expect(scoreExtra("interviewers", label, x)).toBe(true);
    expect(scoreExtra("interviewEndAt", label, x)).toBe(true);
    expect(scoreExtra("ownerMove", label, x)).toBe(true);
    expect(scoreExtra("ownerMove", label, { ...x, ownerMove: "confirm the time" })).toBe(false);
    expect(scoreExtra("ownerMove", { ...label, ownerMove: undefined }, x)).toBeNull();
  });
});
