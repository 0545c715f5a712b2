// Where a title ends. On fresh sets titles were silently wrong at high confidence: cut at a comma
// whose qualifier is part of the written title ("Senior Consultant, Risk Advisory" on a booking
// line), cut before a word of another language ("Product Manager Pagamenti"), or running on across
// a sentence end ("..., Network Optimization. You") or into German prose ("... deshalb zurück").
// Made-up companies and wording; the negatives keep a comma before a clause or a place ending the title.
import { describe, expect, it } from "vitest";
import { extractRole } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

const roleOf = (subject: string, body: string, language: "en" | "de" | "nl" | "es" | "fr" = "en") =>
  extractRole(sampleFacts({ subject, body }), language).role;

describe("a comma qualifier written as part of the title", () => {
  it("keeps it on a booking's stage line, though the body names the practice on its own", () => {
    const subject = "Booking confirmed: Technical Interview - Principal Consultant, Cyber Resilience with Quellbrook";
    const body = [
      "Your booking is confirmed.",
      "",
      "Technical Interview - Principal Consultant, Cyber Resilience",
      "Monday, May 3, 2027",
      "",
      "You'll meet Ines Varga, Manager in our Cyber Resilience practice.",
    ].join("\n");
    expect(roleOf(subject, body)).toBe("Principal Consultant, Cyber Resilience");
  });

  it.each([
    ["Panel interview - Engineering Manager, Payments", "Engineering Manager, Payments"],
    ["Case review: Senior Analyst, Tax Technology", "Senior Analyst, Tax Technology"],
    ["Final round - Product Marketing Manager, EMEA", "Product Marketing Manager, EMEA"],
    ["Phone screen: Data Analyst, Growth", "Data Analyst, Growth"],
  ])("keeps it on a stage line alone: %s", (line, title) => {
    expect(roleOf("", `Hello,\n\n${line}\nThursday at 2 pm\n\nSee you then.`)).toBe(title);
  });

  it("keeps it in a subject when the body writes it as a team of the company", () => {
    const subject = "Interview invitation - Senior Analyst, Tax Technology";
    const body = "We'd like to invite you to meet two people from our Tax Technology group next week.";
    expect(roleOf(subject, body)).toBe("Senior Analyst, Tax Technology");
  });

  it.each([
    ["a known place", "Panel interview - Staff Engineer, Berlin", "Staff Engineer"],
    ["a known place of more words", "Panel interview - Staff Engineer, New York City", "Staff Engineer"],
    ["a work arrangement", "Onsite interview - Product Designer, Remote", "Product Designer"],
  ])("still ends the title at a comma before %s", (_what, line, title) => {
    expect(roleOf("", `Hello,\n\n${line}\n\nSee you then.`)).toBe(title);
  });

  it("ends a stage line's title at a comma before a place the body names as one", () => {
    const body =
      "Panel interview - Staff Engineer, Tallinn\nThursday at 2 pm\n\nOur Tallinn office is on the third floor.";
    expect(roleOf("", body)).toBe("Staff Engineer");
  });

  it.each([
    "We'd love to have you join as Senior Engineer, and we hope the start date suits you.",
    "Thank you for your application for Senior Engineer, which we have now reviewed.",
    "Your interview for Senior Engineer, Tuesday at 10, is confirmed.",
  ])("ends a sentence's title at a comma before a clause: %s", (body) => {
    expect(roleOf("", body)).toBe("Senior Engineer");
  });

  it("reads the title after a line that opens 'Good news:'", () => {
    const body = "Good news: you're confirmed for your first-round call for the Product Analyst, EMEA role.";
    expect(roleOf("", body)).toBe("Product Analyst, EMEA");
  });
});

