import { describe, expect, it } from "vitest";
import { namePhrases } from "../../../functions/domain/extract/company-names";
import { CLIENT_ACTS, JOB_AT } from "../../../functions/domain/extract/employer-groups";
import {
  kindWordEvidence,
  kindWordEvidenceOf,
  kindWordsOf,
  WORD_KINDS,
} from "../../../functions/domain/extract/kind-words";
import {
  asciiTwin,
  asciiWordChars,
  letterRuns,
  onlyAsciiLetters,
  patternFor,
} from "../../../functions/domain/extract/letter-runs";
import { foldText, unicodeFold } from "../../../functions/domain/model-reading/written-in";

// Characters the fast path must treat exactly as the Unicode class does: ASCII, the typographic
// marks it accepts, and letters, digits and marks it must hand to the Unicode class.
const ALPHABET = [
  ..."abcXYZ019 .,;:'\"-!?&/()\t\n\r",
  "\u00a0",
  "’",
  "‘",
  "“",
  "”",
  "–",
  "—",
  "•",
  "…",
  "€",
  "£",
  "×",
  "°",
  "é",
  "Ü",
  "ß",
  "ñ",
  "\u212a", // Kelvin sign: a letter that lower-cases to ASCII "k"
  "İ",
  "²",
  "Ⅻ",
  "\u0301",
  "😀",
  "\u00ad",
];

/** A deterministic pseudo-random text over ALPHABET. */
function textOf(seed: number, length: number): string {
  let state = seed;
  let out = "";
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    // Mostly ASCII, as mail is; sometimes one of the others.
    const pick = state % 10 < 8 ? state % 30 : 30 + (state % (ALPHABET.length - 30));
    out += ALPHABET[pick] ?? "";
  }
  return out;
}

describe("letterRuns", () => {
  it("reads the same runs as the Unicode letter class, for plain and mixed text", () => {
    let fast = 0;
    for (let seed = 1; seed <= 3000; seed += 1) {
      const text = textOf(seed, 1 + (seed % 60));
      if (onlyAsciiLetters(text)) fast += 1;
      expect(letterRuns(text), JSON.stringify(text)).toEqual(text.match(/\p{L}+/gu) ?? []);
      expect(letterRuns(text.toLowerCase())).toEqual(text.toLowerCase().match(/\p{L}+/gu) ?? []);
    }
    // Both paths were taken.
    expect(fast).toBeGreaterThan(100);
    expect(fast).toBeLessThan(3000);
  });

  it("takes the fast path only when every letter is ASCII", () => {
    expect(onlyAsciiLetters("Thanks — we’d love to “chat” on Friday… €5 • 10×")).toBe(true);
    expect(onlyAsciiLetters("Grüße")).toBe(false);
    expect(onlyAsciiLetters("\u212a")).toBe(false);
    expect(onlyAsciiLetters("x²")).toBe(false);
  });
});

