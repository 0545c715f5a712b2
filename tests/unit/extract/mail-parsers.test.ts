// The mail parsers and refiners on chrono's own extension points (relative-phrases.ts,
// mail-refiners.ts, mail-chrono.ts): what each reads, in the message's zone, against its Date.
import type { ParsingResult } from "chrono-node";
import { describe, expect, it } from "vitest";
import { isWindow, WINDOW_TAG } from "../../../functions/domain/extract/chrono-readings";
import { findDatePhrases } from "../../../functions/domain/extract/date-phrases";
import type { Language } from "../../../functions/domain/extract/languages/cues";
import { mailDateParser } from "../../../functions/domain/extract/mail-chrono";
import type { Zone } from "../../../functions/domain/time";

const NEW_YORK: Zone = "America/New_York";
const frame = (iso: string, zone: Zone = NEW_YORK, language: Language = "en", dayFirst = false) => ({
  referenceMs: Date.parse(iso),
  zone,
  dayFirst,
  language,
});
const values = (text: string, f: ReturnType<typeof frame>) => findDatePhrases(text, f).map((p) => [p.text, p.value]);

describe("English window parsers", () => {
  it("reads 'within 48 hours' as the Date plus 48 hours, in the message's zone across a DST change", () => {
    // Friday 6 March 2026 10:00 EST; New York moves to EDT on Sunday 8 March.
    expect(values("Please reply within 48 hours.", frame("2026-03-06T10:00:00-05:00"))).toEqual([
      ["within 48 hours", "2026-03-08T11:00:00-04:00"],
    ]);
  });

  it("counts working days from the Date in its own zone, not UTC", () => {
    // Friday 23:30 in New York is already Saturday in UTC: three working days are Mon, Tue, Wed.
    expect(values("within 3 business days", frame("2026-03-27T23:30:00-04:00"))).toEqual([
      ["within 3 business days", "2026-04-01"],
    ]);
  });

  it("reads 'end of next week' as that week's Friday", () => {
    expect(values("We will decide by the end of next week.", frame("2026-03-25T12:00:00-04:00"))).toEqual([
      ["by the end of next week", "2026-04-03"],
    ]);
  });

  it("reads a day of the month with a clock time and the zone written after it", () => {
    expect(values("Tuesday the 5th at 10:00 CET works for us.", frame("2026-03-27T12:00:00-04:00"))).toEqual([
      ["Tuesday the 5th at 10:00 CET", "2026-05-05T10:00:00+02:00"],
    ]);
  });

  it("wins over chrono's reading of the same words ('Tuesday' alone)", () => {
    const results = mailDateParser(false).parse(
      "by Tuesday the 5th",
      { instant: new Date("2026-03-27T16:00:00Z"), timezone: -240 },
      { forwardDate: true },
    );
    expect(results.map((r) => r.text)).toEqual(["by Tuesday the 5th"]);
    expect(results[0]?.tags().has(WINDOW_TAG)).toBe(true);
  });

  it("is there in other languages' chrono too: English phrases turn up in all mail", () => {
    expect(
      values(
        "Bitte antworten Sie within 5 working days.",
        frame("2026-03-27T12:00:00+01:00", "Europe/Berlin", "de", true),
      ),
    ).toEqual([["within 5 working days", "2026-04-03"]]);
  });
});

describe("other languages' window parsers", () => {
  it("reads 'innerhalb von 48 Stunden' as the Date plus 48 hours in the message's zone, across DST", () => {
    // Friday 27 March 2026 16:00 CET; Berlin moves to CEST on Sunday 29 March.
    expect(
      values(
        "Bitte antworten Sie innerhalb von 48 Stunden.",
        frame("2026-03-27T16:00:00+01:00", "Europe/Berlin", "de", true),
      ),
    ).toEqual([["innerhalb von 48 Stunden", "2026-03-29T17:00:00+02:00"]]);
  });

  it("keeps an early-morning window's hour: 48 hours after 06:30 is 06:30, not the afternoon", () => {
    expect(
      values(
        "Bitte antworten Sie innerhalb von 48 Stunden.",
        frame("2026-04-20T06:30:12+02:00", "Europe/Berlin", "de", true),
      ),
    ).toEqual([["innerhalb von 48 Stunden", "2026-04-22T06:30:12+02:00"]]);
  });

  it("tags its results as windows", () => {
    const german = mailDateParser(true, "de").parse(
      "innerhalb von 3 Tagen",
      { instant: new Date("2026-03-27T12:00:00Z"), timezone: 60 },
      { forwardDate: true },
    );
    expect(german.map((r) => [r.text, isWindow(r as ParsingResult)])).toEqual([["innerhalb von 3 Tagen", true]]);
  });
});

describe("mail refiners", () => {
  it("drops a phrase that names no day, and does not lend its day to a time beside it", () => {
    expect(values("Could we talk at 3pm next week?", frame("2026-03-25T12:00:00-04:00"))).toEqual([]);
    expect(values("We will be in touch next week.", frame("2026-03-25T12:00:00-04:00"))).toEqual([]);
  });

  it("drops lengths of time and 'now'", () => {
    expect(values("Phone screen (30 min). The panel is now reviewing.", frame("2026-03-25T12:00:00-04:00"))).toEqual(
      [],
    );
  });

  it("pairs a time and a date written apart into one moment, with the zone written at the time", () => {
    expect(values("14:30 (GMT+01:00) Europe/London on Monday 13 April", frame("2026-04-01T09:00:00-04:00"))).toEqual([
      ["14:30 (GMT+01:00) Europe/London on Monday 13 April", "2026-04-13T14:30:00+01:00"],
    ]);
  });

  it("does not pair across a sentence end", () => {
    expect(values("See you Monday 13 April. Call me at 14:30.", frame("2026-04-01T09:00:00-04:00"))).toEqual([
      ["Monday 13 April", "2026-04-13"],
    ]);
  });

  it("does not read a lower-case 'so' as Sunday in German (nor 'zo' in Dutch)", () => {
    const berlin = frame("2026-03-27T12:00:00+01:00", "Europe/Berlin", "de", true);
    expect(values("Bitte antworten Sie so bald wie möglich.", berlin)).toEqual([]);
    expect(values("Das ist so, wie besprochen.", berlin)).toEqual([]);
    expect(values("Wir sehen uns So, 12. April", berlin)).toEqual([["So, 12. April", "2026-04-12"]]);
    const amsterdam = frame("2026-03-27T12:00:00+01:00", "Europe/Amsterdam", "nl", true);
    expect(values("Het is zo dat we nog even wachten.", amsterdam)).toEqual([]);
    expect(values("Envoyé de mon iPhone", frame("2026-04-16T12:00:00+02:00", "Europe/Paris", "fr", true))).toEqual([]);
  });

  it("keeps the lower-case abbreviations that are no word: 'tue/thu'", () => {
    expect(values("replying with tue/thu", frame("2026-04-06T12:00:00-04:00")).map(([text]) => text)).toEqual([
      "tue",
      "thu",
    ]);
  });

  it("tags only the mail parsers' own results", () => {
    const results = mailDateParser(false).parse("on Friday, March 27 or within 2 days", {
      instant: new Date("2026-03-20T16:00:00Z"),
      timezone: -240,
    });
    expect(results.map((r) => [r.text, isWindow(r as ParsingResult)])).toEqual([
      ["on Friday, March 27", false],
      ["within 2 days", true],
    ]);
  });
});
