// The optional model tier's guard against invention: is a value the model gives written in the
// text it was sent? Names word by word, addresses as written, dates by day and month (English,
// German, French, Spanish, Dutch month names, or figures) and the hour when there is one. Pure.

import { onlyAsciiLetters } from "../ascii-letters";
import type { FactField } from "../extraction";

/** The Unicode fold: NFD, marks off, lower case, every run of non-letters and non-digits one space. */
export function unicodeFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Lower case, no accents, every run of non-letters and non-digits one space. */
export function foldText(text: string): string {
  // Most mail has no letter or digit outside ASCII (see extract/letter-runs.ts): then NFD and the
  // mark removal change nothing, and the Unicode classes match what the ASCII ones do.
  if (onlyAsciiLetters(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return unicodeFold(text);
}

/** Whether the model's value is written in the text it was sent (kind: a choice, nothing to find). */
export function writtenIn(field: FactField, value: string, text: string): boolean {
  switch (field) {
    case "kind":
      return true;
    case "contactEmail":
      return text.toLowerCase().includes(value.toLowerCase());
    case "employer":
    case "role":
      return wordsWrittenIn(value, text);
    case "interviewAt":
    case "respondBy":
    case "expectDecisionBy":
      return dateWrittenIn(value, text);
  }
}

/**
 * Every word of `value` is in the text, in order, at most two words apart ("Ingeniero/a de Software"
 * names "Ingeniero de Software"; "northwind-analytics.com" and "northwindanalytics.com" name
 * "Northwind Analytics").
 */
function wordsWrittenIn(value: string, text: string): boolean {
  const needle = foldText(value).split(" ").filter(Boolean);
  const words = foldText(text).split(" ");
  if (needle.length === 0) return false;
  // A squashed domain label: "zuidasanalytics.nl" names "Zuidas Analytics".
  if (needle.length > 1 && words.includes(needle.join(""))) return true;
  for (let start = 0; start < words.length; start += 1) {
    if (words[start] !== needle[0]) continue;
    let at = start;
    let found = 1;
    while (found < needle.length) {
      const next = words.slice(at + 1, at + 4).indexOf(needle[found] as string);
      if (next < 0) break;
      at += next + 1;
      found += 1;
    }
    if (found === needle.length) return true;
  }
  return false;
}

const MONTH_LOCALES = ["en", "de", "fr", "es", "nl", "pt", "sv", "pl"];
let monthWords: string[][] | null = null;

/** Month names and abbreviations in the languages the rules read, folded; index 0 = January. */
function monthNames(): string[][] {
  monthWords ??= Array.from({ length: 12 }, (_, month) => {
    const at = new Date(Date.UTC(2026, month, 15));
    const names = new Set<string>();
    for (const locale of MONTH_LOCALES) {
      for (const width of ["long", "short"] as const) {
        const name = foldText(new Intl.DateTimeFormat(locale, { month: width, timeZone: "UTC" }).format(at));
        if (name.length >= 3) names.add(name);
      }
      // The form a date writes, where it differs (Polish genitive: "15 stycznia", not "styczeń").
      const inDate = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" })
        .formatToParts(at)
        .find((part) => part.type === "month")?.value;
      if (inDate && foldText(inDate).length >= 3) names.add(foldText(inDate));
    }
    return [...names];
  });
  return monthWords;
}

const regexSource = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The value's day and month (and hour, when it has a time) are written in the text. */
function dateWrittenIn(value: string, text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return false;
  const [, year, mm, dd, hh, min] = m;
  const month = Number(mm);
  const day = Number(dd);
  const folded = foldText(text);
  const raw = text.toLowerCase();
  const names = (monthNames()[month - 1] ?? []).map(regexSource).join("|");
  const d = `0?${day}`;
  const dateFound =
    raw.includes(`${year}-${mm}-${dd}`) ||
    new RegExp(`(?<!\\d)${d}[./-]0?${month}(?!\\d)|(?<!\\d)0?${month}[./-]${d}(?!\\d)`).test(raw) ||
    new RegExp(`(?<!\\d)${d}(?:st|nd|rd|th|er|e)? (?:de |of )?(?:${names})(?![\\p{L}])`, "u").test(folded) ||
    new RegExp(`(?<![\\p{L}])(?:${names}) ${d}(?:st|nd|rd|th)?(?!\\d)`, "u").test(folded);
  if (!dateFound) return false;
  if (hh === undefined || min === undefined) return true;
  const hour = Number(hh);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? "a\\.?m" : "p\\.?m";
  const range = "(?: ?(?:-|–|to|and) ?\\d{1,2}(?:[:.]\\d\\d)?)?";
  return new RegExp(
    `(?<!\\d)0?${hour}[:.h]${min}(?!\\d)|(?<!\\d)0?${hour} ?(?:h|uhr)(?![a-z])|(?<!\\d)${h12}(?:[:.]${min})?${range} ?${suffix}\\b` +
      (hour === 12 && min === "00" ? "|\\bnoon\\b" : ""),
  ).test(raw);
}
