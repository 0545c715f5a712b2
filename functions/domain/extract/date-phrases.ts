// Finds the dates a text states, resolved against a reference instant (the original message's
// Date) in a zone. chrono does the parsing, set up for mail in mail-chrono.ts with its own extension
// points: parsers for "within 48 hours" and "end of next week", refiners that drop vague phrases
// and pair a time and a date written apart. What is left here is reading chrono's results as
// instants in the right zone, with zone words chrono does not know.
import * as chrono from "chrono-node";
import { dateInZone, fixedOffset, fromLocal, isoInZone, type LocalDateTime, offsetMinutesAt, type Zone } from "../time";
import { type MailParsingOption, readingOf } from "./chrono-readings";
import type { DateFrame, DatePhrase } from "./date-phrase";
import { writtenClockTimes } from "./date-readings";
import { readHeaderDate } from "./header-dates";
import { mailDateParser } from "./mail-chrono";
import { hasDay } from "./mail-refiners";
import { type IstReading, windowsLabelZone, zoneMentionedIn } from "./time-zones";

export type { DateFrame, DatePhrase } from "./date-phrase";

/** chrono is linear but not cheap; mail bodies past this are not where deadlines live. */
export const MAX_DATE_TEXT = 20_000;

// "10:00 hrs." (Latin American and military style): the unit after a clock time only says it is
// one, but chrono reads "00 hrs" as "in zero hours" and loses the time. It is blanked, its
// abbreviation dot too (offsets kept), so what follows ("(hora de Santiago)") still reads as the
// time's zone.
const HOURS_AFTER_CLOCK = /(?<=\b\d{1,2}:\d{2}\s?)(?:hrs|hr|hs)\b\.?/gi;

function normalize(text: string): string {
  return writtenClockTimes(text.replace(/[\u202f\u00a0\u2009\u2007]/g, " ").replace(/\ufeff/g, "")).replace(
    HOURS_AFTER_CLOCK,
    (unit) => " ".repeat(unit.length),
  );
}

type ChronoResult = ReturnType<typeof chrono.parse>[number];

function phraseAt(index: number, text: string, instantMs: number, hasTime: boolean, zone: Zone): DatePhrase {
  return {
    text,
    index,
    instantMs,
    hasTime,
    value: hasTime ? isoInZone(instantMs, zone) : dateInZone(instantMs, zone),
  };
}

function componentsOf(result: ChronoResult, partner: ChronoResult | null, frame: DateFrame) {
  const zone = frame.zone;
  const dateSource = partner && !hasDay(result as chrono.ParsingResult) ? partner : result;
  const timeSource = partner && !result.start.isCertain("hour") ? partner : result;
  const local = {
    year: dateSource.start.get("year") ?? 1970,
    month: dateSource.start.get("month") ?? 1,
    day: dateSource.start.get("day") ?? 1,
    hour: timeSource.start.get("hour") ?? 12,
    minute: timeSource.start.get("minute") ?? 0,
    second: timeSource.start.get("second") ?? 0,
  };
  const hasTime = timeSource.start.isCertain("hour");
  const offset = timeSource.start.isCertain("timezoneOffset") ? timeSource.start.get("timezoneOffset") : null;
  const stated = zoneMentionedIn(timeSource.text, zone, frame.ist);
  const effective: Zone = stated ?? (offset !== null && offset !== undefined ? fixedOffset(offset) : zone);
  return { local, hasTime, effective };
}

/** One of chrono's results (with the time or date it was paired with) as a phrase, or null. */
function phraseOf(result: chrono.ParsingResult, text: string, frame: DateFrame): DatePhrase | null {
  const { exact, partner = null } = readingOf(result);
  if (exact) return phraseAt(result.index, result.text, exact.instantMs, exact.hasTime, exact.zone);
  const tail = text.slice(result.index + result.text.length, result.index + result.text.length + 40);
  // Else what follows the time it was paired with, when that comes later ("Date : mardi 16 mars\n
  // Heure : 13:30 (heure de l'Est)").
  const partnerEnd = partner ? partner.index + partner.text.length : 0;
  const partnerTail =
    partnerEnd > result.index + result.text.length ? text.slice(partnerEnd, partnerEnd + 40).split(/[.;\n]/)[0] : "";
  const { local, hasTime, effective } = componentsOf(result, partner, frame);
  // "9:30 AM (UTC-05:00) Eastern Time (US & Canada)": the offset chrono read is the label's standard
  // one; the zone it names decides (-04:00 in summer).
  const labelled = hasTime ? windowsLabelZone(`${result.text}${tail.split("\n")[0] ?? ""}`) : null;
  const zone =
    labelled ??
    (hasTime && !result.start.isCertain("timezoneOffset")
      ? (zoneMentionedIn(tail.split(/[.;\n]/)[0] ?? "", frame.zone, frame.ist) ??
        (partnerTail ? zoneMentionedIn(partnerTail, frame.zone, frame.ist) : null) ??
        effective)
      : effective);
  const index = partner ? Math.min(result.index, partner.index) : result.index;
  const phrase = partner
    ? text.slice(index, Math.max(result.index + result.text.length, partner.index + partner.text.length))
    : result.text;
  if (local.year < 1900 || local.year > 2200) return null;
  const ms = fromLocal(local, zone);
  return Number.isFinite(ms) ? phraseAt(index, phrase, ms, hasTime, zone) : null;
}

