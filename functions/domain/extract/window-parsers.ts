// chrono parsers and a refiner for deadline windows as other languages write them ("innerhalb von
// 48 Stunden", "binnen vijf werkdagen", "d'ici la fin de la semaine prochaine"), added to chrono's
// locale parsers (STYLE rule 12). The words come from languages/*.ts; the arithmetic is the one
// relative-phrases.ts uses for English, against the message's own Date in the message's zone; like
// the English windows, each result is tagged, carries its exact instant, and wins over chrono's own
// reading of the same words (mail-refiners.ts).
import type * as chrono from "chrono-node";
import { fromLocal, HOUR_MS } from "../time";
import { referenceOf, windowResult } from "./chrono-readings";
import type { WindowWords } from "./languages/cues";
import { daysAfter, endOfWeek, nextDayOfMonth } from "./relative-phrases";

/** "innerhalb von 48 Stunden" is an instant; "binnen vijf werkdagen" and "dans les 3 jours" are days. */
function withinParser(words: WindowWords): chrono.Parser {
  return {
    pattern: () => words.within,
    extract: (context, match) => {
      const written = (match.groups?.amount ?? "").toLowerCase();
      const amount = Number(written) || words.numbers[written] || 0;
      const unit = match.groups?.unit ?? "";
      if (amount <= 0) return null;
      const { ms, zone } = referenceOf(context);
      const at = match.index ?? 0;
      if (words.hours.test(unit)) return windowResult(context, at, match[0], ms + amount * HOUR_MS, true, zone);
      const weeks = words.weeks.test(unit) ? 7 : 1;
      const day = daysAfter(ms, zone, amount * weeks, words.workingDays.test(unit));
      return windowResult(context, at, match[0], day, false, zone);
    },
  };
}

/** "Ende nächster Woche", "fin de la semaine prochaine": that week's Friday. */
function weekEndParser(words: WindowWords): chrono.Parser {
  return {
    pattern: () => words.weekEnd,
    extract: (context, match) => {
      const { ms, zone } = referenceOf(context);
      const friday = endOfWeek(ms, zone, match.groups?.next !== undefined);
      return windowResult(context, match.index ?? 0, match[0], friday, false, zone);
    },
  };
}

/**
 * "antes del viernes 24", "vendredi 24": a weekday and a day of the month with no month, which
 * chrono reads as the bare weekday. The next such day from the message's Date whose weekday fits.
 */
function weekdayDayParser(words: WindowWords): chrono.Parser | null {
  const weekdayDay = words.weekdayDay;
  if (!weekdayDay) return null;
  return {
    pattern: () => weekdayDay.pattern,
    extract: (context, match) => {
      const day = Number(match.groups?.day);
      const weekday = weekdayDay.weekdays[(match.groups?.weekday ?? "").toLowerCase()];
      if (!(day >= 1 && day <= 31) || weekday === undefined) return null;
      const { ms, zone } = referenceOf(context);
      const best = nextDayOfMonth(ms, zone, day, weekday);
      if (!best) return null;
      const chosen = fromLocal({ ...best, hour: 12, minute: 0, second: 0 }, zone);
      if (!Number.isFinite(chosen)) return null;
      return windowResult(context, match.index ?? 0, match[0], chosen, false, zone);
    },
  };
}

/** The language's window parsers, to add to its chrono locale. */
export function windowParsers(words: WindowWords): chrono.Parser[] {
  const weekdayDay = weekdayDayParser(words);
  return weekdayDay
    ? [withinParser(words), weekEndParser(words), weekdayDay]
    : [withinParser(words), weekEndParser(words)];
}

/** Drops what names no day ("nächste Woche", "la semaine prochaine"): a guessed day does harm. */
export function vagueFilter(words: WindowWords): chrono.Refiner {
  return { refine: (_context, results) => results.filter((result) => !words.vague.test(result.text.trim())) };
}
