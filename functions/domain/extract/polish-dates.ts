// Dates as Polish mail writes them, for the Polish parser chrono lacks (STYLE rule 12: added
// through chrono's own parser extension point to its day-first English one): "26 stycznia 2027 r.",
// "we wtorek, 26 stycznia, o godz. 11:00", "do 14 lutego". Months are in the genitive, as dates
// write them; a missing year is the next such day on or after about two months before the message.
import type * as chrono from "chrono-node";

const MONTHS = [
  "stycznia",
  "lutego",
  "marca",
  "kwietnia",
  "maja",
  "czerwca",
  "lipca",
  "sierpnia",
  "września",
  "października",
  "listopada",
  "grudnia",
];
const LETTER = "A-Za-z\\u00C0-\\u024F";
const WEEKDAY =
  "(?:poniedziałek|wtorek|środ[aęy]|czwartek|piątek|sobot[aęy]|niedziel[aęi]|poniedziałku|wtorku|czwartku|piątku)";
const DATE = new RegExp(
  `(?<![${LETTER}])(?:(?:we?\\s+)?${WEEKDAY},?\\s+)?(\\d{1,2})\\s+(${MONTHS.join("|")})(?:\\s+(\\d{4})(?:\\s*r\\.)?)?(?:,?\\s+(?:o\\s+)?(?:godz(?:inie|\\.)?\\s*)?(\\d{1,2})[:.](\\d{2}))?(?![${LETTER}])`,
  "i",
);

/** "26 stycznia 2027 r., o godz. 11:00": day, month, year and time when written. */
export const polishDateParser: chrono.Parser = {
  pattern: () => DATE,
  extract: (context, match) => {
    const day = Number(match[1]);
    const month = MONTHS.indexOf((match[2] ?? "").toLowerCase()) + 1;
    if (month < 1 || day < 1 || day > 31) return null;
    const components = context.createParsingComponents({ day, month });
    if (match[3]) components.assign("year", Number(match[3]));
    else {
      const ref = context.reference.instant;
      const year = ref.getUTCFullYear();
      const candidate = Date.UTC(year, month - 1, day);
      components.imply("year", candidate < ref.getTime() - 60 * 86_400_000 ? year + 1 : year);
    }
    if (match[4] !== undefined) {
      const hour = Number(match[4]);
      const minute = Number(match[5]);
      if (hour > 23 || minute > 59) return null;
      components.assign("hour", hour);
      components.assign("minute", minute);
    }
    return components;
  },
};
