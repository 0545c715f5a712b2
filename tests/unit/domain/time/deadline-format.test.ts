import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDeadline,
  formatInstant,
  isDeadlineValue,
  parseCivilDate,
  parseDeadline,
  parseInstant,
} from "../../../../functions/domain/time";
import { BERLIN, KOLKATA, NEW_YORK } from "../builders";

const iso = (ms: number) => new Date(ms).toISOString();

describe("parseDeadline", () => {
  it.each([
    // date-only = the whole day in the owner's zone: over at the next local midnight
    { value: "2026-03-13", zone: NEW_YORK, endsAt: "2026-03-14T04:00:00.000Z", shown: "Fri 13 Mar" },
    { value: "2026-03-13", zone: BERLIN, endsAt: "2026-03-13T23:00:00.000Z", shown: "Fri 13 Mar" },
    { value: "2026-03-31", zone: KOLKATA, endsAt: "2026-03-31T18:30:00.000Z", shown: "Tue 31 Mar" },
    { value: "2026-03-07", zone: NEW_YORK, endsAt: "2026-03-08T05:00:00.000Z", shown: "Sat 7 Mar" }, // before US change
    { value: "2026-03-28", zone: BERLIN, endsAt: "2026-03-28T23:00:00.000Z", shown: "Sat 28 Mar" }, // before EU change
    // ISO with offset = an exact instant, shown in the owner's zone
    {
      value: "2026-03-27T17:00:00-04:00",
      zone: NEW_YORK,
      endsAt: "2026-03-27T21:00:00.000Z",
      shown: "Fri 27 Mar, 5:00 PM EDT",
    },
    {
      value: "2026-03-27T17:00:00-04:00",
      zone: BERLIN,
      endsAt: "2026-03-27T21:00:00.000Z",
      shown: "Fri 27 Mar, 10:00 PM CET",
    },
    {
      value: "2026-03-27T17:00:00-04:00",
      zone: KOLKATA,
      endsAt: "2026-03-27T21:00:00.000Z",
      shown: "Sat 28 Mar, 2:30 AM IST",
    },
    {
      value: "2026-01-31T23:30:00Z",
      zone: NEW_YORK,
      endsAt: "2026-01-31T23:30:00.000Z",
      shown: "Sat 31 Jan, 6:30 PM EST",
    },
  ])("$value in $zone", ({ value, zone, endsAt, shown }) => {
    // Prepare / Act
    const deadline = parseDeadline(value, zone);

    // Assess
    expect(iso(deadline.endsAt)).toBe(endsAt);
    expect(formatDeadline(deadline, zone)).toBe(shown);
  });

  it.each(["2026-02-30", "2026-13-01", "13/03/2026", "2026-03-13T17:00:00", "friday", ""])("rejects %j", (value) => {
    // Prepare / Act / Assess
    expect(isDeadlineValue(value)).toBe(false);
    expect(() => parseDeadline(value, NEW_YORK)).toThrow(RangeError);
  });
});

