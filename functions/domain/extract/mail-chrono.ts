// chrono set up for mail, through its own extension points (STYLE rule 12): the casual English
// parser (day-first for European senders), or the message language's own, plus
// - parsers for the windows mail writes ("within 48 hours", "by the 14th": relative-phrases.ts, and
//   each language's own: window-parsers.ts), whose results win over chrono's (mail-refiners.ts);
// - refiners, run after chrono's own, that read what it found the way a recruiter meant it
//   (date-readings.ts says why for each): a bare small hour is the afternoon, an all-numeric date
//   weeks in the past was written in the other order, a phrase that names no day is no date, and a
//   time and a date written apart are one moment.
import * as chrono from "chrono-node";
import { businessHour, swappedNumericDate } from "./date-readings";
import { hourMarkClockParser, klockanClockParser } from "./hour-mark-clock";
import type { Language, OtherLanguage } from "./languages/cues";
import { cuesOf } from "./languages/tables";
import { middayAndMidnight, notDates, timeAndDateApart, weekdayOfNextWeek, windowsFirst } from "./mail-refiners";
import { polishDateParser } from "./polish-dates";
import { ENGLISH_WINDOW_PARSERS } from "./relative-phrases";
import { vagueFilter, windowParsers } from "./window-parsers";

type Result = chrono.ParsedResult & chrono.ParsingResult;

/** "tomorrow at 2" is 14:00: the hour is moved, stated or implied, keeping whether it was stated. */
const businessHours: chrono.Refiner = {
  refine: (_context, results) => {
    for (const result of results as Result[]) {
      const hour = result.start.get("hour");
      if (hour === null) continue;
      const read = businessHour(hour, result.start.isCertain("meridiem"), result.text);
      if (read === hour) continue;
      if (result.start.isCertain("hour")) result.start.assign("hour", read);
      else result.start.imply("hour", read);
    }
    return results;
  },
};

/** "by 03/04/2026" in a message of 27 March is 4 March read day-first: the other order, 3 April. */
const numericDateOrder: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results as Result[]) {
      const year = result.start.get("year");
      const month = result.start.get("month");
      const day = result.start.get("day");
      if (year === null || month === null || day === null) continue;
      const other = swappedNumericDate(result.text, { year, month, day }, context.reference.instant.getTime());
      if (!other) continue;
      result.start.assign("month", other.month);
      result.start.assign("day", other.day);
    }
    return results;
  },
};

// Words without which a parser of chrono's cannot match, by its class: chrono runs every parser's
// pattern over the whole text, and most mail has no "ago" in it, nor a month name. A parser whose
// words are absent is skipped (the same results, read from chrono's own patterns: each is a
// necessary part of the pattern, never a guess). A class missing here (another chrono version) runs
// as before.
const MONTH_WORD = /jan|feb|ma[ry]|apr|ju[nl]|aug|sep|oct|nov|dec/i;
export const NEEDED_WORDS: Record<string, RegExp> = {
  // "(units) ago|before|earlier"
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  // "(units) later|after|from now|henceforth|forward|out"
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  // a month name or its abbreviation, each of which holds one of these
  ENMonthNameLittleEndianParser: MONTH_WORD,
  ENMonthNameMiddleEndianParser: MONTH_WORD,
  ENMonthNameParser: MONTH_WORD,
  ENYearMonthNameParser: MONTH_WORD,
  // a weekday name or its abbreviation, "weekend", "weekday"
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i,
  // an hour in digits
  ENTimeExpressionParser: /\d/,
  // "12/31", "31.12", "12-31": two digits around a separator
  SlashDateFormatParser: /\d[/.-]\d/,
  // a four-digit year first
  ENYearMonthDayParser: /\d{4}/,
  ISOFormatParser: /\d{4}-\d/,
  // "8/2026"
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  // the word itself, standing alone ("now", not "know"): chrono's pattern starts at a word boundary
  ENCasualDateParser: /\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)\b/i,
  // "this morning", "at noon"
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  // "end of the month"
  ENEndOfCurrentMonthParser: /month/i,
};
// Anchored, so a skipped parser fails at the first position: an unanchored `(?!)` is tried at
// every position of the text (about 80 µs on 30 KB, for each skipped parser).
const NEVER = /^(?!)/;

