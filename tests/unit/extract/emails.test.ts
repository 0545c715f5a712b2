import { describe, expect, it } from "vitest";
import { addressesIn, addressesOf } from "../../../functions/domain/extract/emails";

const PATTERN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PIECES = ["a", "Zo", "9", "_", ".", "+", "-", "@", "@", "com", ".org", " ", "\n", "é", ",", "<", ">", "@x.y"];

/** A deterministic pseudo-random text made of address pieces and separators. */
function textOf(seed: number, length: number): string {
  let state = seed;
  let out = "";
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out += PIECES[state % PIECES.length] ?? "";
  }
  return out;
}

describe("addressesIn", () => {
  it("finds what the global address pattern finds, where it finds it", () => {
    let withAddress = 0;
    for (let seed = 1; seed <= 4000; seed += 1) {
      const text = textOf(seed, 1 + (seed % 70));
      const expected = [...text.matchAll(PATTERN)].map((m) => ({ address: m[0], index: m.index }));
      if (expected.length > 0) withAddress += 1;
      expect(addressesIn(text), JSON.stringify(text)).toEqual(expected);
      expect(addressesOf(text)).toEqual(text.match(PATTERN) ?? []);
    }
    expect(withAddress).toBeGreaterThan(500);
  }, 60_000);

  it("reads written addresses", () => {
    expect(addressesOf("Write to dana.lee+jobs@acme-corp.co.uk, or hr@acme.com.")).toEqual([
      "dana.lee+jobs@acme-corp.co.uk",
      "hr@acme.com",
    ]);
    expect(addressesOf("no address @ here, nor user@localhost")).toEqual([]);
  });
});
