// Names and titles a fresh set misread (issue 9): a relay's short name the prose writes with its
// legal form, a job title read as the employer, an ATS vendor's subdomain, a hyphenated domain of a
// name and its initials, "Sr." going on with "de ...", a French qualifier closed by a gender tag,
// a place and verb after a dash qualifier, a calendar description's title, French title heads.
// Made-up companies, people and wording throughout; positives and negatives.
import { describe, expect, it } from "vitest";
import { labelSpellsHeadAndInitials } from "../../../functions/domain/extract/domain-forms";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { looksLikeJobTitle, proseLegalForm } from "../../../functions/domain/extract/employer-forms";
import { joinWrappedLines } from "../../../functions/domain/extract/prose";
import { extractRole } from "../../../functions/domain/extract/role";
import { isRelayDomain } from "../../../functions/domain/senders";
import { OWNER, sampleFacts } from "./sample-facts";

type Lang = "en" | "de" | "nl" | "es" | "fr";
const roleOf = (subject: string, body: string, language: Lang = "en") =>
  extractRole(sampleFacts({ subject, body: joinWrappedLines(body) }), language).role;

describe("a legal form written inside a sentence", () => {
  it("lengthens the short name to the words before the legal form", () => {
    const text = "Hi Ro,\n\nHarrow Lane Provisions Co. has sent you an offer for the Buyer position.";
    expect(proseLegalForm("Harrow Lane", text)).toBe("Harrow Lane Provisions");
  });

  it("reads it from a relay's mail end to end", () => {
    const facts = sampleFacts({
      from: { name: "Harrow Lane via Lever", address: "no-reply@hire.lever.co" },
      subject: "You have a new offer from Harrow Lane to review",
      body: "Hi Ro,\n\nHarrow Lane Provisions Co. has sent you an offer for the Store Planner position.\n\nReview and sign your offer in the portal.",
    });
    expect(extractEmployer(facts, false).name).toBe("Harrow Lane Provisions");
  });

  it("does not take a letterhead or a registered line without a sentence after it", () => {
    expect(proseLegalForm("Harrow Lane", "Harrow Lane Provisions Co.\n12 Quay Road")).toBeNull();
  });

  it("does not take a team word or two different forms", () => {
    expect(proseLegalForm("Harrow Lane", "Harrow Lane Careers Inc. has sent you a note.")).toBeNull();
    expect(
      proseLegalForm("Harrow Lane", "Harrow Lane Provisions Co. has sent it. Harrow Lane Foods Inc. has signed it."),
    ).toBeNull();
  });
});

describe("a job title is not the employer", () => {
  it.each(["Merchandise Planner", "Senior Buyer", "Staff Accountant", "Lead Producer", "Field Technician"])(
    "reads %s as a title",
    (name) => {
      expect(looksLikeJobTitle(name)).toBe(true);
    },
  );

  it("keeps company names", () => {
    expect(looksLikeJobTitle("Tarn Cloud Labs")).toBe(false);
    expect(looksLikeJobTitle("Planner Logistics")).toBe(false);
  });

  it("does not read 'the <title> offer' in an owner's reply as the company", () => {
    const facts = sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "Ines Varga", address: "ines.varga@quarrylanefoods.com" }],
      subject: "Accepting the Category Planner offer",
      body: "Hi Ines,\n\nI'm happy to accept the offer for Category Planner, Dairy. I signed it this morning.\n\nBest,\nSam",
    });
    expect(extractEmployer(facts, true).name).not.toBe("Category Planner");
  });
});

describe("an ATS vendor's subdomain", () => {
  it("is a relay, its name never the employer", () => {
    expect(isRelayDomain("orchardmarkets.eightfold.ai")).toBe(true);
    expect(isRelayDomain("eightfoldpartners.com")).toBe(false);
  });

  it("leaves the employer to the signature", () => {
    const facts = sampleFacts({
      from: { name: "Orchard Markets Talent", address: "talent-noreply@orchardmarkets.eightfold.ai" },
      subject: "Application status: Store Analyst",
      body: "Hi Ro,\n\nYour application for Store Analyst has moved to review.\n\nOrchard Markets Cooperative\nTalent Acquisition",
    });
    expect(extractEmployer(facts, false).name).not.toBe("Eightfold");
  });
});

