import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Cue } from "../../../functions/domain/extract/kind-cues";
import { kindTables } from "../../../functions/domain/extract/languages/tables";
import { gateOf, passes, WordIndex } from "../../../functions/domain/extract/word-gate";

const mayMatch = (pattern: RegExp, text: string) => passes(gateOf(pattern), new WordIndex(text));

describe("word gates derived from a pattern's source", () => {
  it("takes the longest word every start pins down", () => {
    expect(gateOf(/\b(?:will|won't|would|are) not be (?:moving|progressing)\b/i)).toEqual([
      { word: "moving", whole: true },
      { word: "progressing", whole: true },
    ]);
    expect(gateOf(/\bregret to (?:inform|let you know)/i)).toEqual([{ word: "regret", whole: true }]);
    // A word the pattern lets go on is checked by its first four characters.
    expect(gateOf(/\binterview\w*/i)).toEqual([{ word: "inte", whole: false }]);
  });

  it("gives no gate when a start pins down no word", () => {
    expect(gateOf(/unfortunately/i)).toBeNull(); // no \b: may sit inside a longer word
    expect(gateOf(/\b(?:a|to)\w+/i)).toBeNull(); // a short word that may go on
    expect(gateOf(/\bfoo|\d+ days/i)).toBeNull(); // one branch without a word
    expect(gateOf(/\bunfortunately\b/iu)).toBeNull(); // `u`: \w and case folding differ
    expect(gateOf(/\bunfortunately\b/gi)).toBeNull(); // a global pattern keeps state
    expect(gateOf(/\b(\w+) \1\b/i)).toBeNull(); // back-references are not read
  });

  it("reads optional parts, lookarounds and small classes", () => {
    expect(gateOf(/\b(?:we )?(?=x)regret(?!s)\b/i)).toEqual([{ word: "regret", whole: true }]);
    expect(gateOf(/\bwon[’']t be contacting\b/i)).toEqual([{ word: "contacting", whole: true }]);
    expect(mayMatch(/\bwe (?:will|shall)? ?contact you\b/i, "WE CONTACT YOU")).toBe(true);
    expect(mayMatch(/\bwe (?:will|shall)? ?contact you\b/i, "we will call you")).toBe(false);
  });
});

// Every text on which a pattern matches passes its gate. Checked for every kind cue of every
// language over the fixture mail, each match also written in capitals, glued to letters that are
// not ASCII (which \b treats as non-word, the Kelvin sign among them) and inside a longer ASCII word.
function fixtureTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".eml") && texts.length < 400) texts.push(readFileSync(path, "utf8").slice(0, 20_000));
    }
  };
  walk("tests/fixtures/corpus");
  walk("tests/fixtures/unseen-7");
  return texts;
}

describe("a gate never turns away a text the pattern matches", () => {
  it("holds for the kind cue tables over fixture mail and variants of each match", () => {
    const patterns = new Set<RegExp>();
    for (const language of ["en", "de", "fr", "es", "nl", "pt", "sv", "pl"] as const) {
      const tables = kindTables(language) as unknown as Record<string, unknown>;
      for (const table of Object.values(tables))
        if (Array.isArray(table)) for (const cue of table as Cue[]) if (cue[0] instanceof RegExp) patterns.add(cue[0]);
    }
    let gated = 0;
    let checked = 0;
    const texts = fixtureTexts();
    for (const pattern of patterns) {
      if (gateOf(pattern)) gated += 1;
      const global = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}g`);
      for (const text of texts) {
        for (const [match] of text.matchAll(global)) {
          if (!match) continue;
          for (const variant of [
            match,
            match.toUpperCase(),
            `é${match}ſ`,
            `\u212A${match}\u212A`,
            `x${match}x`,
            text,
          ]) {
            pattern.lastIndex = 0;
            if (!pattern.test(variant)) continue;
            checked += 1;
            expect(mayMatch(pattern, variant), `${pattern} on ${JSON.stringify(variant.slice(0, 80))}`).toBe(true);
          }
          break;
        }
      }
    }
    expect(gated).toBeGreaterThan(patterns.size / 2);
    expect(checked).toBeGreaterThan(500);
  }, 120_000);
});
