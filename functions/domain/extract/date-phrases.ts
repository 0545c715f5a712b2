// Finds the dates a text states, resolved against a reference instant (the original message's
// Date) in a zone. chrono does the parsing; the rules here add what mail needs and chrono lacks:
// "within 48 hours", "end of next week", a time and a date written apart ("14:30 (GMT+01:00) ...
// on Monday 13 April"), zone words chrono does not know, and refusal of vague phrases.
import * as chrono from "chrono-node";
import { fixedOffset, fromLocal, offsetMinutesAt, type Zone } from "../time";
import type { DateFrame, DatePhrase } from "./date-phrase";
import { isDurationNotDate, isNotADate, isVague, writtenClockTimes } from "./date-readings";
import { mailDateParser } from "./mail-chrono";
import { phraseAt, relativePhrases } from "./relative-phrases";
import { zoneMentionedIn } from "./time-zones";

export type { DateFrame, DatePhrase } from "./date-phrase";

/** chrono is linear but not cheap; mail bodies past this are not where deadlines live. */
export const MAX_DATE_TEXT = 20_000;

function normalize(text: string): string {
  return writtenClockTimes(text.replace(/[\u202f\u00a0\u2009\u2007]/g, " ").replace(/\ufeff/g, ""));
}

type ChronoResult = ReturnType<typeof chrono.parse>[number];

function hasDay(result: ChronoResult): boolean {
  return result.start.isCertain("day") || result.start.isCertain("weekday");
}

function componentsOf(result: ChronoResult, partner: ChronoResult | null, frame: DateFrame) {
  const zone = frame.zone;
  const dateSource = partner && !hasDay(result) ? partner : result;
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

/** Every dated phrase in the text, in order of appearance. */
export function findDatePhrases(input: string, frame: DateFrame): DatePhrase[] {
  if (!Number.isFinite(frame.referenceMs)) return [];
  const text = normalize(input.slice(0, MAX_DATE_TEXT));
  const found = relativePhrases(text, frame);
  const taken = found.map((p) => [p.index, p.index + p.text.length] as const);
  let results: ChronoResult[];
  try {
    results = mailDateParser(frame.dayFirst, frame.language).parse(
      text,
      { instant: new Date(frame.referenceMs), timezone: offsetMinutesAt(frame.referenceMs, frame.zone) },
      { forwardDate: true },
    );
  } catch {
    return found;
  }
  const used = new Set<ChronoResult>();
  for (const result of results) {
    if (used.has(result)) continue;
    const overlaps = taken.some(([from, to]) => result.index < to && result.index + result.text.length > from);
    if (overlaps || isVague(result, text) || isDurationNotDate(result.text) || isNotADate(result.text)) continue;
    // A time and a date written apart ("14:30 (GMT+01:00) Europe/London on Monday 13 April").
    let partner: ChronoResult | null = null;
    const timeOnly = !hasDay(result) && result.start.isCertain("hour");
    const dateOnly = hasDay(result) && !result.start.isCertain("hour");
    if (timeOnly || dateOnly) {
      partner =
        results.find((other) => {
          if (other === result || used.has(other)) return false;
          const [first, second] = other.index > result.index ? [result, other] : [other, result];
          const gap = second.index - (first.index + first.text.length);
          const complements = timeOnly
            ? hasDay(other) && !other.start.isCertain("hour")
            : !hasDay(other) && other.start.isCertain("hour");
          // Only the text between them can end a sentence: "7. Mai" is a date, not a full stop.
          return (
            complements &&
            gap >= 0 &&
            gap <= 40 &&
            !/[.!?\n]\s/.test(text.slice(first.index + first.text.length, second.index))
          );
        }) ?? null;
    }
    if (!hasDay(result) && !partner) continue;
    if (partner) used.add(partner);
    used.add(result);
    const tail = text.slice(result.index + result.text.length, result.index + result.text.length + 40);
    const { local, hasTime, effective } = componentsOf(result, partner, frame);
    const zone =
      hasTime && !result.start.isCertain("timezoneOffset")
        ? (zoneMentionedIn(tail.split(/[.;\n]/)[0] ?? "", frame.zone, frame.ist) ?? effective)
        : effective;
    const index = partner ? Math.min(result.index, partner.index) : result.index;
    const phrase = partner
      ? text.slice(index, Math.max(result.index + result.text.length, partner.index + partner.text.length))
      : result.text;
    if (local.year < 1900 || local.year > 2200) continue;
    const ms = fromLocal(local, zone);
    if (!Number.isFinite(ms)) continue;
    found.push(phraseAt(index, phrase, ms, hasTime, zone));
  }
  return found.sort((a, b) => a.index - b.index);
}

const LOCALIZED_PARSERS = [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.it, chrono.nl, chrono.pt];

/**
 * A date as a mail client writes it in a forward header ("Tue, Mar 3, 2026 at 10:41 AM",
 * "Montag, 6. April 2026 09:14"): the instant, and the zone it names or else `fallback`.
 */
export function parseWrittenDate(
  written: string,
  fallback: Zone,
  referenceMs: number,
): { instantMs: number; zone: Zone; stated: boolean } | null {
  const text = normalize(written.slice(0, 200)).replace(/^\s*(?:On|Am|Le|El)\s+/i, "");
  // A client's date line always has digits; "yesterday" is not one.
  if (!Number.isFinite(referenceMs) || !/\d/.test(text)) return null;
  const stated = zoneMentionedIn(text);
  const zone = stated ?? fallback;
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
    const instantMs = fromLocal(local, zone);
    if (Number.isFinite(instantMs)) return { instantMs, zone, stated: stated !== null };
  }
  return null;
}
