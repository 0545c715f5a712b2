// chrono parsers and a refiner for deadline windows as other languages write them ("innerhalb von
// 48 Stunden", "binnen vijf werkdagen", "d'ici la fin de la semaine prochaine"), added to chrono's
// locale parsers (STYLE rule 12). The words come from languages/*.ts; the arithmetic is the one
// relative-phrases.ts uses for English, against the message's own Date in the zone chrono was given.
import type * as chrono from "chrono-node";
import { fixedOffset, HOUR_MS, toLocal, type Zone } from "../time";
import type { WindowWords } from "./languages/cues";
import { daysAfter, endOfWeek } from "./relative-phrases";

type Components = { [c in chrono.Component]?: number };

/** The reference instant and the zone offset chrono was handed (date-phrases.ts passes the frame's). */
function referenceOf(context: chrono.ParsingContext): { ms: number; zone: Zone } {
  return { ms: context.reference.instant.getTime(), zone: fixedOffset(context.reference.timezoneOffset ?? 0) };
}

function dayOf(ms: number, zone: Zone): Components {
  const local = toLocal(ms, zone);
  return { year: local.year, month: local.month, day: local.day };
}

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
      if (words.hours.test(unit)) {
        const local = toLocal(ms + amount * HOUR_MS, zone);
        return {
          ...dayOf(ms + amount * HOUR_MS, zone),
          hour: local.hour,
          minute: local.minute,
          second: local.second,
          timezoneOffset: context.reference.timezoneOffset ?? 0,
        };
      }
      const weeks = words.weeks.test(unit) ? 7 : 1;
      return dayOf(daysAfter(ms, zone, amount * weeks, words.workingDays.test(unit)), zone);
    },
  };
}

/** "Ende nächster Woche", "fin de la semaine prochaine": that week's Friday. */
function weekEndParser(words: WindowWords): chrono.Parser {
  return {
    pattern: () => words.weekEnd,
    extract: (context, match) => {
      const { ms, zone } = referenceOf(context);
      return dayOf(endOfWeek(ms, zone, match.groups?.next !== undefined), zone);
    },
  };
}

/** The language's window parsers, to add to its chrono locale. */
export function windowParsers(words: WindowWords): chrono.Parser[] {
  return [withinParser(words), weekEndParser(words)];
}

/** Drops what names no day ("nächste Woche", "la semaine prochaine"): a guessed day does harm. */
export function vagueFilter(words: WindowWords): chrono.Refiner {
  return { refine: (_context, results) => results.filter((result) => !words.vague.test(result.text.trim())) };
}
