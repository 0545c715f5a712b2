// Dates as mail writes them in headers, read without chrono: an RFC 2822 / 5322 Date header
// ("Tue, 3 Mar 2026 10:41:00 -0500", with the obsolete forms: no weekday, no seconds, two-digit
// years, zone names such as "EST" or "UT") and the lines mail clients put in a forward block
// ("Tue, Mar 3, 2026 at 10:41 AM", "Montag, 6. April 2026 09:14", "viernes, 20 de marzo de 2026
// 9:41"). A line read here needs no chrono parse; anything else is left to chrono (date-phrases.ts).
import { isCalendarDate } from "../time";

export interface HeaderDate {
  year: number;
  month: number;
  day: number;
  /** 12:00 when the line states no time (as chrono implies it). */
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
  /** The numeric or named offset written after the time, in minutes east of UTC; null when none. */
  offsetMinutes: number | null;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  // English, German, French, Spanish, Dutch; Portuguese, Italian, Swedish, Danish/Norwegian, Polish
  // (genitive as dates write it, nominative, and short forms).
  [
    "january",
    "jan",
    "januar",
    "janvier",
    "janv",
    "enero",
    "ene",
    "januari",
    "janeiro",
    "gennaio",
    "gen",
    "stycznia",
    "styczeń",
    "sty",
  ],
  [
    "february",
    "feb",
    "februar",
    "février",
    "févr",
    "fevrier",
    "febrero",
    "februari",
    "fevereiro",
    "fev",
    "febbraio",
    "lutego",
    "luty",
    "lut",
  ],
  ["march", "mar", "märz", "mär", "mrz", "mars", "marzo", "maart", "mrt", "março", "marco", "marts", "marca", "marzec"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "kwi"],
  ["may", "mai", "mayo", "mei", "maio", "maggio", "mag", "maj", "maja"],
  ["june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "czerwca", "czerwiec", "cze"],
  ["july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "lipca", "lipiec", "lip"],
  ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "sierpień", "sie"],
  [
    "september",
    "sep",
    "sept",
    "septembre",
    "septiembre",
    "setiembre",
    "setembro",
    "set",
    "settembre",
    "września",
    "wrzesień",
    "wrz",
  ],
  [
    "october",
    "oct",
    "oktober",
    "okt",
    "octobre",
    "octubre",
    "outubro",
    "out",
    "ottobre",
    "ott",
    "października",
    "październik",
    "paź",
  ],
  ["november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "lis"],
  [
    "december",
    "dec",
    "dezember",
    "dez",
    "décembre",
    "déc",
    "diciembre",
    "dic",
    "dezembro",
    "dicembre",
    "desember",
    "grudnia",
    "grudzień",
    "gru",
  ],
];
MONTH_NAMES.forEach((names, i) => {
  for (const name of names) MONTHS[name] = i + 1;
});

// RFC 5322 section 4.3 zone names; military single letters are treated as unknown (-0000), as the
// RFC says, so they are not listed.
const ZONE_NAMES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const L = "A-Za-z\\u00C0-\\u024F";
// "Tue,", "Montag,", "terça-feira,", "qua.,"; Swedish and Danish put "den" before the day.
const WEEKDAY = `(?:[${L}]{2,12}(?:-feira)?\\.?,?\\s+)?(?:den\\s+)?`;
const MONTH = `([${L}]{3,12})\\.?`;
const CLOCK = "(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?|\\s*Uhr)?";
// "-0500", "(EST)", and Apple Mail's "GMT-3" (its zone is read by the caller, time-zones.ts).
const ZONE =
  "(?:\\s*(?:([+-])(\\d{2}):?(\\d{2})|\\(?([A-Z]{1,5})\\)?([+-]\\d{1,2}(?::?\\d{2})?)?))?(?:\\s*\\([^)]*\\))?";
const TIME_LEAD = "(?:,?\\s+(?:at|um|à|às|a las|om|kl\\.?|klo|o|o godz\\.|godz\\.|alle|ore)\\s+|,?\\s+)";
const END = "\\s*(?:<br\\s*/?>)?\\s*$";

// "Tue, 3 Mar 2026 10:41:00 -0500", "Montag, 6. April 2026 09:14", "viernes, 20 de marzo de 2026 9:41"
const DAY_MONTH_YEAR = new RegExp(
  `^\\s*${WEEKDAY}(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?(\\d{4}|\\d{2})(?:\\s*r\\.)?(?:${TIME_LEAD}${CLOCK}${ZONE})?${END}`,
);
// "Tue, Mar 3, 2026 at 10:41 AM", "Thursday, March 26th, 2026 at 3:41 PM"
const MONTH_DAY_YEAR = new RegExp(
  `^\\s*${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:${TIME_LEAD}${CLOCK}${ZONE})?${END}`,
);

function twoDigitYear(written: string): number {
  const year = Number(written);
  // RFC 5322 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999.
  if (written.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  return year;
}

/** A header or forward-block date line, or null when it is not one of the forms above. */
export function readHeaderDate(line: string): HeaderDate | null {
  if (line.length > 200) return null;
  let day: string | undefined;
  let month: string | undefined;
  let rest: (string | undefined)[];
  let m = DAY_MONTH_YEAR.exec(line);
  if (m) {
    day = m[1];
    month = m[2];
    rest = m.slice(3);
  } else {
    m = MONTH_DAY_YEAR.exec(line);
    if (!m) return null;
    month = m[1];
    day = m[2];
    rest = m.slice(3);
  }
  const [yearText, hourText, minuteText, secondText, meridiem, sign, offsetHours, offsetMinutes, zoneName, zoneShift] =
    rest;
  const monthNumber = MONTHS[(month ?? "").toLowerCase()];
  if (!monthNumber || !yearText) return null;
  const year = twoDigitYear(yearText);
  const dayNumber = Number(day);
  if (!isCalendarDate({ year, month: monthNumber, day: dayNumber })) return null;
  let hour = hourText === undefined ? 12 : Number(hourText);
  const minute = Number(minuteText ?? 0);
  const second = Number(secondText ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 60) return null;
  let offset: number | null = null;
  if (sign) {
    const minutes = Number(offsetHours) * 60 + Number(offsetMinutes);
    offset = sign === "-" ? -minutes : minutes;
  } else if (zoneName) {
    const named = ZONE_NAMES[zoneName];
    // A zone word this table does not know ("BST", "CET"): the caller reads it (time-zones.ts).
    offset = named ?? null;
    // "GMT-3", "UTC+5:30": the named zone moved by the offset written after it.
    const shift = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zoneShift ?? "");
    if (shift && offset !== null) {
      const minutes = Number(shift[2]) * 60 + Number(shift[3] ?? 0);
      offset += shift[1] === "-" ? -minutes : minutes;
    }
  }
  return {
    year,
    month: monthNumber,
    day: dayNumber,
    hour,
    minute,
    second: Math.min(second, 59),
    hasTime: hourText !== undefined,
    offsetMinutes: offset,
  };
}

/** An RFC 2822 Date header as an instant; null when it is not one or states no time. */
export function parseRfc2822Date(header: string): number | null {
  const read = readHeaderDate(header);
  if (!read?.hasTime) return null;
  const utc = Date.UTC(read.year, read.month - 1, read.day, read.hour, read.minute, read.second);
  // "-0000" and an unknown zone: the time is UTC with nothing known of the writer's zone (RFC 5322 3.3).
  return utc - (read.offsetMinutes ?? 0) * 60_000;
}
