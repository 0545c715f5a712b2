// Company names as people write them: folding for comparison, legal suffixes, and the phrases of
// capitalised words that can be a name.

import {
  DOMAIN_TAIL_WORDS,
  EXTRA_INDUSTRY_WORDS,
  GENERIC_TAILS,
  isIndustryWord,
  labelEndsInIndustryWord,
} from "../industry-words";
import { OTHER_LEGAL_FORMS } from "./languages/tables";
import { onlyAsciiLetters } from "./letter-runs";
import { escapeRegExp } from "./regex-source";

export { isIndustryWord, labelEndsInIndustryWord };

/**
 * A written legal form as regex source, its dots optional ("S.L." also matches "SL") and its closing
 * parenthesis too (a name's trailing punctuation is trimmed before legal forms are).
 */
export function legalFormSource(form: string): string {
  return escapeRegExp(form).replace(/\\\./g, "\\.?").replace(/\\\)/g, "\\)?");
}

/**
 * Legal forms of the countries whose language the reader has no table for, or that the tables leave
 * out: Italy and Chile ("SpA", "S.p.A."), the Nordic and Baltic countries, central and south-eastern
 * Europe, Turkey, Japan, Ireland. An owner deals with companies anywhere; none of these is part of a
 * company's name. Forms whose dotless spelling is a common word ("a.s." as "as") are left out.
 */
export const MORE_LEGAL_FORMS: readonly string[] = [
  "S.p.A.",
  "S.a.p.A.",
  "S.a.s.",
  "S.n.c.",
  "S.r.l.s.",
  "Soc. Coop.",
  "SpA",
  "E.I.R.L.",
  "ASA",
  "A/S",
  "AS",
  "Oyj",
  "hf.",
  "ehf.",
  "s.r.o.",
  "spol. s r.o.",
  "Kft.",
  "Zrt.",
  "Nyrt.",
  "d.o.o.",
  "OÜ",
  "UAB",
  "SIA",
  "EOOD",
  "OOD",
  "A.Ş.",
  "Ltd. Şti.",
  "K.K.",
  "G.K.",
  "Teoranta",
  "CLG",
  "GesmbH",
  "Ges.m.b.H.",
  "JSC",
];

/** Every written legal form beyond the common English and European ones the patterns spell out. */
export const WRITTEN_LEGAL_FORMS: readonly string[] = [...OTHER_LEGAL_FORMS, ...MORE_LEGAL_FORMS];

const LEGAL_SUFFIX = new RegExp(
  String.raw`(?:[\s,]+(?:[Ii]nc\.?|INC\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|LTD\.?|Limited|LIMITED|Pvt\.?\s*Ltd\.?|Pte\.?\s*Ltd\.?|Pvt\.?|Pte\.?|DAC|Private\s+Limited|GmbH|AG|S\.?A\.?S?|B\.?V\.?|N\.?V\.?|plc|PLC|Corp\.?|Corporation|(?<!&\s{0,3})Co\.?|\(?Pty\)?\.?\s*Ltd\.?|S\.?r\.?l\.?|SRL|S\.R\.L\.|Sdn\.?\s*Bhd\.?|Bhd\.?|S\.?A\.?B\.?(?:\s+de\s+C\.?V\.?)?|SE|Oy|AB|ApS|KG|LLP|LP|${WRITTEN_LEGAL_FORMS.map(legalFormSource).join("|")}))+\.?$`,
);

// Words that end a company display name but are not the company ("Kestrel Pay Recruiting",
// "Hanse & Kogge Karriere").
const TEAM_SUFFIX =
  /(?:\s+(?:-|–|\||via|at|from))?\s+(?:Recruiting|Recruitment|Talent(?:\s+Acquisition)?|Careers|Hiring(?:\s+Team)?|Jobs|HR|People(?:\s+Team)?|Team|Talent Team|Recruiting Team|Notifications?|Scheduling|Interviews|Interviewing|Candidate Experience|Workday|Greenhouse|Lever|Ashby|Karriere|Recrutement|Carri[eè]res|Empleo|Reclutamiento|Werving|Vacatures|Rekrytering|Bewerbermanagement)\s*$/i;

