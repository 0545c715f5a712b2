// Wall clocks in a zone, both directions, DST-correct: the only code in jobnudge that does zone
// arithmetic. A zone is an IANA name (the owner's setting, or what a zone word in a message maps to)
// or a fixed offset a message states ("+0530" in its Date header, "GMT-3"). Offsets come from
// ./offsets (Intl, cached).
//
// Local -> UTC tries the offsets in force a day either side and keeps those that round-trip:
//   - two hits: a repeated hour (fall back). The earlier instant wins unless "later" is asked for.
//   - none: a skipped time (spring forward). It moves forward by the length of the gap: 02:30 on
//     the New York spring-forward night is 03:30 EDT (07:30Z), as Temporal's "compatible" does.
import { type CivilDate, formatCivilDate, pad2 } from "./civil";
import { DAY_MS, MINUTE_MS } from "./instant";
import { ianaOffsetMs, minutesOf } from "./offsets";

export { isIanaTimeZone } from "./offsets";

/** A fixed offset from UTC, in minutes east (IST = 330, EDT = -240). */
export interface FixedOffset {
  kind: "fixed";
  offsetMinutes: number;
}

/** An IANA zone name ("America/New_York") or a fixed offset. */
export type Zone = string | FixedOffset;

export const UTC_OFFSET: FixedOffset = { kind: "fixed", offsetMinutes: 0 };

export function fixedOffset(offsetMinutes: number): FixedOffset {
  return { kind: "fixed", offsetMinutes };
}

export interface LocalDateTime extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

export interface LocalParts extends LocalDateTime {
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  /** Minutes east of UTC in force at that instant (EDT = -240, CET = 60, IST = 330). */
  offsetMinutes: number;
}

/** What to do with a local time that occurs twice (fall back). Skipped times always move forward. */
export type Disambiguation = "earlier" | "later";

function offsetMsAt(ms: number, zone: Zone): number {
  return typeof zone === "string" ? ianaOffsetMs(zone, ms) : zone.offsetMinutes * MINUTE_MS;
}

/** Minutes east of UTC in force in `zone` at `ms` (New York in winter: -300). */
export function offsetMinutesAt(ms: number, zone: Zone): number {
  return minutesOf(offsetMsAt(ms, zone));
}

/** The wall clock at a UTC instant. Throws a RangeError for an unknown zone or a non-finite instant. */
export function toLocal(ms: number, zone: Zone): LocalParts {
  const offsetMs = offsetMsAt(ms, zone);
  const wall = new Date(Math.floor(ms / 1000) * 1000 + offsetMs);
  // The wall clock read as if it were UTC: getUTC* then give the local fields (month 0-based there).
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
    offsetMinutes: minutesOf(offsetMs),
  };
}

/**
 * The UTC instant of a wall-clock time (rule in the header: skipped times move forward by the gap,
 * repeated times take the earlier offset unless `later` is asked for). NaN for a wall clock outside
 * Date's range.
 */
export function fromLocal(local: LocalDateTime, zone: Zone, disambiguation: Disambiguation = "earlier"): number {
  const guess = wallAsUtc(local);
  if (!Number.isFinite(guess)) return Number.NaN;
  const before = offsetMsAt(guess - DAY_MS, zone);
  const after = offsetMsAt(guess + DAY_MS, zone);
  const hits = [...new Set([before, after])]
    .map((offset) => guess - offset)
    .filter((candidate) => wallAsUtc(toLocal(candidate, zone)) === guess)
    .sort((a, b) => a - b);
  const chosen = disambiguation === "later" ? hits[hits.length - 1] : hits[0];
  if (chosen !== undefined) return chosen;
  // Skipped: read the wall clock with the offset from before the jump, which lands after the gap.
  return guess - before;
}

/** Owner-local civil date of an instant. */
export function localDateOf(ms: number, zone: Zone): CivilDate {
  const { year, month, day } = toLocal(ms, zone);
  return { year, month, day };
}

/** ISO 8601 with the offset in force at that instant: "2026-03-27T17:00:00-04:00". */
export function isoInZone(ms: number, zone: Zone): string {
  const local = toLocal(ms, zone);
  const offset = Math.abs(local.offsetMinutes);
  const sign = local.offsetMinutes < 0 ? "-" : "+";
  return (
    `${formatCivilDate(local)}T${pad2(local.hour)}:${pad2(local.minute)}:${pad2(local.second)}` +
    `${sign}${pad2(Math.floor(offset / 60))}:${pad2(offset % 60)}`
  );
}

/** The local calendar date of an instant, "YYYY-MM-DD". */
export function dateInZone(ms: number, zone: Zone): string {
  return formatCivilDate(localDateOf(ms, zone));
}

/** The instant of `date` at "HH:MM" owner-local. */
export function atLocalTime(date: CivilDate, clock: string, zone: Zone): number {
  const { hour, minute } = parseClock(clock);
  return fromLocal({ ...date, hour, minute, second: 0 }, zone);
}

/** "09:00" → {9, 0}; throws on malformed input so a bad setting fails loudly. */
export function parseClock(clock: string): { hour: number; minute: number } {
  const m = /^(\d{1,2}):(\d{2})$/.exec(clock.trim());
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  if (!m || hour > 23 || minute > 59) throw new RangeError(`not a HH:MM clock time: ${JSON.stringify(clock)}`);
  return { hour, minute };
}

/** Minutes since local midnight, for comparing wall-clock times. */
export function minuteOfDay(local: { hour: number; minute: number }): number {
  return local.hour * 60 + local.minute;
}

function wallAsUtc(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}
