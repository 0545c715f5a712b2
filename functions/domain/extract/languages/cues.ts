// What a language adds to the extractors, as data: the cue tables each extractor merges into its
// English ones when a message is written in that language (language.ts detects it). One file per
// language (de.ts, fr.ts, es.ts, nl.ts) fills this shape; tables.ts merges.
//
// Patterns are written with `words()`: JavaScript's `\b` only knows ASCII letters, so "décidé\b" or
// "\bà" would never match; `words()` turns each `\b` into a boundary that knows accented letters.
import type { DraftKind } from "../../vocabularies";
import type { Cue } from "../kind-cues";
import type { PromiseWords, SlotWords } from "../kind-signals";

// Letters of the Latin scripts these languages use (ASCII, Latin-1, Latin Extended-A and -B). Not
// \p{L}: a case-insensitive Unicode property class costs V8 hundreds of milliseconds to compile.
const LETTER_CHARS = String.raw`A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
const LETTER = `[${LETTER_CHARS}]`;
// A word starts where no letter precedes it and ends where no letter follows it. Each `\b` is one
// or the other, told by what follows it in the pattern; a single lookaround is ten times faster to
// run than the two-sided test an unknown `\b` would need.
const WORD_START = `(?<!${LETTER})`;
const WORD_END = `(?!${LETTER})`;

/**
 * Regex source whose `\b` and `\w` know accented letters: `\b` becomes a word start or end, `\w`
 * any letter, digit or underscore.
 */
export function unicodeBoundaries(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    const next = source[i + 1];
    if (char === "\\" && next !== undefined) {
      if (next === "b" && !inClass) out += opensWord(source.slice(i + 2)) ? WORD_START : WORD_END;
      else if (next === "w") out += inClass ? LETTER_CHARS : LETTER;
      else out += char + next;
      i += 1;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    out += char;
  }
  return out;
}

/** What follows a `\b` in a pattern opens a word: a letter, digit, `\w`, `\d`, a class, a group of those. */
function opensWord(rest: string): boolean {
  const group = /^\((?:\?:|\?<[A-Za-z]\w*>)?/.exec(rest);
  if (group && !/^\(\?<?[=!]/.test(rest)) return opensWord(rest.slice(group[0].length));
  return /^(?:[\p{L}\p{N}_]|\\[wdp]|\[(?!\^))/u.test(rest);
}

/** A case-insensitive pattern over accented words: "\\bdécidé\\b" and "\\bà\\b" match as written. */
export function words(source: string, flags = "i"): RegExp {
  return new RegExp(unicodeBoundaries(source), flags);
}

export type Language = "en" | "de" | "fr" | "es" | "nl" | "pt" | "sv" | "pl";
export type OtherLanguage = Exclude<Language, "en">;

/** Phrases scored per kind (kind-cues.ts has the English ones and their weights). */
export interface KindCues {
  rejection: Cue[];
  notRejection: Cue[];
  offer: Cue[];
  notOffer: Cue[];
  extension: Cue[];
  scheduled: Cue[];
  invite: Cue[];
  update: Cue[];
  applicationReceived: Cue[];
  other: Cue[];
  /** Words that put a message in a job process at all (application, interview, offer...). */
  jobWords: RegExp;
  /** A friend or relative writing, not an employer. */
  personal: RegExp;
}

/** What the sentence around a date says the date is (deadlines.ts has the English ones). */
export interface DateCues {
  /** The owner's answer is due: "Ihre Rückmeldung", "votre décision", "tu respuesta", "je reactie". */
  respond: RegExp;
  /** The employer promises to get back: "wir melden uns", "nous reviendrons vers vous". */
  expect: RegExp;
  /** The owner is asked to pick or book a time. */
  scheduling: RegExp;
  /** A meeting is meant: interview, appointment, confirmed. */
  meeting: RegExp;
  /** A start date, not a deadline. */
  start: RegExp;
}

/** Deadline windows chrono's locale parsers do not read (window-parsers.ts turns these into parsers). */
export interface WindowWords {
  /** "innerhalb von 48 Stunden", "binnen vijf werkdagen": named groups `amount` and `unit`. */
  within: RegExp;
  /** The unit is hours (else days). */
  hours: RegExp;
  /** The unit is working days (Monday to Friday). */
  workingDays: RegExp;
  /** The unit is weeks. */
  weeks: RegExp;
  /** Number words up to ten and the like. */
  numbers: Readonly<Record<string, number>>;
  /** "Ende nächster Woche", "fin de la semaine prochaine": named group `next` when it is next week's. */
  weekEnd: RegExp;
  /** What chrono reads as a day but names none: "nächste Woche", "la semaine prochaine". */
  vague: RegExp;
  /**
   * A weekday and a day of the month with no month after it ("viernes 24", "vendredi 24"): named
   * groups `weekday` (a key of `weekdays`, lower case; 0 is Sunday) and `day`.
   */
  weekdayDay?: { pattern: RegExp; weekdays: Readonly<Record<string, number>> };
}

/** Where a job title starts and ends in running text. */
export interface TitleWords {
  /** Words right before a title ("Stelle als", "poste de"), as regex source without groups. */
  before: string;
  /**
   * Words a title never contains, as regex source matching one whole word: articles, pronouns,
   * prepositions other than the connectors inside titles ("de", "van", "of"), verbs, and the stage
   * and mail words subjects put around a title ("Einladung", "entretien", "proceso").
   */
  stops: string;
  /**
   * Words a title starts with, as regex source matching one whole word ("Gerente", "Analityk",
   * Swedish compounds ending in "-ägare" or "-skribent"): a subject part starting with one is a title.
   */
  heads?: string;
  /**
   * The language writes its nouns with a capital (German): a title found after a context word does
   * not end in lower-case words, which are the sentence going on ("als Product Owner Kredit deshalb
   * zurück"), so they are dropped from its end.
   */
  nounsCapitalised?: boolean;
  /**
   * The language puts its adjectives before the noun (German, Dutch): a lower-case word after title
   * words written with capitals is the sentence going on ("Pricing liegt", "Zakelijk ingevuld").
   */
  adjectivesBefore?: boolean;
}

export interface LanguageCues {
  language: OtherLanguage;
  /** Frequent function words: counted to detect the language. */
  stopWords: readonly string[];
  kind: KindCues;
  slots: SlotWords;
  promises: PromiseWords;
  dates: DateCues;
  windows: WindowWords;
  titles: TitleWords;
  /** Legal forms written after a company name (stripped from employers). */
  legalForms: readonly string[];
  /** A sentence saying nobody reads replies to the sender's address. */
  unmonitored: RegExp;
  /** The owner's own mail: which draft kind it resembles (outgoing.ts has the English ones). */
  outgoing: readonly (readonly [DraftKind, RegExp])[];
}
