// When an employer asks to talk (after a decline), who it says will join the call: the reply that
// books it names them (PLAYBOOK §5). Positive and negative cases.
import { describe, expect, it } from "vitest";
import { extractMessage } from "../../../functions/domain/extract/extract";
import { sampleFacts } from "./sample-facts";

const ASK = "Thank you for letting us know. Is there anything we could do to change your mind?";

function callWith(sentence: string): string[] {
  const facts = sampleFacts({
    subject: "Re: Offer - Data Engineer at Northwind",
    body: `Hi Sam,\n\n${ASK} ${sentence}\n\nBest,\nPriya Shah\nNorthwind`,
  });
  return extractMessage(facts, { messageId: null, originalDate: null }).callWith;
}

describe("callWith: the people a request to talk says will join", () => {
  it.each([
    ["Our VP of Engineering, Dana Whitfield, would like to join.", ["Dana Whitfield"]],
    ["Dana Whitfield and I would love to hop on a quick call.", ["Dana Whitfield"]],
    ["Marco Bellini (our CTO) will join us.", ["Marco Bellini"]],
    ["We could set up a call with Dana Whitfield and Marco Bellini.", ["Dana Whitfield", "Marco Bellini"]],
    ["Could you jump on a call? You'd be joined by Dana Whitfield.", ["Dana Whitfield"]],
  ])("%j", (sentence, people) => {
    expect(callWith(sentence)).toEqual(people);
  });

  it.each([
    ["Could you jump on a quick call this afternoon?"],
    ["Priya Shah and I would love to talk."], // the writer herself
    ["New York will join the hybrid policy next year."], // a place, not a person asked to a call
  ])("nobody else: %j", (sentence) => {
    expect(callWith(sentence)).toEqual([]);
  });

  it("is empty when the mail does not ask to talk", () => {
    const facts = sampleFacts({ subject: "Update", body: "Dana Whitfield will join the team in May." });
    expect(extractMessage(facts, { messageId: null, originalDate: null }).callWith).toEqual([]);
  });
});
