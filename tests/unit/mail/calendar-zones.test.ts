import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../functions/mail/calendar";

// Zones as Outlook and Exchange write them: rules that start in 1601 and recur every year.
const ZONES: Record<string, string[]> = {
  eastern: [
    "BEGIN:STANDARD",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
    "END:DAYLIGHT",
  ],
  london: [
    "BEGIN:STANDARD",
    "DTSTART:16011028T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010325T010000",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
  ],
  // Southern hemisphere: daylight time spans the new year.
  sydney: [
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+1100",
    "TZOFFSETTO:+1000",
    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+1000",
    "TZOFFSETTO:+1100",
    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10",
    "END:DAYLIGHT",
  ],
  // Rules that end or skip years keep their whole history.
  historic: [
    "BEGIN:STANDARD",
    "DTSTART:19671029T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z",
    "END:STANDARD",
    "BEGIN:STANDARD",
    "DTSTART:20071104T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:19870405T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z",
    "END:DAYLIGHT",
    "BEGIN:DAYLIGHT",
    "DTSTART:20070311T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
  ],
};

function calendar(zone: string, start: string): string {
  return [
    "BEGIN:VCALENDAR",
    "METHOD:REQUEST",
    "BEGIN:VTIMEZONE",
    "TZID:Test Zone",
    ...(ZONES[zone] ?? []),
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    `DTSTART;TZID="Test Zone":${start}`,
    "SUMMARY:Interview",
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");
}

/** What ical.js alone reads, with the zone's whole history expanded. */
function untrimmed(ics: string): string {
  const root = new ICAL.Component(ICAL.parse(ics) as ConstructorParameters<typeof ICAL.Component>[0]);
  const time = root.getFirstSubcomponent("vevent")?.getFirstPropertyValue("dtstart");
  if (!(time instanceof ICAL.Time)) throw new Error("no start");
  const offset = time.zone?.utcOffset(time) ?? 0;
  const ms = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) - offset * 1000;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset) / 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  const local = new Date(ms + offset * 1000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Every hour of the days around each month's turn and of each Sunday in the change months. */
function starts(year: number): string[] {
  const out: string[] = [];
  const pad = (n: number) => String(n).padStart(2, "0");
  for (let month = 1; month <= 12; month += 1) {
    const days = [1, 2, 15, 28];
    for (let day = 1; day <= 31; day += 1) {
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() === month - 1 && date.getUTCDay() === 0 && [3, 4, 10, 11].includes(month)) days.push(day);
    }
    for (const day of days)
      for (const hour of [1, 2, 3, 12]) out.push(`${year}${pad(month)}${pad(day)}T${pad(hour)}3000`);
  }
  return out;
}

describe("zone rules cut to the event's years", () => {
  it.each(Object.keys(ZONES))(
    "%s: every offset is the one the whole history gives",
    (zone) => {
      for (const year of [2021, 2026, 2031]) {
        for (const start of starts(year)) {
          const ics = calendar(zone, start);
          expect(readCalendar(ics, "America/New_York")?.start, `${zone} ${start}`).toBe(untrimmed(ics));
        }
      }
    },
    120_000,
  );
});
