// Titles two fresh sets misread: a place after a title's dash kept as its qualifier, qualifiers cut
// off where a department head's "Head of X" named the same unit, Spanish "al cargo de ... Sr./Sra.",
// German "für die Stelle als", Dutch "sollicitatie als ... – X en ...", a chatbot's "applying for",
// an offer letter's heading, a course receipt, a stack after a subject's title, Italian subjects.
// Made-up companies, people and wording throughout; positives and negatives.
import { describe, expect, it } from "vitest";
import { joinWrappedLines } from "../../../functions/domain/extract/prose";
import { extractRole } from "../../../functions/domain/extract/role";
import { isKnownPlace, isPlace, writtenAsPlace } from "../../../functions/domain/extract/title-places";
import { sampleFacts } from "./sample-facts";

type Lang = "en" | "de" | "nl" | "es" | "fr";
const roleOf = (subject: string, body: string, language: Lang = "en") =>
  extractRole(sampleFacts({ subject, body: joinWrappedLines(body) }), language).role;

describe("a place after a title's dash", () => {
  it("drops a city the signature's address writes after a postal code", () => {
    const body =
      "vielen Dank für Ihre Bewerbung als Teamleitung Kundenservice (m/w/d) – Minden. Wir möchten Sie kennenlernen.\n\nGrüße\nTeam Personal\nWeserhof Medien GmbH\nHafenweg 4, 32423 Minden";
    expect(roleOf("Einladung zum Kennenlernen", body, "de")).toBe("Teamleitung Kundenservice");
  });

  it("drops a city from the table without any address", () => {
    const body = "vielen Dank für Ihre Bewerbung als Teamleitung Kundenservice (m/w/d) – Düsseldorf. Bis bald.";
    expect(roleOf("Ihre Bewerbung", body, "de")).toBe("Teamleitung Kundenservice");
  });

  it("keeps a unit that is no place", () => {
    const body =
      "vielen Dank für Ihre Bewerbung als Teamleitung Kundenservice (m/w/d) – Firmenkunden. Bis bald.\n\nHafenweg 4, 32423 Minden";
    expect(roleOf("Ihre Bewerbung", body, "de")).toBe("Teamleitung Kundenservice – Firmenkunden");
  });

  it("drops an English city after a dash at the end of a subject", () => {
    expect(roleOf("Offer - Senior Data Engineer – Leeds", "Please find the details attached.")).toBe(
      "Senior Data Engineer",
    );
  });

  it.each([
    ["postal code", "Kontor: Am Markt 3, 04109 Lindenau", "Lindenau", true],
    ["state code", "based at our site in Karratha WA.", "Karratha", true],
    ["a team word before a code", "the Platform QA team owns it", "Platform", false],
    ["a year is no postal code", "since 2019 Payments has grown", "Payments", false],
  ])("reads a place by its %s", (_what, text, words, place) => {
    expect(writtenAsPlace(words, text)).toBe(place);
  });

  it("knows cities by name, not area words", () => {
    expect(isKnownPlace("Buenos Aires")).toBe(true);
    expect(isKnownPlace("köln")).toBe(true);
    expect(isKnownPlace("Southern Cone")).toBe(false);
    expect(isPlace("Platform", "Tech Lead – Platform")).toBe(false);
  });
});

describe("a qualifier that names the unit someone heads", () => {
  it("keeps a subject's comma qualifier that a panel member heads", () => {
    const subject = "New time for your interview - Lead Producer, Season Events";
    const body = "You will meet Ola Brandt (Studio Director) and Finn Marek (Head of Season Events).";
    expect(roleOf(subject, body)).toBe("Lead Producer, Season Events");
  });

  it("keeps it after a dash-and-place subject ending", () => {
    const subject = "Next step: Senior Analyst, Route Design - Denver, CO";
    const body = "The hiring team would like to meet you.\n\n  - Ada Moss, Director of Route Design";
    expect(roleOf(subject, body)).toBe("Senior Analyst, Route Design");
  });

  it("still drops a company written bare after the comma", () => {
    const subject = "Senior Product Designer, Tidewell";
    const body = "My client, Tidewell, is hiring a Senior Product Designer to lead its app.";
    expect(roleOf(subject, body)).toBe("Senior Product Designer");
  });
});

