// The kind word model: what it reads, what evidence it gives, and that training is deterministic
// and matches the shipped file (scripts/train-words.ts --check in test form).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type KindWordModel,
  kindWordEvidence,
  kindWordsOf,
  WORD_KINDS,
  wordsOverrule,
} from "../../../functions/domain/extract/kind-words";
import { trainWordsOn } from "../../../scripts/labelled/confidence-fit";
import { readLabelledFolder } from "../../../scripts/labelled/corpus";
import { type KindDocument, kindWordsJson, trainKindWords } from "../../../scripts/labelled/kind-words-fit";
import { LABELLED_SETS } from "../../../scripts/labelled/sets";

const SHIPPED = join(import.meta.dirname, "../../../functions/domain/extract/kind-words.json");

// Each message three times: a word must be seen in three training messages to be kept.
const documents: KindDocument[] = [0, 1, 2].flatMap(() => [
  ...["We are pleased to offer you the role", "Your offer letter is attached", "offer of employment"].map((t) => ({
    words: kindWordsOf("Offer", t),
    kind: "offer",
  })),
  ...["Unfortunately we will not proceed", "we regret to inform you", "unfortunately not moving forward"].map((t) => ({
    words: kindWordsOf("Your application", t),
    kind: "rejection",
  })),
]);

describe("kindWordsOf", () => {
  it("reads distinct lowercase unigrams and bigrams of the subject and the opening, sorted", () => {
    expect(kindWordsOf("Offer!", "We'd like to offer you")).toEqual([
      "like",
      "like to",
      "offer",
      "offer wed",
      "offer you",
      "to",
      "to offer",
      "wed",
      "wed like",
      "you",
    ]);
  });

  it("ignores what comes after the opening of a long message (footers, signatures)", () => {
    expect(kindWordsOf("", `${"x ".repeat(700)}unsubscribe`)).not.toContain("unsubscribe");
  });
});

describe("kindWordEvidence", () => {
  const model = trainKindWords(documents, []);

  it("agrees when the words point to the rules' kind, and says how strongly they disagree otherwise", () => {
    const words = kindWordsOf("", "unfortunately we regret");
    expect(kindWordEvidence("rejection", words, model)).toEqual({ words_agree: 1, words_against: 0 });
    const against = kindWordEvidence("offer", words, model);
    expect(against.words_agree).toBe(0);
    expect(against.words_against).toBeGreaterThan(0);
  });

  it("gives nothing for the owner's own mail or a model without words", () => {
    expect(kindWordEvidence("outgoing", ["offer"], model)).toEqual({});
    const empty: KindWordModel = { ...model, words: {} };
    expect(kindWordEvidence("offer", ["offer"], empty)).toEqual({});
  });
});

describe("training", () => {
  it("gives the same file twice from the same messages", () => {
    expect(kindWordsJson(trainKindWords(documents, ["a"]))).toBe(kindWordsJson(trainKindWords(documents, ["a"])));
  });

  it("ships the model trained on the labelled sets, laid out as the formatter keeps it", {
    timeout: 240_000,
  }, async () => {
    const folders = [];
    for (const dir of LABELLED_SETS) folders.push({ dir, real: (await readLabelledFolder(dir)).cases, altered: [] });
    const shipped = JSON.parse(readFileSync(SHIPPED, "utf8")) as KindWordModel;
    const model = trainWordsOn(folders, shipped.fittedOn);
    expect(kindWordsJson(model)).toBe(readFileSync(SHIPPED, "utf8"));
    expect(Buffer.byteLength(kindWordsJson(model))).toBeLessThanOrEqual(40_000);
  });
});

describe("wordsOverrule", () => {
  // A hand-made model: six kinds, "filled" strongly rejection, "nice" weakly offer.
  const row = (kind: string, nats: number) => WORD_KINDS.map((k) => (k === kind ? nats * 100 : 0));
  const model: KindWordModel = {
    about: "test",
    fittedOn: [],
    prior: WORD_KINDS.map(() => 0),
    words: { filled: row("rejection", 12), nice: row("offer", 3), newsletter: row("other", 20) },
  };

  it("takes a job kind the words favour over update by more than the margin", () => {
    expect(wordsOverrule("", "the role is filled", model)).toBe("rejection");
  });

  it("leaves the rules' update when the words lead by less, point to 'other', or know nothing", () => {
    expect(wordsOverrule("", "nice to meet you", model)).toBeNull();
    expect(wordsOverrule("", "our newsletter", model)).toBeNull();
    expect(wordsOverrule("", "nothing known here", model)).toBeNull();
    expect(wordsOverrule("", "filled", { ...model, words: {} })).toBeNull();
  });
});
