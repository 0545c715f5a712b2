// The first VEVENT of an .ics part: start (TZID, UTC or floating), length, organizer, attendees.
// Interviewers are the attendees' names; the zone comes from TZID (IANA or Windows names).

import { zoneFromName } from "../domain/extract/time-zones";
import type { CalendarFacts, Party } from "../domain/mail-facts";
import { fromLocal, isoInZone, UTC_OFFSET, type Zone } from "../domain/time";
import { MAX_ICS_CHARS } from "./limits";

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

function unfold(ics: string): string[] {
  return ics
    .slice(0, MAX_ICS_CHARS)
    .replace(/\r\n/g, "\n")
    .replace(/\n[ \t]/g, "")
    .split("\n");
}

function parseLine(line: string): Property | null {
  // The first colon outside a quoted parameter value ends the name and parameters.
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < line.length && colon < 0; i += 1) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ":" && !quoted) colon = i;
  }
  if (colon < 1) return null;
  const [name = "", ...rawParams] = line.slice(0, colon).split(";");
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf("=");
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, "");
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

function partyOf(prop: Property): Party | null {
  const address = prop.value
    .replace(/^mailto:/i, "")
    .trim()
    .toLowerCase();
  if (!address.includes("@")) return null;
  return { address, name: (prop.params.CN ?? "").replace(/\\,/g, ",").trim() };
}

function timeOf(prop: Property, fallback: Zone): { iso: string; ms: number } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(prop.value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, utc] = m;
  if (h === undefined) return { iso: `${y}-${mo}-${d}`, ms: Date.UTC(Number(y), Number(mo) - 1, Number(d)) };
  const zone: Zone = utc ? UTC_OFFSET : (zoneFromName(prop.params.TZID ?? "") ?? fallback);
  const local = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s ?? 0),
  };
  const ms = fromLocal(local, zone);
  // UTC starts are shown in the event's TZID if one is declared elsewhere, else in the fallback zone.
  return Number.isFinite(ms) ? { iso: isoInZone(ms, utc ? fallback : zone), ms } : null;
}

/** `fallback` is the zone for floating times and for showing UTC times (the owner's zone). */
export function readCalendar(ics: string, fallback: Zone): CalendarFacts | null {
  const lines = unfold(ics);
  let inEvent = false;
  let method = "";
  const props: Property[] = [];
  for (const line of lines) {
    const upper = line.toUpperCase();
    if (upper.startsWith("METHOD:")) method = upper.slice(7).trim();
    if (upper === "BEGIN:VEVENT") inEvent = true;
    else if (upper === "END:VEVENT") break;
    else if (inEvent) {
      const prop = parseLine(line);
      if (prop) props.push(prop);
    }
  }
  if (props.length === 0) return null;
  const find = (name: string) => props.find((p) => p.name === name);
  const startProp = find("DTSTART");
  const start = startProp ? timeOf(startProp, fallback) : null;
  const endProp = find("DTEND");
  const end = endProp ? timeOf(endProp, fallback) : null;
  const duration = /^P(?:T)?(?:(\d+)H)?(?:(\d+)M)?$/.exec(find("DURATION")?.value ?? "");
  let minutes: number | null = null;
  if (start && end && end.ms > start.ms) minutes = Math.round((end.ms - start.ms) / 60_000);
  else if (duration) minutes = Number(duration[1] ?? 0) * 60 + Number(duration[2] ?? 0) || null;
  const organizerProp = find("ORGANIZER");
  const attendees = props
    .filter((p) => p.name === "ATTENDEE")
    .map(partyOf)
    .filter((p): p is Party => p !== null);
  const status = (find("STATUS")?.value ?? "").toUpperCase();
  return {
    start: start?.iso ?? null,
    minutes: minutes !== null && minutes > 0 && minutes <= 24 * 60 ? minutes : null,
    organizer: organizerProp ? partyOf(organizerProp) : null,
    attendees,
    summary: find("SUMMARY")?.value.replace(/\\([,;n])/g, (_, c: string) => (c === "n" ? " " : c)) ?? null,
    cancelled: method === "CANCEL" || status === "CANCELLED",
  };
}
