import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  businessMorningOnOrAfter,
  deferOutOfQuietHours,
  eveningBefore,
  formatCivilDate,
  isQuietTime,
  nextBusinessMorning,
  parseCivilDate,
  workdayStartOf,
} from "../../../../functions/domain/time";
import { BERLIN, KOLKATA, NEW_YORK, ownerIn } from "../builders";

const at = (value: string) => Date.parse(value);
const iso = (ms: number) => new Date(ms).toISOString();

describe("nextBusinessMorning", () => {
  it.each([
    // Friday missed → Monday 09:00, across the US spring-forward weekend (EST → EDT)
    { from: "2026-03-07T05:00:00Z", zone: NEW_YORK, expected: "2026-03-09T13:00:00.000Z" },
    // Friday evening, EU spring-forward weekend (CET → CEST)
    { from: "2026-03-27T19:00:00Z", zone: BERLIN, expected: "2026-03-30T07:00:00.000Z" },
    // Tuesday 08:00 local: today's 09:00 is still ahead
    { from: "2026-03-10T12:00:00Z", zone: NEW_YORK, expected: "2026-03-10T13:00:00.000Z" },
    // exactly 09:00: strictly after → tomorrow
    { from: "2026-03-10T13:00:00Z", zone: NEW_YORK, expected: "2026-03-11T13:00:00.000Z" },
    // month boundary: Tue 31 Mar 10:00 → Wed 1 Apr
    { from: "2026-03-31T04:30:00Z", zone: KOLKATA, expected: "2026-04-01T03:30:00.000Z" },
    // year boundary: Thu 31 Dec 2026 afternoon → Fri 1 Jan 2027 (a weekday; holidays are not modelled)
    { from: "2026-12-31T20:00:00Z", zone: NEW_YORK, expected: "2027-01-01T14:00:00.000Z" },
    // US fall-back weekend: Fri 30 Oct → Mon 2 Nov 09:00 EST
    { from: "2026-10-30T22:00:00Z", zone: NEW_YORK, expected: "2026-11-02T14:00:00.000Z" },
  ])("after $from in $zone is $expected", ({ from, zone, expected }) => {
    // Prepare
    const owner = ownerIn(zone);

    // Act
    const morning = nextBusinessMorning(at(from), owner);

    // Assess
    expect(iso(morning)).toBe(expected);
  });

  it("uses the owner's workday start", () => {
    // Prepare
    const owner = ownerIn(BERLIN, { workdayStart: "08:30" });

    // Act
    const morning = nextBusinessMorning(at("2026-03-13T12:00:00Z"), owner);

    // Assess: Monday 16 Mar 08:30 CET
    expect(iso(morning)).toBe("2026-03-16T07:30:00.000Z");
  });

  // Settings that bypassed the owner schema (which rejects these): the planner must still not guess.
  it.each(["", "  "])("falls back to 09:00 for an empty workday start %j", (workdayStart) => {
    // Prepare / Act
    const start = workdayStartOf({ ...ownerIn(NEW_YORK), workdayStart });

    // Assess
    expect(start).toBe("09:00");
  });

  it.each(["9am", "25:00", "09:60"])("rejects a malformed workday start %j", (workdayStart) => {
    // Prepare / Act / Assess
    expect(() => workdayStartOf({ ...ownerIn(NEW_YORK), workdayStart })).toThrow(RangeError);
  });
});

describe("businessMorningOnOrAfter", () => {
  it.each([
    { from: "2026-03-13T13:00:00Z", expected: "2026-03-13T13:00:00.000Z" }, // exactly Fri 09:00 stays
    { from: "2026-03-14T15:00:00Z", expected: "2026-03-16T13:00:00.000Z" }, // Saturday → Monday
    { from: "2026-03-13T18:00:00Z", expected: "2026-03-16T13:00:00.000Z" }, // Friday afternoon → Monday
  ])("$from → $expected", ({ from, expected }) => {
    // Prepare / Act
    const morning = businessMorningOnOrAfter(at(from), ownerIn(NEW_YORK));

    // Assess
    expect(iso(morning)).toBe(expected);
  });
});

