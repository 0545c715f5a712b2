import { describe, expect, it } from "vitest";
import { formatCivilDate, fromLocal, localDateOf, toLocal } from "../../../../functions/domain/time";
import { BERLIN, KOLKATA, NEW_YORK } from "../builders";

const at = (value: string) => Date.parse(value);
const iso = (ms: number) => new Date(ms).toISOString();

describe("toLocal", () => {
  it.each([
    // month boundaries: the local month must be 1-based and roll over in the owner's zone, not UTC's
    { utc: "2026-03-31T23:30:00Z", zone: NEW_YORK, local: "2026-03-31 19:30", offset: -240 },
    { utc: "2026-03-31T23:30:00Z", zone: BERLIN, local: "2026-04-01 01:30", offset: 120 },
    { utc: "2026-03-31T19:00:00Z", zone: KOLKATA, local: "2026-04-01 00:30", offset: 330 },
    { utc: "2026-01-01T03:00:00Z", zone: NEW_YORK, local: "2025-12-31 22:00", offset: -300 },
    { utc: "2025-12-31T23:00:00Z", zone: BERLIN, local: "2026-01-01 00:00", offset: 60 },
    { utc: "2028-02-29T12:00:00Z", zone: KOLKATA, local: "2028-02-29 17:30", offset: 330 },
    { utc: "2026-02-28T23:59:00Z", zone: NEW_YORK, local: "2026-02-28 18:59", offset: -300 },
    { utc: "2026-03-01T00:30:00Z", zone: BERLIN, local: "2026-03-01 01:30", offset: 60 },
    // DST: US spring forward 8 Mar 2026, fall back 1 Nov; EU 29 Mar and 25 Oct
    { utc: "2026-03-08T06:59:00Z", zone: NEW_YORK, local: "2026-03-08 01:59", offset: -300 },
    { utc: "2026-03-08T07:00:00Z", zone: NEW_YORK, local: "2026-03-08 03:00", offset: -240 },
    { utc: "2026-11-01T05:30:00Z", zone: NEW_YORK, local: "2026-11-01 01:30", offset: -240 },
    { utc: "2026-11-01T06:30:00Z", zone: NEW_YORK, local: "2026-11-01 01:30", offset: -300 },
    { utc: "2026-03-29T00:59:00Z", zone: BERLIN, local: "2026-03-29 01:59", offset: 60 },
    { utc: "2026-03-29T01:00:00Z", zone: BERLIN, local: "2026-03-29 03:00", offset: 120 },
    { utc: "2026-10-25T00:30:00Z", zone: BERLIN, local: "2026-10-25 02:30", offset: 120 },
    { utc: "2026-10-25T01:30:00Z", zone: BERLIN, local: "2026-10-25 02:30", offset: 60 },
  ])("$utc in $zone is $local", ({ utc, zone, local, offset }) => {
    // Prepare
    const instant = at(utc);

    // Act
    const parts = toLocal(instant, zone);

    // Assess
    const text = `${formatCivilDate(parts)} ${String(parts.hour).padStart(2, "0")}:${String(parts.minute).padStart(2, "0")}`;
    expect(text).toBe(local);
    expect(parts.offsetMinutes).toBe(offset);
  });

  it("gives the owner-local weekday and date, not UTC's", () => {
    // Prepare: Friday 13 Mar 2026, 22:00 in New York is already Saturday in UTC
    const instant = at("2026-03-14T02:00:00Z");

    // Act
    const parts = toLocal(instant, NEW_YORK);

    // Assess
    expect(parts.weekday).toBe(5);
    expect(formatCivilDate(localDateOf(instant, NEW_YORK))).toBe("2026-03-13");
  });
});

describe("fromLocal", () => {
  it.each([
    { local: [2026, 3, 13, 17, 0], zone: NEW_YORK, utc: "2026-03-13T21:00:00.000Z" },
    { local: [2026, 1, 13, 17, 0], zone: NEW_YORK, utc: "2026-01-13T22:00:00.000Z" },
    { local: [2026, 3, 13, 17, 0], zone: BERLIN, utc: "2026-03-13T16:00:00.000Z" },
    { local: [2026, 7, 13, 17, 0], zone: BERLIN, utc: "2026-07-13T15:00:00.000Z" },
    { local: [2026, 3, 13, 17, 0], zone: KOLKATA, utc: "2026-03-13T11:30:00.000Z" },
    { local: [2026, 12, 31, 23, 30], zone: NEW_YORK, utc: "2027-01-01T04:30:00.000Z" },
    { local: [2026, 1, 1, 0, 30], zone: BERLIN, utc: "2025-12-31T23:30:00.000Z" },
    // the whole of March: a one-month shift (zero-based month bug) would land in April
    { local: [2026, 3, 1, 9, 0], zone: NEW_YORK, utc: "2026-03-01T14:00:00.000Z" },
    { local: [2026, 3, 31, 9, 0], zone: NEW_YORK, utc: "2026-03-31T13:00:00.000Z" },
    // non-existent local times move forward by the gap
    { local: [2026, 3, 8, 2, 30], zone: NEW_YORK, utc: "2026-03-08T07:30:00.000Z" },
    { local: [2026, 3, 29, 2, 30], zone: BERLIN, utc: "2026-03-29T01:30:00.000Z" },
    // ambiguous local times resolve to the earlier instant
    { local: [2026, 11, 1, 1, 30], zone: NEW_YORK, utc: "2026-11-01T05:30:00.000Z" },
    { local: [2026, 10, 25, 2, 30], zone: BERLIN, utc: "2026-10-25T00:30:00.000Z" },
  ])("$local in $zone is $utc", ({ local, zone, utc }) => {
    // Prepare
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = local;

    // Act
    const instant = fromLocal({ year, month, day, hour, minute, second: 0 }, zone);

    // Assess
    expect(iso(instant)).toBe(utc);
  });

  it.each([
    { local: [2026, 11, 1, 1, 30], zone: NEW_YORK, utc: "2026-11-01T06:30:00.000Z" },
    { local: [2026, 10, 25, 2, 30], zone: BERLIN, utc: "2026-10-25T01:30:00.000Z" },
    { local: [2026, 6, 1, 12, 0], zone: BERLIN, utc: "2026-06-01T10:00:00.000Z" },
  ])("picks the later instant of $local in $zone when asked", ({ local, zone, utc }) => {
    // Prepare
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = local;

    // Act
    const instant = fromLocal({ year, month, day, hour, minute, second: 0 }, zone, "later");

    // Assess
    expect(iso(instant)).toBe(utc);
  });

  it.each([NEW_YORK, BERLIN, KOLKATA])("round-trips every hour of 2026 in %s", (zone) => {
    // Prepare
    const start = at("2026-01-01T00:00:00Z");
    const mismatches: string[] = [];

    // Act
    for (let ms = start; ms < start + 365 * 86_400_000; ms += 3_600_000) {
      const local = toLocal(ms, zone);
      const back = fromLocal(
        local,
        zone,
        local.offsetMinutes === toLocal(ms - 3_600_000, zone).offsetMinutes ? "earlier" : "later",
      );
      const sameWall = toLocal(back, zone);
      if (sameWall.hour !== local.hour || sameWall.day !== local.day || sameWall.month !== local.month) {
        mismatches.push(iso(ms));
      }
    }

    // Assess
    expect(mismatches).toEqual([]);
  });
});
