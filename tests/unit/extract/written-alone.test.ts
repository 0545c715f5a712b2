import { describe, expect, it } from "vitest";
import { writtenAlone } from "../../../functions/domain/extract/company-names";

// The pattern `writtenAlone` stands for, built per name as it was before: a name with no letter or
// digit before it, not followed by a capitalised word, a digit or "&", nor by a letter, digit or
// apostrophe.
function byPattern(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![ \\t]{1,2}[\\p{Lu}\\p{N}&]|[\\p{L}\\p{N}'’])`, "u").test(text);
}

// Pieces to build texts from: the name, its parts, letters (ASCII, accented, astral), digits,
// spaces and tabs, apostrophes and the marks that end a name.
const PIECES = [
  "Acme",
  "Acme Co",
  "acme",
  "Co",
  "x",
  "É",
  "𝐀",
  "7",
  " ",
  "  ",
  "\t",
  "&",
  "'",
  "’",
  ".",
  "-",
  "\n",
  "Ünter",
];
const NAMES = ["Acme", "Acme Co", "Co", "É", "𝐀", "a.b", ""];

function* texts(seed: number, count: number): Generator<string> {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  for (let i = 0; i < count; i += 1) {
    let text = "";
    const length = next() % 8;
    for (let j = 0; j < length; j += 1) text += PIECES[next() % PIECES.length];
    yield text;
  }
}

describe("writtenAlone", () => {
  it("answers as the per-name pattern does on generated texts", () => {
    for (const name of NAMES)
      for (const text of texts(name.length, 4000))
        expect([name, text, writtenAlone(name, text)]).toEqual([name, text, byPattern(name, text)]);
  });

  it("reads the examples it was written for", () => {
    expect(writtenAlone("Anchor", "Talent Partner | Anchor")).toBe(true);
    expect(writtenAlone("Anchor", "Anchor Insurance Services Ltd")).toBe(false);
    expect(writtenAlone("Anchor", "Anchor's team")).toBe(false);
    expect(writtenAlone("Anchor", "Reanchor, Anchor")).toBe(true);
    expect(writtenAlone("Quarry Lane", "Quarry Lane - offer letter")).toBe(true);
  });
});