// Anything beyond printable ASCII and ordinary whitespace (accents, other scripts).
const NON_ASCII = /[^\t\n\r -~]/;

export function foldName(text: string): string {
  // Plain ASCII (most names) has nothing to decompose or transliterate: the same result, cheaper.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, "");
  // Letters with a stroke have no combining mark to drop: "Wrzosła" is "wrzosla.pl".
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[øØ]/g, "o")
    .replace(/[æÆ]/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The text ends in a legal form: "Cascadia Freight Systems, Inc.", "Assurances Vertbois inc.". */
export function endsInLegalForm(text: string): boolean {
  return LEGAL_SUFFIX.test(text.trim());
}

/** "Vellora Software Pvt. Ltd." -> "Vellora Software"; "Kestrel Pay Recruiting" -> "Kestrel Pay". */
export function canonicalCompany(raw: string): string | null {
  let name = raw
    .replace(/\s+/g, " ")
    .replace(/^[\s"'“”‘’(]+|[\s"'“”‘’),.:;!]+$/g, "")
    .trim();
  for (let i = 0; i < 3; i += 1) {
    const before = name;
    name = name
      .replace(LEGAL_SUFFIX, "")
      .replace(TEAM_SUFFIX, "")
      .replace(/^The\s+/, "")
      // "Canterwood Bank via HireVue": the relay's own name follows "via".
      .replace(/\s+via\s+\S.*$/i, "")
      // "Elbkontor Software über JOIN", "Maison Kerlan par Welcome": the same in other languages,
      // one name after the word.
      .replace(/\s+(?:über|ueber|par|por|door)\s+\p{Lu}[\p{L}\p{N}.-]*$/u, "")
      // "Brightwell's Talent Team", "Presidio Bio's recruiting team": the possessive is not the name.
      .replace(/['’]s$/u, "")
      // A phrase cut before its second name: "Northgate Insurance and".
      .replace(/\s+(?:and|&|of|und|et)$/i, "")
      .trim();
    name = name.replace(/[\s,.:;!-]+$/g, "");
    if (name === before) break;
  }
  if (name.length < 2 || name.length > 60 || !/\p{L}/u.test(name)) return null;
  if (/^(?:Inc|LLC|Ltd|Limited|GmbH|AG|Corp|Corporation|Co|plc|SA|BV)\.?$/i.test(name)) return null;
  return name;
}

export interface NamePhrase {
  text: string;
  index: number;
  folded: string;
}

const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const CONNECTORS = new Set(["&", "and", "of", "de", "und", "et"]);

/** A connector word. Lower-casing never shortens a string, so a longer word is none. */
function isConnector(word: string): boolean {
  return word.length <= 3 && CONNECTORS.has(word.toLowerCase());
}

/** The word without the full stops, apostrophes and hyphens it ends with. */
function withoutTrailingMarks(word: string): string {
  let end = word.length;
  for (;;) {
    const code = word.charCodeAt(end - 1);
    if (code === 46 || code === 39 || code === 0x2019 || code === 45) end -= 1;
    else break;
  }
  return end === word.length ? word : word.slice(0, end);
}

/** The text between two words is one or two spaces or tabs (`/^[ \t]{1,2}$/`). */
function isShortGap(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 1 || length > 2) return false;
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** Runs of 1-5 capitalised words (with "&", "and", "of" inside) that could be a company name. */
export function namePhrases(text: string, maxWords = 5): NamePhrase[] {
  const words: { text: string; index: number }[] = [];
  // Without Unicode classes when the text's only letters and digits are ASCII (letter-runs.ts).
  const word = onlyAsciiLetters(text) ? /[A-Za-z0-9][A-Za-z0-9'’.-]*|&/g : /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|&/gu;
  for (const m of text.matchAll(word)) {
    words.push({ text: withoutTrailingMarks(m[0]), index: m.index });
    if (words.length > 20_000) break;
  }
  // A phrase is its words joined by a space or two: it folds to its words' folds run together
  // ("and" dropped), so each word is folded once however many phrases it is in.
  const folds: (string | undefined)[] = [];
  const foldOf = (at: number, word: string) => {
    folds[at] ??= foldName(word.replace(/\band\b/gi, ""));
    return folds[at];
  };
  const phrases: NamePhrase[] = [];
  for (let start = 0; start < words.length; start += 1) {
    const first = words[start];
    if (!first || !CAPITALISED.test(first.text)) continue;
    let end = start;
    let folded = "";
    for (let count = 1; count <= maxWords; count += 1) {
      const last = words[end];
      if (!last) break;
      folded += foldOf(end, last.text);
      if (!isConnector(last.text)) {
        phrases.push({ text: text.slice(first.index, last.index + last.text.length), index: first.index, folded });
      }
      const next = words[end + 1];
      if (!next) break;
      if (!isShortGap(text, last.index + last.text.length, next.index)) break;
      if (!(CAPITALISED.test(next.text) || isConnector(next.text))) break;
      end += 1;
    }
  }
  return phrases;
}

/**
 * A readable name from a domain label alone, the last resort. A squashed label with no industry
 * word at its end splits where the message writes its last part as a word of its own
 * ("brightwaterledger" and "the ledger reconciliation problem": "Brightwater Ledger").
 */
export function nameFromDomainLabel(label: string, text = ""): string | null {
  const plain = nameFromLabelAlone(label);
  if (!plain || plain.includes(" ") || !text) return plain;
  const clean = label.toLowerCase().replace(/[^a-z0-9]/g, "");
  const words = new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => w.length <= clean.length - 4));
  for (let cut = 4; cut <= clean.length - 4; cut += 1) {
    const tail = clean.slice(cut);
    if (!words.has(tail)) continue;
    const head = clean.slice(0, cut);
    return [head, tail].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  }
  return plain;
}

const LABEL_TAILS = [...DOMAIN_TAIL_WORDS, ...EXTRA_INDUSTRY_WORDS];

function nameFromLabelAlone(label: string): string | null {
  const clean = label.toLowerCase().replace(/[^a-z0-9-]/g, "");
  if (clean.length < 2) return null;
  const words = clean.split("-").filter(Boolean);
  const last = words.pop() ?? "";
  // Industry words of either list end a squashed label: "silverpinecredit" -> "Silverpine Credit".
  // The longest one: "palisadeaudio" ends in "audio" before it ends in "io".
  const tail = LABEL_TAILS.filter((word) => last.endsWith(word) && last.length - word.length >= 3).sort(
    (a, b) => b.length - a.length,
  )[0];
  if (tail && !GENERIC_TAILS.has(tail)) {
    words.push(last.slice(0, last.length - tail.length), tail);
  } else if (tail) {
    words.push(last.slice(0, last.length - tail.length));
  } else {
    words.push(last);
  }
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

/**
 * The text writes `name` on its own somewhere: no letter or digit just before it, and not followed
 * by a capitalised word, a digit or "&" (the start of a longer name) nor by a letter, digit or
 * apostrophe. Each place the name is written is looked at, not the whole text with a pattern built
 * per name.
 */
export function writtenAlone(name: string, text: string): boolean {
  // An empty name is "written" at every position, inside a surrogate pair too: the pattern decides.
  if (!name) return NOTHING_ALONE.test(text);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
    LONGER_NAME_AFTER.lastIndex = at + name.length;
    if (!LONGER_NAME_AFTER.test(text)) return true;
  }
  return false;
}

/** The same test at every position of the text, for an empty name. */
const NOTHING_ALONE = /(?<![\p{L}\p{N}])(?![ \t]{1,2}[\p{Lu}\p{N}&]|[\p{L}\p{N}'’])/u;
/** What follows a name that makes it part of a longer word or name. */
const LONGER_NAME_AFTER = /[ \t]{1,2}[\p{Lu}\p{N}&]|[\p{L}\p{N}'’]/uy;
/** The last code point of a text is a letter or digit. */
export const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
