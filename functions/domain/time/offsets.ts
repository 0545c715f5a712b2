// The one place that asks Intl about a zone: the UTC offset in force at an instant. Intl only
// converts UTC -> local, and formatToParts is slow (it was two thirds of the planner's time), so
// offsets are cached per zone and per UTC hour. A cached hour is exact: when its two ends disagree,
// the transition inside it is found to the second and stored with the offsets on either side.
import { HOUR_MS, MINUTE_MS } from "./instant";

/** The offset for the whole hour, or the change inside it (tz transitions fall on whole seconds). */
type HourOffsets = number | { changesAt: number; before: number; after: number };

const SECOND_MS = 1000;
// About eleven years of hours per zone; past that the cache starts over rather than grow forever.
const MAX_CACHED_HOURS = 100_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const hoursByZone = new Map<string, Map<number, HourOffsets>>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

// Region/City names (and UTC) as the tz database spells them; Intl also takes "EST" or "CET", which
// are legacy aliases nobody means as a setting.
const IANA_NAME = /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/;

/** True for an IANA zone name Intl knows ("America/New_York", "UTC"); false for "EST", "Eastern". */
export function isIanaTimeZone(name: string): boolean {
  if (!IANA_NAME.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** Offset in milliseconds at a whole second, straight from Intl (wall clock read as UTC, minus the instant). */
function askIntl(zone: string, second: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(second))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 0,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    (fields.hour ?? 0) % 24,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - second;
}

function measureHour(zone: string, hour: number): HourOffsets {
  const start = hour * HOUR_MS;
  const before = askIntl(zone, start);
  const after = askIntl(zone, start + HOUR_MS);
  if (before === after) return before;
  // Binary search for the first whole second with the new offset: at most 12 more Intl calls, once.
  let low = start;
  let high = start + HOUR_MS;
  while (high - low > SECOND_MS) {
    const middle = low + Math.floor((high - low) / 2 / SECOND_MS) * SECOND_MS;
    if (askIntl(zone, middle) === before) low = middle;
    else high = middle;
  }
  return { changesAt: high, before, after };
}

/**
 * Milliseconds to add to a UTC instant to read the zone's wall clock (New York in winter: -5 h).
 * Throws a RangeError for a zone Intl does not know or an instant that is not finite.
 */
export function ianaOffsetMs(zone: string, ms: number): number {
  if (!Number.isFinite(ms)) throw new RangeError(`not a finite instant: ${ms}`);
  let hours = hoursByZone.get(zone);
  if (!hours || hours.size >= MAX_CACHED_HOURS) {
    formatterFor(zone); // an unknown zone throws here, before it gets a cache
    hours = new Map();
    hoursByZone.set(zone, hours);
  }
  const hour = Math.floor(ms / HOUR_MS);
  let offsets = hours.get(hour);
  if (offsets === undefined) {
    offsets = measureHour(zone, hour);
    hours.set(hour, offsets);
  }
  if (typeof offsets === "number") return offsets;
  return ms < offsets.changesAt ? offsets.before : offsets.after;
}

/** The same offset in whole minutes (what ISO strings and chrono carry). */
export function minutesOf(offsetMs: number): number {
  return Math.round(offsetMs / MINUTE_MS);
}
