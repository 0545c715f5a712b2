// How to read what chrono found the way a recruiter meant it: a length of time is not a date
// ("Phone screen (30 min)", "24 hours before your interview"), a bare small hour is afternoon
// ("tomorrow at 2"), and an all-numeric date that would be weeks in the past read one way is
// read the other way ("by 03/04/2026" in a message sent on 27 March).

// A duration, or an offset from an unnamed moment: chrono reads these as "now plus N". The other
// languages' locales read their own ("Duración: 50 minutos", "de 45 min", "en 30 minutos") the
// same way: a length of time is never a day or a start.
const DURATION =
  /^(?:(?:in|for|en|de|durante|dans|pendant|binnen|em|por|tra|fra|per)\s+)?(?:\d{1,3}|an?|one|two|three|four|five|ten|fifteen|thirty|forty-five|sixty)\s*(?:-\s*)?(?:min(?:ute)?s?|minutos?|minuten|minuti|minuto|minutes|hours?|hrs?|h|horas?|heures?|stunden?|std|uur|ore|ora|timmar|timme|minuter)\.?(?:\s+(?:before|after|prior|early|earlier|later|ahead|beforehand))?$/i;
// "two days before", "the week after (the clocks go back)": counted from something the phrase does
// not name, never from the message's own moment.
const DAYS_RELATIVE_TO_SOMETHING =
  /^(?:\d{1,3}|an?|the|one|two|three|four|five|seven|ten)\s+(?:days?|weeks?|months?)\s+(?:before|after|prior|earlier|later)$/i;

// A phrase made of nothing but amounts and hours or minutes ("half an hour", "1 hour 30 minutes",
// "about 2 hours", "una hora"): a length of time in any of the languages read, never a moment.
const TIME_UNIT =
  /^(?:min|mins|minutes?|minutos?|minuten|minuti|minuto|minuter|hours?|hrs?|horas?|heures?|stunden?|uur|ore|ora|timmar|timme)\.?$/;
const AMOUNT_OR_FILLER =
  /^(?:\d{1,3}(?:[.,]\d{1,2})?|an?|one|two|three|four|five|six|ten|twelve|fifteen|twenty|thirty|forty|sixty|ninety|half|quarter|and|about|around|approximately|approx\.?|roughly|some|just|under|over|in|for|una?|uno|media|medio|y|unos|unas|aproximadamente|cerca|de|en|durante|une?|demi(?:e)?|et|environ|dans|pendant|eine?n?|ein|halbe?|und|etwa|ca\.?|ungefähr|een|anderhalf|ongeveer|binnen|um|uma|meia|e|per)$/;

function isLengthOfTime(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return (
    words.some((w) => TIME_UNIT.test(w)) &&
    words.some((w) => /^\d/.test(w) || /^(?:an?|one|half|una?|uno|une?|eine?n?|ein|een|uma)$/.test(w)) &&
    words.every((w) => TIME_UNIT.test(w) || AMOUNT_OR_FILLER.test(w))
  );
}

export function isDurationNotDate(phraseText: string): boolean {
  const text = phraseText.trim();
  return DURATION.test(text) || DAYS_RELATIVE_TO_SOMETHING.test(text) || isLengthOfTime(text);
}

// "02:00" and "06.30" are written 24-hour style, by hour: built once, not per reading.
const ZERO_PADDED = [1, 2, 3, 4, 5, 6].map((hour) => new RegExp(`(?:^|\\D)0${hour}[:.h]\\d{2}`));

/** Interviews are not held at 2 a.m.: a bare hour from 1 to 6 with no am/pm and no minutes-style zero pad is p.m. */
export function businessHour(hour: number, meridiemStated: boolean, phraseText: string): number {
  if (meridiemStated || hour < 1 || hour > 6) return hour;
  // "02:00" and "06.30" are written 24-hour style: keep them as written.
  if (ZERO_PADDED[hour - 1]?.test(phraseText)) return hour;
  return hour + 12;
}

const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/;

export interface NumericDateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * The other reading of an ambiguous all-numeric date (both parts 12 or less), when the first reading
 * is more than a day before the message and the other is not (and is within a year): mail does not
 * set deadlines or interviews weeks in the past, so the sender wrote in the other order.
 */
