// A second opinion on the kind, from words alone: a naive Bayes model over the unigrams and
// bigrams of the subject and the start of the newest message, trained by scripts/train-words.ts on
// the labelled sets' kinds and shipped as data (kind-words.json). It never decides the kind (the
// rule tables do); whether it agrees with them, and how strongly it would pick another kind, are
// evidence for the kind's calibrated confidence. The labels are ground truth, so unlike the cue
// tables it was not tuned until every training message reads right. Deterministic, no I/O.
import type { MessageKind } from "../vocabularies";
import type { Features } from "./evidence";
import shipped from "./kind-words.json";
import { onlyAsciiLetters } from "./letter-runs";

/** The kinds the words weigh; `outgoing` is the owner's own mail, told by its sender. */
export const WORD_KINDS = [
  "interview_invite",
  "interview_scheduled",
  "offer",
  "rejection",
  "update",
  "other",
] as const satisfies readonly MessageKind[];

export interface KindWordModel {
  about: string;
  fittedOn: string[];
  /** Per WORD_KINDS entry: log prior, in hundredths. */
  prior: number[];
  /** Word -> per WORD_KINDS entry: log P(word present | kind) minus log P(word absent | kind), in hundredths. */
  words: Record<string, number[]>;
}

const SHIPPED = shipped as KindWordModel;

/** How much of the newest message is read: its opening says what it is; signatures and footers follow. */
const BODY_CHARS = 1200;

/** Anything but printable ASCII, tab and line breaks. */
const NOT_PLAIN_ASCII = /[^\t\n\r -~]/;

/** The distinct unigrams and bigrams of the subject and the opening of the newest message. */
export function kindWordsOf(subject: string, body: string): string[] {
  return [...wordSetOf(subject, body)].sort();
}

/** The tokens of the subject and the opening of the newest message, lower-cased, apostrophes dropped. */
function tokensOf(subject: string, body: string): string[] {
  const opening = `${subject}\n${body.slice(0, BODY_CHARS)}`;
  // NFKC leaves ASCII as it is. A text whose only letters are a-z once lower-cased (ASCII plus
  // typographic punctuation, none of it a letter) needs no Unicode letter class: the same tokens,
  // several times faster.
  const text = (NOT_PLAIN_ASCII.test(opening) ? opening.normalize("NFKC") : opening).toLowerCase();
  return ((onlyAsciiLetters(text) ? text.match(/[a-z][a-z'’]*/g) : text.match(/\p{L}[\p{L}'’]*/gu)) ?? []).map((t) =>
    t.includes("'") || t.includes("’") ? t.replace(/['’]/g, "") : t,
  );
}

function wordSetOf(subject: string, body: string): Set<string> {
  const tokens = tokensOf(subject, body);
  const words = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? "";
    if (token.length < 2) continue;
    words.add(token);
    const next = tokens[i + 1] ?? "";
    if (next.length >= 2) words.add(`${token} ${next}`);
  }
  return words;
}

const rowTables = new WeakMap<KindWordModel, Map<string, number[]>>();

/** The model's words as a Map, built once per model: a lookup per word, no key list per message. */
function rowsOf(model: KindWordModel): Map<string, number[]> {
  let rows = rowTables.get(model);
  if (!rows) {
    rows = new Map(Object.entries(model.words));
    rowTables.set(model, rows);
  }
  return rows;
}

/** Log posterior (unnormalised, natural log) per WORD_KINDS entry. */
export function kindWordScores(words: string[], model: KindWordModel = SHIPPED): number[] {
  const scores = model.prior.map((p) => p / 100);
  const rows = rowsOf(model);
  for (const word of words) {
    const row = rows.get(word);
    if (!row) continue;
    for (let k = 0; k < scores.length; k += 1) scores[k] = (scores[k] ?? 0) + (row[k] ?? 0) / 100;
  }
  return scores;
}

/**
 * The words' verdict on the rules' kind: `words_agree` when the words' likeliest kind is the same,
 * `words_against` how many nats the words prefer their kind by (log scale, 0 when they agree).
 * Nothing for the owner's own mail or a model with no words.
 */
export function kindWordEvidence(ruleKind: MessageKind, words: string[], model: KindWordModel = SHIPPED): Features {
  const index = (WORD_KINDS as readonly string[]).indexOf(ruleKind);
  if (index < 0 || rowsOf(model).size === 0) return {};
  const scores = kindWordScores(words, model);
  const best = Math.max(...scores);
  const against = best - (scores[index] ?? best);
  return {
    words_agree: against === 0 ? 1 : 0,
    words_against: Math.round(Math.log1p(against) * 1000) / 1000,
  };
}

/**
 * `kindWordEvidence(ruleKind, kindWordsOf(subject, body))`, the same to the last bit: only the words
 * the model knows add to a score, and they are added in the same (sorted) order, so the others are
 * dropped before sorting rather than sorted with them.
 */
export function kindWordEvidenceOf(
  ruleKind: MessageKind,
  subject: string,
  body: string,
  model: KindWordModel = SHIPPED,
): Features {
  return kindWordEvidence(ruleKind, knownWordsOf(subject, body, model), model);
}

/** The message's words the model knows, sorted: what a score adds up (the others add nothing). */
function knownWordsOf(subject: string, body: string, model: KindWordModel): string[] {
  const rows = rowsOf(model);
  const firsts = bigramFirstsOf(model);
  // wordSetOf's words, kept only when the model has them; a bigram is written out only after a
  // word that starts one of the model's bigrams.
  const tokens = tokensOf(subject, body);
  const words = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? "";
    if (token.length < 2) continue;
    if (rows.has(token)) words.add(token);
    const next = tokens[i + 1] ?? "";
    if (next.length >= 2 && firsts.has(token)) {
      const bigram = `${token} ${next}`;
      if (rows.has(bigram)) words.add(bigram);
    }
  }
  return [...words].sort();
}

const bigramFirsts = new WeakMap<KindWordModel, Set<string>>();

/** The first words of the model's bigrams. */
function bigramFirstsOf(model: KindWordModel): Set<string> {
  let firsts = bigramFirsts.get(model);
  if (!firsts) {
    firsts = new Set();
    for (const word of rowsOf(model).keys()) {
      const space = word.indexOf(" ");
      if (space > 0) firsts.add(word.slice(0, space));
    }
    bigramFirsts.set(model, firsts);
  }
  return firsts;
}

/** How far ahead (in nats) the words' kind must be before it replaces a cue-less `update`. */
export const WORDS_OVERRULE_NATS = 10;

/**
 * The words' kind when it is a job kind other than `update` and leads `update` by more than
 * WORDS_OVERRULE_NATS: "the position has now been filled" in a wording no cue covers. Null otherwise.
 */
export function wordsOverrule(subject: string, body: string, model: KindWordModel = SHIPPED): MessageKind | null {
  if (rowsOf(model).size === 0) return null;
  const scores = kindWordScores(knownWordsOf(subject, body, model), model);
  let best = 0;
  for (let k = 1; k < scores.length; k += 1) if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
  const kind = WORD_KINDS[best];
  if (!kind || kind === "update" || kind === "other") return null;
  const update = scores[WORD_KINDS.indexOf("update")] ?? 0;
  return (scores[best] ?? 0) - update > WORDS_OVERRULE_NATS ? kind : null;
}
