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
import { GERMAN } from "./de";
import { SPANISH } from "./es";
import { FRENCH } from "./fr";
import { DUTCH } from "./nl";
import { POLISH } from "./pl";
import { PORTUGUESE } from "./pt";
import { SWEDISH } from "./sv";

const LANGUAGES: Record<OtherLanguage, LanguageCues> = {
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
  nl: DUTCH,
  pt: PORTUGUESE,
  sv: SWEDISH,
  pl: POLISH,
};

/** A language's own cues; null for English, whose tables live with each extractor. */
export function cuesOf(language: Language): LanguageCues | null {
  return language === "en" ? null : LANGUAGES[language];
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
export const OTHER_LEGAL_FORMS: readonly string[] = Object.values(LANGUAGES).flatMap((cues) => cues.legalForms);
