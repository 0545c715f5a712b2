// Which language a message is written in: English, German, French, Spanish or Dutch. Counting
// frequent function words ("und", "vous", "que", "het") in the first few thousand characters is
// enough to tell these apart in mail, costs one pass over the text, and needs no model. Anything
// unsure stays English, so English mail keeps exactly the rules it always had.
import type { Language } from "./languages/cues";
import { GERMAN_STOP_WORDS } from "./languages/de";
import { SPANISH_STOP_WORDS } from "./languages/es";
import { FRENCH_STOP_WORDS } from "./languages/fr";
import { DUTCH_STOP_WORDS } from "./languages/nl";
import { POLISH_STOP_WORDS } from "./languages/pl";
import { PORTUGUESE_STOP_WORDS } from "./languages/pt";
import { SWEDISH_STOP_WORDS } from "./languages/sv";
import { letterRuns } from "./letter-runs";

export type { Language } from "./languages/cues";

const ENGLISH_WORDS = [
  "the",
  "and",
  "you",
  "your",
  "for",
  "with",
  "we",
  "to",
  "of",
  "is",
  "are",
  "this",
  "that",
  "will",
  "be",
  "have",
  "our",
  "please",
  "thank",
  "would",
  "from",
  "it",
  "on",
  "at",
  "my",
  "if",
  "as",
  "can",
  "let",
  "know",
];

const LISTS: [Language, readonly string[]][] = [
  ["en", ENGLISH_WORDS],
  ["de", GERMAN_STOP_WORDS],
  ["fr", FRENCH_STOP_WORDS],
  ["es", SPANISH_STOP_WORDS],
  ["nl", DUTCH_STOP_WORDS],
  ["pt", PORTUGUESE_STOP_WORDS],
  ["sv", SWEDISH_STOP_WORDS],
  ["pl", POLISH_STOP_WORDS],
];

// A word two languages share ("die", "de", "en", "un") tells them apart from neither: dropped.
const WORD_LANGUAGE = (() => {
  const seen = new Map<string, Language | null>();
  for (const [language, words] of LISTS) {
    for (const word of words) {
      const owner = seen.get(word);
      seen.set(word, owner === undefined || owner === language ? language : null);
    }
  }
  return new Map([...seen].filter((entry): entry is [string, Language] => entry[1] !== null));
})();

/** Characters read: a greeting and two paragraphs say it; signatures and footers add nothing. */
const SAMPLE_CHARS = 3000;
/** Fewer function words than this (a one-line reply, a bare link) is too little to go on. */
const MIN_WORDS = 4;

/** The language of a text; English unless another language clearly leads. */
export function detectLanguage(text: string): Language {
  const counts = new Map<Language, number>();
  for (const word of letterRuns(text.slice(0, SAMPLE_CHARS))) {
    const language = WORD_LANGUAGE.get(word.toLowerCase());
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const english = counts.get("en") ?? 0;
  let best: Language = "en";
  let bestCount = english;
  for (const [language, count] of counts) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  // Another language needs enough words and a clear lead over English (quoted English, product names).
  if (best === "en" || bestCount < MIN_WORDS || bestCount < english * 1.5) return "en";
  return best;
}

// foreignShare: how much of the text is not English, a feature of every field's confidence (the
// calibration model was fitted on it, so it keeps its own word lists and behaviour; English mail
// scores about 0 as before). detectLanguage above picks the cue tables; this only weighs trust.
const SHARE_SAMPLE_CHARS = 4000;
// Distinctive function words only: words two of these languages share ("en", "de", "die", "is",
// "we", "es") would blur the count.
const SHARE_WORDS: Record<string, readonly string[]> = {
  en: [
    "the",
    "and",
    "you",
    "your",
    "to",
    "of",
    "for",
    "with",
    "this",
    "that",
    "are",
    "will",
    "have",
    "our",
    "please",
    "thank",
    "would",
    "from",
    "about",
    "next",
  ],
  de: [
    "und",
    "der",
    "das",
    "nicht",
    "ist",
    "wir",
    "sie",
    "ihre",
    "ihnen",
    "mit",
    "für",
    "auf",
    "ein",
    "eine",
    "den",
    "dem",
    "bei",
    "uns",
    "wird",
    "gerne",
    "freundlichen",
    "grüße",
    "grüssen",
    "vielen",
  ],
  fr: [
    "le",
    "la",
    "les",
    "et",
    "vous",
    "votre",
    "nous",
    "pour",
    "avec",
    "une",
    "des",
    "du",
    "sur",
    "pas",
    "dans",
    "merci",
    "cordialement",
    "sommes",
    "au",
    "aux",
  ],
  es: [
    "el",
    "los",
    "las",
    "y",
    "usted",
    "su",
    "nosotros",
    "para",
    "con",
    "una",
    "por",
    "del",
    "muy",
    "gracias",
    "saludos",
    "estamos",
    "le",
    "tu",
  ],
  nl: [
    "het",
    "een",
    "van",
    "je",
    "jij",
    "uw",
    "wij",
    "voor",
    "met",
    "niet",
    "op",
    "zijn",
    "wordt",
    "bedankt",
    "graag",
    "groet",
    "jouw",
    "ons",
    "bij",
  ],
};
const SHARE_LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(SHARE_WORDS)) {
  for (const word of words) SHARE_LOOKUP.set(word, [...(SHARE_LOOKUP.get(word) ?? []), language]);
}
/** Fewer function words than this: too little text to tell (a one-line reply). */
const SHARE_MIN_HITS = 6;

/**
 * Share of the function words that are not English, 0..1; 0 when the text is too short to tell.
 * "Vielen Dank für Ihre Bewerbung ..." gives about 1, an English message about 0.
 */
export function foreignShare(text: string): number {
  const counts: Record<string, number> = {};
  let hits = 0;
  for (const word of letterRuns(text.slice(0, SHARE_SAMPLE_CHARS).toLowerCase())) {
    const languages = SHARE_LOOKUP.get(word);
    if (!languages) continue;
    hits += 1;
    for (const language of languages) counts[language] = (counts[language] ?? 0) + 1 / languages.length;
  }
  if (hits < SHARE_MIN_HITS) return 0;
  return Math.round((1 - (counts.en ?? 0) / hits) * 100) / 100;
}