describe("asciiTwin", () => {
  const NAME = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|&)(?:[ \t]+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|&|and|of)){0,4})`;
  const patterns = [
    ...JOB_AT(),
    CLIENT_ACTS(),
    new RegExp(String.raw`${NAME}['’]s (?:offer|role|team)\b`, "gu"),
    new RegExp(String.raw`^${NAME}\s+(?:Recruiting|Talent) Team\s*$`, "gmu"),
    new RegExp(String.raw`^(?:re\s*:\s*)*${NAME}(?:\s+[-–—|:]\s)`, "giu"),
    /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu,
    /[^\p{L}\p{N}]+/giu,
    /\p{Ll}{2}\.\s*$/gmu,
    // A person's name as the interview readers write it, marks and all.
    /[\p{Lu}](?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?: [\p{Lu}][\p{Ll}\p{M}]+){1,2}(?![\p{L}\p{M}])/gu,
  ];
  const words = [
    "Acme",
    "Brightline",
    "freight",
    "and",
    "of",
    "'s offer",
    "’s team",
    "role at",
    "Recruiting Team",
    "Re:",
  ];

  it("finds the same matches as the Unicode pattern on a text whose letters are ASCII", () => {
    let checked = 0;
    for (let seed = 1; seed <= 1500; seed += 1) {
      let state = seed;
      const parts: string[] = [];
      for (let i = 0; i < 25; i += 1) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        parts.push(state % 3 === 0 ? textOf(state, 1 + (state % 10)) : (words[state % words.length] ?? ""));
        parts.push([" ", "  ", ", ", "\n", " - ", ". "][state % 6] ?? " ");
      }
      const text = parts.join("");
      if (!asciiWordChars(text)) {
        for (const pattern of patterns) expect(patternFor(pattern, text)).toBe(pattern);
        continue;
      }
      checked += 1;
      for (const pattern of patterns) {
        const twin = patternFor(pattern, text);
        expect(twin.source).not.toMatch(/\\p\{/);
        const read = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
        expect(read(twin), `${pattern} on ${JSON.stringify(text)}`).toEqual(read(pattern));
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 60_000);

  it("runs the twin on any text whose letters, digits and marks are ASCII, whatever its symbols", () => {
    expect(asciiWordChars("Offer — 100 € ™ → 😀 \u00ad\u200b")).toBe(true);
    expect(asciiWordChars("Ingénieur")).toBe(false);
    expect(asciiWordChars("x²")).toBe(false);
    expect(asciiWordChars("e\u0301")).toBe(false);
    expect(asciiWordChars("\u212a")).toBe(false);
    expect(asciiWordChars("ſ")).toBe(false);
  });

  it("rewrites the classes only, inside and outside brackets, and leaves other patterns alone", () => {
    expect(asciiTwin(/\\p\{L\}\p{Lu}[\]\p{N}\\p]x\[\p{Ll}/u).source).toBe(String.raw`\\p\{L\}[A-Z][\]0-9\\p]x\[[a-z]`);
    expect(asciiTwin(/[^\p{L}\p{N}]+/gu).flags).toBe("gu");
    expect(asciiTwin(/[\p{Ll}\p{M}]+\p{M}?[^\p{M}]/u).source).toBe("[a-z]+[]?[^]");
    const titleCase = /\p{Lt}|\p{L}/u;
    expect(asciiTwin(titleCase)).toBe(titleCase);
    const notUnicode = /p{L}/;
    expect(asciiTwin(notUnicode)).toBe(notUnicode);
  });
});

describe("foldText", () => {
  it("folds as the Unicode reading does, whichever path it takes", () => {
    let fast = 0;
    for (let seed = 1; seed <= 3000; seed += 1) {
      const text = textOf(seed, 1 + (seed % 80));
      if (onlyAsciiLetters(text)) fast += 1;
      expect(foldText(text), JSON.stringify(text)).toBe(unicodeFold(text));
    }
    expect(fast).toBeGreaterThan(100);
    expect(fast).toBeLessThan(3000);
  }, 60_000);
});

describe("kindWordsOf", () => {
  it("gives the words the Unicode reading gives, whichever path it takes", () => {
    const unicodeWords = (subject: string, body: string) => {
      const text = `${subject}\n${body.slice(0, 1200)}`.normalize("NFKC").toLowerCase();
      const tokens = text.match(/\p{L}[\p{L}'’]*/gu) ?? [];
      const words = new Set<string>();
      for (let i = 0; i < tokens.length; i += 1) {
        const token = (tokens[i] ?? "").replace(/['’]/g, "");
        if (token.length < 2) continue;
        words.add(token);
        const next = (tokens[i + 1] ?? "").replace(/['’]/g, "");
        if (next.length >= 2) words.add(`${token} ${next}`);
      }
      return [...words].sort();
    };
    for (let seed = 1; seed <= 1500; seed += 1) {
      const subject = textOf(seed * 7, 12);
      const body = textOf(seed, 20 + (seed % 200));
      expect(kindWordsOf(subject, body)).toEqual(unicodeWords(subject, body));
    }
  });
});

describe("namePhrases", () => {
  it("finds the same phrases on the ASCII path as on the Unicode one", () => {
    const capitalised = ["Acme", "Brightline", "Freight", "and", "of", "&", "Co.", "O’Neil", "3M", "x-ray", "Ltd", "é"];
    for (let seed = 1; seed <= 800; seed += 1) {
      let state = seed;
      const words: string[] = [];
      for (let i = 0; i < 30; i += 1) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        words.push(state % 3 === 0 ? textOf(state, 1 + (state % 8)) : (capitalised[state % capitalised.length] ?? ""));
        words.push(["  ", " ", ", ", "\n", " — "][state % 5] ?? " ");
      }
      const text = words.join("");
      // A lower-case "é" on a line of its own sends the text down the Unicode path and adds no phrase.
      expect(namePhrases(text), JSON.stringify(text)).toEqual(namePhrases(`${text}\né`));
    }
  });
});

describe("kindWordEvidenceOf", () => {
  it("is kindWordEvidence of all the message's words, to the last bit", () => {
    const phrases = ["interview", "offer", "unfortunately", "availability", "next steps", "thank you for applying"];
    for (let seed = 1; seed <= 400; seed += 1) {
      const subject = `${phrases[seed % phrases.length]} ${textOf(seed * 3, 10)}`;
      const body = Array.from(
        { length: 12 },
        (_, i) => `${phrases[(seed + i) % phrases.length]} ${textOf(seed + i, 15)}`,
      ).join(" ");
      for (const kind of [...WORD_KINDS, "outgoing" as const]) {
        expect(kindWordEvidenceOf(kind, subject, body)).toEqual(kindWordEvidence(kind, kindWordsOf(subject, body)));
      }
    }
  });
});
