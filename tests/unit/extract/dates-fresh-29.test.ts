// Promised decisions and offer deadlines missed on fresh mail (unseen-29 and unseen-30): the general
// rules behind each miss. Every sentence, name and domain here is invented for this test; each rule
// has a case on the other side of its boundary.
import { describe, expect, it } from "vitest";
import { findDatePhrases } from "../../../functions/domain/extract/date-phrases";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { interviewersOf } from "../../../functions/domain/extract/interview-details";
import { detectLanguage } from "../../../functions/domain/extract/language";
import type { MailFacts, Party } from "../../../functions/domain/mail-facts";
import type { MessageKind } from "../../../functions/domain/vocabularies";
import { sampleFacts } from "./sample-facts";

function datesOf(body: string, kind: MessageKind, overrides: Partial<MailFacts> = {}) {
  const facts = sampleFacts({ body, ...overrides });
  return extractDates(facts, kind, detectLanguage(`${facts.subject}\n${body}`));
}

const relay: Party = { name: "Careers", address: "no-reply@talent.relay-mail.example" };
function peopleOf(body: string, sender: Party = relay) {
  return [...interviewersOf(sampleFacts({ body, from: sender }), { employer: "Korvell", sender })].sort();
}

const zoned = (dateHeader: string, offsetMinutes: number, ownerTimezone: string): Partial<MailFacts> => ({
  dateHeader,
  dateMs: Date.parse(dateHeader),
  zone: { kind: "fixed", offsetMinutes },
  ownerTimezone,
});
// A Thursday, a Tuesday, a Monday and a Wednesday.
const ROSARIO = zoned("Thu, 09 Mar 2028 11:00:00 -0300", -180, "America/Argentina/Cordoba");
const NANTES = zoned("Tue, 07 Mar 2028 09:00:00 +0100", 60, "Europe/Paris");
const KASSEL = zoned("Mon, 06 Mar 2028 14:00:00 +0100", 60, "Europe/Berlin");
const ANTWERP = zoned("Wed, 08 Mar 2028 10:00:00 +0100", 60, "Europe/Brussels");

describe("a weekday and a day of the month with no month", () => {
  const frame = (language: "es" | "fr" | "nl") => ({
    referenceMs: Date.parse("2028-03-09T11:00:00-03:00"),
    zone: { kind: "fixed", offsetMinutes: -180 } as const,
    dayFirst: true,
    language,
  });

  it("reads Spanish 'antes del viernes 17' as the next Friday the 17th", () => {
    const phrases = findDatePhrases("Te aviso antes del viernes 17.", frame("es"));
    expect(phrases.map((p) => p.value)).toEqual(["2028-03-17"]);
  });

  it("picks the month whose day fits the weekday ('martes 4' after the 9th is next month)", () => {
    const phrases = findDatePhrases("Nos vemos el martes 4.", frame("es"));
    expect(phrases.map((p) => p.value)).toEqual(["2028-04-04"]);
  });

  it("leaves a named month and a clock time to chrono ('viernes 17 de marzo', 'jueves 10:30')", () => {
    expect(findDatePhrases("Empezás el viernes 17 de marzo.", frame("es")).map((p) => p.value)).toEqual(["2028-03-17"]);
    expect(findDatePhrases("Te llamo el jueves 10:30.", frame("es")).every((p) => p.hasTime)).toBe(true);
  });

  it("reads French 'vendredi 17' but not 'vendredi 15h' as a day of the month", () => {
    expect(findDatePhrases("Réponse avant le vendredi 17.", frame("fr")).map((p) => p.value)).toEqual(["2028-03-17"]);
    const clock = findDatePhrases("Rendez-vous vendredi 15h.", frame("fr"));
    expect(clock.map((p) => p.value.slice(0, 10))).not.toContain("2028-03-15");
  });

  it("reads Dutch 'uiterlijk vrijdag 17'", () => {
    expect(findDatePhrases("We laten het je uiterlijk vrijdag 17 weten.", frame("nl")).map((p) => p.value)).toEqual([
      "2028-03-17",
    ]);
  });
});

