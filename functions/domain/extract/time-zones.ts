// Time zones for dates found in mail: IANA names, the abbreviations people write ("3pm CT"),
// the Windows names Outlook puts in calendar files, and fixed offsets ("GMT+01:00").
// All arithmetic goes through Intl so DST is right for the date in question, not for today.

export type Zone = { kind: "iana"; name: string } | { kind: "fixed"; offsetMinutes: number };

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const iana = (name: string): Zone => ({ kind: "iana", name });
const fixed = (offsetMinutes: number): Zone => ({ kind: "fixed", offsetMinutes });

// Written abbreviations map to the region's zone, not to a fixed offset: people write "EST" in
// July and "PT" all year, and mean the wall clock of that region.
const ABBREVIATIONS: Record<string, Zone> = {
  ET: iana("America/New_York"),
  EST: iana("America/New_York"),
  EDT: iana("America/New_York"),
  EASTERN: iana("America/New_York"),
  CT: iana("America/Chicago"),
  CST: iana("America/Chicago"),
  CDT: iana("America/Chicago"),
  CENTRAL: iana("America/Chicago"),
  MT: iana("America/Denver"),
  MST: iana("America/Denver"),
  MDT: iana("America/Denver"),
  MOUNTAIN: iana("America/Denver"),
  PT: iana("America/Los_Angeles"),
  PST: iana("America/Los_Angeles"),
  PDT: iana("America/Los_Angeles"),
  PACIFIC: iana("America/Los_Angeles"),
  AKST: iana("America/Anchorage"),
  HST: iana("Pacific/Honolulu"),
  IST: iana("Asia/Kolkata"),
  BST: iana("Europe/London"),
  UK: iana("Europe/London"),
  WET: iana("Europe/Lisbon"),
  CET: iana("Europe/Paris"),
  CEST: iana("Europe/Paris"),
  MEZ: iana("Europe/Berlin"),
  MESZ: iana("Europe/Berlin"),
  EET: iana("Europe/Helsinki"),
  EEST: iana("Europe/Helsinki"),
  SGT: iana("Asia/Singapore"),
  JST: iana("Asia/Tokyo"),
  AEST: iana("Australia/Sydney"),
  AEDT: iana("Australia/Sydney"),
  NZST: iana("Pacific/Auckland"),
  NZDT: iana("Pacific/Auckland"),
  GMT: fixed(0),
  UTC: fixed(0),
  Z: fixed(0),
};