describe("quiet hours (21:00-07:00 owner-local)", () => {
  it.each([
    { when: "2026-03-14T00:59:00Z", zone: NEW_YORK, quiet: false, deferred: "2026-03-14T00:59:00.000Z" }, // 20:59 EDT
    { when: "2026-03-14T01:00:00Z", zone: NEW_YORK, quiet: true, deferred: "2026-03-14T11:00:00.000Z" }, // 21:00 → 07:00
    { when: "2026-03-14T09:30:00Z", zone: NEW_YORK, quiet: true, deferred: "2026-03-14T11:00:00.000Z" }, // 05:30 → 07:00
    { when: "2026-03-14T11:00:00Z", zone: NEW_YORK, quiet: false, deferred: "2026-03-14T11:00:00.000Z" }, // 07:00 is allowed
    // the night of the US change: 23:00 EST Saturday → 07:00 EDT Sunday
    { when: "2026-03-08T04:00:00Z", zone: NEW_YORK, quiet: true, deferred: "2026-03-08T11:00:00.000Z" },
    // the night of the EU change: 23:00 CET Saturday → 07:00 CEST Sunday
    { when: "2026-03-28T22:00:00Z", zone: BERLIN, quiet: true, deferred: "2026-03-29T05:00:00.000Z" },
    // last night of the month → first morning of the next
    { when: "2026-04-30T17:00:00Z", zone: KOLKATA, quiet: true, deferred: "2026-05-01T01:30:00.000Z" },
  ])("$when in $zone quiet=$quiet", ({ when, zone, quiet, deferred }) => {
    // Prepare
    const instant = at(when);

    // Act
    const isQuiet = isQuietTime(instant, zone);
    const moved = deferOutOfQuietHours(instant, zone);

    // Assess
    expect(isQuiet).toBe(quiet);
    expect(iso(moved)).toBe(deferred);
  });
});

describe("eveningBefore", () => {
  it.each([
    // interview Monday 9 Mar 10:00 EDT: Sunday 18:00 is already EDT
    { interview: "2026-03-09T14:00:00Z", zone: NEW_YORK, expected: "2026-03-08T22:00:00.000Z" },
    // interview Sunday 8 Mar 10:00 EDT: Saturday 18:00 was still EST
    { interview: "2026-03-08T14:00:00Z", zone: NEW_YORK, expected: "2026-03-07T23:00:00.000Z" },
    // interview 1 Apr 09:00 CEST → 31 Mar 18:00 CEST
    { interview: "2026-04-01T07:00:00Z", zone: BERLIN, expected: "2026-03-31T16:00:00.000Z" },
  ])("for $interview in $zone", ({ interview, zone, expected }) => {
    // Prepare / Act
    const evening = eveningBefore(at(interview), zone);

    // Assess
    expect(iso(evening)).toBe(expected);
  });
});

describe("addBusinessDays", () => {
  it.each([
    { from: "2026-03-13", n: -2, expected: "2026-03-11" },
    { from: "2026-03-16", n: -2, expected: "2026-03-12" }, // Monday - 2 → Thursday
    { from: "2026-03-02", n: -2, expected: "2026-02-26" }, // month boundary backwards
    { from: "2026-02-27", n: 1, expected: "2026-03-02" }, // Friday + 1 → Monday, next month
    { from: "2026-12-31", n: 2, expected: "2027-01-04" },
    { from: "2026-03-14", n: 1, expected: "2026-03-16" }, // from a Saturday
    { from: "2026-03-13", n: 0, expected: "2026-03-13" },
  ])("$from + $n = $expected", ({ from, n, expected }) => {
    // Prepare
    const date = parseCivilDate(from);
    if (!date) throw new Error("bad fixture");

    // Act
    const result = addBusinessDays(date, n);

    // Assess
    expect(formatCivilDate(result)).toBe(expected);
  });
});