describe("an English qualifier in a sentence", () => {
  it("reads a chatbot's 'applying for' with a dash qualifier before 'based in'", () => {
    const body =
      "Thanks for applying for Regional Logistics Manager – Andean Corridor, based in Quito. Tap below to pick a time.";
    expect(roleOf("Next step: schedule your phone screen", body)).toBe("Regional Logistics Manager – Andean Corridor");
  });

  it("keeps a dash qualifier before a place with its state code", () => {
    const body =
      "Thank you for applying for the role of Senior Hydrology Engineer - Dams, Karratha WA (Job Req ID 55120).";
    expect(roleOf("Your application", body)).toBe("Senior Hydrology Engineer - Dams");
  });

  it("does not take a lower-case sentence as a qualifier", () => {
    const body = "Thanks for applying for Warehouse Planner – we will be in touch soon.";
    expect(roleOf("Thanks", body)).toBe("Warehouse Planner");
  });
});

describe("an offer letter's heading", () => {
  it("reads the title and its qualifier", () => {
    const body = "Dear Noor,\n\nLetter of Offer – Avionics Engineer – Flight Controls\n\nWe are delighted to offer you";
    expect(roleOf("Your letter of offer", body)).toBe("Avionics Engineer – Flight Controls");
  });

  it("reads a heading without a qualifier", () => {
    const body = "Dear Noor,\n\nOffer of Employment: Payroll Specialist\n\nWe are delighted to offer you";
    expect(roleOf("Your offer", body)).toBe("Payroll Specialist");
  });
});

describe("a course is no job", () => {
  it("reads no title a receipt labels as a course", () => {
    const body =
      "Merci pour votre inscription.\n\nFormation : Certification Agile Product Owner – session intensive\nDates : 4 et 5 mai";
    expect(roleOf("Votre reçu – Certification Agile Product Owner", body, "fr")).toBeNull();
  });

  it("still reads a training job", () => {
    const body = "We'd like to offer you the Training Coordinator position starting in June.";
    expect(roleOf("Offer", body)).toBe("Training Coordinator");
  });
});

describe("a stack after a subject's title", () => {
  it("keeps it in a Spanish subject", () => {
    expect(roleOf("Referencias – Tech Lead Frontend", "¿Podrías enviarnos dos referencias?", "es")).toBe(
      "Tech Lead Frontend",
    );
  });

  it("keeps an English title without one", () => {
    expect(roleOf("Interview – Tech Lead", "See you Tuesday.")).toBe("Tech Lead");
  });

  it("does not take a stage word as a stack", () => {
    expect(roleOf("Tech Lead Interview", "See you Tuesday.")).toBe("Tech Lead");
  });
});

describe("titles in other languages", () => {
  it("reads a Spanish 'al cargo de' title with its Sr./Sra. ending", () => {
    const body =
      "Te escribo para retirar mi postulación al cargo de Analista de Compras Sr./Sra. No quiero hacerles perder tiempo.";
    expect(roleOf("Retiro de postulación", body, "es")).toBe("Analista de Compras Sr./Sra.");
  });

  it("takes no person after 'a cargo de'", () => {
    const body = "La entrevista estará a cargo de Rodrigo Pérez, del equipo de personas.";
    expect(roleOf("Entrevista", body, "es")).toBeNull();
  });

  it("reads a German 'für die Stelle als' title and its comma area", () => {
    const body =
      "Wir führen noch zwei Gespräche für die Stelle als Leiter Datenplattform, Bereich Leben. Danach melden wir uns.";
    expect(roleOf("Ihre Bewerbung – Zwischenstand", body, "de")).toBe("Leiter Datenplattform, Bereich Leben");
  });

  it("reads a Dutch 'sollicitatie als' researcher with its dash qualifier", () => {
    const body = "Bedankt voor je sollicitatie als Senior UX Researcher – Mobiel en voor het fijne gesprek met Bas.";
    expect(roleOf("Je sollicitatie", body, "nl")).toBe("Senior UX Researcher – Mobiel");
  });

  it("reads an Italian title from a subject part in mail read as English", () => {
    expect(roleOf("Offerta di impiego – Responsabile Qualità Dati", "In allegato la lettera.")).toBe(
      "Responsabile Qualità Dati",
    );
  });

  it("reads no Italian title from a part that starts with no title noun", () => {
    expect(roleOf("Offerta di impiego – Lago Digitale", "In allegato la lettera.")).toBeNull();
  });
});
