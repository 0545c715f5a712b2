// Time zones for dates found in mail: IANA names, the abbreviations people write ("3pm CT"),
// the Windows names Outlook puts in calendar files, and fixed offsets ("GMT+01:00"). This module only
// maps words to zones (IANA names or fixed offsets); every offset and conversion is computed by
// functions/domain/time, so DST is right for the date in question, not for today.
import { fixedOffset, isIanaTimeZone, UTC_OFFSET, type Zone } from "../time";

// Written abbreviations map to the region's zone, not to a fixed offset: people write "EST" in
// July and "PT" all year, and mean the wall clock of that region.
const ABBREVIATIONS: Record<string, Zone> = {
  ET: "America/New_York",
  EST: "America/New_York",
  EDT: "America/New_York",
  EASTERN: "America/New_York",
  CT: "America/Chicago",
  CST: "America/Chicago",
  CDT: "America/Chicago",
  CENTRAL: "America/Chicago",
  MT: "America/Denver",
  MST: "America/Denver",
  MDT: "America/Denver",
  MOUNTAIN: "America/Denver",
  PT: "America/Los_Angeles",
  PST: "America/Los_Angeles",
  PDT: "America/Los_Angeles",
  PACIFIC: "America/Los_Angeles",
  AKST: "America/Anchorage",
  HST: "Pacific/Honolulu",
  IST: "Asia/Kolkata",
  BST: "Europe/London",
  UK: "Europe/London",
  WET: "Europe/Lisbon",
  CET: "Europe/Paris",
  CEST: "Europe/Paris",
  MEZ: "Europe/Berlin",
  MESZ: "Europe/Berlin",
  EET: "Europe/Helsinki",
  EEST: "Europe/Helsinki",
  SGT: "Asia/Singapore",
  JST: "Asia/Tokyo",
  AEST: "Australia/Sydney",
  AEDT: "Australia/Sydney",
  ACST: "Australia/Adelaide",
  ACDT: "Australia/Adelaide",
  AWST: "Australia/Perth",
  NZST: "Pacific/Auckland",
  NZDT: "Pacific/Auckland",
  GMT: UTC_OFFSET,
  UTC: UTC_OFFSET,
  Z: UTC_OFFSET,
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

/** A zone from what a message or calendar says: IANA, Windows name, abbreviation, "GMT+01:00". */
export function zoneFromName(raw: string): Zone | null {
  const name = raw.trim().replace(/^["']|["']$/g, "");
  if (!name || name.length > 64) return null;
  const offset = /^(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(name);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    return minutes <= 14 * 60 ? fixedOffset(offset[1] === "-" ? -minutes : minutes) : null;
  }
  const abbreviation = ABBREVIATIONS[name.toUpperCase()];
  if (abbreviation) return abbreviation;
  const windows = WINDOWS_ZONES[name.toLowerCase()];
  if (windows) return windows;
  if (isIanaTimeZone(name)) return name;
  return null;
}

/** A zone from an RFC 5322 Date header's offset ("+0530", "-0700"). */
export function zoneFromHeaderDate(header: string): Zone | null {
  const m = /([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(header.trim());
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3]);
    return fixedOffset(m[1] === "-" ? -minutes : minutes);
  }
  if (/\b(?:GMT|UTC|UT|Z)\s*$/i.test(header.trim())) return UTC_OFFSET;
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
  if (windows) return windows;
  return (
    SPELLED_ZONES[words] ??
    SPELLED_ZONES[words.split(/\s+/).slice(-2).join(" ")] ??
    SPELLED_ZONES[words.split(/\s+/).pop() ?? ""] ??
    null
  );
}

/** Irish Standard Time: what "IST" means to a writer whose own clock is Irish or British. */
const IRISH: Zone = "Europe/Dublin";

function nearIreland(zone: Zone | undefined): boolean {
  if (zone === undefined) return false;
  if (typeof zone === "string")
    return zone === "Europe/Dublin" || zone === "Europe/London" || zone === "Europe/Belfast";
  return zone.offsetMinutes === 0 || zone.offsetMinutes === 60;
}

/**
 * A zone word near a time ("3:00 pm CT", "(all times Pacific)", "Europe/London"). `near` is the
 * zone the message is otherwise in: "IST" is India's unless that zone is Irish or British time.
 */
export function zoneMentionedIn(text: string, near?: Zone): Zone | null {
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
    /\b(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|IST|BST|CET|CEST|GMT|UTC|SGT|JST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT)\b|\b(Eastern|Central|Mountain|Pacific)(?:\s+(?:time|standard|daylight))?\b|\b(UK) time\b/.exec(
      text,
    );
  const found = word?.[1] ?? word?.[2] ?? word?.[3];
  if (found === "IST" && nearIreland(near)) return IRISH;
  return found ? zoneFromName(found) : null;
}