export function swappedNumericDate(
  phraseText: string,
  read: NumericDateParts,
  referenceMs: number,
): NumericDateParts | null {
  const m = NUMERIC_DATE.exec(phraseText);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[2]);
  if (first > 12 || second > 12 || first === second) return null;
  // Only when the phrase's numbers are what was read (not a date chrono took from elsewhere).
  const sameNumbers = (read.month === first && read.day === second) || (read.month === second && read.day === first);
  if (!sameNumbers) return null;
  const day = (p: NumericDateParts) => Date.UTC(p.year, p.month - 1, p.day, 23, 59);
  if (day(read) >= referenceMs - 86_400_000) return null;
  const other: NumericDateParts = { year: read.year, month: read.day, day: read.month };
  const otherMs = day(other);
  if (otherMs < referenceMs - 86_400_000 || otherMs > referenceMs + 366 * 86_400_000) return null;
  return other;
}

// "next week" and friends name no day: a nudge on a guessed day does more harm than none.
const VAGUE = /^(?:(?:early|late|mid|middle of|later)\s*-?\s*)?(?:this|next|the following|coming)\s+(?:week|month)$/i;
const VAGUE_BEFORE = /\b(?:early|late|mid|over the|within the|in the|couple of|few)\s*-?\s*$/i;

/** What a vague phrase needs of a chrono result: its text, where it is, and whether it names a day. */
export interface ReadPhrase {
  text: string;
  index: number;
  start: { isCertain(component: "day" | "weekday"): boolean };
}

// A clock time beside the vague words ("at 3pm next week") still names no day.
const CLOCK_BESIDE =
  /^(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+|\s+(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$/i;

/** A phrase that names no day ("next week", "later this month"), or one hedged by the words before it. */
export function isVague(result: ReadPhrase, text: string): boolean {
  const phrase = result.text.trim();
  if (VAGUE.test(phrase) || VAGUE.test(phrase.replace(CLOCK_BESIDE, "").trim())) return true;
  // "next week" names no day, but "Wednesday next week" does.
  const namesDay = result.start.isCertain("day") || result.start.isCertain("weekday");
  if (/\b(?:week|month|year)s?\b/i.test(phrase) && !namesDay) return true;
  return VAGUE_BEFORE.test(text.slice(Math.max(0, result.index - 16), result.index));
}

/**
 * A lower-case weekday abbreviation standing alone is a word, not a day: German "so" (Sonntag),
 * Dutch "zo", French "mon", English "sat", or the start of one ("fr" of "früher"). A day written as
 * one is capitalised ("So, 12. April"); only "tue", "thu" and "fri" are no word in any language.
 */
export function isWordNotWeekday(phraseText: string): boolean {
  const text = phraseText.trim();
  return /^[a-zß]{2,3}\.?,?$/.test(text) && !/^(?:tue|thu|fri)\b/.test(text);
}

/** "now" is the moment of writing ("the panel is now reviewing"), never a deadline or a start. */
export function isNotADate(phraseText: string): boolean {
  return /^(?:right\s+)?now$/i.test(phraseText.trim());
}

// Clock times chrono does not read: French-style "14h30", military "1400 GMT" / "1400hrs", "2.30pm".
// Also the typeset French form, spaced on both sides: "de 13 h 30 à 14 h 45".
const HOUR_H_MINUTES = /\b([01]?\d|2[0-3])([ \u00a0]?)h\2([0-5]\d)\b/g;
const MILITARY =
  /(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s)\b([01]\d|2[0-3])([0-5]\d)(?=\s?(?:hrs?\b|hours\b|h\b|GMT\b|UTC\b|BST\b|CES?T\b|[ECMP][SD]T\b|Z\b))/gi;

// "2.30pm": chrono can read "7 May, 2.30pm" as "May, 2" (a day) and ".30pm" as nothing.
const DOTTED_MERIDIEM = /\b(\d{1,2})\.([0-5]\d)(?=\s?[ap]\.?m\b)/gi;

/**
 * Rewrites those clock times as "14:30". "14h30" keeps its length, and so does "13 h 30" (padded); "1400" becomes "14:00", one
 * character longer, so offsets after it in the rewritten text drift by one (a sentence window of
 * 240 characters does not care).
 */
export function writtenClockTimes(text: string): string {
  return text
    .replace(HOUR_H_MINUTES, (whole, hour: string, _space: string, minutes: string) =>
      `${hour}:${minutes}`.padStart(whole.length, " "),
    )
    .replace(MILITARY, "$1:$2")
    .replace(DOTTED_MERIDIEM, "$1:$2");
}
