// When an employer asks to talk, the time it proposes for the call (the reply that books it takes
// that time up): parts of a day, named days, stated clock times; and the sentences that propose
// nothing. The message is written Mon 2 Mar 2026, 10:00 EST.
import { describe, expect, it } from "vitest";
import { extractMessage } from "../../../functions/domain/extract/extract";
import { sampleFacts } from "./sample-facts";

const ASK = "Thank you for letting us know. Is there anything we could do to change your mind?";

function proposal(sentence: string) {
  const facts = sampleFacts({
    subject: "Re: Offer - Data Engineer at Northwind",
    body: `Hi Sam,\n\n${ASK} ${sentence}\n\nBest,\nPriya Shah\nNorthwind`,
  });
  return extractMessage(facts, { messageId: null, originalDate: null }).callProposal;
}

describe("callProposal: the time a request to talk proposes", () => {
  it.each([
    // sentence, as written, from, until (UTC), clock time stated
    [
      "Could you jump on a quick call this afternoon?",
      "this afternoon",
      "2026-03-02T17:00:00.000Z",
      "2026-03-02T22:00:00.000Z",
      false,
    ],
    [
      "Would you be free for a call tomorrow morning?",
      "tomorrow morning",
      "2026-03-03T14:00:00.000Z",
      "2026-03-03T17:00:00.000Z",
      false,
    ],
    ["Could we talk on Thursday?", "on Thursday", "2026-03-05T14:00:00.000Z", "2026-03-05T22:00:00.000Z", false],
    [
      "Are you free for a call on Thursday at 2pm?",
      "on Thursday at 2pm",
      "2026-03-05T19:00:00.000Z",
      "2026-03-05T20:00:00.000Z",
      true,
    ],
  ])("%j", (sentence, text, from, until, hasTime) => {
    const found = proposal(sentence);
    expect(found?.text.replace(/^on /, "")).toBe(text.replace(/^on /, ""));
    expect(found).toMatchObject({ from, until, hasTime });
  });

  it.each([
    ["Could you jump on a quick call?"], // no time
    ["We start the new team on Monday 16 March."], // a date, but not about a call
    ["Could we talk? We met last Thursday at 2pm."], // a past time
  ])("none: %j", (sentence) => {
    expect(proposal(sentence)).toBeNull();
  });

  it("is null when the mail does not ask to talk", () => {
    const facts = sampleFacts({ subject: "Update", body: "Let's have a call this afternoon about onboarding." });
    expect(extractMessage(facts, { messageId: null, originalDate: null }).callProposal).toBeNull();
  });
});
