// Human formatting in the owner's zone: "Fri 13 Mar, 5:00 PM EDT". Built from Intl parts rather than a
// locale's whole string so the shape is the same on every Node/ICU build.
import { type CivilDate, toDayNumber, weekdayOf } from "./civil";
import type { Deadline } from "./deadline";
import { localDateOf, toLocal } from "./zone";

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
// en-US names US zones (EDT), en-GB European ones (CET), en-IN/en-AU theirs (IST, AEDT); else "GMT+9".
const ABBREVIATION_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU"] as const;

/** Half a year: further from today than this, "13 Mar" could be read as the other 13 March. */
const YEARLESS_DAYS = 183;

/**
 * "Fri 13 Mar" (month is 1-based here, like everywhere in CivilDate). Given `today` (the owner's
 * date now), a date in another year, or more than half a year away, shows its year: "Fri 13 Mar
 * 2026", so a deadline that passed in March does not read like the coming one in December.
 */
export function formatDate(date: CivilDate, today?: CivilDate): string {
  const short = `${WEEKDAY_NAMES[weekdayOf(date)]} ${date.day} ${MONTH_NAMES[date.month - 1]}`;
  return today && needsYear(date, today) ? `${short} ${date.year}` : short;
}

function needsYear(date: CivilDate, today: CivilDate): boolean {
  return date.year !== today.year || Math.abs(toDayNumber(date) - toDayNumber(today)) > YEARLESS_DAYS;
}

/** "5:00 PM" */
export function formatClock(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
}

/** "Fri 13 Mar, 5:00 PM EDT"; with the year as formatDate says when `nowMs` is given. */
export function formatInstant(ms: number, zone: string, nowMs?: number): string {
  const local = toLocal(ms, zone);
  const today = nowMs === undefined ? undefined : localDateOf(nowMs, zone);
  return `${formatDate(local, today)}, ${formatClock(local.hour, local.minute)} ${zoneAbbreviation(ms, zone)}`;
}

/** A date-only deadline reads "Fri 13 Mar"; a timed one "Fri 13 Mar, 5:00 PM EDT"; years as formatDate says. */
export function formatDeadline(deadline: Deadline, zone: string, nowMs?: number): string {
  if (!deadline.dateOnly) return formatInstant(deadline.endsAt, zone, nowMs);
  return formatDate(deadline.date, nowMs === undefined ? undefined : localDateOf(nowMs, zone));
}

/** "EDT", "CET", "IST"; "GMT+9" where no locale has a name for the zone. */
export function zoneAbbreviation(ms: number, zone: string): string {
  let fallback = "";
  for (const locale of ABBREVIATION_LOCALES) {
    const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" })
      .formatToParts(new Date(ms))
      .find((p) => p.type === "timeZoneName")?.value;
    if (!name) continue;
    if (!/^GMT[+-]/.test(name)) return name;
    fallback ||= name;
  }
  return fallback || zone;
}
