// Human formatting in the owner's zone: "Fri 13 Mar, 5:00 PM EDT". Built from Intl parts rather than a
// locale's whole string so the shape is the same on every Node/ICU build.
import { type CivilDate, weekdayOf } from "./civil";
import type { Deadline } from "./deadline";
import { toLocal } from "./zone";

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
// en-US names US zones (EDT), en-GB European ones (CET), en-IN/en-AU theirs (IST, AEDT); else "GMT+9".
const ABBREVIATION_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU"] as const;

/** "Fri 13 Mar" (month is 1-based here, like everywhere in CivilDate). */
export function formatDate(date: CivilDate): string {
  return `${WEEKDAY_NAMES[weekdayOf(date)]} ${date.day} ${MONTH_NAMES[date.month - 1]}`;
}

/** "5:00 PM" */
export function formatClock(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
}

/** "Fri 13 Mar, 5:00 PM EDT" */
export function formatInstant(ms: number, zone: string): string {
  const local = toLocal(ms, zone);
  return `${formatDate(local)}, ${formatClock(local.hour, local.minute)} ${zoneAbbreviation(ms, zone)}`;
}

/** A date-only deadline reads "Fri 13 Mar"; a timed one "Fri 13 Mar, 5:00 PM EDT". */
export function formatDeadline(deadline: Deadline, zone: string): string {
  return deadline.dateOnly ? formatDate(deadline.date) : formatInstant(deadline.endsAt, zone);
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
