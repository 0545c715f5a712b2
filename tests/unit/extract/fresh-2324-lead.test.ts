// Two readings from unseen-23 after its first contact: a lone "&" joins two title words, and a final
// round whose times the writer will "send through" later is news (times to follow), not an invite.
// Made-up wording; positives and negatives.
import { describe, expect, it } from "vitest";
import { classifyKind } from "../../../functions/domain/extract/kind";
import { joinWrappedLines } from "../../../functions/domain/extract/prose";
import { extractRole } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

const roleOf = (body: string) =>
  extractRole(sampleFacts({ subject: "Next steps", body: joinWrappedLines(body) }), "en").role;
const kindOf = (body: string) => classifyKind(sampleFacts({ subject: "Good news", body }), false, "en").kind;

describe("a title with a lone ampersand", () => {
  it.each([
    [
      "a final conversation about the Financial Planning & Analysis Manager role.",
      "Financial Planning & Analysis Manager",
    ],
    ["your application for the Research & Development Engineer position.", "Research & Development Engineer"],
    ["the Data Engineer role at Tolvik & Sons.", "Data Engineer"],
  ])("%j -> %j", (body, role) => {
    expect(roleOf(`Hi Ana,\n\nWe would like to invite you to ${body}\n\nBest,\nKim`)).toBe(role);
  });
});

describe("times to follow", () => {
  it("a final round whose times the writer will send through later is news", () => {
    expect(
      kindOf(
        "Hi Thandi, good news! Our CFO would like to meet you for a final conversation about the role. She's travelling this week, so I'll send through a few times for early next week.",
      ),
    ).toBe("update");
  });

  it("times offered in the same mail are an invitation", () => {
    expect(
      kindOf(
        "Hi Thandi, our CFO would like to meet you for a final conversation about the role. Could one of these work: Monday 10:00 or Tuesday 14:00? Let me know which suits you.",
      ),
    ).toBe("interview_invite");
  });
});
