// The refiners mail-chrono.ts adds to chrono, seen on chrono's own results.
import { describe, expect, it } from "vitest";
import { mailDateParser } from "../../../functions/domain/extract/mail-chrono";

const REFERENCE = { instant: new Date("2026-03-27T10:00:00Z"), timezone: 0 };

function first(text: string, dayFirst = false) {
  const result = mailDateParser(dayFirst).parse(text, REFERENCE, { forwardDate: true })[0];
  if (!result) throw new Error(`no date in ${JSON.stringify(text)}`);
  return result.start;
}

describe("mailDateParser", () => {
  it.each([
    ["tomorrow at 2", 14, true],
    ["tomorrow at 2am", 2, true],
    ["tomorrow at 02:00", 2, true],
    ["tomorrow at 9", 9, true],
    ["Monday at 6", 18, true],
    ["Monday at 7", 7, true],
  ])("reads the hour of %j as %i", (text, hour, certain) => {
    const start = first(text);

    expect(start.get("hour")).toBe(hour);
    expect(start.isCertain("hour")).toBe(certain);
  });

  it.each([
    ["by 03/04/2026", true, { month: 4, day: 3 }],
    ["by 04/03/2026", false, { month: 4, day: 3 }],
    // Read as written when that reading is not in the past.
    ["by 04/05/2026", false, { month: 4, day: 5 }],
    ["by 04/05/2026", true, { month: 5, day: 4 }],
  ])("reads %j (day first: %s) as %j", (text, dayFirst, want) => {
    const start = first(text, dayFirst);

    expect({ month: start.get("month"), day: start.get("day") }).toEqual(want);
  });

  it("leaves the stock chrono parsers as they were", async () => {
    const chrono = await import("chrono-node");

    expect(chrono.en.casual.parse("tomorrow at 2", REFERENCE)[0]?.start.get("hour")).toBe(2);
  });
});
