// The refiners mail-chrono.ts adds to chrono, seen on chrono's own results.

import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { mailDateParser, NEEDED_WORDS } from "../../../functions/domain/extract/mail-chrono";

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

// mail-chrono.ts skips a chrono parser on a text without the words its pattern needs. Each stock
// parser with such words, run alone over texts that hold every month and weekday form its
// dictionaries know, numeric dates and the phrases the time-unit parsers read: wherever it finds
// something, the words it is said to need are in what it found.
describe("the words a chrono parser needs", () => {
  const context = (text: string) => ({
    text,
    option: { forwardDate: true },
    reference: { instant: REFERENCE.instant, timezoneOffset: 0 },
    refDate: REFERENCE.instant,
    createParsingComponents: () => null,
    createParsingResult: () => null,
    debug: () => {},
  });
  const months = [
    "january february march april may june july august september october november december",
    "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar apr jun jul aug sep sept oct nov dec",
  ];
  const weekdays =
    "sunday sun. monday mon. tuesday tue. tues wednesday wed. thursday thurs. thur. thu. friday fri. saturday sat. weekend weekday";
  const texts = [
    ...months.flatMap((m) =>
      m
        .split(" ")
        .flatMap((name) => [
          `on 3rd ${name} 2026`,
          `${name} 3, 2026`,
          `in ${name} 2026`,
          `2026 ${name}`,
          `3-${name}-2026`,
        ]),
    ),
    ...weekdays.split(" ").flatMap((day) => [`on ${day}`, `next ${day}`, `(${day})`, `${day} at 3pm`]),
    "at 3pm, 14:30, 9.30, from 10 to 11, 2026-04-03T10:00:00Z, 2026/04/03, 03/04/2026, 3.4., 4/2026, 12-31",
    "2 days ago, three weeks before, an hour earlier, 5 minutes later, a week after, two days from now, 3 months out, a year forward",
    "now, (today), tonight; tomorrow, overmorrow, tmr, tmrw, yesterday, last night, lastnight",
    "this morning, thismorning, afternoon, evening, night, midnight, midday, noon",
    "by the end of the month, end of month, the last day of the month",
  ];

  it.each(Object.keys(NEEDED_WORDS))("%s finds nothing without its words", (name) => {
    const parsers = [...mailDateParser(false).parsers, ...mailDateParser(true).parsers];
    const stock = [chrono.en.casual, chrono.en.GB].flatMap((c) => c.parsers).filter((p) => p.constructor.name === name);
    expect(stock.length).toBeGreaterThan(0);
    // mailDateParser's own copies are the gated ones (plain objects), not the stock classes.
    expect(parsers.some((p) => p.constructor.name === name)).toBe(false);
    const needed = NEEDED_WORDS[name] as RegExp;
    let found = 0;
    for (const parser of stock) {
      for (const text of texts) {
        const pattern = parser.pattern(context(text) as never);
        for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))) {
          found += 1;
          expect(needed.test(match[0]), `${name} on ${JSON.stringify(match[0])}`).toBe(true);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});
