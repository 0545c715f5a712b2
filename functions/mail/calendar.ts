// The first VEVENT of an .ics part, read with ical.js: start and end, organizer, attendees, the
// texts (SUMMARY, DESCRIPTION, LOCATION, unescaped). Time zones in the order RFC 5545 gives them:
// a VTIMEZONE the file defines (Outlook's "Customized Time Zone", Exchange's Windows names with
// their own rules), else a TZID that names an IANA or Windows zone, else the fallback.

import ICAL from "ical.js";
import { zoneFromName } from "../domain/extract/time-zones";
import type { CalendarFacts, Party } from "../domain/mail-facts";
import { fromLocal, isoInZone, type Zone } from "../domain/time";
import { trimZoneHistory } from "./calendar-zones";
import { MAX_ICS_CHARS } from "./limits";

type Property = InstanceType<typeof ICAL.Property>;
type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

const MAX_TEXT = 4000;

function rootOf(ics: string): Component | null {
  try {
    const parsed = ICAL.parse(ics.slice(0, MAX_ICS_CHARS));
    // Several VCALENDARs in one part: the first one.
    const first = Array.isArray(parsed[0]) ? parsed[0] : parsed;
    if (typeof first[0] !== "string") return null;
    return new ICAL.Component(first as ConstructorParameters<typeof ICAL.Component>[0]);
  } catch {
    return null;
  }
}

function partyOf(prop: Property): Party | null {
  const value = String(prop.getFirstValue() ?? "");
  const address = value
    .replace(/^mailto:/i, "")
    .trim()
    .toLowerCase();
  if (!address.includes("@")) return null;
  const cn = prop.getParameter("cn");
  const name = (Array.isArray(cn) ? cn.join(", ") : (cn ?? "")).replace(/\\([,;])/g, "$1").trim();
  return { address, name };
}

/** A TZID the file itself defines: a VTIMEZONE with its own STANDARD/DAYLIGHT rules. */
function definedZone(time: Time): InstanceType<typeof ICAL.Timezone> | null {
  const zone = time.zone;
  if (!zone || zone === ICAL.Timezone.utcTimezone || zone === ICAL.Timezone.localTimezone) return null;
  return zone.component ? zone : null;
}

function timeOf(prop: Property | null, fallback: Zone): { iso: string; ms: number } | null {
  if (!prop) return null;
  let time: unknown;
  try {
    time = prop.getFirstValue();
  } catch {
    return null;
  }
  if (!(time instanceof ICAL.Time) || !Number.isFinite(time.year)) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (time.isDate) {
    return {
      iso: `${time.year}-${pad(time.month)}-${pad(time.day)}`,
      ms: Date.UTC(time.year, time.month - 1, time.day),
    };
  }
  const local = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  // UTC starts are shown in the fallback zone (the owner's).
  if (time.zone === ICAL.Timezone.utcTimezone) {
    const ms = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
    return Number.isFinite(ms) ? { iso: isoInZone(ms, fallback), ms } : null;
  }
  const defined = definedZone(time);
  let zone: Zone;
  if (defined) {
    const offsetSeconds = defined.utcOffset(time);
    zone = { kind: "fixed", offsetMinutes: Math.round(offsetSeconds / 60) };
  } else {
    const tzid = prop.getParameter("tzid");
    zone = zoneFromName(typeof tzid === "string" ? tzid : "") ?? fallback;
  }
  const ms = fromLocal(local, zone);
  return Number.isFinite(ms) ? { iso: isoInZone(ms, zone), ms } : null;
}

function textOf(event: Component, name: string): string | null {
  const value = event.getFirstPropertyValue(name);
  if (typeof value !== "string") return null;
  const text = value.replace(/\r\n?/g, "\n").trim();
  return text ? text.slice(0, MAX_TEXT) : null;
}

function minutesBetween(start: { ms: number } | null, end: { ms: number } | null, event: Component): number | null {
  if (start && end && end.ms > start.ms) return Math.round((end.ms - start.ms) / 60_000);
  const duration = event.getFirstPropertyValue("duration");
  if (duration instanceof ICAL.Duration) {
    const minutes = Math.round(duration.toSeconds() / 60);
    return minutes > 0 ? minutes : null;
  }
  return null;
}

/**
 * `fallback` is the zone for floating times and for showing UTC times (the owner's zone). A file
 * ical.js cannot make sense of is no calendar: null, never an exception.
 */
export function readCalendar(ics: string, fallback: Zone): CalendarFacts | null {
  try {
    return eventOf(ics, fallback);
  } catch {
    return null;
  }
}

function eventOf(ics: string, fallback: Zone): CalendarFacts | null {
  const root = rootOf(ics);
  if (!root) return null;
  const event = root.name === "vevent" ? root : root.getFirstSubcomponent("vevent");
  if (!event) return null;
  const method = String(root.getFirstPropertyValue("method") ?? "").toUpperCase();
  const startProp = event.getFirstProperty("dtstart");
  const endProp = event.getFirstProperty("dtend");
  trimZoneHistory(root, [startProp, endProp]);
  const start = timeOf(startProp, fallback);
  const end = timeOf(endProp, fallback);
  const minutes = minutesBetween(start, end, event);
  const organizerProp = event.getFirstProperty("organizer");
  // Rooms and equipment are booked as attendees too; only people take part.
  const attendees = event
    .getAllProperties("attendee")
    .filter((p) => !/^(?:ROOM|RESOURCE)$/i.test(String(p.getParameter("cutype") ?? "")))
    .map(partyOf)
    .filter((p): p is Party => p !== null);
  const status = String(event.getFirstPropertyValue("status") ?? "").toUpperCase();
  return {
    start: start?.iso ?? null,
    minutes: minutes !== null && minutes > 0 && minutes <= 24 * 60 ? minutes : null,
    organizer: organizerProp ? partyOf(organizerProp) : null,
    attendees,
    summary: textOf(event, "summary")?.replace(/\n+/g, " ") ?? null,
    description: textOf(event, "description"),
    location: textOf(event, "location"),
    cancelled: method === "CANCEL" || status === "CANCELLED",
  };
}
