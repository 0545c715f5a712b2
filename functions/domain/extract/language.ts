// Is the newest message written in English, the language the cue tables cover? A cheap count of
// common function words per language over the first few KB: no model, no dictionary. Mail in
// another language is read with the same rules, so its facts deserve less trust (a feature of
// every field's confidence).

const SAMPLE_CHARS = 4000;
// Distinctive function words only: words two of these languages share ("en", "de", "die", "is",
// "we", "es") would blur the count.
const WORDS: Record<string, readonly string[]> = {
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
const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(WORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}
/** Fewer function words than this: too little text to tell (a one-line reply). */
const MIN_HITS = 6;

/**
 * Share of the function words that are not English, 0..1; 0 when the text is too short to tell.
 * "Vielen Dank für Ihre Bewerbung ..." gives about 1, an English message about 0.
 */
export function foreignShare(text: string): number {
  const counts: Record<string, number> = {};
  let hits = 0;
  for (const m of text
    .slice(0, SAMPLE_CHARS)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    const languages = LOOKUP.get(m[0]);
    if (!languages) continue;
    hits += 1;
    for (const language of languages) counts[language] = (counts[language] ?? 0) + 1 / languages.length;
  }
  if (hits < MIN_HITS) return 0;
  return Math.round((1 - (counts.en ?? 0) / hits) * 100) / 100;
}
