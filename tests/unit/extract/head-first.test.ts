import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headFirstMatches } from "../../../functions/domain/extract/head-first";
import { headFirstContexts } from "../../../functions/domain/extract/role";

const FIXTURES = join(import.meta.dirname, "../../fixtures");

function messages(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) messages(path, out);
    else if (name.endsWith(".eml")) out.push(path);
  }
  return out;
}

/** What a reader compares: where each match starts, its text and its captures. */
const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m]);

const { patterns, heads } = headFirstContexts();

function expectSame(text: string): void {
  for (const pattern of patterns)
    expect(shape(headFirstMatches(text, pattern, heads))).toEqual(shape(text.matchAll(pattern)));
}

describe("title contexts read from their nouns", () => {
  it("covers the contexts that open with a title", () => {
    expect(patterns.length).toBeGreaterThanOrEqual(3);
  });

  it("finds what the pattern finds on made-up edges", () => {
    for (const text of [
      "",
      "Engineer role",
      "the Senior Staff Platform Data Software Engineer role and the Product Manager position",
      "A B C D E F G Engineer role", // more than five words before the noun
      "xSenior Engineer role, SeniorEngineering Manager role",
      "Financial Planning & Analysis Manager position",
      "VP of Engineering role; Director of Revenue Management opening; Product Owner job",
      "iOS Engineer II role (R-0048213) and Engineer  role and Engineer\nrole",
      "Software Engineer L5 role, Staff Engineer\nIC6 role, Engineer 3 years role",
      "Product Manager, Growth role; Engineering Manager – Payments (w/m/d) position",
      "Graduate Analyst (2027 intake) role; Backend Engineer (Req ID 2026-1187)",
      "Engineer Engineer Engineer Engineer Engineer Engineer Engineer role",
    ])
      expectSame(text);
  });

  it("finds what the pattern finds in every fixture message", { timeout: 120_000 }, () => {
    const files = messages(FIXTURES);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const raw = readFileSync(file, "utf8");
      expectSame(raw);
      // The unfolded text as the extractors see it: lines joined.
      expectSame(raw.replace(/\r?\n(?=\S)/g, " "));
    }
  });
});
