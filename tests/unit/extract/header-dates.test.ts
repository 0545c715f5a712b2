// header-dates.ts: Date headers and forward-block date lines read without chrono.
import { describe, expect, it } from "vitest";
import { parseWrittenDate } from "../../../functions/domain/extract/date-phrases";
import { parseRfc2822Date, readHeaderDate } from "../../../functions/domain/extract/header-dates";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe("parseRfc2822Date", () => {
  it.each([
    ["Tue, 3 Mar 2026 10:41:00 -0500", "2026-03-03T15:41:00.000Z"],
    ["Thu, 16 Apr 2026 10:00:00 +0200", "2026-04-16T08:00:00.000Z"],
    ["Thu, 05 Mar 2026 16:20:43 +0000 (UTC)", "2026-03-05T16:20:43.000Z"],
    // +0530 and +0545: offsets with minutes.
    ["Mon, 6 Apr 2026 09:14:00 +0530", "2026-04-06T03:44:00.000Z"],
    ["Mon, 6 Apr 2026 09:14:00 +0545", "2026-04-06T03:29:00.000Z"],
  ])("reads %j with its offset", (header, want) => {
    expect(iso(parseRfc2822Date(header))).toBe(want);
  });

  it.each([
    ["Tue, 3 Mar 2026 10:41:00 EST", "2026-03-03T15:41:00.000Z"],
    ["Tue, 3 Mar 2026 10:41:00 PDT", "2026-03-03T17:41:00.000Z"],
    ["Tue, 3 Mar 2026 10:41:00 UT", "2026-03-03T10:41:00.000Z"],
    ["Tue, 3 Mar 2026 10:41:00 GMT", "2026-03-03T10:41:00.000Z"],
  ])("reads the obsolete zone name in %j", (header, want) => {
    expect(iso(parseRfc2822Date(header))).toBe(want);
  });

  it.each([
    // No weekday, no seconds.
    ["3 Mar 2026 10:41 -0500", "2026-03-03T15:41:00.000Z"],
    // Two-digit years: 00-49 are this century, 50-99 the last (RFC 5322 4.3).
    ["Tue, 3 Mar 26 10:41:00 -0500", "2026-03-03T15:41:00.000Z"],
    ["Wed, 3 Mar 99 10:41:00 +0000", "1999-03-03T10:41:00.000Z"],
    // "-0000" says nothing of the writer's zone: the time is UTC.
    ["Tue, 3 Mar 2026 10:41:00 -0000", "2026-03-03T10:41:00.000Z"],
  ])("reads the obsolete form %j", (header, want) => {
    expect(iso(parseRfc2822Date(header))).toBe(want);
  });

  it.each(["", "yesterday", "Tue, 31 Feb 2026 10:00:00 +0000", "Tue, 3 Mar 2026 25:00:00 +0000", "Tue, 3 Mar 2026"])(
    "gives null for %j",
    (header) => {
      expect(parseRfc2822Date(header)).toBeNull();
    },
  );
});

describe("readHeaderDate (forward-block lines)", () => {
  it.each([
    ["Tue, Mar 3, 2026 at 10:41 AM", [2026, 3, 3, 10, 41]],
    ["Thursday, March 26th, 2026 at 3:41 PM", [2026, 3, 26, 15, 41]],
    ["Wednesday, April 22, 2026 12:05 AM", [2026, 4, 22, 0, 5]],
    ["Wednesday, April 22, 2026 12:05 PM", [2026, 4, 22, 12, 5]],
    ["Montag, 6. April 2026 09:14", [2026, 4, 6, 9, 14]],
    ["Di., 28. Apr. 2026 um 16:03 Uhr", [2026, 4, 28, 16, 3]],
    ["mercredi 6 mai 2026 14:02", [2026, 5, 6, 14, 2]],
    ["viernes, 20 de marzo de 2026 9:41", [2026, 3, 20, 9, 41]],
    ["lun, 13 abr 2026 a las 10:05", [2026, 4, 13, 10, 5]],
    ["vrijdag 20 maart 2026 09:41<br>", [2026, 3, 20, 9, 41]],
    ["15 April 2026 at 10:02:31 BST", [2026, 4, 15, 10, 2]],
  ])("reads %j", (line, [year, month, day, hour, minute]) => {
    expect(readHeaderDate(line)).toMatchObject({ year, month, day, hour, minute, hasTime: true });
  });

  it("implies noon for a line with no time, as chrono does", () => {
    expect(readHeaderDate("Wednesday, April 22, 2026")).toMatchObject({ day: 22, hour: 12, hasTime: false });
  });

  it.each(["26.03.2026", "jeudi 23 avril 2026 à 15h00, heure de Paris (soit 14h00 à Dublin)", "Sent from my phone"])(
    "leaves %j to chrono",
    (line) => {
      expect(readHeaderDate(line)).toBeNull();
    },
  );
});

describe("parseWrittenDate with header-dates", () => {
  const REFERENCE = Date.parse("2026-05-10T00:00:00Z");

  it("takes the wall-clock time in the zone the line names in words", () => {
    const parsed = parseWrittenDate("15 April 2026 at 10:02:31 BST", "America/New_York", REFERENCE);
    expect(parsed && { at: iso(parsed.instantMs), zone: parsed.zone, stated: parsed.stated }).toEqual({
      at: "2026-04-15T09:02:31.000Z",
      zone: "Europe/London",
      stated: true,
    });
  });

  it("takes it in the fallback zone when the line names none, on either side of a DST change", () => {
    expect(iso(parseWrittenDate("Fri, Mar 6, 2026 at 9:00 AM", "America/New_York", REFERENCE)?.instantMs ?? null)).toBe(
      "2026-03-06T14:00:00.000Z",
    );
    expect(iso(parseWrittenDate("Mon, Mar 9, 2026 at 9:00 AM", "America/New_York", REFERENCE)?.instantMs ?? null)).toBe(
      "2026-03-09T13:00:00.000Z",
    );
  });

  it("still reads with chrono what header-dates leaves ('26.03.2026')", () => {
    expect(iso(parseWrittenDate("26.03.2026", "UTC", REFERENCE)?.instantMs ?? null)).toBe("2026-03-26T12:00:00.000Z");
  });
});
