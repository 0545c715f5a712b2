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
  HKT: "Asia/Hong_Kong",
  JST: "Asia/Tokyo",
  KST: "Asia/Seoul",
  PKT: "Asia/Karachi",
  SAST: "Africa/Johannesburg",
  MSK: "Europe/Moscow",
  BRT: "America/Sao_Paulo",
  AKDT: "America/Anchorage",
  // Israel Daylight Time (Israel's standard time is also written "IST": istReading decides).
  IDT: "Asia/Jerusalem",
  HNE: "America/Toronto",
  HAE: "America/Toronto",
  // Gulf Standard Time; "GST" is also a sales tax, so zoneMentionedIn reads it only after a clock time.
  GST: "Asia/Dubai",
  // A standard-time name is that offset all year: "AEST" in January is Queensland's clock (+10:00),
  // which never changes, not Sydney's summer one; the daylight names are the southern states'.
  AEST: "Australia/Brisbane",
  AEDT: "Australia/Sydney",
  ACST: "Australia/Darwin",
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
  "central standard time (mexico)": "America/Mexico_City",
  "central america standard time": "America/Guatemala",
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
  "arabian standard time": "Asia/Dubai",
  "arab standard time": "Asia/Riyadh",
  "south africa standard time": "Africa/Johannesburg",
  "pakistan standard time": "Asia/Karachi",
  "korea standard time": "Asia/Seoul",
  "e. south america standard time": "America/Sao_Paulo",
  "w. australia standard time": "Australia/Perth",
  "e. australia standard time": "Australia/Brisbane",
  "cen. australia standard time": "Australia/Adelaide",
  "israel standard time": "Asia/Jerusalem",
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

// Countries with one zone, by mail domain: a message in the employer's own language with no zone
// written anywhere is on the employer's clock.
const COUNTRY_ZONES: Record<string, string> = {
  de: "Europe/Berlin",
  at: "Europe/Vienna",
  ch: "Europe/Zurich",
  li: "Europe/Vaduz",
  fr: "Europe/Paris",
  be: "Europe/Brussels",
  lu: "Europe/Luxembourg",
  nl: "Europe/Amsterdam",
  it: "Europe/Rome",
  ie: "Europe/Dublin",
  uk: "Europe/London",
  // Further countries of one clock: a bare Date offset from them is their clock, not the owner's.
  il: "Asia/Jerusalem",
  se: "Europe/Stockholm",
  no: "Europe/Oslo",
  dk: "Europe/Copenhagen",
  fi: "Europe/Helsinki",
  pl: "Europe/Warsaw",
  cz: "Europe/Prague",
  sk: "Europe/Bratislava",
  hu: "Europe/Budapest",
  ro: "Europe/Bucharest",
  bg: "Europe/Sofia",
  gr: "Europe/Athens",
  tr: "Europe/Istanbul",
  za: "Africa/Johannesburg",
  ke: "Africa/Nairobi",
  ng: "Africa/Lagos",
  eg: "Africa/Cairo",
  ae: "Asia/Dubai",
  qa: "Asia/Qatar",
  sa: "Asia/Riyadh",
  in: "Asia/Kolkata",
  pk: "Asia/Karachi",
  sg: "Asia/Singapore",
  hk: "Asia/Hong_Kong",
  jp: "Asia/Tokyo",
  kr: "Asia/Seoul",
  nz: "Pacific/Auckland",
};

