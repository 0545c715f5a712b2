// The English tables with a language's own merged in: what the extractors read when a message is
// in German, French, Spanish or Dutch. English mail gets the English tables themselves, unchanged.
import {
  APPLICATION_RECEIVED,
  type Cue,
  EXTENSION,
  INVITE,
  NOT_OFFER,
  NOT_REJECTION,
  OFFER,
  OTHER,
  REJECTION,
  SCHEDULED,
  UPDATE,
} from "../kind-cues";
import { ENGLISH_PROMISES, ENGLISH_SLOTS, type PromiseWords, type SlotWords } from "../kind-signals";
import type { Language, LanguageCues, OtherLanguage } from "./cues";
import { GERMAN_LEGAL_FORMS, germanCues } from "./de";
import { SPANISH_LEGAL_FORMS, spanishCues } from "./es";
import { FRENCH_LEGAL_FORMS, frenchCues } from "./fr";
import { DUTCH_LEGAL_FORMS, dutchCues } from "./nl";
import { POLISH_LEGAL_FORMS, polishCues } from "./pl";
import { PORTUGUESE_LEGAL_FORMS, portugueseCues } from "./pt";
import { SWEDISH_LEGAL_FORMS, swedishCues } from "./sv";

// Each language's cues are built on first use: their few hundred patterns cost a process start
// about 10 ms, and most mail is English. Stop words and legal forms, which every message reads,
// are plain lists exported beside them.
const LANGUAGES: Record<OtherLanguage, () => LanguageCues> = {
  de: germanCues,
  fr: frenchCues,
  es: spanishCues,
  nl: dutchCues,
  pt: portugueseCues,
  sv: swedishCues,
  pl: polishCues,
};
const built = new Map<OtherLanguage, LanguageCues>();

/** A language's own cues; null for English, whose tables live with each extractor. */
export function cuesOf(language: Language): LanguageCues | null {
  if (language === "en") return null;
  let cues = built.get(language);
  if (!cues) {
    cues = LANGUAGES[language]();
    built.set(language, cues);
  }
  return cues;
}

/** Something a text is tested against: a pattern, or several or'ed together. */
export interface Matcher {
  test(text: string): boolean;
}

/** Matches when any of the patterns does (absent ones are skipped). */
export function anyOf(...patterns: (Matcher | null | undefined)[]): Matcher {
  const present = patterns.filter((p): p is Matcher => !!p);
  return present.length === 1 && present[0] ? present[0] : { test: (text) => present.some((p) => p.test(text)) };
}

/** Each English pattern, or'ed with the language's own for the same key. */
export function withLanguage<K extends string>(
  english: Readonly<Record<K, RegExp>>,
  local: Readonly<Record<K, RegExp>> | null | undefined,
): Record<K, Matcher> {
  const merged = {} as Record<K, Matcher>;
  for (const key of Object.keys(english) as K[]) merged[key] = anyOf(english[key], local?.[key]);
  return merged;
}

export interface KindTables {
  REJECTION: Cue[];
  NOT_REJECTION: Cue[];
  OFFER: Cue[];
  NOT_OFFER: Cue[];
  EXTENSION: Cue[];
  SCHEDULED: Cue[];
  INVITE: Cue[];
  UPDATE: Cue[];
  APPLICATION_RECEIVED: Cue[];
  OTHER: Cue[];
  SLOTS: SlotWords[];
  PROMISES: PromiseWords[];
}

const kindTableCache = new Map<Language, KindTables>();

/** The kind classifier's cue tables (kind-cues.ts) with the language's added; built once per language. */
export function kindTables(language: Language): KindTables {
  const cached = kindTableCache.get(language);
  if (cached) return cached;
  const local = cuesOf(language);
  const add = (english: Cue[], own: Cue[] | undefined) => (own ? [...english, ...own] : english);
  const tables: KindTables = {
    REJECTION: add(REJECTION, local?.kind.rejection),
    NOT_REJECTION: add(NOT_REJECTION, local?.kind.notRejection),
    OFFER: add(OFFER, local?.kind.offer),
    NOT_OFFER: add(NOT_OFFER, local?.kind.notOffer),
    EXTENSION: add(EXTENSION, local?.kind.extension),
    SCHEDULED: add(SCHEDULED, local?.kind.scheduled),
    INVITE: add(INVITE, local?.kind.invite),
    UPDATE: add(UPDATE, local?.kind.update),
    APPLICATION_RECEIVED: add(APPLICATION_RECEIVED, local?.kind.applicationReceived),
    OTHER: add(OTHER, local?.kind.other),
    SLOTS: local ? [ENGLISH_SLOTS, local.slots] : [ENGLISH_SLOTS],
    PROMISES: local ? [ENGLISH_PROMISES, local.promises] : [ENGLISH_PROMISES],
  };
  kindTableCache.set(language, tables);
  return tables;
}

/** Every language's legal forms ("GmbH", "S.L.", "B.V."): a company's name never includes them. */
export const OTHER_LEGAL_FORMS: readonly string[] = [
  GERMAN_LEGAL_FORMS,
  FRENCH_LEGAL_FORMS,
  SPANISH_LEGAL_FORMS,
  DUTCH_LEGAL_FORMS,
  PORTUGUESE_LEGAL_FORMS,
  SWEDISH_LEGAL_FORMS,
  POLISH_LEGAL_FORMS,
].flat();