describe("a hyphenated domain of a first word and initials", () => {
  it("spells the whole name", () => {
    expect(labelSpellsHeadAndInitials("corvane-ms", "Corvane Marine Services")).toBe(true);
    expect(labelSpellsHeadAndInitials("corvane-ms", "Corvane Maritime")).toBe(false);
    expect(labelSpellsHeadAndInitials("corvanems", "Corvane Marine Services")).toBe(false);
    expect(labelSpellsHeadAndInitials("corvane-sm", "Corvane Marine Services")).toBe(false);
  });

  it("names the signed company though the subject writes its first word alone", () => {
    const facts = sampleFacts({
      from: { name: "Lise Moreau", address: "lise.moreau@corvane-ms.fr" },
      subject: "Confirmation de votre entretien - Corvane",
      body: "Bonjour,\n\nJe vous confirme votre entretien mardi à 10h.\n\nLise Moreau\nChargée de recrutement\nCorvane Marine Services SAS",
    });
    expect(extractEmployer(facts, false).name).toBe("Corvane Marine Services");
  });
});

describe("titles cut short", () => {
  it("goes on after 'Sr.' with 'de' and a capitalised word", () => {
    const body = "Gracias por postular a la posición de Analista Sr. de Costos, Operaciones Planta y por tu tiempo.";
    expect(roleOf("Actualización de tu postulación", body, "es")).toMatch(/^Analista Sr\. de Costos/);
    const subject = "Actualización de tu postulación - Analista Sr. de Costos, Operaciones Planta";
    expect(roleOf(subject, body, "es")).toBe("Analista Sr. de Costos, Operaciones Planta");
  });

  it("still ends the title at 'Sr.' when the sentence goes on", () => {
    const body = "Gracias por postular a la posición de Analista Sr. y por tu tiempo en las entrevistas.";
    expect(roleOf("Actualización de tu postulación", body, "es")).toBe("Analista Sr.");
  });

  it("keeps a French qualifier a gender tag closes after a context word's title", () => {
    const body = "je vous confirme votre entretien pour le poste de Chef de projet – Études marines (H/F) :";
    expect(roleOf("Confirmation de votre entretien", body, "fr")).toBe("Chef de projet – Études marines");
  });

  it("drops a place after the tag's dash", () => {
    const body =
      "je vous confirme votre entretien pour le poste de Chef de projet – Lyon (H/F) :\n\nLieu : 4 rue Neuve, 69002 Lyon";
    expect(roleOf("Confirmation de votre entretien", body, "fr")).toBe("Chef de projet");
  });

  it("ends a dash qualifier at a place and the sentence's verb", () => {
    const body = "Your application for Stock Analyst II – Regional Hub, Ogden Falls has moved to review.";
    expect(roleOf("Application status", body)).toBe("Stock Analyst II – Regional Hub");
  });

  it("reads a calendar description's title and specialisation before its stage", () => {
    const body =
      "Technical interview - Ro Tan / Kestrel Pay\nThursday 20 Jan 2028\n\nData Engineer, Fraud Signals - technical round. We will go through a design exercise.";
    expect(roleOf("Invitation: Technical interview - Ro Tan / Kestrel Pay", body)).toBe("Data Engineer, Fraud Signals");
  });

  it("reads a French subject part headed by a producer", () => {
    expect(roleOf("Re: Offre d'emploi – Productrice principale, Jeux mobiles", "Merci pour l'offre.", "fr")).toBe(
      "Productrice principale, Jeux mobiles",
    );
  });
});

describe("a qualifier the subject runs on without the dash", () => {
  it("keeps the letter's dashed qualifier the subject also writes", () => {
    const body = "Le confermo il colloquio per la posizione di Data Analyst – Rischio Credito per giovedì alle 11:30.";
    expect(roleOf("Conferma colloquio - Data Analyst Rischio Credito", body)).toBe("Data Analyst – Rischio Credito");
  });

  it("does not add the words when the subject writes the title alone", () => {
    const body = "Le confermo il colloquio per la posizione di Data Analyst – Milano per giovedì alle 11:30.";
    expect(roleOf("Conferma colloquio - Data Analyst", body)).toBe("Data Analyst");
  });
});
