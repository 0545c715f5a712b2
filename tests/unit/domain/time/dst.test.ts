// DST gaps and repeated hours, one table for every reader of a wall-clock time (STYLE rule 8). The rule
// (functions/domain/time/zone.ts): a skipped time moves forward by the length of the gap, like
// Temporal's "compatible" disambiguation; a repeated time takes the earlier offset unless the
// caller asks for the later one. Whatever reads a local time (the owner's settings, a date in a
// message, a calendar invite) must land on the same instant.
import { describe, expect, it } from "vitest";
import { findDatePhrases } from "../../../../functions/domain/extract/date-phrases";
import { fromLocal, isoInZone, type LocalDateTime } from "../../../../functions/domain/time";
import { readCalendar } from "../../../../functions/mail/calendar";

interface Case {
  zone: string;
  /** Owner-local wall clock, "YYYY-MM-DD HH:MM". */
  wall: string;
  what: "gap" | "repeated" | "no change";
  /** The instant chosen by default, as ISO with the offset in force then. */
  earlier: string;
  /** The instant with disambiguation "later" (the same as `earlier` outside a repeated hour). */
  later: string;
}

const CASES: Case[] = [
  // US: 8 Mar 2026 02:00 -> 03:00, 1 Nov 2026 02:00 -> 01:00
  {
    zone: "America/New_York",
    wall: "2026-03-08 02:30",
    what: "gap",
    earlier: "2026-03-08T03:30:00-04:00",
    later: "2026-03-08T03:30:00-04:00",
  },
  {
    zone: "America/New_York",
    wall: "2026-11-01 01:30",
    what: "repeated",
    earlier: "2026-11-01T01:30:00-04:00",
    later: "2026-11-01T01:30:00-05:00",
  },
  {
    zone: "America/Los_Angeles",
    wall: "2026-03-08 02:00",
    what: "gap",
    earlier: "2026-03-08T03:00:00-07:00",
    later: "2026-03-08T03:00:00-07:00",
  },
  {
    zone: "America/Los_Angeles",
    wall: "2026-11-01 01:00",
    what: "repeated",
    earlier: "2026-11-01T01:00:00-07:00",
    later: "2026-11-01T01:00:00-08:00",
  },
  // EU: 29 Mar 2026 01:00 UTC, 25 Oct 2026 01:00 UTC
  {
    zone: "Europe/Berlin",
    wall: "2026-03-29 02:30",
    what: "gap",
    earlier: "2026-03-29T03:30:00+02:00",
    later: "2026-03-29T03:30:00+02:00",
  },
  {
    zone: "Europe/Berlin",
    wall: "2026-10-25 02:30",
    what: "repeated",
    earlier: "2026-10-25T02:30:00+02:00",
    later: "2026-10-25T02:30:00+01:00",
  },
  {
    zone: "Europe/London",
    wall: "2026-03-29 01:30",
    what: "gap",
    earlier: "2026-03-29T02:30:00+01:00",
    later: "2026-03-29T02:30:00+01:00",
  },
  {
    zone: "Europe/London",
    wall: "2026-10-25 01:30",
    what: "repeated",
    earlier: "2026-10-25T01:30:00+01:00",
    later: "2026-10-25T01:30:00+00:00",
  },
  // Dublin's tz rules call summer time standard and winter a negative DST: the same instants as London.
  {
    zone: "Europe/Dublin",
    wall: "2026-03-29 01:15",
    what: "gap",
    earlier: "2026-03-29T02:15:00+01:00",
    later: "2026-03-29T02:15:00+01:00",
  },
  {
    zone: "Europe/Dublin",
    wall: "2026-10-25 01:15",
    what: "repeated",
    earlier: "2026-10-25T01:15:00+01:00",
    later: "2026-10-25T01:15:00+00:00",
  },
  // Southern hemisphere: summer time ends 5 Apr 2026 03:00 -> 02:00, starts 4 Oct 2026 02:00 -> 03:00.
  {
    zone: "Australia/Sydney",
    wall: "2026-04-05 02:30",
    what: "repeated",
    earlier: "2026-04-05T02:30:00+11:00",
    later: "2026-04-05T02:30:00+10:00",
  },
  {
    zone: "Australia/Sydney",
    wall: "2026-10-04 02:30",
    what: "gap",
    earlier: "2026-10-04T03:30:00+11:00",
    later: "2026-10-04T03:30:00+11:00",
  },
  // Half-hour DST: the gap and the repeat last 30 minutes.
  {
    zone: "Australia/Lord_Howe",
    wall: "2026-04-05 01:45",
    what: "repeated",
    earlier: "2026-04-05T01:45:00+11:00",
    later: "2026-04-05T01:45:00+10:30",
  },
  {
    zone: "Australia/Lord_Howe",
    wall: "2026-10-04 02:15",
    what: "gap",
    earlier: "2026-10-04T02:45:00+11:00",
    later: "2026-10-04T02:45:00+11:00",
  },
  // No DST: the same wall clock on the US change night is an ordinary time.
  {
    zone: "Asia/Kolkata",
    wall: "2026-03-08 02:30",
    what: "no change",
    earlier: "2026-03-08T02:30:00+05:30",
    later: "2026-03-08T02:30:00+05:30",
  },
];

function wallOf(text: string): LocalDateTime {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = text.split(/[- :]/).map(Number);
  return { year, month, day, hour, minute, second: 0 };
}

const clock12 = ({ hour, minute }: LocalDateTime) =>
  `${hour % 12 || 12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
const MONTHS = "January February March April May June July August September October November December".split(" ");

describe("a local time on a DST change night", () => {
  it.each(CASES)("$zone $wall ($what): time module", ({ zone, wall, earlier, later }) => {
    // Act
    const first = fromLocal(wallOf(wall), zone);
    const second = fromLocal(wallOf(wall), zone, "later");

    // Assess
    expect(isoInZone(first, zone)).toBe(earlier);
    expect(first).toBe(Date.parse(earlier));
    expect(isoInZone(second, zone)).toBe(later);
    expect(second).toBe(Date.parse(later));
  });

  it.each(CASES)("$zone $wall ($what): calendar invite with that TZID", ({ zone, wall, earlier }) => {
    // Prepare
    const stamp = wall.replace(/[-:]/g, "").replace(" ", "T");
    const ics = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", `DTSTART;TZID=${zone}:${stamp}00`, "END:VEVENT", "END:VCALENDAR"];

    // Act
    const start = readCalendar(ics.join("\r\n"), "UTC")?.start;

    // Assess
    expect(start).toBe(earlier);
  });

  it.each(CASES)("$zone $wall ($what): a date written in a message", ({ zone, wall, earlier }) => {
    // Prepare
    const local = wallOf(wall);
    const text = `The interview is on ${MONTHS[local.month - 1]} ${local.day}, ${local.year} at ${clock12(local)}.`;
    const frame = { referenceMs: Date.parse(`${local.year}-01-05T12:00:00Z`), zone, dayFirst: false };

    // Act
    const found = findDatePhrases(text, frame);

    // Assess
    expect(found.map((p) => p.value)).toEqual([earlier]);
  });
});