// Windows zone ids seen in Outlook/Exchange calendar invites (TZID=...), from CLDR windowsZones.
const WINDOWS_ZONES: Record<string, string> = {
  "eastern standard time": "America/New_York",
  "us eastern standard time": "America/Indianapolis",
  "central standard time": "America/Chicago",
  "mountain standard time": "America/Denver",
  "us mountain standard time": "America/Phoenix",
  "pacific standard time": "America/Los_Angeles",
  "alaskan standard time": "America/Anchorage",
  "hawaiian standard time": "Pacific/Honolulu",
  "atlantic standard time": "America/Halifax",
  "gmt standard time": "Europe/London",
  "greenwich standard time": "Atlantic/Reykjavik",
  "w. europe standard time": "Europe/Berlin",
  "romance standard time": "Europe/Paris",
  "central europe standard time": "Europe/Budapest",
  "central european standard time": "Europe/Warsaw",
  "e. europe standard time": "Europe/Chisinau",
  "fle standard time": "Europe/Kiev",
  "gtb standard time": "Europe/Bucharest",
  "india standard time": "Asia/Kolkata",
  "singapore standard time": "Asia/Singapore",
  "china standard time": "Asia/Shanghai",
  "tokyo standard time": "Asia/Tokyo",
  "aus eastern standard time": "Australia/Sydney",
  "new zealand standard time": "Pacific/Auckland",
  utc: "Etc/UTC",
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(name: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(name);
  if (cached) return cached;
  try {
    const made = new Intl.DateTimeFormat("en-US", { timeZone: name, timeZoneName: "longOffset" });
    formatters.set(name, made);
    return made;
  } catch {
    return null;
  }
}

export function isIanaZone(name: string): boolean {
  return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(name) && formatterFor(name) !== null;
}

/** Offset of a zone from UTC at an instant, in minutes (east positive). */
export function offsetAt(zone: Zone, instantMs: number): number {
  if (zone.kind === "fixed") return zone.offsetMinutes;
  const format = formatterFor(zone.name);
  if (!format || !Number.isFinite(instantMs)) return 0;
  const label = format.formatToParts(new Date(instantMs)).find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(label);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

/** The instant of a wall-clock time in a zone (DST gaps resolve forward). */
export function instantOf(local: LocalDateTime, zone: Zone): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  let guess = asUtc - offsetAt(zone, asUtc) * 60_000;
  guess = asUtc - offsetAt(zone, guess) * 60_000;
  return guess;
}

function pad(n: number, width = 2): string {
  return String(Math.abs(Math.trunc(n))).padStart(width, "0");
}

/** ISO 8601 with the zone's offset at that instant: 2026-03-27T17:00:00-04:00. */
export function isoInZone(instantMs: number, zone: Zone): string {
  const offset = offsetAt(zone, instantMs);
  const local = new Date(instantMs + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** Calendar date (YYYY-MM-DD) of an instant in a zone. */
export function dateInZone(instantMs: number, zone: Zone): string {
  return isoInZone(instantMs, zone).slice(0, 10);
}

/** A zone from what a message or calendar says: IANA, Windows name, abbreviation, "GMT+01:00". */
export function zoneFromName(raw: string): Zone | null {
  const name = raw.trim().replace(/^["']|["']$/g, "");
  if (!name || name.length > 64) return null;
  const offset = /^(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(name);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    return minutes <= 14 * 60 ? fixed(offset[1] === "-" ? -minutes : minutes) : null;
  }
  const abbreviation = ABBREVIATIONS[name.toUpperCase()];
  if (abbreviation) return abbreviation;
  const windows = WINDOWS_ZONES[name.toLowerCase()];
  if (windows) return iana(windows);
  if (name.includes("/") && isIanaZone(name)) return iana(name);
  return null;
}

/** A zone from an RFC 5322 Date header's offset ("+0530", "-0700"). */
export function zoneFromHeaderDate(header: string): Zone | null {
  const m = /([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(header.trim());
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3]);
    return fixed(m[1] === "-" ? -minutes : minutes);
  }
  if (/\b(?:GMT|UTC|UT|Z)\s*$/i.test(header.trim())) return fixed(0);
  return null;
}

// Zone names written out in full ("India Standard Time", "Central European Summer Time"), as
// Calendly, Workday and Outlook print them. Checked before the short words so "Central European"
// is not read as US Central.
const SPELLED_ZONES: Record<string, string> = {
  "central european": "Europe/Paris",
  "western european": "Europe/Lisbon",
  "eastern european": "Europe/Helsinki",
  british: "Europe/London",
  "greenwich mean": "Europe/London",
  irish: "Europe/Dublin",
  india: "Asia/Kolkata",
  "australian eastern": "Australia/Sydney",
  "australian western": "Australia/Perth",
  "new zealand": "Pacific/Auckland",
  singapore: "Asia/Singapore",
  japan: "Asia/Tokyo",
  eastern: "America/New_York",
  central: "America/Chicago",
  mountain: "America/Denver",
  pacific: "America/Los_Angeles",
};

function spelledZone(text: string): Zone | null {
  const m = /\b((?:[A-Z][a-z]+\.?\s+){1,3})(?:Standard|Daylight|Summer)\s+Time\b|\b(Greenwich Mean) Time\b/.exec(text);
  if (!m) return null;
  const words = (m[1] ?? m[2] ?? "").trim().toLowerCase();
  const windows = WINDOWS_ZONES[`${words} standard time`];
  if (windows) return iana(windows);
  const name =
    SPELLED_ZONES[words] ??
    SPELLED_ZONES[words.split(/\s+/).slice(-2).join(" ")] ??
    SPELLED_ZONES[words.split(/\s+/).pop() ?? ""];
  return name ? iana(name) : null;
}

/** A zone word near a time ("3:00 pm CT", "(all times Pacific)", "Europe/London"). */
export function zoneMentionedIn(text: string): Zone | null {
  const ianaName = /\b((?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)\b/.exec(
    text,
  );
  if (ianaName?.[1]) {
    const zone = zoneFromName(ianaName[1]);
    if (zone) return zone;
  }
  const offset = /\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?/i.exec(text);
  if (offset) return zoneFromName(offset[0].replace(/\s+/g, ""));
  const spelled = spelledZone(text);
  if (spelled) return spelled;
  const word =
    /\b(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|IST|BST|CET|CEST|GMT|UTC|SGT|JST|AEST|AEDT)\b|\b(Eastern|Central|Mountain|Pacific)(?:\s+(?:time|standard|daylight))?\b|\b(UK) time\b/.exec(
      text,
    );
  const found = word?.[1] ?? word?.[2] ?? word?.[3];
  return found ? zoneFromName(found) : null;
}
