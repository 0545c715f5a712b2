// Titles cut short or not read on a fresh set: a qualifier after a dash ("Data Engineer – Billing"),
// a ladder level before a comma qualifier ("Backend Engineer L4, Ledger Services"), a Spanish "al"
// inside a title, a French "de l'Ouest", a requisition line, a bulleted "Role:" line, a calendar
// summary and a gendered title in an English subject. Made-up companies and wording; the negatives
// keep a dash or comma before a stage, a place, a date or the company ending the title.
import { describe, expect, it } from "vitest";
import { extractWithEvidence } from "../../../functions/domain/extract/extract";
import { extractRole } from "../../../functions/domain/extract/role";
import type { MailFacts } from "../../../functions/domain/mail-facts";
import { sampleFacts } from "./sample-facts";

type Lang = "en" | "de" | "fr" | "es";
const roleOf = (subject: string, body: string, language: Lang = "en", extra: Partial<MailFacts> = {}) =>
  extractRole(sampleFacts({ subject, body, ...extra }), language).role;

describe("a qualifier after a dash in a subject", () => {
  it.each([
    ["Offer - Data Engineer II – Billing Reliability", "Data Engineer II – Billing Reliability"],
    ["Referees – Senior Planning Officer – Coastal Resilience", "Senior Planning Officer – Coastal Resilience"],
    ["Re: Offer - Product Analyst – Marketplace", "Product Analyst – Marketplace"],
  ])("keeps it after a title part: %s", (subject, title) => {
    expect(roleOf(subject, "Hi Sam,\n\nThanks again for your time.\n\nBest,\nPriya")).toBe(title);
  });

  it("keeps it after a gender-tagged title in a German subject", () => {
    const subject = "Einladung zum Gespräch – Data Engineer (m/w/d) – Abrechnung";
    expect(roleOf(subject, "Hallo Herr Berger,\n\nwir laden Sie gerne ein.\n\nViele Grüße", "de")).toBe(
      "Data Engineer – Abrechnung",
    );
  });

  it.each([
    ["a stage", "Data Engineer – Technical interview", "Data Engineer"],
    ["a stage in capitals", "Data Engineer – Final Round", "Data Engineer"],
    ["a known place", "Data Engineer – Berlin", "Data Engineer"],
    ["a day", "Data Engineer – Tuesday", "Data Engineer"],
    ["a month", "Data Engineer – March", "Data Engineer"],
    ["a place code", "Data Engineer – NYC", "Data Engineer"],
    ["the sender's company", "Data Engineer – Northwind", "Data Engineer"],
    ["a work arrangement", "Data Engineer – Remote", "Data Engineer"],
    ["a meeting tool", "Data Engineer – Google Meet", "Data Engineer"],
    ["a numbered round", "Data Engineer – Round 2", "Data Engineer"],
  ])("ends the title before %s", (_what, subject, title) => {
    expect(roleOf(subject, "Hi Sam,\n\nThanks again.\n\nBest,\nPriya")).toBe(title);
  });

  it("ends the title before a place the body names as one", () => {
    const body = "Hi Sam,\n\nThe team sits in Dunmore, two minutes from the station.\n\nBest,\nPriya";
    expect(roleOf("Offer – Data Engineer – Dunmore", body)).toBe("Data Engineer");
  });

  it("does not join two parts when the first is not wholly a title", () => {
    expect(roleOf("Chat with the Data Engineer team – Ledger", "Hi Sam,\n\nSee you soon.")).not.toBe(
      "Data Engineer team – Ledger",
    );
  });
});

describe("a ladder level before a comma qualifier", () => {
  it("keeps level and qualifier in a sentence", () => {
    const body =
      "We are pleased to offer you the position of Backend Engineer L4, Ledger Services at Orchard Byte.\n\nRegards";
    expect(roleOf("Offer of employment", body)).toBe("Backend Engineer L4, Ledger Services");
  });

  it("keeps them when the level is wrapped onto the next line", () => {
    const body =
      "You are shortlisted for the next round for the position of Backend Engineer\nL4, Ledger Services. The round is technical.";
    expect(roleOf("Next round", body)).toBe("Backend Engineer L4, Ledger Services");
  });

  it("does not read a pronoun on the next line as a level", () => {
    const body = "Thanks for applying for the Backend Engineer\nI will be in touch soon.";
    expect(roleOf("", body)).not.toMatch(/ I$/);
  });

  it("still ends the title at a comma before a clause", () => {
    const body = "We'd love to have you join as Backend Engineer L4, and we hope March suits you.";
    expect(roleOf("", body)).toBe("Backend Engineer L4");
  });
});

