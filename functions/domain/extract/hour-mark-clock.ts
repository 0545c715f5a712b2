// Clock times chrono's locales miss: with an "h" between hour and minutes, as Portuguese mail
// writes them ("14h", "14h30", "das 14h às 15h"), and after "kl." with a dot, as Swedish writes
// them ("kl. 13.00–14.00", "kl 9"). Parsers added to those locales (STYLE rule 12) read the time
// and, for a range, its end; a date written apart joins it through the mail refiners.
import type * as chrono from "chrono-node";

const CLOCK = String.raw`(\d{1,2})h(?:([0-5]\d)(?:min)?)?`;
const HOUR_MARK = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:às|as|das|de)\\s+)?${CLOCK}(?:\\s*(?:às|as|a|até|-|–)\\s*${CLOCK})?(?![\\p{L}\\p{N}])`,
  "iu",
);

const KLOCKAN =
  /(?<![\p{L}\p{N}])kl(?:ockan|\.)?\s*(\d{1,2})(?:[.:]([0-5]\d))?(?:\s*(?:-|–|till)\s*(\d{1,2})(?:[.:]([0-5]\d))?)?(?![\p{L}\p{N}])/iu;

function clockResult(context: chrono.ParsingContext, match: RegExpMatchArray) {
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (hour > 23) return null;
  const start = context.createParsingComponents({ hour, minute });
  if (match[3] === undefined) return start;
  const endHour = Number(match[3]);
  const endMinute = Number(match[4] ?? 0);
  if (endHour > 23 || endHour * 60 + endMinute <= hour * 60 + minute) return start;
  return context.createParsingResult(match.index ?? 0, match[0], start, { hour: endHour, minute: endMinute });
}

export const hourMarkClockParser: chrono.Parser = { pattern: () => HOUR_MARK, extract: clockResult };

/** "kl. 13.00", "kl 9", "kl. 13.00–14.00". */
export const klockanClockParser: chrono.Parser = { pattern: () => KLOCKAN, extract: clockResult };
