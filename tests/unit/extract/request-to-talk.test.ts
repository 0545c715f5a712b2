// An employer's request to talk (after a decline: the "always discuss" nudge) is read in German,
// French, Spanish and Dutch as well as English, and a mere mention of a call or a talk is not one.
// (Like the English ones, they are read in job mail: a reply about the offer, not kind "other".)
import { describe, expect, it } from "vitest";
import { REQUEST_TO_TALK } from "../../../functions/domain/extract/call-proposal-cues";
import { extractMessage } from "../../../functions/domain/extract/extract";
import { sampleFacts } from "./sample-facts";

function reply(subject: string, body: string) {
  const facts = sampleFacts({ subject, body, ownerTimezone: "Europe/Berlin" });
  return extractMessage(facts, { messageId: null, originalDate: null });
}

describe("requests to talk in other languages", () => {
  it.each([
    ["de", "Re: Ihr Angebot", "Danke für Ihre Nachricht. Können wir kurz telefonieren?\n\nViele Grüße\nPriya Shah"],
    [
      "de",
      "Re: Angebot Data Engineer",
      "Schade, dass Sie absagen. Hätten Sie morgen Zeit für ein kurzes Gespräch?\n\nBeste Grüße\nPriya Shah",
    ],
    [
      "de",
      "Re: Angebot",
      "Vielen Dank. Würden Sie Ihre Entscheidung noch einmal überdenken? Wir möchten gerne mit Ihnen sprechen.",
    ],
    ["fr", "Re : Votre offre", "Merci pour votre retour. Pouvons-nous nous appeler ?\n\nCordialement,\nPriya Shah"],
    [
      "fr",
      "Re : Votre offre d'emploi",
      "Nous regrettons votre décision. Y a-t-il quelque chose que nous puissions faire ? Nous aimerions en discuter avec vous.",
    ],
    [
      "es",
      "Re: Oferta de trabajo",
      "Gracias por su respuesta sobre la oferta. ¿Podemos hablar por teléfono?\n\nSaludos,\nPriya Shah",
    ],
    [
      "es",
      "Re: Oferta de trabajo",
      "Lamentamos su decisión. ¿Hay algo que podamos hacer? Nos gustaría hablar con usted.",
    ],
    ["nl", "Re: Aanbod", "Bedankt voor je bericht. Kunnen we even bellen?\n\nGroeten,\nPriya Shah"],
    ["nl", "Re: Aanbod", "Jammer om te horen. Is er iets dat we kunnen doen? We willen graag nog eens met je praten."],
  ])("%s: %j", (_language, subject, body) => {
    // Act
    const x = reply(subject, body);

    // Assess
    expect(x.asksToTalk).toBe(true);
  });

  it.each([
    [
      "de",
      "Re: Ihr Angebot",
      "Danke für Ihre Rückmeldung zum Angebot. Das Telefonat mit dem Team fand gestern statt, und wir haben Ihre Absage weitergegeben.",
    ],
    [
      "fr",
      "Re : Votre offre d'emploi",
      "Merci pour votre retour sur l'offre. Notre appel d'hier était très agréable. Nous avons bien noté votre décision.",
    ],
    [
      "es",
      "Re: Oferta de trabajo",
      "Gracias por su respuesta sobre la oferta. La llamada de ayer fue muy útil. Hemos tomado nota de su decisión.",
    ],
    [
      "nl",
      "Re: Aanbod",
      "Bedankt voor je reactie op het aanbod. Het gesprek van gisteren was prettig. We hebben je beslissing genoteerd.",
    ],
  ])("a call mentioned, not asked for, %s: %j", (_language, subject, body) => {
    // Act
    const x = reply(subject, body);

    // Assess: read as job mail, and no request to talk in it.
    expect(x.kind).not.toBe("other");
    expect(x.asksToTalk).toBe(false);
  });

  it.each([
    "können wir kurz telefonieren",
    "pouvons-nous nous appeler",
    "¿podemos hablar por teléfono?",
    "kunnen we even bellen",
  ])("the cue table reads %j", (phrase) => {
    expect(REQUEST_TO_TALK.test(phrase)).toBe(true);
  });

  it("the English requests still count", () => {
    expect(reply("Re: Offer", "Is there anything we could do to change your mind?").asksToTalk).toBe(true);
  });
});
