// Training the kind word model (functions/domain/extract/kind-words.ts): Bernoulli naive Bayes
// over word presence, on the words mutual information says tell kinds apart. Counting only: no
// random start, ties broken by the word itself, so the same messages always give the same file.
import { type KindWordModel, WORD_KINDS } from "../../functions/domain/extract/kind-words";

export interface KindDocument {
  words: string[];
  kind: string;
}

/** A word seen in fewer training messages than this says more about one message than about kinds. */
const MIN_MESSAGES = 3;
/** Words kept: enough to cover the cue vocabulary, small enough for the inbound bundle. */
export const VOCABULARY_SIZE = 500;
/** Laplace smoothing of the presence counts. */
const ALPHA = 1;

const hundredths = (v: number) => Math.round(v * 100);

/** I(word present; kind) in nats, from presence counts per kind. */
function mutualInformation(present: number[], totals: number[], n: number): number {
  const seen = present.reduce((a, b) => a + b, 0);
  let info = 0;
  for (let k = 0; k < totals.length; k += 1) {
    const total = totals[k] ?? 0;
    for (const [count, marginal] of [
      [present[k] ?? 0, seen],
      [total - (present[k] ?? 0), n - seen],
    ] as const) {
      if (count > 0) info += (count / n) * Math.log((count * n) / (total * marginal));
    }
  }
  return info;
}

export function trainKindWords(
  documents: KindDocument[],
  fittedOn: string[],
  vocabularySize = VOCABULARY_SIZE,
): KindWordModel {
  const kinds = WORD_KINDS as readonly string[];
  const docs = documents.filter((d) => kinds.includes(d.kind));
  const totals = kinds.map((k) => docs.filter((d) => d.kind === k).length);
  const presence = new Map<string, number[]>();
  for (const doc of docs) {
    const k = kinds.indexOf(doc.kind);
    for (const word of new Set(doc.words)) {
      const row = presence.get(word) ?? kinds.map(() => 0);
      row[k] = (row[k] ?? 0) + 1;
      presence.set(word, row);
    }
  }
  const ranked = [...presence]
    .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= MIN_MESSAGES)
    .map(([word, row]) => ({ word, row, info: mutualInformation(row, totals, docs.length) }))
    .sort((a, b) => b.info - a.info || (a.word < b.word ? -1 : 1))
    .slice(0, vocabularySize)
    .sort((a, b) => (a.word < b.word ? -1 : 1));
  const pOf = (count: number, k: number) => (count + ALPHA) / ((totals[k] ?? 0) + 2 * ALPHA);
  const absent = kinds.map(() => 0);
  const words: Record<string, number[]> = {};
  for (const { word, row } of ranked) {
    words[word] = kinds.map((_, k) => {
      const p = pOf(row[k] ?? 0, k);
      absent[k] = (absent[k] ?? 0) + Math.log(1 - p);
      return hundredths(Math.log(p) - Math.log(1 - p));
    });
  }
  const prior = kinds.map((_, k) =>
    hundredths(Math.log(((totals[k] ?? 0) + ALPHA) / (docs.length + kinds.length * ALPHA)) + (absent[k] ?? 0)),
  );
  return {
    about:
      "Kind word model: Bernoulli naive Bayes over word presence, trained by scripts/train-words.ts on the labelled sets; do not edit by hand",
    fittedOn,
    prior,
    words,
  };
}

/** The model as shipped, laid out as the formatter lays it out: one word per line, so a retrain's diff reads word by word. */
export function kindWordsJson(model: KindWordModel): string {
  const list = (values: number[]) => `[${values.join(", ")}]`;
  const fittedOn = model.fittedOn.map((dir) => `    ${JSON.stringify(dir)}`).join(",\n");
  const rows = Object.entries(model.words).map(([word, row]) => `    ${JSON.stringify(word)}: ${list(row)}`);
  return (
    `{\n  "about": ${JSON.stringify(model.about)},\n  "fittedOn": [\n${fittedOn}\n  ],\n` +
    `  "prior": ${list(model.prior)},\n  "words": {\n${rows.join(",\n")}\n  }\n}\n`
  );
}
