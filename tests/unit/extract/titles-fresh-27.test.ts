// Titles a fresh set overran or cut: in German and Dutch a lower-case word after capitalised title
// words is the sentence going on ("..., Pricing liegt", "Adviseur Zakelijk ingevuld"), and the
// evidence that asks about a title that may be cut or overrun.
// Made-up companies, people and wording throughout; positives and negatives.
import { describe, expect, it } from "vitest";
import type { Language } from "../../../functions/domain/extract/languages/cues";
import { joinWrappedLines } from "../../../functions/domain/extract/prose";
import { extractRole } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

const roleOf = (subject: string, body: string, language: Language) =>
  extractRole(sampleFacts({ subject, body: joinWrappedLines(body) }), language);

describe("a German or Dutch title followed by the sentence's verb or adverb", () => {
  it("ends a comma's qualifier before a German verb", () => {
    const body = "Ihr Vertragsangebot für die Stelle Senior Aktuar, Lebensversicherung liegt im Portal für Sie bereit.";
    expect(roleOf("Ihr Vertragsangebot", body, "de").role).toBe("Senior Aktuar, Lebensversicherung");
  });

  it("ends a comma's qualifier before a German adverb", () => {
    const body = "Ich nehme die Stelle als Lead Frontend Engineer, Kundenportal gern an und unterschreibe morgen.";
    expect(roleOf("AW: Dein Angebot", body, "de").role).toBe("Lead Frontend Engineer, Kundenportal");
  });

  it("keeps the qualifier when an infinitive clause follows it", () => {
    const body = "Wir freuen uns, Dir die Stelle als Staff Data Engineer, Schadenregulierung anbieten zu können.";
    expect(roleOf("Dein Vertragsangebot", body, "de").role).toBe("Staff Data Engineer, Schadenregulierung");
  });

  it("ends a Dutch title before a participle", () => {
    const body = "Inmiddels hebben we de vacature van Adviseur Duurzaamheid Zakelijk vervuld met een interne kandidaat.";
    expect(roleOf("Je sollicitatie", body, "nl").role).toBe("Adviseur Duurzaamheid Zakelijk");
  });

  it("keeps a Dutch title written in lower case after its noun", () => {
    const body = "Bedankt voor je sollicitatie op de functie van Medewerker klantcontact bij Veldhoven Wonen.";
    expect(roleOf("Je sollicitatie", body, "nl").role).toBe("Medewerker klantcontact");
  });

  it("keeps a French qualifier written in lower case after a capitalised word", () => {
    const body = "Votre entretien pour le poste de Chargé de projet, Transformation digitale est confirmé.";
    expect(roleOf("Confirmation", body, "fr").role).toBe("Chargé de projet, Transformation digitale");
  });
});