/** Every dated phrase in the text, in order of appearance. */
export function findDatePhrases(input: string, frame: DateFrame): DatePhrase[] {
  if (!Number.isFinite(frame.referenceMs)) return [];
  const text = normalize(input.slice(0, MAX_DATE_TEXT));
  const option: MailParsingOption = { forwardDate: true, zone: frame.zone, ist: frame.ist };
  let results: chrono.ParsingResult[];
  try {
    results = mailDateParser(frame.dayFirst, frame.language).parse(
      text,
      { instant: new Date(frame.referenceMs), timezone: offsetMinutesAt(frame.referenceMs, frame.zone) },
      option,
    ) as chrono.ParsingResult[];
  } catch {
    return [];
  }
  const found: DatePhrase[] = [];
  for (const result of results) {
    const phrase = phraseOf(result, text, frame);
    if (phrase) found.push(phrase);
  }
  return found.sort((a, b) => a.index - b.index);
}

const LOCALIZED_PARSERS = [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.it, chrono.nl, chrono.pt];

/**
 * A date as a mail client writes it in a forward header ("Tue, Mar 3, 2026 at 10:41 AM",
 * "Montag, 6. April 2026 09:14"): the instant, and the zone it names or else `fallback`. "IST" is
 * what `ist` says (the forwarded message read for it: "16:48:20 IST" from Dublin is Irish), else
 * India's.
 */
export function parseWrittenDate(
  written: string,
  fallback: Zone,
  referenceMs: number,
  ist?: IstReading,
): { instantMs: number; zone: Zone; stated: boolean } | null {
  const text = normalize(written.slice(0, 200)).replace(/^\s*(?:On|Am|Le|El)\s+/i, "");
  // A client's date line always has digits; "yesterday" is not one.
  if (!Number.isFinite(referenceMs) || !/\d/.test(text)) return null;
  const stated = zoneMentionedIn(text, undefined, ist);
  const zone = stated ?? fallback;
  // The forms mail clients write (header-dates.ts) need no chrono. As with chrono's reading, the
  // wall-clock time is taken in the zone the line names in words, else in `fallback`.
  const read = readHeaderDate(text);
  if (read) {
    const instantMs = fromLocal(read, zone);
    if (Number.isFinite(instantMs)) return { instantMs, zone, stated: stated !== null };
  }
  // A locale that reads only part of the line ("6 may 2026" of "mié, 6 may 2026 a las 12:14") loses
  // the time: the reading that covers most of the line wins.
  let best: ChronoResult | undefined;
  for (const parser of LOCALIZED_PARSERS) {
    let result: ChronoResult | undefined;
    try {
      result = parser.parse(text, { instant: new Date(referenceMs), timezone: offsetMinutesAt(referenceMs, zone) })[0];
    } catch {
      result = undefined;
    }
    if (!result?.start.isCertain("day") || !result.start.isCertain("month")) continue;
    if (!best || result.text.length > best.text.length) best = result;
    if (best.text.length >= text.trim().length - 2) break;
  }
  if (best) {
    const local = {
      year: best.start.get("year") ?? 1970,
      month: best.start.get("month") ?? 1,
      day: best.start.get("day") ?? 1,
      hour: best.start.get("hour") ?? 0,
      minute: best.start.get("minute") ?? 0,
      second: best.start.get("second") ?? 0,
    };
    const instantMs = fromLocal(earlierOrder(text, local, zone, referenceMs), zone);
    if (Number.isFinite(instantMs)) return { instantMs, zone, stated: stated !== null };
  }
  return null;
}

const NUMERIC_DAY_MONTH = /^\D{0,20}?\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/;

/**
 * "Date: 11/5/26 1:02 pm" in a forward sent on 11 May 2026: read month-first it is 5 November,
 * after the forward itself. A message is written before it is forwarded, so an all-numeric date
 * that lands more than a day after `referenceMs` (the forward's own Date) is read in the other
 * order when that one does not.
 */
function earlierOrder<T extends LocalDateTime>(text: string, local: T, zone: Zone, referenceMs: number): T {
  const m = NUMERIC_DAY_MONTH.exec(text);
  if (!m || fromLocal(local, zone) <= referenceMs + 86_400_000) return local;
  const swapped = { ...local, month: local.day, day: local.month };
  if (Number(m[1]) > 12 || Number(m[2]) > 12 || local.month === local.day) return local;
  const ms = fromLocal(swapped, zone);
  return Number.isFinite(ms) && ms <= referenceMs + 86_400_000 ? swapped : local;
}
