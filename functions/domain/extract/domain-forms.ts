// How a company's mail domain relates to the name its people write: marketing affixes
// ("gettidewell", "orbitlyhq", "joinquarry"), initials ("bkp" for Brannock Keel Partners),
// squashed names with an abbreviated tail ("cedarhollowcu" for Cedar Hollow Credit Union,
// "pmcap" for Pell Marsh Capital) and consonant skeletons ("nvtx" for Novatex). A domain that
// only abbreviates a written name must not beat the name itself.
import {
  canonicalCompany,
  foldName,
  legalFormSource,
  type NamePhrase,
  WRITTEN_LEGAL_FORMS,
  writtenAlone,
} from "./company-names";

// Words start-ups put around their name in a domain because the bare name was taken, and a group's
// word before the name its brands share ("grupoalmendro" for a brand written "Almendro Seguros").
const LABEL_PREFIX =
  /^(?:get|join|try|use|hey|meet|go|with|hello|team|hire|grupo|grup|groupe|gruppe|group)(?=[a-z0-9]{3,}$)/;
const LABEL_SUFFIX = /(?<=^[a-z0-9]{3,})(?:hq|app|inc|team|careers|jobs|mail|email)$/;

/** The label and the bare name it may carry: "gettidewell" -> ["gettidewell", "tidewell"]. */
export function labelVariants(label: string): string[] {
  const clean = label.toLowerCase().replace(/[^a-z0-9]/g, "");
  const variants = [clean];
  const noPrefix = clean.replace(LABEL_PREFIX, "");
  const noSuffix = clean.replace(LABEL_SUFFIX, "");
  for (const v of [noPrefix, noSuffix, noPrefix.replace(LABEL_SUFFIX, "")]) {
    if (v.length >= 3 && !variants.includes(v)) variants.push(v);
  }
  return variants;
}

const foldsOf = new WeakMap<NamePhrase, string[]>();

/** "Harbor & Finch" folds to "harborfinch", and domains spell the ampersand "and". */
export function phraseFolds(phrase: NamePhrase): string[] {
  // Asked once per domain variant of each phrase: folded once.
  let folds = foldsOf.get(phrase);
  if (!folds) {
    const withAnd = foldName(phrase.text.replace(/&/g, "and"));
    folds = withAnd === phrase.folded ? [phrase.folded] : [phrase.folded, withAnd];
    foldsOf.set(phrase, folds);
  }
  return folds;
}

const CONNECTOR = /^(?:&|and|of|the|de|und|et)$/i;

/** Each significant word of a name, folded: "Brannock Keel Partners" -> ["brannock", "keel", "partners"]. */
function nameWords(name: string): string[] {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTOR.test(w))
    .map(foldName)
    .filter(Boolean);
}

