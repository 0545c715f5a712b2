import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { afterWordLiteral, literalStartMatches } from "../../../functions/domain/extract/literal-start";
import { escapeRegExp } from "../../../functions/domain/extract/regex-source";

const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m]);

function expectSame(text: string, literal: string, tail: string, flags: string): void {
  const source = `(?<![\\p{L}\\p{N}])${escapeRegExp(literal)}${tail}`;
  const pattern = new RegExp(source, flags);
  const expected = flags.includes("g") ? shape(text.matchAll(pattern)) : shape([pattern.exec(text)].filter((m) => !!m));
  expect(shape(literalStartMatches(text, literal, source, flags))).toEqual(expected);
  expect(shape(afterWordLiteral(text, literal, tail, flags))).toEqual(expected);
}

const TAILS = [
  String.raw`((?:[ \t]+\p{Lu}\p{Ll}+){1,2}),?[ \t]+(?:Inc\.|LLC)[ \t]+\p{Ll}{2,}`,
  "((?: \\p{Lu}[\\p{L}’'-]*){1,2})(?=[ \\t]*(?:[.;:!?)\\r\\n]|$)|,\\s)",
  " ([–—-]) (\\p{Lu}\\p{L}*)",
  "(?!s)",
  "",
];

describe("matches of a pattern that starts with a literal, tried where it occurs", () => {
  it("finds what the pattern finds, global or not", () => {
    const texts = [
      "Data Analyst Pagamenti. The Data Analyst Pagamenti role, xData Analyst Foo.",
      "Data AnalystData Analyst Bar, Data Analyst – Risk",
      "Data Analyst Harrow Lane Inc. has sent, Data Analyst Xy LLC  offers",
      "😀Data Analyst Ünited. 😀 Data Analyst Ünited.",
      "",
    ];
    for (const text of texts)
      for (const tail of TAILS)
        for (const flags of ["u", "gu"]) {
          expectSame(text, "Data Analyst", tail, flags);
          expectSame(text, "\udc00", tail, flags); // a lone low surrogate: never tried inside a pair
        }
  });

  it("finds what the pattern finds in fixture messages", { timeout: 60_000 }, () => {
    const dir = join(import.meta.dirname, "../../fixtures");
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".eml")).slice(0, 300);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const literal of ["Engineer", "Manager", "Inc", "Analyst", "e"])
        for (const tail of TAILS) for (const flags of ["u", "gu"]) expectSame(text, literal, tail, flags);
    }
  });
});