describe("label lines", () => {
  it("reads a bulleted Role line with its dash qualifier", () => {
    const body = "Here is a summary:\n\n- Role: Senior Policy Officer – Water Quality\n- Salary: £50,000\n";
    expect(roleOf("Your offer", body)).toBe("Senior Policy Officer – Water Quality");
  });

  it("reads a requisition line after its id", () => {
    const body =
      "Your offer is ready.\n\nJob Requisition: R-55120 Platform Engineer II – Edge Caching\nLocation: Remote\n";
    expect(roleOf("Your offer is ready to review", body)).toBe("Platform Engineer II – Edge Caching");
  });
});

describe("titles in other languages", () => {
  it("keeps a Spanish 'al' before a capitalised noun and the area after the comma", () => {
    const body =
      "nos alegra hacerte una oferta para el puesto de Coordinador de Soporte al Usuario, Cono Sur, en remoto desde Lima.";
    expect(roleOf("Oferta", body, "es")).toBe("Coordinador de Soporte al Usuario, Cono Sur");
  });

  it("does not keep 'al' before a lower-case word", () => {
    const body = "gracias por tu interés en el puesto de Analista de Datos al que te postulaste.";
    expect(roleOf("Tu candidatura", body, "es")).toBe("Analista de Datos");
  });

  it("keeps a French place written with de l'", () => {
    const body = "Merci pour nos échanges pour le poste de Chargé(e) de mission Europe de l'Ouest (H/F).";
    expect(roleOf("Votre candidature – Chargé(e) de mission Europe de l'Ouest", body, "fr")).toBe(
      "Chargé(e) de mission Europe de l'Ouest",
    );
  });

  it("keeps a dash qualifier after a German tag when the sentence goes on", () => {
    const body = "wir freuen uns, Ihnen die Position Data Engineer (m/w/d) – Abrechnung anbieten zu können.";
    expect(roleOf("Ihr Angebot", body, "de")).toBe("Data Engineer – Abrechnung");
  });

  it("ends it before a place the text names", () => {
    const body = "die Position Data Engineer (m/w/d) – Kassel ist besetzt. Viele Grüße aus Kassel";
    expect(roleOf("Ihre Bewerbung", body, "de")).toBe("Data Engineer");
  });

  it("reads a gendered title from an English subject when nothing else names one", () => {
    const body = "Thank you for this afternoon's conversation. I'm even more interested in the role now.";
    expect(roleOf("Thank you - interview for Analyste financier principal(e)", body)).toBe(
      "Analyste financier principal(e)",
    );
  });
});

describe("a calendar summary", () => {
  it("is read as a subject, its comma qualifier kept", () => {
    const facts = sampleFacts({
      subject: "Confirmed: Northwind interview - Tuesday 3/16",
      body: "Hi Sam,\n\nYou're all set for Tuesday at 10.\n\nThanks,\nPriya",
      calendar: {
        start: "2026-03-17T10:00:00-05:00",
        minutes: 45,
        organizer: null,
        attendees: [],
        summary: "Sam Rivera / Jo Park - Senior Pricing Analyst, Marketplace",
        description: "First-round interview. 45 minutes.",
        location: null,
        cancelled: false,
      },
    });
    expect(extractWithEvidence(facts, { messageId: "m", originalDate: null }).extraction.role).toBe(
      "Senior Pricing Analyst, Marketplace",
    );
  });
});

describe("an English subject's gender tag alone", () => {
  it("names no title after a company's name", () => {
    expect(roleOf("Interview: Quarrow Marine Systems (m/w/d)", "Hello,\n\nsee you on Monday.")).toBeNull();
  });
});