/** The zone of a mail domain's country ("limmat-analytics.ch" -> Europe/Zurich), when it has one. */
export function zoneOfCountryDomain(domain: string): Zone | null {
  return COUNTRY_ZONES[domain.slice(domain.lastIndexOf(".") + 1).toLowerCase()] ?? null;
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
  gulf: "Asia/Dubai",
  arabian: "Asia/Dubai",
  "south africa": "Africa/Johannesburg",
  "hong kong": "Asia/Hong_Kong",
  brasilia: "America/Sao_Paulo",
  korea: "Asia/Seoul",
  pakistan: "Asia/Karachi",
  "australian central": "Australia/Adelaide",
  atlantic: "America/Halifax",
  alaska: "America/Anchorage",
  hawaii: "Pacific/Honolulu",
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
const INDIA: Zone = "Asia/Kolkata";

function nearIreland(zone: Zone | undefined): boolean {
  if (zone === undefined) return false;
  if (typeof zone === "string")
    return zone === "Europe/Dublin" || zone === "Europe/London" || zone === "Europe/Belfast";
  return zone.offsetMinutes === 0 || zone.offsetMinutes === 60;
}

/** What "IST" means in one message, and whether the message itself says so. */
export interface IstReading {
  zone: Zone;
  /** The message's own signs point one way; false when the owner's zone had to decide. */
  sure: boolean;
  /** What "CST", "CT" and "Central" mean when it is not US Central (centralReading). */
  central?: Zone;
}

const INDIA_SIGNS =
  /\b(?:India|Indian|Bengaluru|Bangalore|Mumbai|Pune|Hyderabad|Chennai|Delhi|Gurugram|Gurgaon|Noida|Kolkata|Ahmedabad|Kochi|Jaipur|INR|LPA|lakhs?|crores?)\b|\u20b9|\+91[\s-]?\d/;
const IRELAND_SIGNS = /\b(?:Ireland|Irish|Dublin|Cork|Galway|Limerick|Waterford|Belfast|Kilkenny)\b|\+353[\s-]?\d/;
// Israel Standard Time is written "IST" too, by Israeli senders.
const ISRAEL_SIGNS =
  /\b(?:Israel|Israeli|Tel[ -]Aviv|Jerusalem|Haifa|Herzliya|Petah Tikva|Ramat Gan|Be'?er Sheva|Ra'anana|NIS|ILS)\b|\u20aa|\+972[\s-]?\d/;
const ISRAEL: Zone = "Asia/Jerusalem";

/**
 * "IST" is India's or Ireland's: decided by what the message says (places, phone prefixes, the
 * rupee, a .in or .ie address); when it says neither or both, by the owner's own zone, and not
 * surely when that zone is Irish or British or both were named: such a time is asked about.
 */
export function istReading(text: string, senderDomain: string, ownerZone: Zone | undefined): IstReading {
  const tld = senderDomain.slice(senderDomain.lastIndexOf(".") + 1).toLowerCase();
  const india = INDIA_SIGNS.test(text) || tld === "in";
  const ireland = IRELAND_SIGNS.test(text) || tld === "ie";
  if (india !== ireland) return { zone: india ? INDIA : IRISH, sure: true };
  // Placed in Israel and in neither of the others: Israel's own standard time.
  if (!india && (ISRAEL_SIGNS.test(text) || tld === "il")) return { zone: ISRAEL, sure: true };
  // Said nowhere: India's is by far the more common reading, so an owner elsewhere reads it so; an
  // owner in Ireland or Britain reads it as their own clock, but not surely, nor when both are named.
  const irishOwner = nearIreland(ownerZone);
  return { zone: irishOwner ? IRISH : INDIA, sure: !irishOwner && !india };
}

const MEXICO_CITY: Zone = "America/Mexico_City";
// Mexico's central zone has kept UTC-06:00 all year since 2022 (no DST), and Central America
// never had it: "CST" written by or to someone there is that clock, not US Central (CDT in summer).
const CENTRAL_BY_TLD: Record<string, Zone> = {
  mx: MEXICO_CITY,
  gt: "America/Guatemala",
  sv: "America/El_Salvador",
  hn: "America/Tegucigalpa",
  ni: "America/Managua",
  cr: "America/Costa_Rica",
};
const MEXICO_SIGNS =
  /\b(?:Mexico City|Ciudad de M[eé]xico|CDMX|hora del centro|Guadalajara|Monterrey|Quer[eé]taro)\b|\+52[\s-]?\d/i;
const US_CENTRAL_SIGNS =
  /\b(?:US (?:&|and) Canada|US Central|U\.S\. Central|Chicago|Dallas|Houston|Austin|Minneapolis)\b/i;

/**
 * What "CST"/"CT"/"Central" mean in one message: Mexico City's year-round -06:00 (or a Central
 * American country's) when the sender's domain, the owner's zone or the text's places say so and
 * nothing points at the US; undefined (US Central) otherwise.
 */
export function centralReading(text: string, senderDomain: string, ownerZone: Zone | undefined): Zone | undefined {
  if (US_CENTRAL_SIGNS.test(text)) return undefined;
  const byTld = CENTRAL_BY_TLD[senderDomain.slice(senderDomain.lastIndexOf(".") + 1).toLowerCase()];
  if (byTld) return byTld;
  if (MEXICO_SIGNS.test(text)) return MEXICO_CITY;
  if (typeof ownerZone === "string" && Object.values(CENTRAL_BY_TLD).includes(ownerZone)) return ownerZone;
  if (ownerZone === "America/Monterrey" || ownerZone === "America/Merida" || ownerZone === "America/Bahia_Banderas")
    return ownerZone;
  return undefined;
}

// Zones other languages name in words after a time: "(heure de Paris)", "hora peninsular",
// "Nederlandse tijd", "Schweizer Zeit", or a city's clock ("hora de Madrid", "Zeit in Zürich").
const LOCAL_ZONE_NAMES: Record<string, string> = {
  "hora peninsular": "Europe/Madrid",
  "hora española": "Europe/Madrid",
  "hora de españa": "Europe/Madrid",
  "hora canaria": "Atlantic/Canary",
  "hora de canarias": "Atlantic/Canary",
  "heure française": "Europe/Paris",
  "heure de france": "Europe/Paris",
  "heure belge": "Europe/Brussels",
  "heure suisse": "Europe/Zurich",
  "heure irlandaise": "Europe/Dublin",
  "heure anglaise": "Europe/London",
  "nederlandse tijd": "Europe/Amsterdam",
  "belgische tijd": "Europe/Brussels",
  "britse tijd": "Europe/London",
  "engelse tijd": "Europe/London",
  "deutscher zeit": "Europe/Berlin",
  "deutsche zeit": "Europe/Berlin",
  "schweizer zeit": "Europe/Zurich",
  "österreichischer zeit": "Europe/Vienna",
  "österreichische zeit": "Europe/Vienna",
  // Quebec French: "heure de l'Est", "HNE" (standard) and "HAE" (daylight) are Eastern time.
  "heure de l'est": "America/Toronto",
  "heure de l’est": "America/Toronto",
  "heure normale de l'est": "America/Toronto",
  "heure avancée de l'est": "America/Toronto",
  "hora del centro": "America/Mexico_City",
  "hora centro": "America/Mexico_City",
};
const CITY_ZONES: Record<string, string> = {
  paris: "Europe/Paris",
  lyon: "Europe/Paris",
  madrid: "Europe/Madrid",
  barcelona: "Europe/Madrid",
  berlin: "Europe/Berlin",
  münchen: "Europe/Berlin",
  hamburg: "Europe/Berlin",
  frankfurt: "Europe/Berlin",
  zürich: "Europe/Zurich",
  zurich: "Europe/Zurich",
  genève: "Europe/Zurich",
  genf: "Europe/Zurich",
  wien: "Europe/Vienna",
  vienne: "Europe/Vienna",
  amsterdam: "Europe/Amsterdam",
  bruxelles: "Europe/Brussels",
  brussel: "Europe/Brussels",
  luxembourg: "Europe/Luxembourg",
  londres: "Europe/London",
  londen: "Europe/London",
  dublin: "Europe/Dublin",
  lisbonne: "Europe/Lisbon",
  lisboa: "Europe/Lisbon",
  méxico: "America/Mexico_City",
  mexico: "America/Mexico_City",
  "ciudad de méxico": "America/Mexico_City",
  "ciudad de mexico": "America/Mexico_City",
  cdmx: "America/Mexico_City",
  guadalajara: "America/Mexico_City",
  monterrey: "America/Monterrey",
  bogotá: "America/Bogota",
  montréal: "America/Toronto",
  "buenos aires": "America/Argentina/Buenos_Aires",
  // US places whose clock is not their region's: Arizona keeps MST all year, Hawaii HST.
  arizona: "America/Phoenix",
  phoenix: "America/Phoenix",
  hawaii: "Pacific/Honolulu",
  honolulu: "Pacific/Honolulu",
  // Cities whose clock recruiters name in English ("by Wednesday, 5:00 PM Dubai time").
  dubai: "Asia/Dubai",
  "abu dhabi": "Asia/Dubai",
  doha: "Asia/Qatar",
  riyadh: "Asia/Riyadh",
  singapore: "Asia/Singapore",
  "hong kong": "Asia/Hong_Kong",
  tokyo: "Asia/Tokyo",
  sydney: "Australia/Sydney",
  melbourne: "Australia/Melbourne",
  johannesburg: "Africa/Johannesburg",
  "cape town": "Africa/Johannesburg",
  nairobi: "Africa/Nairobi",
  "são paulo": "America/Sao_Paulo",
  "sao paulo": "America/Sao_Paulo",
  // Santiago de Chile: "hora de Santiago" is mainland Chile's clock, which goes back in April.
  santiago: "America/Santiago",
  "tel aviv": "Asia/Jerusalem",
  jerusalem: "Asia/Jerusalem",
};

// Countries of one clock, named in English before "time" ("5.00 pm (Irish time)", "11:00 Israel
// time"): the country's own clock, with its own clock changes.
const NATION_CLOCKS: Record<string, string> = {
  irish: "Europe/Dublin",
  ireland: "Europe/Dublin",
  israel: "Asia/Jerusalem",
  israeli: "Asia/Jerusalem",
  swiss: "Europe/Zurich",
  german: "Europe/Berlin",
  germany: "Europe/Berlin",
  french: "Europe/Paris",
  france: "Europe/Paris",
  dutch: "Europe/Amsterdam",
  belgian: "Europe/Brussels",
  italian: "Europe/Rome",
  italy: "Europe/Rome",
  austrian: "Europe/Vienna",
  polish: "Europe/Warsaw",
  swedish: "Europe/Stockholm",
  danish: "Europe/Copenhagen",
  norwegian: "Europe/Oslo",
  finnish: "Europe/Helsinki",
  greek: "Europe/Athens",
  turkish: "Europe/Istanbul",
  british: "Europe/London",
  indian: "Asia/Kolkata",
  japanese: "Asia/Tokyo",
  chilean: "America/Santiago",
  kenyan: "Africa/Nairobi",
  nigerian: "Africa/Lagos",
  egyptian: "Africa/Cairo",
  qatar: "Asia/Qatar",
  uae: "Asia/Dubai",
};
const LOCAL_ZONE = new RegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F])(?:(${Object.keys(LOCAL_ZONE_NAMES).join("|")})|(?:heure|hora|horario|Uhrzeit|Zeit|tijd)\s+(?:de la|de|d'|del|in|van)\s+(${Object.keys(CITY_ZONES).join("|")}))(?![A-Za-z\u00C0-\u024F])`,
  "i",
);

function localZoneName(text: string): Zone | null {
  const m = LOCAL_ZONE.exec(text);
  if (!m) return null;
  return (m[1] ? LOCAL_ZONE_NAMES[m[1].toLowerCase()] : CITY_ZONES[(m[2] ?? "").toLowerCase()]) ?? null;
}

/**
 * A zone word near a time ("3:00 pm CT", "(all times Pacific)", "Europe/London", "heure de Paris"). `near` is the
 * zone the message is otherwise in: "IST" is India's unless that zone is Irish or British time, or
 * what `ist` says when the message was read for it (istReading).
 */
export function zoneMentionedIn(text: string, near?: Zone, ist?: IstReading): Zone | null {
  const ianaName = /\b((?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)\b/.exec(
    text,
  );
  if (ianaName?.[1]) {
    const zone = zoneFromName(ianaName[1]);
    if (zone) return zone;
  }
  // Windows writes a zone's standard offset before its name: "(UTC-05:00) Eastern Time (US &
  // Canada)" is New York's clock, -04:00 in summer, not a fixed -05:00.
  const windows = windowsLabelZone(text);
  if (windows) return windows;
  // A typeset minus ("UTC−6", U+2212) is a minus.
  const offset = /\b(?:GMT|UTC)\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?/i.exec(text);
  if (offset) return zoneFromName(offset[0].replace(/\s+/g, "").replace("\u2212", "-"));
  const spelled = spelledZone(text);
  if (spelled) return spelled;
  const local = localZoneName(text);
  if (local) return local;
  const city = cityClock(text);
  if (city) return city;
  const word =
    /\b(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|IST|BST|CET|CEST|MEZ|MESZ|GMT|UTC|SGT|HKT|JST|KST|PKT|SAST|MSK|BRT|AKDT|IDT|HNE|HAE|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT)\b|(?<=\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]?\(?)(GST)\b|\b(Eastern|Central|Mountain|Pacific)(?:\s+(?:time|standard|daylight))?\b|\b(UK) time\b/.exec(
      text,
    );
  const found = word?.[1] ?? word?.[2] ?? word?.[3] ?? word?.[4];
  // Not "CDT": a daylight time, which Mexico's central zone no longer keeps (Central America never
  // did), so it is US Central wherever it is written.
  if (ist?.central && found && /^(?:CT|CST|Central)$/.test(found)) return ist.central;
  if (found === "IST") return ist ? ist.zone : nearIreland(near) ? IRISH : INDIA;
  return found ? zoneFromName(found) : null;
}

// Windows time zone display names ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"),
// by their first place or name, as Outlook, Teams and Microsoft Bookings print them.
const WINDOWS_LABELS: Record<string, string> = {
  eastern: "America/New_York",
  central: "America/Chicago",
  mountain: "America/Denver",
  pacific: "America/Los_Angeles",
  atlantic: "America/Halifax",
  alaska: "America/Anchorage",
  hawaii: "Pacific/Honolulu",
  arizona: "America/Phoenix",
  saskatchewan: "America/Regina",
  newfoundland: "America/St_Johns",
  guadalajara: "America/Mexico_City",
  bogota: "America/Bogota",
  brasilia: "America/Sao_Paulo",
  "city of buenos aires": "America/Argentina/Buenos_Aires",
  santiago: "America/Santiago",
  "coordinated universal": "Etc/UTC",
  dublin: "Europe/London",
  monrovia: "Atlantic/Reykjavik",
  amsterdam: "Europe/Berlin",
  belgrade: "Europe/Budapest",
  brussels: "Europe/Paris",
  sarajevo: "Europe/Warsaw",
  "west central africa": "Africa/Lagos",
  athens: "Europe/Bucharest",
  helsinki: "Europe/Helsinki",
  jerusalem: "Asia/Jerusalem",
  cairo: "Africa/Cairo",
  harare: "Africa/Johannesburg",
  istanbul: "Europe/Istanbul",
  moscow: "Europe/Moscow",
  nairobi: "Africa/Nairobi",
  "abu dhabi": "Asia/Dubai",
  islamabad: "Asia/Karachi",
  chennai: "Asia/Kolkata",
  kathmandu: "Asia/Kathmandu",
  bangkok: "Asia/Bangkok",
  beijing: "Asia/Shanghai",
  "kuala lumpur": "Asia/Singapore",
  taipei: "Asia/Taipei",
  osaka: "Asia/Tokyo",
  seoul: "Asia/Seoul",
  adelaide: "Australia/Adelaide",
  darwin: "Australia/Darwin",
  brisbane: "Australia/Brisbane",
  canberra: "Australia/Sydney",
  hobart: "Australia/Hobart",
  perth: "Australia/Perth",
  auckland: "Pacific/Auckland",
};
const WINDOWS_LABEL =
  /\((?:UTC|GMT)(?:\s*[+\-\u2212]\s*\d{1,2}:\d{2})?\)[ \t]*(\p{Lu}[\p{L}.' ]{1,30}?)(?:[ \t]+Time\b|[ \t]*[,(\r\n]|[ \t]*$)/mu;

/** The zone a Windows display name stands for, when the text writes one this table knows. */
export function windowsLabelZone(text: string): Zone | null {
  if (!text.includes("(UTC") && !text.includes("(GMT")) return null;
  const m = WINDOWS_LABEL.exec(text);
  const zone = m?.[1] ? WINDOWS_LABELS[m[1].trim().toLowerCase()] : undefined;
  return zone ?? null;
}

// English names a city's or a country's clock after it: "10:00 Mexico City time", "3pm Madrid
// time", "5.00 pm (Irish time)"; not "time management" or a "time slot".
const CITY_CLOCK = new RegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F])(${[...Object.keys(CITY_ZONES), ...Object.keys(NATION_CLOCKS)].join("|")})(?: City)? time\b(?!\s*(?:management|slots?|frames?|lines?|tables?|sheets?|off)\b)`,
  "i",
);

function cityClock(text: string): Zone | null {
  const m = CITY_CLOCK.exec(text);
  const name = m?.[1]?.toLowerCase();
  return name ? (CITY_ZONES[name] ?? NATION_CLOCKS[name] ?? null) : null;
}
