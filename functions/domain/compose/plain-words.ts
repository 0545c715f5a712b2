// The vocabularies and offer terms in the words the owner reads in replies and the digest.
// (The vocabulary tables live in vocabulary-words.ts: the CLI's status reads them without dates.)
import type { OfferTerms } from "../extraction";
import { formatCalendarDate, formatInstant } from "../owner-time";
import { formatDate, parseCivilDate } from "../time";

export { MESSAGE_KIND_LABELS, MESSAGE_KIND_WORDS, NUDGE_WORDS, STAGE_WORDS } from "./vocabulary-words";

const WORK_MODE_WORDS = { remote: "remote", hybrid: "hybrid", onsite: "on-site" } as const;

export function formatMoney(amount: number, currency: string | undefined): string {
  const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(amount);
  return currency ? `${number} ${currency}` : number;
}

/** The owner's zone and the moment of writing: dates outside the current year carry their year. */
export interface DateReference {
  timezone: string;
  now: string;
}

/** A calendar date ("2026-05-04") as the owner reads it ("Mon 4 May"); the text as is otherwise. */
export function calendarDateWords(value: string, reference?: DateReference): string {
  const date = parseCivilDate(value);
  if (!date) return value;
  return reference ? formatCalendarDate(date, reference.timezone, reference.now) : formatDate(date);
}

// Stored dates inside a line of text: an instant with its offset, or a calendar date.
const STORED_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g;
const STORED_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * The stored dates a line carries ("answer by 2026-03-13T17:00:00-04:00") as the owner reads them in
 * their zone ("answer by Fri 13 Mar, 5:00 PM EDT"); the rest of the line as is.
 */
export function datesInWords(text: string, reference: DateReference): string {
  return text
    .replace(STORED_INSTANT, (iso) => formatInstant(iso, reference.timezone, reference.now))
    .replace(STORED_DATE, (date) => calendarDateWords(date, reference));
}

/**
 * A timeline entry's summary in words, for a line that already names its kind: without the kind it
 * starts with ("offer: offer received, answer by 2026-03-13" -> "offer received, answer by Fri 13
 * Mar"), vocabulary names spaced ("thank_you" -> "thank you"), dates in the owner's zone.
 */
export function timelineWords(entry: { kind: string; summary: string }, reference: DateReference): string {
  let text = entry.summary;
  if (text.startsWith(`${entry.kind}:`)) text = text.slice(entry.kind.length + 1);
  else if (text.startsWith(`${entry.kind} `)) text = text.slice(entry.kind.length + 1);
  text = text.trim().replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (name) => name.replaceAll("_", " "));
  return datesInWords(text, reference);
}

/** Each stated term as "label: value", in the order of the playbook's checklist. */
export function offerTermLines(terms: OfferTerms, dates?: DateReference): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  if (terms.base !== undefined) lines.push({ label: "Base", value: formatMoney(terms.base, terms.currency) });
  if (terms.bonus !== undefined) {
    const bonus = /^\d+$/.test(terms.bonus) ? formatMoney(Number(terms.bonus), terms.currency) : terms.bonus;
    lines.push({ label: "Bonus", value: bonus });
  }
  if (terms.equity !== undefined) lines.push({ label: "Equity", value: terms.equity });
  if (terms.signOn !== undefined) lines.push({ label: "Sign-on", value: formatMoney(terms.signOn, terms.currency) });
  if (terms.pto !== undefined) lines.push({ label: "PTO", value: `${terms.pto} days` });
  if (terms.benefits !== undefined) lines.push({ label: "Benefits", value: terms.benefits });
  const where = [terms.location, terms.remote ? WORK_MODE_WORDS[terms.remote] : undefined].filter(Boolean).join(", ");
  if (where) lines.push({ label: "Location", value: where });
  if (terms.startDate !== undefined) lines.push({ label: "Start", value: calendarDateWords(terms.startDate, dates) });
  return lines;
}

export function describeOfferTerms(terms: OfferTerms, dates?: DateReference): string {
  return offerTermLines(terms, dates)
    .map((line) => `${line.label === "PTO" ? line.label : line.label.toLowerCase()} ${line.value}`)
    .join(", ");
}

/** Strip line breaks and cap length: these strings came from mail and may end up in a subject. */
export function oneLine(text: string, max = 120): string {
  const flat = text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
