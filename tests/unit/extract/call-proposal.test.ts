// When an employer asks to talk, the time it proposes for the call (the reply that books it takes
// that time up): parts of a day, named days, stated clock times; and the sentences that propose
// nothing. The message is written Mon 2 Mar 2026, 10:00 EST.
import { describe, expect, it } from "vitest";
import { callProposalOf } from "../../../functions/domain/extract/call-proposal";
import type { DateFrame } from "../../../functions/domain/extract/date-phrase";
import { extractMessage } from "../../../functions/domain/extract/extract";
import type { Language } from "../../../functions/domain/extract/languages/cues";
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

describe("callProposal in German, French, Spanish and Dutch (written Mon 2 Mar 2026, 10:00 CET)", () => {
  const frame = (language: Language): DateFrame => ({
    referenceMs: Date.parse("2026-03-02T09:00:00.000Z"),
    zone: "Europe/Berlin",
    dayFirst: true,
    language,
  });
  // Owner-local spans: this afternoon 12:00-17:00, tomorrow morning 09:00-12:00, Thursday 14:00 for an hour.
  const AFTERNOON = {
    from: "2026-03-02T11:00:00.000Z",
    until: "2026-03-02T16:00:00.000Z",
    hasTime: false,
    part: "afternoon",
  };
  const TOMORROW_MORNING = {
    from: "2026-03-03T08:00:00.000Z",
    until: "2026-03-03T11:00:00.000Z",
    hasTime: false,
    part: "morning",
  };
  const THURSDAY_AT_TWO = {
    from: "2026-03-05T13:00:00.000Z",
    until: "2026-03-05T14:00:00.000Z",
    hasTime: true,
    part: null,
  };
  const THURSDAY_AFTERNOON = {
    from: "2026-03-05T11:00:00.000Z",
    until: "2026-03-05T16:00:00.000Z",
    hasTime: false,
    part: "afternoon",
  };

  it.each([
    ["de", "Hätten Sie heute Nachmittag Zeit für ein kurzes Gespräch?", AFTERNOON],
    ["de", "Können wir morgen früh telefonieren?", TOMORROW_MORNING],
    ["de", "Könnten wir am Donnerstag um 14 Uhr sprechen?", THURSDAY_AT_TWO],
    ["de", "Hätten Sie am Donnerstag Nachmittag Zeit für ein Telefonat?", THURSDAY_AFTERNOON],
    ["fr", "Seriez-vous disponible pour un appel cet après-midi ?", AFTERNOON],
    ["fr", "Pourrions-nous échanger demain matin ?", TOMORROW_MORNING],
    ["fr", "Pourrions-nous en parler jeudi à 14h ?", THURSDAY_AT_TWO],
    ["fr", "Pourrions-nous en parler jeudi après-midi ?", THURSDAY_AFTERNOON],
    ["es", "¿Podemos hablar esta tarde?", AFTERNOON],
    ["es", "¿Te viene bien una llamada mañana por la mañana?", TOMORROW_MORNING],
    ["es", "¿Podemos hablar el jueves a las 14:00?", THURSDAY_AT_TWO],
    ["es", "¿Podemos hablar el jueves por la tarde?", THURSDAY_AFTERNOON],
    ["nl", "Heb je vanmiddag tijd voor een kort gesprek?", AFTERNOON],
    ["nl", "Kunnen we morgenochtend even bellen?", TOMORROW_MORNING],
    ["nl", "Kunnen we donderdag om 14:00 bellen?", THURSDAY_AT_TWO],
    ["nl", "Kunnen we donderdag in de middag even bellen?", THURSDAY_AFTERNOON],
  ] as const)("%s: %j", (language, sentence, expected) => {
    expect(callProposalOf(`${sentence}\n\nViele Grüße`, frame(language))).toMatchObject(expected);
  });

  it.each([
    ["de", "Wir haben uns letzten Donnerstag um 14 Uhr gesprochen."], // past
    ["de", "Der Vertrag beginnt am Montag, 16. März."], // a date, not about a call
    ["fr", "Pourrions-nous en parler ?"], // no time
    ["es", "El equipo empieza el lunes 16 de marzo."],
    ["nl", "Kunnen we even bellen?"],
  ] as const)("none, %s: %j", (language, sentence) => {
    expect(callProposalOf(sentence, frame(language))).toBeNull();
  });

  it("a clock time with a casual day is kept, not dropped for the day (English too)", () => {
    expect(callProposalOf("Could you jump on a quick call tomorrow at 2pm?", frame("en"))).toMatchObject({
      from: "2026-03-03T13:00:00.000Z",
      hasTime: true,
    });
  });
});
