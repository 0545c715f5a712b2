// Owner-zone conversion on top of Intl, both directions, DST-correct. Intl only converts UTC → local,
// so local → UTC is solved by trying the offsets in force around the guess and keeping those that
// round-trip: two hits = an ambiguous (repeated) hour, none = a skipped (spring-forward) hour.
import { type CivilDate, weekdayOf } from "./civil";
import { DAY_MS, MINUTE_MS } from "./instant";

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

/** What to do with a local time that occurs twice (fall back) or never (spring forward). */
export type Disambiguation = "earlier" | "later";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The owner-local wall clock at a UTC instant. */
export function toLocal(ms: number, zone: string): LocalParts {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const local: LocalDateTime = {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: (fields.hour ?? 0) % 24,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return {
    ...local,
    weekday: weekdayOf(local),
    offsetMinutes: Math.round((wallAsUtc(local) - wholeSecond) / MINUTE_MS),
  };
}

/**
 * The UTC instant of an owner-local wall-clock time. A skipped time (02:30 on a spring-forward night)
 * is moved forward by the gap (03:30), like Temporal's "compatible"; a repeated time (01:30 on a
 * fall-back night) resolves to the earlier instant unless `later` is asked for.
 */
export function fromLocal(local: LocalDateTime, zone: string, disambiguation: Disambiguation = "earlier"): number {
  const guess = wallAsUtc(local);
  const before = toLocal(guess - DAY_MS, zone).offsetMinutes;
  const after = toLocal(guess + DAY_MS, zone).offsetMinutes;
  const hits = [...new Set([before, after])]
    .map((offset) => guess - offset * MINUTE_MS)
    .filter((candidate) => wallAsUtc(toLocal(candidate, zone)) === guess)
    .sort((a, b) => a - b);
  const chosen = disambiguation === "later" ? hits[hits.length - 1] : hits[0];
  if (chosen !== undefined) return chosen;
  // Skipped: read the wall clock with the offset from before the jump, which lands after the gap.
  return guess - before * MINUTE_MS;
}

/** Owner-local civil date of an instant. */
export function localDateOf(ms: number, zone: string): CivilDate {
  const { year, month, day } = toLocal(ms, zone);
  return { year, month, day };
}

/** The instant of `date` at "HH:MM" owner-local. */
export function atLocalTime(date: CivilDate, clock: string, zone: string): number {
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
