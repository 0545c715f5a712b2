// chrono refiners that read its results the way mail means them (STYLE rule 12), in place of
// filtering after the parse: the mail parsers' windows win over chrono's own reading of the same
// words; a phrase that names no day ("next week"), a length of time ("30 min") or "now" is dropped;
// a time and a date written apart ("14:30 (GMT+01:00) Europe/London on Monday 13 April") are one
// moment; and what is left with no day is dropped. mail-chrono.ts puts them in place.
import type * as chrono from "chrono-node";
import { isWindow, setReading } from "./chrono-readings";
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