describe("promised decisions in other languages", () => {
  it("reads Spanish 'Te vamos a estar dando una respuesta antes del viernes 17'", () => {
    const dates = datesOf(
      "Hola Sofía,\n\nNos falta una entrevista más. Te vamos a estar dando una respuesta antes del viernes 17.\n\nSaludos,\nNico",
      "update",
      ROSARIO,
    );
    expect(dates.expectDecisionBy).toBe("2028-03-17");
  });

  it("leaves a Spanish day with no promise alone ('El equipo viaja el viernes 17')", () => {
    const dates = datesOf(
      "Hola Sofía,\n\nEl equipo viaja el viernes 17 a Rosario.\n\nSaludos,\nNico",
      "update",
      ROSARIO,
    );
    expect(dates.expectDecisionBy).toBeNull();
  });

  it("reads French third-person 'Mme Lenoir reviendra vers vous d'ici le vendredi 17 mars'", () => {
    const dates = datesOf(
      "Bonjour,\n\nVotre profil nous intéresse. Claire Lenoir reviendra vers vous d'ici le vendredi 17 mars pour un premier échange.\n\nL'équipe",
      "update",
      NANTES,
    );
    expect(dates.expectDecisionBy).toBe("2028-03-17");
  });

  it("reads German '... und werden uns bis Mittwoch mit einer Rückmeldung bei Ihnen melden'", () => {
    const dates = datesOf(
      "Sehr geehrter Herr Vogt,\n\nWir sprechen noch mit zwei Personen und werden uns bis Mittwoch mit einer Rückmeldung bei Ihnen melden.\n\nGrüße\nPia Lorenz",
      "update",
      KASSEL,
    );
    expect(dates.expectDecisionBy).toBe("2028-03-08");
  });

  it("leaves a German date the owner is asked to answer by as no promise ('Bitte melden Sie sich bis Mittwoch')", () => {
    const dates = datesOf(
      "Sehr geehrter Herr Vogt,\n\nBitte melden Sie sich bis Mittwoch bei uns.\n\nGrüße\nPia Lorenz",
      "update",
      KASSEL,
    );
    expect(dates.expectDecisionBy).toBeNull();
  });
});

describe("offer deadlines in other languages", () => {
  it("reads Spanish 'Tenés tiempo hasta el lunes para confirmarnos'", () => {
    const dates = datesOf(
      "¡Hola Sofía!\n\nTe paso la propuesta:\n- Sueldo: a convenir\n\nTenés tiempo hasta el lunes para confirmarnos.\n\nAbrazo,\nNico",
      "offer",
      ROSARIO,
    );
    expect(dates.respondBy).toBe("2028-03-13");
  });

  it("reads Dutch 'Je kan het aanbod aanvaarden of weigeren tot en met vrijdag 17 maart 2028'", () => {
    const dates = datesOf(
      "Dag Wout,\n\nProficiat! In het portaal vind je je loonpakket, de startdatum en de arbeidsovereenkomst. Je kan het aanbod bekijken en aanvaarden of weigeren tot en met vrijdag 17 maart 2028.\n\nHet team",
      "offer",
      ANTWERP,
    );
    expect(dates.respondBy).toBe("2028-03-17");
  });

  it("leaves a Dutch offer's start date alone ('Je start op maandag 3 april 2028')", () => {
    const dates = datesOf("Dag Wout,\n\nJe start op maandag 3 april 2028.\n\nHet team", "offer", ANTWERP);
    expect(dates.respondBy).toBeNull();
  });
});

describe("interviewers named in German the first pass missed", () => {
  it("reads 'Seitens Firma nehmen X (Titel) und ich teil' and the writer signed under a Swiss closing", () => {
    const people = peopleOf(
      "Grüezi Herr Vogt\n\nDas Gespräch dauert rund 45 Minuten. Seitens Korvell nehmen Jonas Wyss (Teamleiter Analytik) und ich teil.\n\nFreundliche Grüsse\n\nLea Brunner\nTalent Acquisition",
    );
    expect(people).toEqual(["Jonas Wyss", "Lea Brunner"]);
  });

  it("reads a 'Teilnehmende:' line with 'unverändert' before the names", () => {
    const people = peopleOf(
      "Guten Tag Herr Vogt\n\nWir müssen das Gespräch verschieben.\nTeilnehmende: unverändert Jonas Wyss und Mara Huber\n\nFreundliche Grüsse\nLea Brunner",
    );
    expect(people).toEqual(["Jonas Wyss", "Mara Huber"]);
  });

  it("adds no writer when the sentence names no meeting ('Seitens Korvell ist alles bereit')", () => {
    const people = peopleOf(
      "Grüezi Herr Vogt\n\nSeitens Korvell ist alles bereit für Ihren Start.\n\nFreundliche Grüsse\n\nLea Brunner",
    );
    expect(people).toEqual([]);
  });
});
