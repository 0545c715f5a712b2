// The window an employer asks the owner's availability for ("your availability this week", "the week
// of 14 March", "Tuesday or Wednesday", "before Friday", "early next week"), in English, German,
// French, Spanish and Dutch: the business days it spans, so the availability draft offers times
// inside it (drafts/owner-reply.ts). Only a sentence that asks about availability or times counts;
// days already past when the mail was written are left out.
import type { AskedWindow } from "../employer";
import {
  addDays,
  type CivilDate,
  compareCivilDates,
  formatCivilDate,
  isWeekend,
  localDateOf,
  weekdayOf,
} from "../time";
import type { DateFrame } from "./date-phrase";
import { findDatePhrases } from "./date-phrases";
import { words } from "./languages/cues";

/** A sentence about availability or times for a meeting. */
const ABOUT_TIMES = words(
  String.raw`\b(?:availability|available|free|times?|slots?|works? for you|suits? you|Verfügbarkeit\w*|verfügbar|Zeit|Termin\w*|disponibilités?|disponible|créneaux?|disponibilidad|disponible|huecos?|horarios?|beschikbaarheid|beschikbaar|tijd|tijdslot\w*)\b`,
);

// Weekday names, Monday first (index + 1 = weekdayOf's number).
const WEEKDAY_NAMES: string[][] = [
  ["monday", "montag", "lundi", "lunes", "maandag"],
  ["tuesday", "dienstag", "mardi", "martes", "dinsdag"],
  ["wednesday", "mittwoch", "mercredi", "miércoles", "miercoles", "woensdag"],
  ["thursday", "donnerstag", "jeudi", "jueves", "donderdag"],
  ["friday", "freitag", "vendredi", "viernes", "vrijdag"],
];
const WEEKDAY = `(?:${WEEKDAY_NAMES.flat().join("|")})`;
const OR = "(?:or|and|oder|und|ou|et|o|y|of|en)";

const WEEK_OF = words(
  String.raw`\b(?:the week of|week of|(?:in )?der Woche vom|la semaine du|la semana del|de week van)\b`,
);
const EARLY_NEXT_WEEK = words(
  String.raw`\b(?:early next week|(?:at )?the (?:beginning|start) of next week|Anfang (?:der )?nächste[nr]? Woche|(?:en )?début de (?:la )?semaine prochaine|a principios de la (?:próxima semana|semana que viene)|begin (?:van )?volgende week)\b`,
);
const NEXT_WEEK = words(
  String.raw`\b(?:next week|the following week|nächste[nr]? Woche|naechste[nr]? Woche|la semaine prochaine|la próxima semana|la proxima semana|la semana que viene|volgende week)\b`,
);
const THIS_WEEK = words(
  String.raw`\b(?:this week|later this week|diese Woche|dieser Woche|cette semaine|esta semana|deze week)\b`,
);
const BEFORE_DAY = words(String.raw`\b(?:before|vor|avant|antes del?|vóór|voor)\s+(${WEEKDAY})\b`);
// "Tuesday or Wednesday", "el jueves o el viernes", "Monday, Tuesday and Thursday".
const ARTICLE = String.raw`(?:(?:el|le|am|on)\s+)?`;
const DAYS_OR = words(String.raw`\b(${WEEKDAY})((?:\s*,\s*${ARTICLE}${WEEKDAY})*)\s+${OR}\s+${ARTICLE}(${WEEKDAY})\b`);
const ANY_WEEKDAY = words(WEEKDAY, "gi");

/** 1 = Monday ... 5 = Friday, for a weekday name in any of the five languages. */
function weekdayNumber(name: string): number {
  const lower = name.toLowerCase();
  return WEEKDAY_NAMES.findIndex((names) => names.includes(lower)) + 1;
}

function mondayOf(date: CivilDate): CivilDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The next date after `from` that falls on `weekday` (1 = Monday). */
function nextWeekday(from: CivilDate, weekday: number): CivilDate {
  const ahead = (weekday - weekdayOf(from) + 7) % 7 || 7;
  return addDays(from, ahead);
}

function weekDays(monday: CivilDate, count = 5): CivilDate[] {
  return Array.from({ length: count }, (_, i) => addDays(monday, i));
}

/** The business days a sentence's window spans, with the words it was said in; null when it names none. */
function windowIn(sentence: string, today: CivilDate, frame: DateFrame): { text: string; days: CivilDate[] } | null {
  const weekOf = WEEK_OF.exec(sentence);
  if (weekOf) {
    const rest = sentence.slice(weekOf.index + weekOf[0].length);
    const date = findDatePhrases(rest, frame)[0];
    if (date) {
      const day = localDateOf(date.instantMs, frame.zone);
      return { text: `${weekOf[0].trim()} ${date.text.trim()}`, days: weekDays(mondayOf(day)) };
    }
  }
  const nextMonday = addDays(mondayOf(today), 7);
  const early = EARLY_NEXT_WEEK.exec(sentence);
  if (early) return { text: early[0], days: weekDays(nextMonday, 3) };
  const next = NEXT_WEEK.exec(sentence);
  if (next) return { text: next[0], days: weekDays(nextMonday) };
  const before = BEFORE_DAY.exec(sentence);
  if (before?.[1]) {
    const limit = nextWeekday(today, weekdayNumber(before[1]));
    const days: CivilDate[] = [];
    for (let d = addDays(today, 1); compareCivilDates(d, limit) < 0; d = addDays(d, 1)) days.push(d);
    return { text: before[0], days };
  }
  const named = DAYS_OR.exec(sentence);
  if (named) {
    const names = [...named[0].matchAll(ANY_WEEKDAY)].map((m) => weekdayNumber(m[0]));
    const days = names.map((n) => nextWeekday(today, n)).sort(compareCivilDates);
    return { text: named[0], days };
  }
  const thisWeek = THIS_WEEK.exec(sentence);
  if (thisWeek) return { text: thisWeek[0], days: weekDays(mondayOf(today)) };
  return null;
}

/** Sentences, without splitting a German or Dutch ordinal date ("in der Woche vom 16. März"). */
function windowSentences(text: string): string[] {
  return text
    .split(/(?<=[^\d\s][.!?])\s+|(?<=[!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The window the employer's availability request names, as business days after the day the mail was
 * written (owner-local dates "YYYY-MM-DD"), or null when it names none or none of its days is ahead.
 */
export function askedWindowOf(body: string, frame: DateFrame | null): AskedWindow | null {
  if (!frame) return null;
  const today = localDateOf(frame.referenceMs, frame.zone);
  for (const sentence of windowSentences(body.slice(0, 10_000))) {
    if (!ABOUT_TIMES.test(sentence)) continue;
    const found = windowIn(sentence, today, frame);
    if (!found) continue;
    const days = found.days.filter((d) => !isWeekend(d) && compareCivilDates(d, today) > 0);
    if (days.length > 0) return { text: found.text, days: days.map(formatCivilDate) };
  }
  return null;
}
