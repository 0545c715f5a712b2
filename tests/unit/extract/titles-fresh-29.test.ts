// Titles a fresh set misread silently: a date glued to a title ("... Backend mar 31 oct"), a stage
// word that is a title's field ("Engenheiro de Processo Têxtil"), an arrangement in a parenthesis,
// a city after a title's dash, a German dash qualifier before the sentence's verb, and the colon of
// a gender ending ("Projektleiter:in").
// Made-up companies, people and wording throughout; positives and negatives.
import { describe, expect, it } from "vitest";
import type { Language } from "../../../functions/domain/extract/languages/cues";
import { joinWrappedLines } from "../../../functions/domain/extract/prose";
import { extractRole, withWrittenQualifier } from "../../../functions/domain/extract/role";
import { isKnownPlace } from "../../../functions/domain/extract/title-places";
import { sampleFacts } from "./sample-facts";

const roleOf = (subject: string, body: string, language: Language) =>
  extractRole(sampleFacts({ subject, body: joinWrappedLines(body) }), language);

describe("a date after a title in another language", () => {
  it("ends the title before a weekday's short name and a day and month", () => {
    const body = "Entrevista técnica – Analista/a de Datos Clínicos\nmié 14 nov 2029 09:30 – 10:30 (hora de Madrid)";
    expect(roleOf("Invitación: Entrevista técnica", body, "es").role).toBe("Analista/a de Datos Clínicos");
  });

  it("ends the title before a day and a full month name", () => {
    const body = "Votre entretien pour le poste de Développeur(euse) Mobile 12 novembre à 10 h est confirmé.";
    expect(roleOf("Confirmation", body, "fr").role).toBe("Développeur(euse) Mobile");
  });

  it("keeps a number that is no date", () => {
    const body = "Gracias por tu candidatura al puesto de Técnico/a de Nivel 2 en Valdemora Sistemas.";
    expect(roleOf("Tu candidatura", body, "es").role).toBe("Técnico/a de Nivel 2");
  });
});

describe("a capitalised stage word after a title's 'de'", () => {
  it("keeps a Portuguese field that is also a stage word", () => {
    const body = "Obrigado pela sua candidatura para Engenheira de Processo Alimentar na Ribalonga.";
    expect(roleOf("A sua candidatura", body, "pt").role).toBe("Engenheira de Processo Alimentar");
  });

  it("still ends the title at the stage word in lower case", () => {
    const body = "Obrigado pela sua candidatura para Analista de Dados processo que encerramos hoje.";
    expect(roleOf("A sua candidatura", body, "pt").role).toBe("Analista de Dados");
  });
});

describe("what a title's parenthesis or dash adds about the ad", () => {
  it("drops an arrangement and region written in the parenthesis every time", () => {
    const text =
      "Offer - Staff Data Engineer, Ledger (Remote, EMEA)\nthe Staff Data Engineer, Ledger (Remote, EMEA) offer";
    expect(withWrittenQualifier("Staff Data Engineer, Ledger", text)).toBe("Staff Data Engineer, Ledger");
  });

  it("keeps a team written in the parenthesis every time", () => {
    const text = "Backend Engineer (Payments Core) offer\nour Backend Engineer (Payments Core) team";
    expect(withWrittenQualifier("Backend Engineer", text)).toBe("Backend Engineer (Payments Core)");
  });

  it("knows Asian cities written after a title's dash", () => {
    expect(isKnownPlace("Hong Kong")).toBe(true);
    expect(isKnownPlace("Kuala Lumpur")).toBe(true);
    expect(isKnownPlace("Treasury")).toBe(false);
  });

  it("drops a city after the dash of an offer's subject", () => {
    const body = "Please find attached the offer letter for the Senior Tax Accountant position.";
    expect(roleOf("Offer of Employment - Senior Tax Accountant - Singapore", body, "en").role).toBe(
      "Senior Tax Accountant",
    );
  });
});

describe("German titles with a dash qualifier or a colon gender ending", () => {
  it("keeps a dash qualifier before the sentence's verb", () => {
    const body = "Es freut uns, Ihnen die Stelle als Data Analyst – Tarifierung anbieten zu können.";
    expect(roleOf("Vertragsangebot", body, "de").role).toBe("Data Analyst – Tarifierung");
  });

  it("keeps a title written with a colon gender ending", () => {
    const body = "vielen Dank für Ihre Bewerbung als Teamleiter:in Instandhaltung in Wels. Wir melden uns bald.";
    expect(roleOf("Ihre Bewerbung", body, "de").role).toBe("Teamleiter:in Instandhaltung");
  });

  it("ends a colon-gendered title's comma specialisation at the sentence going on", () => {
    const body =
      "danke für die Zeit, die du dir für deine Bewerbung als Backend Entwickler:in, Abrechnung genommen hast.";
    expect(roleOf("Deine Bewerbung", body, "de").role).toBe("Backend Entwickler:in, Abrechnung");
  });

  it("still ends a title at a label's colon", () => {
    const body = "Position: Projektleiter (m/w/d) Netzausbau\nStandort: Graz";
    expect(roleOf("Einladung", body, "de").role).not.toContain("Standort");
  });
});
