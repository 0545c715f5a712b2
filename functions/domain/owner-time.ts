// Owner-local dates for commands and owner emails: what the owner types ("friday 5pm") and what they read
// ("Fri 13 Mar, 5:00 PM EDT", the same shape as in nudges: built on functions/domain/time).
// Instants are stored as UTC ISO; date-only values ("YYYY-MM-DD") are calendar dates as stated.
import * as chrono from "chrono-node/en";
import {
  type CivilDate,
  dateInZone,
  deadlineOrNull,
  formatCivilDate,
  formatDate,
  formatDateFrom,
  formatDeadlineFrom,
  formatDeadline as formatDeadlineValue,
  formatInstantFrom,
  formatInstant as formatInstantMs,
  fromLocal,
  instantOrNull,
  isDateOnly as isCivilDateOnly,
  isoInZone,
  localDateOf,
  offsetMinutesAt,
} from "./time";

export function isDateOnly(value: string): boolean {
  return isCivilDateOnly(value);
}

/** Offset of `timezone` from UTC at `instant`, in minutes (New York in winter: -300). */
export function zoneOffsetMinutes(timezone: string, instant: Date): number {
  return offsetMinutesAt(instant.getTime(), timezone);
}

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

/** The instant at which the owner's clock shows `wall`, as ISO with the offset then in force. */
export function wallTimeToIso(wall: WallTime, timezone: string): string {
  return isoInZone(fromLocal({ ...wall, second: 0 }, timezone), timezone);
}

/** The owner's calendar date at `instant`, "YYYY-MM-DD". */
export function ownerDate(instant: Date, timezone: string): string {
  return dateInZone(instant.getTime(), timezone);
}

/**
 * Reads a natural-language date typed by the owner, relative to `now` in their zone (chrono takes
 * the zone as a minute offset). Returns "YYYY-MM-DD" when no time was given, else ISO with the
 * offset in force on that day; null when there is no date.
 */
export function parseOwnerDate(text: string, timezone: string, now: string): string | null {
  const instant = new Date(now);
  const result = chrono.parse(
    text,
    { instant, timezone: zoneOffsetMinutes(timezone, instant) },
    { forwardDate: true },
  )[0];
  if (!result) return null;
  const start = result.start;
  const year = start.get("year");
  const month = start.get("month");
  const day = start.get("day");
  if (year === null || month === null || day === null) return null;
  if (!start.isCertain("hour")) return formatCivilDate({ year, month, day });
  return wallTimeToIso({ year, month, day, hour: start.get("hour") ?? 0, minute: start.get("minute") ?? 0 }, timezone);
}

/**
 * "Fri 13 Mar, 5:00 PM EDT" in the owner's zone; the input as is when it is not an instant. With
 * `now`, a date in another year than now's carries its year ("Mon 4 Jan 2027").
 */
export function formatInstant(iso: string, timezone: string, now?: string): string {
  const ms = instantOrNull(iso);
  if (ms === null) return iso;
  const today = ownerToday(now, timezone);
  return today ? formatInstantFrom(ms, timezone, today) : formatInstantMs(ms, timezone);
}

/** "Fri 13 Mar" for a date-only value, else the instant in the owner's zone (year as above). */
export function formatDeadline(value: string, timezone: string, now?: string): string {
  const deadline = deadlineOrNull(value, timezone);
  if (!deadline) return value;
  const today = ownerToday(now, timezone);
  return today ? formatDeadlineFrom(deadline, timezone, today) : formatDeadlineValue(deadline, timezone);
}

/** "Fri 13 Mar" for a calendar date; with its year when not the year of `now` (owner-local). */
export function formatCalendarDate(date: CivilDate, timezone: string, now?: string): string {
  const today = ownerToday(now, timezone);
  return today ? formatDateFrom(date, today) : formatDate(date);
}

/** The owner's calendar date at `now` (UTC ISO), or undefined without one. */
export function ownerToday(now: string | undefined, timezone: string): CivilDate | undefined {
  const ms = instantOrNull(now);
  return ms === null ? undefined : localDateOf(ms, timezone);
}