/** `parser`, skipped on a text without the words its pattern needs; itself when none are known. */
function gated(parser: chrono.Parser, needed = NEEDED_WORDS[parser.constructor.name]): chrono.Parser {
  if (!needed) return parser;
  return {
    pattern: (context) => (needed.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** The mail refiners that end the list: after chrono's own and the language's. */
const LAST: chrono.Refiner[] = [weekdayOfNextWeek, middayAndMidnight, notDates, timeAndDateApart];

function configured(base: chrono.Chrono, language?: OtherLanguage): chrono.Chrono {
  const parser = base.clone();
  parser.parsers = parser.parsers.map((p) => gated(p));
  parser.parsers.push(...ENGLISH_WINDOW_PARSERS);
  parser.refiners.unshift(windowsFirst);
  parser.refiners.push(businessHours, numericDateOrder);
  const words = language ? cuesOf(language)?.windows : undefined;
  if (words) {
    parser.parsers.push(...windowParsers(words));
    parser.refiners.push(vagueFilter(words));
  }
  parser.refiners.push(...LAST);
  return parser;
}

/** chrono's Italian parser of that name, skipped on a text without `needed`. */
function italianParsers(name: string, needed: RegExp): chrono.Parser[] {
  return chrono.it.casual.parsers.filter((p) => p.constructor.name === name).map((p) => gated(p, needed));
}

// Italian has no cue tables of its own: its mail reads with the English ones (the shared cues),
// so the English parsers also read an Italian day ("venerdì 15 ottobre 2027", "1° gennaio"),
// run only on a text that names an Italian month (none is an English word).
const ITALIAN_MONTH =
  /\b(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b/i;
const ITALIAN_DAY_PARSERS = italianParsers("ITMonthNameLittleEndianParser", ITALIAN_MONTH);

// An Italian weekday ("giovedì alle 11:30", "lunedi prossimo"), read only on a text that names one
// (none is an English word).
const ITALIAN_WEEKDAY =
  /(?<![\p{L}])(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)(?![\p{L}])/iu;
const ITALIAN_WEEKDAY_PARSERS = italianParsers("ITWeekdayParser", ITALIAN_WEEKDAY);

function english(base: chrono.Chrono): chrono.Chrono {
  const parser = configured(base);
  parser.parsers.push(...ITALIAN_DAY_PARSERS, ...ITALIAN_WEEKDAY_PARSERS);
  return parser;
}

const MONTH_FIRST = english(chrono.en.casual);
const DAY_FIRST = english(chrono.en.GB);

// chrono's own locales (numeric dates day-first in all four), built on first use: English mail
// never pays for them. Each gets the language's deadline windows and drops what names no day.
// Polish has no chrono locale: the day-first English one plus a parser for Polish dates.
// Portuguese and Swedish get the clock times their chrono locales do not read ("14h30", "kl. 13.00").
const LOCALES: Record<OtherLanguage, () => chrono.Chrono> = {
  de: () => chrono.de.casual,
  fr: () => chrono.fr.casual,
  es: () => chrono.es.casual,
  nl: () => chrono.nl.casual,
  pt: () => {
    const portuguese = chrono.pt.casual.clone();
    portuguese.parsers.push(hourMarkClockParser);
    return portuguese;
  },
  sv: () => {
    const swedish = chrono.sv.casual.clone();
    swedish.parsers.push(klockanClockParser);
    return swedish;
  },
  pl: () => {
    const polish = chrono.en.GB.clone();
    polish.parsers.push(polishDateParser);
    return polish;
  },
};
const localParsers = new Map<OtherLanguage, chrono.Chrono>();

function localParser(language: OtherLanguage): chrono.Chrono {
  let parser = localParsers.get(language);
  if (!parser) {
    parser = configured(LOCALES[language](), language);
    localParsers.set(language, parser);
  }
  return parser;
}

/**
 * The parser for a text in `language`: chrono's locale for German, French, Spanish and Dutch;
 * for English, day-first (European senders) or month-first numeric dates.
 */
export function mailDateParser(dayFirst: boolean, language: Language = "en"): chrono.Chrono {
  if (language !== "en") return localParser(language);
  return dayFirst ? DAY_FIRST : MONTH_FIRST;
}
