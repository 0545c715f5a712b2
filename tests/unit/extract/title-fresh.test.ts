// Titles missed on two fresh sets (issue 9): a title noun the tables lacked, a stage label or a
// stage written on the title's own line, a gender tag ending a subject title, French inclusive
// endings, elisions and specialisations, French subject titles, a Dutch application subject, and a
// specialisation before a bracketed company in the owner's subject. Made-up companies and wording;
// each rule has negatives that keep what is not a title out.
import { describe, expect, it } from "vitest";
import { extractRole } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

const roleOf = (subject: string, body: string, language: "en" | "de" | "nl" | "es" | "fr" = "en") =>
  extractRole(sampleFacts({ subject, body }), language).role;

describe("title nouns of site and field work", () => {
  it.each([
    ["Reference check - Shutdown Planning Superintendent", "Shutdown Planning Superintendent"],
    ["Offer - Night Shift Production Supervisor", "Night Shift Production Supervisor"],
    ["Interview availability - Senior Quality Inspector (Req 5120)", "Senior Quality Inspector"],
    ["Next steps - Graduate Mine Surveyor", "Graduate Mine Surveyor"],
    ["Your application - Exploration Geologist", "Exploration Geologist"],
  ])("reads the subject %s", (subject, title) => {
    expect(roleOf(subject, "Hi Alex,\n\nThanks again for your time last week.\n\nKind regards,\nJo")).toBe(title);
  });

  it("reads one in an offer sentence", () => {
    const body = "I'm delighted to offer you the role of Fixed Plant Maintenance Superintendent at our mill.";
    expect(roleOf("Good news", body)).toBe("Fixed Plant Maintenance Superintendent");
  });

  it("does not take a lone Owner for a title noun", () => {
    expect(roleOf("References - Business Owner", "Hi Alex,\n\nPlease send two referees.")).toBeNull();
  });
});

describe("a stage on the title's line", () => {
  it("reads a scheduler's label line with lower-case stage words", () => {
    const body = [
      "Your event has been scheduled.",
      "",
      "Event Type:",
      "Team lead conversation – Substation Protection Engineer",
      "",
      "Event Host:",
      "Kai Moana",
    ].join("\n");
    expect(roleOf("Confirmed: Team lead conversation with Kai Moana", body)).toBe("Substation Protection Engineer");
  });

  it.each([
    ["Senior Test Engineer (f/m/x) – Technical interview", "Senior Test Engineer"],
    ["Platform Reliability Engineer – Final round", "Platform Reliability Engineer"],
    ["Data Analyst | Hiring manager chat", "Data Analyst"],
  ])("reads a title before its stage: %s", (line, title) => {
    const body = `Hi Sam,\n\nA reminder about your interview tomorrow.\n\n${line}\nThursday, March 4, 2027\n10:00 – 11:00 CET`;
    expect(roleOf("Reminder: your interview tomorrow", body)).toBe(title);
  });

  it("does not read an interviewer's line as the stage line", () => {
    const body = [
      "A reminder about your interview tomorrow.",
      "",
      "Your interviewers",
      "Rosa Lind – Engineering Manager",
      "Ben Ek – Staff Engineer",
    ].join("\n");
    expect(roleOf("Reminder: your interview tomorrow", body)).toBeNull();
  });
});

describe("a gender tag ends a subject title", () => {
  it("keeps the area the title writes after its noun", () => {
    const body = "Hello Ms Weber,\n\nhere is the invitation for our interview. Please plan with one hour.";
    expect(roleOf("Interview: Product Owner Radiology (m/w/d) – Helmfeld", body)).toBe("Product Owner Radiology");
  });

  it("keeps a plain title tagged the same way", () => {
    expect(roleOf("Interview: Senior Backend Developer (m/f/d)", "Hello,\n\nsee you on Monday.")).toBe(
      "Senior Backend Developer",
    );
  });

  it("reads no title from a tagged run without a title noun", () => {
    expect(roleOf("Interview: Helmfeld Medical Systems (m/w/d)", "Hello,\n\nsee you on Monday.")).toBeNull();
  });
});

describe("an owner's subject with a bracketed company after the specialisation", () => {
  it("keeps the specialisation", () => {
    const body = "Hi Ravi,\n\nCould they give me until Friday to decide?\n\nThanks,\nMina";
    expect(roleOf("Re: Offer - Director of Engineering, Route Optimisation (Brightwater)", body)).toBe(
      "Director of Engineering, Route Optimisation",
    );
  });

  it("still drops a place after the comma", () => {
    expect(roleOf("Offer - Senior Data Engineer, London (Brightwater)", "Hi,\n\nthanks.")).toBe("Senior Data Engineer");
  });
});

describe("French titles", () => {
  it("keeps an inclusive ending and the area after the comma", () => {
    const body =
      "Bonjour Louis,\n\nJe vous confirme votre entrevue pour le poste d'Analyste principal(e), risques de crédit :\n\nDate : le jeudi 8 avril";
    expect(roleOf("Confirmation d'entrevue – Analyste principal(e), risques de crédit", body, "fr")).toBe(
      "Analyste principal(e), risques de crédit",
    );
  });

  it("writes an elision as the message does, with an area joined by des", () => {
    const body =
      "Bonjour Léa,\n\nMerci d'avoir recommandé Hugo pour notre poste de Chef d'atelier, Maintenance des équipements. Son profil nous intéresse.";
    expect(roleOf("Référence - Chef d'atelier, Maintenance des équipements", body, "fr")).toBe(
      "Chef d'atelier, Maintenance des équipements",
    );
  });

  it("keeps no area that ends on a connector", () => {
    const body = "Bonjour,\n\nnotre poste de Chef d'équipe, Logistique des. Merci.";
    expect(roleOf("", body, "fr")).toBe("Chef d'équipe");
  });

  it.each([
    ["RE: Proposition – Responsable Trésorerie Groupe", "Responsable Trésorerie Groupe"],
    ["Offre – Chargée de communication interne", "Chargée de communication interne"],
    ["Invitation à une entrevue – Analyste en gestion des risques", "Analyste en gestion des risques"],
  ])("reads a subject part that starts with a title word: %s", (subject, title) => {
    const body = "Bonjour,\n\nJe vous remercie pour cette proposition.\n\nBien cordialement,\nCamille";
    expect(roleOf(subject, body, "fr")).toBe(title);
  });

  it("reads no title from a subject part that starts otherwise", () => {
    const body = "Bonjour,\n\nJe vous remercie.\n\nBien cordialement,\nCamille";
    expect(roleOf("RE: Proposition – Atelier Bellerive", body, "fr")).toBeNull();
  });
});

describe("Dutch application subjects", () => {
  it.each([
    ["Terugkoppeling sollicitatie Junior Data Analist", "Junior Data Analist"],
    ["Uitnodiging sollicitatie als Medior Projectleider", "Medior Projectleider"],
    ["Je sollicitatie voor Backend Ontwikkelaar", "Backend Ontwikkelaar"],
  ])("reads %s", (subject, title) => {
    const body = "Beste Sanne,\n\nBedankt voor je tijd.\n\nMet vriendelijke groet,\nRuben";
    expect(roleOf(subject, body, "nl")).toBe(title);
  });

  it("reads no title from an application word before a company", () => {
    const body = "Beste Sanne,\n\nBedankt voor je sollicitatie bij Veldhoven Logistiek. We nemen contact op.";
    expect(roleOf("Terugkoppeling sollicitatie Veldhoven Logistiek", body, "nl")).toBeNull();
  });
});