describe("a sentence end ends the title", () => {
  it.each([
    [
      "I am pleased to offer you the position of Staff Data Engineer, Route Planning. You will report to the Head of Data.",
      "Staff Data Engineer, Route Planning",
    ],
    [
      "We'd love to have you join as Senior Analyst, Credit Risk. Your start date is in the letter.",
      "Senior Analyst, Credit Risk",
    ],
    [
      "Thanks for your interest in the role of Lead Designer, Mobile Apps. We reviewed your portfolio.",
      "Lead Designer, Mobile Apps",
    ],
  ])("%s", (body, title) => {
    expect(roleOf("", body)).toBe(title);
  });

  it("keeps an abbreviation's dot inside the title", () => {
    expect(roleOf("", "We'd like to offer you the Sr. Data Engineer role at Pellmoor.")).toBe("Sr. Data Engineer");
  });
});

describe("a word of another language after an English title", () => {
  it("keeps an Italian area the subject and the body both write after the title", () => {
    const subject = "Esito del colloquio – Data Analyst Rischi";
    const body =
      "Gentile candidata,\n\nla ringraziamo per il tempo dedicato ai colloqui per la posizione di Data Analyst Rischi.\n\nCordiali saluti";
    expect(roleOf(subject, body)).toBe("Data Analyst Rischi");
  });

  it("keeps a Spanish area written the same way twice", () => {
    const subject = "Proceso de selección – Business Analyst Riesgos";
    const body = "Hola Marta, gracias por tu interés en el puesto de Business Analyst Riesgos.";
    expect(roleOf(subject, body, "es")).toBe("Business Analyst Riesgos");
  });

  it.each([
    ["a stage word", "Senior Engineer Interview – Tuesday", "Looking forward to your Senior Engineer Interview."],
    ["an onsite", "Product Manager Onsite", "Details for the Product Manager Onsite."],
  ])("does not take %s written after the title", (_what, subject, body) => {
    expect(roleOf(subject, body)).not.toMatch(/Interview|Onsite/);
  });

  it("does not take the sender's company written after the title", () => {
    const facts = sampleFacts({
      from: { name: "Talent at Fenmarsh", address: "talent@fenmarsh.io" },
      subject: "Data Analyst Fenmarsh",
      body: "Thank you for applying for Data Analyst Fenmarsh.",
    });
    expect(extractRole(facts).role).toBe("Data Analyst");
  });

  it("does not extend a title the message also writes without the word", () => {
    const subject = "Esito del colloquio – Data Analyst Rischi";
    const body = "Thanks again for the Data Analyst interview. Data Analyst Rischi was a close call.";
    expect(roleOf(subject, body)).toBe("Data Analyst");
  });
});

describe("a title in German prose ends before the sentence goes on", () => {
  it.each([
    ["Ich ziehe meine Bewerbung als Product Owner Kreditkarten deshalb zurück.", "Product Owner Kreditkarten"],
    ["Leider kann ich die Stelle als Data Engineer Plattform daher nicht antreten.", "Data Engineer Plattform"],
    ["Hiermit ziehe ich meine Bewerbung als Projektleiter Netzausbau leider zurück.", "Projektleiter Netzausbau"],
    [
      "Leider ist die Stelle als Business Analyst Zahlungsverkehr bereits vergeben.",
      "Business Analyst Zahlungsverkehr",
    ],
  ])("%s", (body, title) => {
    expect(roleOf("", `Guten Tag Frau Keller\n\n${body}\n\nFreundliche Grüsse`, "de")).toBe(title);
  });
});

describe("a title in Dutch prose ends before the sentence goes on", () => {
  it("stops at a Dutch verb after the title", () => {
    const body = "Bedankt voor je sollicitatie op de functie van Data Engineer Logistiek. We nemen snel contact op.";
    expect(roleOf("", body, "nl")).toBe("Data Engineer Logistiek");
  });

  it("stops at a Dutch preposition after the title", () => {
    const body = "Wij nodigen je uit voor een gesprek voor de functie van Product Owner Betalingen op dinsdag.";
    expect(roleOf("", body, "nl")).toBe("Product Owner Betalingen");
  });
});
