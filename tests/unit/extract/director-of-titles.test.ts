// "Director of X" is one title: the reader used to stop at "Director" when a subject or a sentence
// wrote the specialisation with "of" (three silent errors at 0.98-0.99 on the fresh unseen-18).
import { describe, expect, it } from "vitest";
import { extractRole } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

describe("Director of X titles", () => {
  it.each([
    ["an offer sentence", "", "We would like to offer you the Director of Client Success position at Orrinby."],
    ["a subject", "Orrinby - offer for Director of Client Success", "Please see the attached letter."],
    ["a role line", "", "Thanks for your time today discussing the Director of Client Success role."],
  ])("keeps the specialisation in %s", (_where, subject, body) => {
    expect(extractRole(sampleFacts({ subject, body })).role).toBe("Director of Client Success");
  });

  it("takes up to three capitalised words after 'of', and stops at lower case", () => {
    const body = "You are invited to interview for the Director of Supply Chain Planning role at Orrinby.";
    expect(extractRole(sampleFacts({ body })).role).toBe("Director of Supply Chain Planning");
  });

  it("keeps a plain 'Director' where no specialisation follows", () => {
    const body = "We'd like to offer you the Director position on our Lisbon team.";
    expect(extractRole(sampleFacts({ body })).role).toBe("Director");
  });
});
