// Owner-local dates for the controls: what the owner types ("friday 5pm") and what they read
// ("Fri 13 Mar, 17:00"). Instants are stored as UTC ISO; only this edge knows the owner's zone.
// Date-only values ("YYYY-MM-DD") are calendar dates as stated and are never shifted by a zone.
import * as chrono from "chrono-node";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** Offset of `timezone` from UTC at `instant`, in minutes (New York in winter: -300). */
export function zoneOffsetMinutes(timezone: string, instant: Date): number {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: timezone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(part?.value ?? "");
  if (!match) return 0; // "GMT" alone means UTC
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function offsetSuffix(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

/**
 * The instant at which the owner's clock shows `wall`, as ISO with that zone's offset.
 * Two passes settle the offset across a DST change (a wall time in the spring gap moves forward).
 */
export function wallTimeToIso(wall: WallTime, timezone: string): string {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let offset = zoneOffsetMinutes(timezone, new Date(asUtc));
  offset = zoneOffsetMinutes(timezone, new Date(asUtc - offset * 60_000));
  const instant = new Date(asUtc - offset * 60_000);
  const local = new Date(instant.getTime() + offset * 60_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00${offsetSuffix(offset)}`
  );
}

/** The owner's calendar date at `instant`, "YYYY-MM-DD". */
export function ownerDate(instant: Date, timezone: string): string {
  const local = new Date(instant.getTime() + zoneOffsetMinutes(timezone, instant) * 60_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/**
 * Reads a natural-language date typed by the owner, relative to `now` in their zone.
 * Returns "YYYY-MM-DD" when no time was given, else ISO with the zone's offset; null when no date.
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
  if (!start.isCertain("hour")) return `${year}-${pad(month)}-${pad(day)}`;
  return wallTimeToIso({ year, month, day, hour: start.get("hour") ?? 0, minute: start.get("minute") ?? 0 }, timezone);
}

const DATE_FORMAT = { weekday: "short", day: "numeric", month: "short" } as const;

/** "Fri 13 Mar, 17:00" in the owner's zone. */
export function formatInstant(iso: string, timezone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat("en-GB", {
    ...DATE_FORMAT,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: timezone,
  }).format(date);
}

/** "Fri 13 Mar" for a date-only value (as stated, no zone shift), else the instant in the owner's zone. */
export function formatDeadline(value: string, timezone: string): string {
  if (isDateOnly(value)) {
    return new Intl.DateTimeFormat("en-GB", { ...DATE_FORMAT, timeZone: "UTC" }).format(new Date(`${value}T00:00:00Z`));
  }
  return formatInstant(value, timezone);
}
