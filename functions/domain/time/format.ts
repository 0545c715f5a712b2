// Human formatting in the owner's zone: "Fri 13 Mar, 5:00 PM EDT". Built from Intl parts rather than a
// locale's whole string so the shape is the same on every Node/ICU build.
import { type CivilDate, weekdayOf } from "./civil";
import type { Deadline } from "./deadline";
import { localDateOf, toLocal } from "./zone";

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
// en-US names US zones (EDT), en-GB European ones (CET), en-IN/en-AU theirs (IST, AEDT); else "GMT+9".
const ABBREVIATION_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU"] as const;

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

/**
 * "Fri 13 Mar" (month is 1-based here, like everywhere in CivilDate); "Fri 13 Mar 2027" when a
 * reference date is given and the year is not the reference's (a date next January read in December).
 */
export function formatDate(date: CivilDate, reference?: CivilDate): string {
  return `${WEEKDAY_NAMES[weekdayOf(date)]} ${date.day} ${MONTH_NAMES[date.month - 1]}${yearUnlike(date, reference)}`;
}

/** "Monday 6 April" as people write a date in a letter; with the year when it is not the reference's. */
export function formatLongDate(date: CivilDate, reference?: CivilDate): string {
  return `${FULL_WEEKDAY_NAMES[weekdayOf(date)]} ${date.day} ${FULL_MONTH_NAMES[date.month - 1]}${yearUnlike(date, reference)}`;
}

function yearUnlike(date: CivilDate, reference: CivilDate | undefined): string {
  return reference && reference.year !== date.year ? ` ${date.year}` : "";
}

/** "5:00 PM" */
export function formatClock(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
}

/** "Fri 13 Mar, 5:00 PM EDT"; with the year when it is not the year of `referenceMs` (owner-local). */
export function formatInstant(ms: number, zone: string, referenceMs?: number): string {
  const local = toLocal(ms, zone);
  const reference = referenceMs === undefined ? undefined : localDateOf(referenceMs, zone);
  return `${formatDate(local, reference)}, ${formatClock(local.hour, local.minute)} ${zoneAbbreviation(ms, zone)}`;
}

/** A date-only deadline reads "Fri 13 Mar"; a timed one "Fri 13 Mar, 5:00 PM EDT" (year as above). */
export function formatDeadline(deadline: Deadline, zone: string, referenceMs?: number): string {
  if (!deadline.dateOnly) return formatInstant(deadline.endsAt, zone, referenceMs);
  return formatDate(deadline.date, referenceMs === undefined ? undefined : localDateOf(referenceMs, zone));
}

/** "Friday 17 April" or "Friday 17 April at 5:00 PM EDT": a deadline as a letter states it. */
export function formatLongDeadline(deadline: Deadline, zone: string, referenceMs?: number): string {
  const reference = referenceMs === undefined ? undefined : localDateOf(referenceMs, zone);
  const day = formatLongDate(deadline.date, reference);
  if (deadline.dateOnly) return day;
  const local = toLocal(deadline.endsAt, zone);
  return `${day} at ${formatClock(local.hour, local.minute)} ${zoneAbbreviation(deadline.endsAt, zone)}`;
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
