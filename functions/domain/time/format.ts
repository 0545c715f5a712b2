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

/** "Fri 13 Mar", with the year as formatDate says for `reference` (the owner's date today). */
export function formatDateFrom(date: CivilDate, reference: CivilDate): string {
  return formatDate(date, reference);
}

/** "5:00 PM" */
export function formatClock(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
}

/** "Fri 13 Mar, 5:00 PM EDT"; with the year as formatDate says when `nowMs` is given. */
export function formatInstant(ms: number, zone: string, nowMs?: number): string {
  return formatInstantFrom(ms, zone, nowMs === undefined ? undefined : localDateOf(nowMs, zone));
}

/** A date-only deadline reads "Fri 13 Mar"; a timed one "Fri 13 Mar, 5:00 PM EDT"; years as formatDate says. */
export function formatDeadline(deadline: Deadline, zone: string, nowMs?: number): string {
  return formatDeadlineFrom(deadline, zone, nowMs === undefined ? undefined : localDateOf(nowMs, zone));
}

const abbreviationFormatters = new Map<string, Intl.DateTimeFormat>();

function abbreviationFormatter(locale: string, zone: string): Intl.DateTimeFormat {
  const key = `${locale} ${zone}`;
  let formatter = abbreviationFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" });
    abbreviationFormatters.set(key, formatter);
  }
  return formatter;
}

/** Like formatInstant, with the year as formatDate says for `reference`: "Fri 13 Mar 2026, 5:00 PM EDT". */
export function formatInstantFrom(ms: number, zone: string, reference?: CivilDate): string {
  const local = toLocal(ms, zone);
  return `${formatDate(local, reference)}, ${formatClock(local.hour, local.minute)} ${zoneAbbreviation(ms, zone)}`;
}

/** Like formatDeadline, with the year as formatDate says for `reference`. */
export function formatDeadlineFrom(deadline: Deadline, zone: string, reference?: CivilDate): string {
  return deadline.dateOnly ? formatDate(deadline.date, reference) : formatInstantFrom(deadline.endsAt, zone, reference);
}

/** "EDT", "CET", "IST"; "GMT+9" where no locale has a name for the zone. */
export function zoneAbbreviation(ms: number, zone: string): string {
  let fallback = "";
  for (const locale of ABBREVIATION_LOCALES) {
    const name = abbreviationFormatter(locale, zone)
      .formatToParts(new Date(ms))
      .find((p) => p.type === "timeZoneName")?.value;
    if (!name) continue;
    if (!/^GMT[+-]/.test(name)) return name;
    fallback ||= name;
  }
  return fallback || zone;
}

const FULL_WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const FULL_MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "Monday 6 April" as people write a date in a letter; "Monday 4 January 2027" outside `reference`'s year. */
export function formatLongDate(date: CivilDate, reference?: CivilDate): string {
  const year = reference && reference.year !== date.year ? ` ${date.year}` : "";
  return `${FULL_WEEKDAY_NAMES[weekdayOf(date)]} ${date.day} ${FULL_MONTH_NAMES[date.month - 1]}${year}`;
}

/** "Friday 17 April" or "Friday 17 April at 5:00 PM EDT": a deadline as a letter states it. */
export function formatLongDeadline(deadline: Deadline, zone: string, reference?: CivilDate): string {
  const day = formatLongDate(deadline.date, reference);
  if (deadline.dateOnly) return day;
  const local = toLocal(deadline.endsAt, zone);
  return `${day} at ${formatClock(local.hour, local.minute)} ${zoneAbbreviation(deadline.endsAt, zone)}`;
}
