// Dates chrono does not read the way mail means them, as chrono parsers (its own extension point):
// "within 48 hours", "within 5 working days", "end of (next) week", and a day of the month with no
// month ("no later than the 12th", "Tuesday the 5th at 10:00"). Each is resolved against the
// message's own Date in its zone (the zone mail-chrono.ts passes in the parse option); each result
// is tagged so that it wins over chrono's own reading of the same words (mail-refiners.ts).
import type * as chrono from "chrono-node";
import { type CivilDate, DAY_MS, fromLocal, HOUR_MS, isCalendarDate, toLocal, weekdayOf, type Zone } from "../time";
import { referenceOf, windowResult } from "./chrono-readings";
import { businessHour } from "./date-readings";
import { zoneMentionedIn } from "./time-zones";

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, ten: 10 };

/** The day `amount` days after the reference, counting only Monday to Friday when `working`. */
export function daysAfter(referenceMs: number, zone: Zone, amount: number, working: boolean): number {
  let ms = referenceMs;
  for (let added = 0; added < amount; ) {
    ms += DAY_MS;
    const weekday = toLocal(ms, zone).weekday;
    if (!working || (weekday !== 0 && weekday !== 6)) added += 1;
  }
  return ms;
}

/** The Friday that ends this working week, or the next one ("end of next week"). */
export function endOfWeek(referenceMs: number, zone: Zone, next: boolean): number {
  const local = toLocal(referenceMs, zone);
  // The working week ends on Friday; "next week" is the Monday-to-Friday after this one.
  let days = (5 - local.weekday + 7) % 7;
  if (local.weekday === 6) days = 6;
  if (next) days += local.weekday === 0 || local.weekday === 6 ? 0 : 7;
  return referenceMs + days * DAY_MS;
}

const WITHIN =
  /\b(?:within|in|over|(?:valid|open) for)\s+(?:the\s+)?(?:next\s+)?(\d{1,3}|one|two|three|four|five|seven|ten)\s+(business\s+|working\s+)?(hours?|days?|weeks?)\b/i;

/** "within 48 hours" is an instant; "in the next 3 business days" is a day. */
const within: chrono.Parser = {
  pattern: () => WITHIN,
  extract: (context, m) => {
    const at = m.index ?? 0;
    const amount = Number(m[1]) || NUMBER_WORDS[(m[1] ?? "").toLowerCase()] || 0;
    if (amount <= 0) return null;
    const { ms, zone } = referenceOf(context);
    if (/hour/i.test(m[3] ?? "")) return windowResult(context, at, m[0], ms + amount * HOUR_MS, true, zone);
    // "within two weeks": calendar weeks, a day ("business weeks" are weeks all the same).
    if (/week/i.test(m[3] ?? ""))
      return windowResult(context, at, m[0], daysAfter(ms, zone, amount * 7, false), false, zone);
    return windowResult(context, at, m[0], daysAfter(ms, zone, amount, !!m[2]), false, zone);
  },
};

const WEEK_END = /\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?week\b/i;

/** "by the end of next week": that week's Friday. */
const weekEnd: chrono.Parser = {
  pattern: () => WEEK_END,
  extract: (context, m) => {
    const at = m.index ?? 0;
    const { ms, zone } = referenceOf(context);
    return windowResult(context, at, m[0], endOfWeek(ms, zone, !!m[1]), false, zone);
  },
};

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
// "on the 14th", "by Wednesday the 20th", "no later than the 12th": a day of the month with no
// month, which chrono reads as nothing or as the bare weekday. Not "the 14th floor" or "the 3rd of
// June" (chrono has those). A clock time right after it belongs to it ("Tuesday the 5th at 10:00").
const DAY_OF_MONTH =
  /\b(?:(?:on|by|before|until|till|no later than|not later than)\s+(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\s+(?:floor|century|percentile|round|edition|anniversary))(?:,?\s+(?:at|@)\s+(\d{1,2})(?:[:.](\d{2}))?(?:\s*([ap])\.?m\b\.?)?)?/i;

/**
 * The next day `day` of a month on or after the reference date, in `zone`; a stated weekday (0 is
 * Sunday) picks between the next twelve months, and one that fits none is a typo: the number wins.
 */
export function nextDayOfMonth(ms: number, zone: Zone, day: number, weekday: number | null): CivilDate | null {
  const local = toLocal(ms, zone);
  const candidates: CivilDate[] = [];
  for (let ahead = 0; ahead < 12; ahead += 1) {
    const months = local.month - 1 + ahead + (day < local.day ? 1 : 0);
    const candidate = { year: local.year + Math.floor(months / 12), month: (months % 12) + 1, day };
    if (isCalendarDate(candidate)) candidates.push(candidate);
  }
  return candidates.find((c) => weekday === null || weekdayOf(c) === weekday) ?? candidates[0] ?? null;
}

/** The next such day on or after the reference date; a stated weekday picks between months. */
const dayOfMonth: chrono.Parser = {
  pattern: () => DAY_OF_MONTH,
  extract: (context, m) => {
    const at = m.index ?? 0;
    const day = Number(m[3]);
    if (day < 1 || day > 31) return null;
    const { ms, zone: frameZone, ist } = referenceOf(context);
    const weekdayWord = (m[1] ?? m[2] ?? "").toLowerCase();
    const best = nextDayOfMonth(ms, frameZone, day, weekdayWord ? WEEKDAYS.indexOf(weekdayWord.slice(0, 3)) : null);
    if (!best) return null;
    const clock = clockOf(m);
    const phrase = clock || !m[4] ? m[0] : m[0].slice(0, m[0].search(/,?\s+(?:at|@)\s+\d/));
    const after = context.text.slice(at + m[0].length, at + m[0].length + 24);
    const zone = clock ? (zoneMentionedIn(after, frameZone, ist) ?? frameZone) : frameZone;
    const chosen = fromLocal({ ...best, hour: clock?.hour ?? 12, minute: clock?.minute ?? 0, second: 0 }, zone);
    if (!Number.isFinite(chosen)) return null;
    return windowResult(context, at, phrase, chosen, clock !== null, zone);
  },
};

/** The clock time after a day of the month, when it is one (hour 0-23, minutes 0-59). */
function clockOf(m: RegExpMatchArray): { hour: number; minute: number } | null {
  if (!m[4]) return null;
  let hour = Number(m[4]);
  const minute = Number(m[5] ?? 0);
  if (hour > 23 || minute > 59) return null;
  if (m[6]) hour = (hour % 12) + (m[6].toLowerCase() === "p" ? 12 : 0);
  // "at 10:00" is written 24-hour style; a bare "at 3" is afternoon.
  else if (!m[5]) hour = businessHour(hour, false, m[0]);
  return { hour, minute };
}

/** The English windows, added to every language's chrono (English phrases turn up in all mail). */
export const ENGLISH_WINDOW_PARSERS: readonly chrono.Parser[] = [within, weekEnd, dayOfMonth];
