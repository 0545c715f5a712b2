// Whose date is it? A date the employer's own answer, decision or offer arrives by is a promise
// (expectDecisionBy); a date the candidate must answer by is a deadline (respondBy).
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { sampleFacts } from "./sample-facts";

// sampleFacts is written Mon 2 Mar 2026 10:00 -05:00.
describe("employer promises vs candidate deadlines in status news", () => {
  it.each([
    [
      "I expect to have an answer on whether the role reopens by Friday, March 6, and I'll reach out either way.",
      "2026-03-06",
    ],
    ["I'm aiming to have the written offer to you by Tuesday.", "2026-03-03"],
    [
      "Once approved, you'll receive the formal offer from our People team, hopefully by Friday, March 6.",
      "2026-03-06",
    ],
    ["We'll have a decision for you by Friday, March 6.", "2026-03-06"],
  ])("%j promises %s", (body, want) => {
    const dates = extractDates(sampleFacts({ body }), "update");
    expect(dates.expectDecisionBy).toBe(want);
    expect(dates.respondBy).toBeNull();
  });

  it("a deadline the candidate must meet stays respondBy", () => {
    const dates = extractDates(sampleFacts({ body: "We can extend your deadline to Friday, March 6." }), "update");
    expect(dates.respondBy).toBe("2026-03-06");
    expect(dates.expectDecisionBy).toBeNull();
  });
});
