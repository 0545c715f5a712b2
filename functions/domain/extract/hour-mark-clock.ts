// Clock times written with an "h" between hour and minutes, as Portuguese mail writes them ("14h",
// "14h30", "das 14h às 15h"): chrono's Portuguese locale reads none of them. A parser added to
// that locale (STYLE rule 12) reads the time and, for a range, its end; a date written apart
// joins it through the mail refiners.
import type * as chrono from "chrono-node";

const CLOCK = String.raw`(\d{1,2})h(?:([0-5]\d)(?:min)?)?`;
const HOUR_MARK = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:às|as|das|de)\\s+)?${CLOCK}(?:\\s*(?:às|as|a|até|-|–)\\s*${CLOCK})?(?![\\p{L}\\p{N}])`,
  "iu",
);

export const hourMarkClockParser: chrono.Parser = {
  pattern: () => HOUR_MARK,
  extract: (context, match) => {
    const hour = Number(match[1]);
    const minute = Number(match[2] ?? 0);
    if (hour > 23) return null;
    const start = context.createParsingComponents({ hour, minute });
    if (match[3] === undefined) return start;
    const endHour = Number(match[3]);
    const endMinute = Number(match[4] ?? 0);
    if (endHour > 23 || endHour * 60 + endMinute <= hour * 60 + minute) return start;
    const result = context.createParsingResult(match.index ?? 0, match[0], start, { hour: endHour, minute: endMinute });
    return result;
  },
};