describe("formatInstant", () => {
  it.each([
    { utc: "2026-03-13T21:00:00Z", zone: NEW_YORK, shown: "Fri 13 Mar, 5:00 PM EDT" },
    { utc: "2026-03-06T22:00:00Z", zone: NEW_YORK, shown: "Fri 6 Mar, 5:00 PM EST" },
    { utc: "2026-03-27T16:00:00Z", zone: BERLIN, shown: "Fri 27 Mar, 5:00 PM CET" },
    { utc: "2026-03-30T15:00:00Z", zone: BERLIN, shown: "Mon 30 Mar, 5:00 PM CEST" },
    { utc: "2026-03-13T11:30:00Z", zone: KOLKATA, shown: "Fri 13 Mar, 5:00 PM IST" },
    { utc: "2026-12-01T05:05:00Z", zone: "UTC", shown: "Tue 1 Dec, 5:05 AM UTC" },
    { utc: "2026-06-01T04:00:00Z", zone: NEW_YORK, shown: "Mon 1 Jun, 12:00 AM EDT" },
    { utc: "2026-06-01T16:00:00Z", zone: NEW_YORK, shown: "Mon 1 Jun, 12:00 PM EDT" },
    { utc: "2026-03-13T03:00:00Z", zone: "Asia/Tokyo", shown: "Fri 13 Mar, 12:00 PM GMT+9" },
  ])("$utc in $zone is $shown", ({ utc, zone, shown }) => {
    // Prepare / Act
    const text = formatInstant(parseInstant(utc), zone);

    // Assess
    expect(text).toBe(shown);
  });

  it.each([
    { date: "2026-01-31", shown: "Sat 31 Jan" },
    { date: "2026-02-01", shown: "Sun 1 Feb" },
    { date: "2026-12-31", shown: "Thu 31 Dec" },
    { date: "2028-02-29", shown: "Tue 29 Feb" },
  ])("formats the civil date $date with a 1-based month", ({ date, shown }) => {
    // Prepare
    const civil = parseCivilDate(date);
    if (!civil) throw new Error("bad fixture");

    // Act / Assess
    expect(formatDate(civil)).toBe(shown);
  });
});

describe("the year in a shown date", () => {
  // The owner's "today" decides; a date in another year, or over half a year away, shows its year.
  it.each([
    { date: "2026-03-13", today: "2026-03-02", shown: "Fri 13 Mar" }, // this year, near
    { date: "2026-12-31", today: "2026-12-02", shown: "Thu 31 Dec" }, // last day of this year
    { date: "2027-01-04", today: "2026-12-02", shown: "Mon 4 Jan 2027" }, // next year, a month away
    { date: "2025-12-30", today: "2026-01-02", shown: "Tue 30 Dec 2025" }, // last year, three days ago
    { date: "2026-03-13", today: "2027-01-10", shown: "Fri 13 Mar 2026" }, // passed, another year
    { date: "2026-03-13", today: "2026-12-02", shown: "Fri 13 Mar 2026" }, // passed nine months ago
    { date: "2026-06-01", today: "2026-12-01", shown: "Mon 1 Jun" }, // six months ago: still plain
    { date: "2026-03-13", today: null, shown: "Fri 13 Mar" }, // no today given: as before
  ])("$date seen on $today reads $shown", ({ date, today, shown }) => {
    // Prepare
    const civil = parseCivilDate(date);
    const todayCivil = today ? parseCivilDate(today) : undefined;
    if (!civil || todayCivil === null) throw new Error("bad fixture");

    // Act / Assess
    expect(formatDate(civil, todayCivil)).toBe(shown);
  });

  it.each([
    // New Year's Eve in New York is already the next year in UTC: the owner's zone decides "this year".
    { at: "2027-01-01T04:30:00Z", now: "2027-01-01T04:00:00Z", zone: NEW_YORK, shown: "Thu 31 Dec, 11:30 PM EST" },
    { at: "2027-01-01T04:30:00Z", now: "2027-01-01T06:00:00Z", zone: BERLIN, shown: "Fri 1 Jan, 5:30 AM CET" },
    { at: "2026-03-13T21:00:00Z", now: "2026-12-02T12:00:00Z", zone: NEW_YORK, shown: "Fri 13 Mar 2026, 5:00 PM EDT" },
  ])("$at seen at $now in $zone reads $shown", ({ at, now, zone, shown }) => {
    expect(formatInstant(parseInstant(at), zone, parseInstant(now))).toBe(shown);
  });

  it("shows a date-only deadline's year the same way", () => {
    const deadline = parseDeadline("2026-03-13", NEW_YORK);
    expect(formatDeadline(deadline, NEW_YORK, parseInstant("2026-03-02T12:00:00Z"))).toBe("Fri 13 Mar");
    expect(formatDeadline(deadline, NEW_YORK, parseInstant("2026-12-02T12:00:00Z"))).toBe("Fri 13 Mar 2026");
  });
});
