import { describe, expect, it } from "vitest";
import { findDatePhrases, parseWrittenDate } from "../../../functions/domain/extract/date-phrases";
import { zoneFromName } from "../../../functions/domain/extract/time-zones";
import type { Zone } from "../../../functions/domain/time";

const NEW_YORK: Zone = "America/New_York";
const frame = (iso: string, zone: Zone = NEW_YORK, dayFirst = false) => ({
  referenceMs: Date.parse(iso),
  zone,
  dayFirst,
});

describe("findDatePhrases", () => {
  const cases = [
    {
      name: "explicit zone after US DST",
      text: "expires Friday, March 27, 2026 at 5:00 PM ET",
      ref: "2026-03-19T14:05:00-04:00",
      want: "2026-03-27T17:00:00-04:00",
    },
    {
      name: "explicit zone before US DST",
      text: "expires Friday, March 6, 2026 at 5:00 PM ET",
      ref: "2026-03-02T10:00:00-05:00",
      want: "2026-03-06T17:00:00-05:00",
    },
    {
      name: "relative weekday with CT in April",
      text: "confirmed for this Thursday at 3:00 pm CT",
      ref: "2026-04-06T09:14:00-05:00",
      want: "2026-04-09T15:00:00-05:00",
    },
    {
      name: "PT after DST",
      text: "extend your deadline to Wednesday, March 25 at 12:00 pm PT",
      ref: "2026-03-19T15:10:00-07:00",
      want: "2026-03-25T12:00:00-07:00",
    },
    {
      name: "date-only when no time",
      text: "Please sign and return it by Friday, May 1.",
      ref: "2026-04-27T16:02:00-05:00",
      want: "2026-05-01",
    },
    {
      name: "end of day is not a clock time",
      text: "your answer by end of day Friday",
      ref: "2026-03-16T11:32:00-07:00",
      want: "2026-03-20",
    },
    {
      name: "within 48 hours keeps the reference offset",
      text: "your decision within 48 hours",
      ref: "2026-04-14T15:37:12+00:00",
      zone: { kind: "fixed", offsetMinutes: 0 } as Zone,
      want: "2026-04-16T15:37:12+00:00",
    },
    {
      name: "end of next week is that Friday",
      text: "a decision by the end of next week",
      ref: "2026-03-12T17:26:00-04:00",
      want: "2026-03-20",
    },
    { name: "end of this week", text: "by the end of the week", ref: "2026-03-10T09:00:00-04:00", want: "2026-03-13" },
    { name: "month boundary", text: "by Monday", ref: "2026-04-30T09:00:00-04:00", want: "2026-05-04" },
    { name: "year boundary", text: "by Friday, January 2", ref: "2026-12-29T09:00:00-05:00", want: "2027-01-02" },
    {
      name: "time and date written apart",
      text: "at 14:30 (GMT+01:00) Europe/London on Monday 13 April 2026",
      ref: "2026-04-08T10:00:00-07:00",
      want: "2026-04-13T14:30:00+01:00",
    },
    {
      name: "IST",
      text: "Wednesday, 22 April 2026 at 8:30 PM IST",
      ref: "2026-04-16T18:22:00+05:30",
      want: "2026-04-22T20:30:00+05:30",
    },
    {
      name: "day-first for European senders",
      text: "by 03/04/2026",
      ref: "2026-03-20T09:00:00+00:00",
      zone: "Europe/London",
      dayFirst: true,
      want: "2026-04-03",
    },
    { name: "month-first otherwise", text: "by 03/04/2026", ref: "2026-02-20T09:00:00-05:00", want: "2026-03-04" },
    {
      name: "UK clocks change",
      text: "on Monday 30 March 2026 at 9:00 BST",
      ref: "2026-03-20T09:00:00+00:00",
      want: "2026-03-30T09:00:00+01:00",
    },
  ];

  it.each(cases)("$name", ({ text, ref, zone, dayFirst, want }) => {
    // Act
    const found = findDatePhrases(text, frame(ref, zone ?? NEW_YORK, dayFirst ?? false));

    // Assess
    expect(found[0]?.value).toBe(want);
  });

  const vague = [
    "the hiring team will meet early next week",
    "we're hoping to wrap things up over the next couple of weeks",
    "we'll reach out to them this week",
    "sometime next month",
    "as soon as possible",
    "",
  ];

  it.each(vague)("finds no date in %j", (text) => {
    expect(findDatePhrases(text, frame("2026-03-12T17:26:00-04:00"))).toEqual([]);
  });

  it("ignores an unusable reference", () => {
    expect(findDatePhrases("by Friday", { referenceMs: Number.NaN, zone: NEW_YORK, dayFirst: false })).toEqual([]);
  });
});

describe("parseWrittenDate (forward block dates)", () => {
  const cases = [
    { written: "Tue, Mar 3, 2026 at 10:41 AM", want: "2026-03-03T15:41:00.000Z" },
    { written: "March 3, 2026 at 4:55:31\u202fPM PST", want: "2026-03-04T00:55:31.000Z" },
    { written: "On Thursday, March 26th, 2026 at 3:41 PM", want: "2026-03-26T19:41:00.000Z" },
    { written: "Thursday, April 16, 2026 at 06:52:10 AM MDT", want: "2026-04-16T12:52:10.000Z" },
    { written: "Montag, 6. April 2026 09:14", want: "2026-04-06T13:14:00.000Z" },
    { written: "mercredi 6 mai 2026 14:02", want: "2026-05-06T18:02:00.000Z" },
  ];

  it.each(cases)("$written", ({ written, want }) => {
    const parsed = parseWrittenDate(written, NEW_YORK, Date.parse("2026-05-10T00:00:00Z"));
    expect(parsed && new Date(parsed.instantMs).toISOString()).toBe(want);
  });

  it.each(["", "yesterday-ish", "soon"])("gives null for %j", (written) => {
    expect(parseWrittenDate(written, NEW_YORK, Date.parse("2026-05-10T00:00:00Z"))).toBeNull();
  });
});

describe("zoneFromName", () => {
  it.each([
    ["America/Chicago", "America/Chicago"],
    ["Eastern Standard Time", "America/New_York"],
    ["PT", "America/Los_Angeles"],
    ["GMT+05:30", { kind: "fixed", offsetMinutes: 330 }],
    ["UTC-3", { kind: "fixed", offsetMinutes: -180 }],
  ])("%s", (name, want) => {
    expect(zoneFromName(name)).toEqual(want);
  });

  it.each(["", "Mars/Olympus", "GMT+99", "Nowhere Standard Time"])("rejects %j", (name) => {
    expect(zoneFromName(name)).toBeNull();
  });
});