/** `part` starts with the word's first letter and is a subsequence of the word. */
function abbreviates(part: string, word: string): boolean {
  if (!part || part[0] !== word[0]) return false;
  let at = 0;
  for (const ch of part) {
    at = word.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

const consonants = (word: string) => word.replace(/[aeiouy]/g, "").length;

/**
 * The label is an abbreviation of the written name: split into one piece per word, in order, each
 * piece a subsequence of its word from the word's first letter. A single word needs a piece at
 * least half its consonants long and not a plain prefix (a prefix is a different, shorter name).
 * Exact spellings are not abbreviations; the caller matches those first.
 */
export function labelAbbreviatesName(label: string, name: string): boolean {
  const clean = label.toLowerCase().replace(/[^a-z0-9]/g, "");
  const words = nameWords(name);
  if (clean.length < 3 || words.length === 0 || words.length > 5) return false;
  if (words.join("") === clean) return false;
  const only = words[0] ?? "";
  if (words.length === 1) {
    return !only.startsWith(clean) && clean.length >= consonants(only) / 2 && abbreviates(clean, only);
  }
  // split(i, w): can clean[i..] be covered by words[w..], each taking a non-empty piece?
  const memo = new Map<string, boolean>();
  const split = (i: number, w: number): boolean => {
    if (w === words.length) return i === clean.length;
    if (i === clean.length) return false;
    const key = `${i}:${w}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w] ?? "";
    let ok = false;
    for (let end = i + 1; end <= clean.length && !ok; end += 1) {
      ok = abbreviates(clean.slice(i, end), word) && split(end, w + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return split(0, 0);
}

/** The written names a domain label abbreviates, longest first, legal suffixes dropped. */
export function namesAbbreviatedBy(label: string, phrases: NamePhrase[]): string[] {
  const names = new Set<string>();
  for (const phrase of phrases) {
    const name = canonicalCompany(phrase.text);
    if (name && labelAbbreviatesName(label, name)) names.add(name);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

// The last word of a legal form, as name phrases carry it (trailing dot dropped): "GmbH", "S.L", "B.V".
// A bare "CV" after a name is a résumé far more often than a Dutch partnership ("Pani CV", "your CV"),
// and a bare "AS" in capitals a shouted word ("AS SOON AS") as often as a Norwegian company's form.
const OTHER_LEGAL_TAILS = WRITTEN_LEGAL_FORMS.map((form) => (form.split(/\s+/).pop() ?? "").replace(/\.$/, ""))
  .filter((tail) => /^\p{L}/u.test(tail) && !/^(?:CV|AS)$/.test(tail.replace(/\./g, "")))
  .map(legalFormSource);
const LEGAL_TAIL = new RegExp(
  String.raw`^(?:GmbH|Ltd|Limited|LLC|LLP|Inc|Incorporated|plc|PLC|SAS|SARL|S\.A\.S|S\.A|SA|AB|B\.V|BV|N\.V|AG|Pty|Pte|Corp|Oy|ApS|S\.r\.l|${OTHER_LEGAL_TAILS.join("|")})\.?$`,
);

/**
 * Names written with a legal form ("Rotbach & Söhne GmbH", "Brannock Keel Partners LLP"): someone
 * wrote the registered name, usually in a signature or legal footer. Longest run per suffix only.
 */
export function legallyWrittenNames(phrases: NamePhrase[]): string[] {
  const longestEndingAt = new Map<number, NamePhrase>();
  for (const phrase of phrases) {
    const words = phrase.text.split(/\s+/);
    if (words.length < 2 || !LEGAL_TAIL.test(words[words.length - 1] ?? "")) continue;
    const end = phrase.index + phrase.text.length;
    const known = longestEndingAt.get(end);
    if (!known || phrase.text.length > known.text.length) longestEndingAt.set(end, phrase);
  }
  const names: string[] = [];
  for (const phrase of longestEndingAt.values()) {
    const name = canonicalCompany(phrase.text);
    if (name) names.push(name);
  }
  return names;
}

/**
 * The text also writes the name's leading words on their own ("Talent Partner | Anchor" beside
 * "Anchor Insurance Services Ltd" at anchorinsure.co.uk): the people there use the short form,
 * so the abbreviation does not promote the long one.
 */
export function shortFormWrittenAlone(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  for (let count = 1; count < words.length; count += 1) {
    const short = words.slice(0, count).join(" ");
    if (writtenAlone(short, text)) return true;
  }
  return false;
}

/**
 * The label spells the name's first word and, after a hyphen, the initials of every word after it:
 * "corvane-ms" for "Corvane Marine Services". Such a domain was made from the whole name, so the
 * first word written alone (a subject's "Corvane") is its short form, not another company.
 */
export function labelSpellsHeadAndInitials(label: string, name: string): boolean {
  const parts = label.toLowerCase().split("-");
  const words = nameWords(name);
  if (parts.length !== 2 || words.length < 3) return false;
  const [head, initials] = parts;
  return (
    head === words[0] &&
    initials ===
      words
        .slice(1)
        .map((w) => w.charAt(0))
        .join("")
  );
}
