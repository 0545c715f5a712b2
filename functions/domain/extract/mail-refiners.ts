// chrono refiners that read its results the way mail means them (STYLE rule 12), in place of
// filtering after the parse: the mail parsers' windows win over chrono's own reading of the same
// words; a phrase that names no day ("next week"), a length of time ("30 min") or "now" is dropped;
// a time and a date written apart ("14:30 (GMT+01:00) Europe/London on Monday 13 April") are one
// moment; and what is left with no day is dropped. mail-chrono.ts puts them in place.
import type * as chrono from "chrono-node";
import { DAY_MS, toLocal } from "../time";
import { isWindow, referenceOf, setReading } from "./chrono-readings";
import { isDurationNotDate, isNotADate, isVague, isWordNotWeekday } from "./date-readings";

type Result = chrono.ParsingResult;

function overlaps(a: Result, b: Result): boolean {
  return a.index < b.index + b.text.length && a.index + a.text.length > b.index;
}

/** First of all refiners: a window ("within 5 business days") drops chrono's readings of its words. */
export const windowsFirst: chrono.Refiner = {
  refine: (_context, results) => {
    const windows = (results as Result[]).filter(isWindow);
    if (windows.length === 0) return results;
    return (results as Result[]).filter((r) => isWindow(r) || !windows.some((w) => overlaps(w, r)));
  },
};

/** "next week", "30 min", "24 hours before", "now", "so": chrono reads a day into what names none. */
export const notDates: chrono.Refiner = {
  refine: (context, results) =>
    (results as Result[]).filter(
      (r) =>
        isWindow(r) ||
        !(isVague(r, context.text) || isDurationNotDate(r.text) || isNotADate(r.text) || isWordNotWeekday(r.text)),
    ),
};

export function hasDay(result: Result): boolean {
  return result.start.isCertain("day") || result.start.isCertain("weekday");
}

/**
 * A time and a date written apart, no more than 40 characters and no sentence end between them, are
 * one moment: the first result keeps the other as its partner (date-phrases.ts reads the pair), the
 * other leaves the list. A time that finds no date is dropped, as is anything else with no day.
 */
export const timeAndDateApart: chrono.Refiner = {
  refine: (context, input) => {
    const results = input as Result[];
    const text = context.text;
    const used = new Set<Result>();
    const kept: Result[] = [];
    for (const result of results) {
      if (used.has(result)) continue;
      if (isWindow(result)) {
        kept.push(result);
        continue;
      }
      let partner: Result | null = null;
      const timeOnly = !hasDay(result) && result.start.isCertain("hour");
      const dateOnly = hasDay(result) && !result.start.isCertain("hour");
      if (timeOnly || dateOnly) {
        partner =
          results.find((other) => {
            if (other === result || used.has(other) || isWindow(other)) return false;
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
      used.add(result);
      if (partner) {
        used.add(partner);
        setReading(result, { partner });
      }
      kept.push(result);
    }
    return kept;
  },
};

// Midday and midnight named after a day ("avant vendredi midi", "bis Freitag mittags", "antes del
// viernes a mediodía", "Thursday midnight"): clock times. Midday is 12:00 of that day; midnight is
// the end of it, 24:00, written as 00:00 of the next. Dutch "middag" is the afternoon, not noon.
const MIDDAY = "noon|midday|midi|mittags?|mediod[ií]a|meio-dia|mezzogiorno";
const MIDNIGHT = "midnight|minuit|mitternacht|medianoche|meia-noite|mezzanotte|middernacht";
const CLOCK_WORD_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:(?:at|à|a|al|um|om|ao|à la|vers|gegen)\s+)?(?:(?:le|el|la|o)\s+)?(${MIDDAY}|${MIDNIGHT})\b`,
  "iu",
);
// Preceded by a space: the "midi" of "après-midi" is the afternoon, no clock time.
const CLOCK_WORD_IN = new RegExp(String.raw`(?:^|\s)(${MIDDAY}|${MIDNIGHT})(?![\p{L}-])`, "iu");
const IS_MIDNIGHT = new RegExp(`^(?:${MIDNIGHT})$`, "iu");

export const middayAndMidnight: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results as Result[]) {
      if (isWindow(result) || !hasDay(result)) continue;
      const end = result.index + result.text.length;
      const after = CLOCK_WORD_AFTER.exec(context.text.slice(end, end + 30));
      const word = (after?.[1] ?? CLOCK_WORD_IN.exec(result.text)?.[1])?.toLowerCase();
      if (!word) continue;
      // A clock time written in digits ("um 12 Uhr mittags", "12:00 midnight") is read already.
      if (/\d{1,2}\s*(?::|h\b|uhr\b|[ap]\.?m\b)/i.test(result.text.replace(/\d{4}/g, ""))) continue;
      const midnight = IS_MIDNIGHT.test(word);
      const year = result.start.get("year");
      const month = result.start.get("month");
      const day = result.start.get("day");
      if (year === null || month === null || day === null) continue;
      if (midnight) {
        const next = new Date(Date.UTC(year, month - 1, day + 1));
        result.start.assign("year", next.getUTCFullYear());
        result.start.assign("month", next.getUTCMonth() + 1);
        result.start.assign("day", next.getUTCDate());
      }
      result.start.assign("hour", midnight ? 0 : 12);
      result.start.assign("minute", 0);
      result.start.assign("second", 0);
      if (after) result.text = context.text.slice(result.index, end + after[0].length);
    }
    return results;
  },
};

// A weekday named with the week after this one ("Freitag nächster Woche", "Friday next week",
// "vendredi de la semaine prochaine"): that weekday of the Monday-to-Sunday week after the
// reference's, not the next such weekday (chrono reads only the weekday).
const NEXT_WEEK_AFTER =
  /^\s*,?\s*(?:(?:of\s+)?next week|(?:in\s+)?(?:der\s+)?(?:nächster|nächsten|kommender|kommenden) Woche|(?:de\s+)?la semaine prochaine|de la (?:semana que viene|próxima semana|semana próxima)|(?:van\s+)?volgende week|da (?:próxima semana|semana que vem))(?![\p{L}])/iu;

export const weekdayOfNextWeek: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results as Result[]) {
      if (isWindow(result) || result.start.isCertain("day") || !result.start.isCertain("weekday")) continue;
      const target = result.start.get("weekday");
      if (target === null) continue;
      const end = result.index + result.text.length;
      const after = NEXT_WEEK_AFTER.exec(context.text.slice(end, end + 40));
      if (!after) continue;
      const { ms, zone } = referenceOf(context);
      const local = toLocal(ms, zone);
      const monday = Date.UTC(local.year, local.month - 1, local.day) - ((local.weekday + 6) % 7) * DAY_MS;
      const day = new Date(monday + (7 + ((target + 6) % 7)) * DAY_MS);
      result.start.assign("year", day.getUTCFullYear());
      result.start.assign("month", day.getUTCMonth() + 1);
      result.start.assign("day", day.getUTCDate());
      result.text = context.text.slice(result.index, end + after[0].length);
    }
    return results;
  },
};
