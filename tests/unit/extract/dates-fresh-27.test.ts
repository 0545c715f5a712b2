// Dates, interview times and interviewers missed on fresh mail (unseen-27 and unseen-28): the general
// rules behind each miss. Every sentence, name and domain here is invented for this test; each rule
// has a case on the other side of its boundary.
import { describe, expect, it } from "vitest";
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

const sorted = (names: string[]) => [...names].sort();
const relay: Party = { name: "Careers", address: "no-reply@talent.relay-mail.example" };
function peopleOf(body: string, sender: Party = relay) {
  return sorted(interviewersOf(sampleFacts({ body, from: sender }), { employer: "Korvell", sender }));
}

const zoned = (dateHeader: string, offsetMinutes: number, ownerTimezone: string): Partial<MailFacts> => ({
  dateHeader,
  dateMs: Date.parse(dateHeader),
  zone: { kind: "fixed", offsetMinutes },
  ownerTimezone,
});
const GHENT = zoned("Tue, 21 Nov 2028 15:10:00 +0100", 60, "Europe/Brussels");
const LYON = zoned("Mon, 17 Jan 2028 10:00:00 +0100", 60, "Europe/Paris");
const VALENCIA = zoned("Thu, 12 Oct 2028 12:00:00 +0200", 120, "Europe/Madrid");
const BREMEN = zoned("Fri, 14 Jan 2028 11:20:00 +0100", 60, "Europe/Berlin");
const TURIN = zoned("Mon, 15 Jan 2029 10:00:00 +0100", 60, "Europe/Rome");
const QUITO = zoned("Wed, 29 Mar 2028 17:00:00 -0500", -300, "America/Guayaquil");

describe("promised decisions in other languages", () => {
  it("reads Dutch 'We verwachten uiterlijk vrijdag 8 december een besluit te nemen'", () => {
    const dates = datesOf(
      "Hoi Lotte,\n\nWe hebben nog twee gesprekken. We verwachten uiterlijk vrijdag 8 december een besluit te nemen.\n\nGroet,\nBram",
      "update",
      GHENT,
    );
    expect(dates.expectDecisionBy).toBe("2028-12-08");
    expect(dates.respondBy).toBeNull();
  });

  it("leaves a Dutch date with no promise alone ('Het team is vrijdag 8 december op de beurs')", () => {
    const dates = datesOf(
      "Hoi Lotte,\n\nHet team is vrijdag 8 december op de beurs in Gent.\n\nGroet,\nBram",
      "update",
      GHENT,
    );
    expect(dates.expectDecisionBy).toBeNull();
  });

  it("reads French 'Une réponse vous sera communiquée au plus tard le 9 février'", () => {
    const dates = datesOf(
      "Bonjour,\n\nVotre dossier est en cours d'évaluation. Une réponse vous sera communiquée au plus tard le 9 février 2028.\n\nL'équipe Carrières",
      "update",
      LYON,
    );
    expect(dates.expectDecisionBy).toBe("2028-02-09");
    expect(dates.respondBy).toBeNull();
  });

  it("does not read 'Le portail sera fermé le 9 février' as a promise", () => {
    const dates = datesOf(
      "Bonjour,\n\nLe portail sera fermé pour maintenance le 9 février 2028.\n\nL'équipe Carrières",
      "update",
      LYON,
    );
    expect(dates.expectDecisionBy).toBeNull();
  });

  it("reads Spanish 'Esperamos tomar una decisión antes del viernes 20 de octubre'", () => {
    const dates = datesOf(
      "Hola Marta:\n\nEsta semana terminamos las entrevistas finales. Esperamos tomar una decisión antes del viernes 20 de octubre y te avisaremos.\n\nUn saludo,\nPau",
      "update",
      VALENCIA,
    );
    expect(dates.expectDecisionBy).toBe("2028-10-20");
    expect(dates.respondBy).toBeNull();
  });

  it("does not read 'Esperamos verte el viernes 20 de octubre en la feria' as a promise", () => {
    const dates = datesOf(
      "Hola Marta:\n\nEsperamos verte el viernes 20 de octubre en la feria de empleo.\n\nUn saludo,\nPau",
      "update",
      VALENCIA,
    );
    expect(dates.expectDecisionBy).toBeNull();
  });
});

describe("offer deadlines", () => {
  it("counts German 'innerhalb von drei Werktagen Bescheid, ob Du annimmst' from the Date", () => {
    const dates = datesOf(
      "Hallo Lea,\n\nwir freuen uns, Dir die Stelle anbieten zu können. Gib uns bitte innerhalb von drei Werktagen Bescheid, ob Du annimmst.\n\nBeste Grüße\nTim",
      "offer",
      BREMEN,
    );
    // Friday 14 January: Monday, Tuesday, Wednesday.
    expect(dates.respondBy).toBe("2028-01-19");
  });

  it("sets no deadline for 'Gib uns Bescheid, wenn Du Fragen hast'", () => {
    const dates = datesOf(
      "Hallo Lea,\n\nwir freuen uns, Dir die Stelle anbieten zu können. Gib uns gern Bescheid, wenn Du Fragen hast.\n\nBeste Grüße\nTim",
      "offer",
      BREMEN,
    );
    expect(dates.respondBy).toBeNull();
  });

  it("reads a Spanish letter's 'confirmar su aceptación firmando esta carta a más tardar el lunes 10 de abril'", () => {
    const dates = datesOf(
      "Señora Vera:\n\nTenemos el agrado de ofrecerle el cargo.\nLe agradeceremos confirmar su aceptación firmando esta carta a más tardar el lunes 10 de abril de 2028.\n\nAtentamente,",
      "offer",
      QUITO,
    );
    expect(dates.respondBy).toBe("2028-04-10");
  });

  it("reads an Italian letter's 'firmata per accettazione entro le ore 18:00 di venerdì 19 gennaio'", () => {
    const dates = datesOf(
      "Gentile Sara Conti,\n\nsiamo lieti di proporLe l'assunzione.\nLa preghiamo di restituirci la presente firmata per accettazione entro le ore 18:00 di venerdì 19 gennaio 2029.\n\nDistinti saluti",
      "offer",
      TURIN,
    );
    expect(dates.respondBy).toBe("2029-01-19T18:00:00+01:00");
  });
});

describe("a moved interview", () => {
  const body =
    "Guten Tag Herr Lenz,\n\nwie heute Mittag telefonisch besprochen, müssen wir Ihr Gespräch verschieben.\n\nNeuer Termin: Dienstag, 18. Januar 2028, 10:30 bis 11:30 Uhr\nOrt: Bremen, Am Wall 12\n\nViele Grüße\nJana Ohlsen";
  it("takes the new slot, not the hour of the call that arranged it", () => {
    const dates = datesOf(body, "interview_scheduled", zoned("Fri, 14 Jan 2028 16:42:00 +0100", 60, "Europe/Berlin"));
    expect(dates.interviewAt).toBe("2028-01-18T10:30:00+01:00");
  });

  it("still reads a time later the same day as the interview", () => {
    const dates = datesOf(
      "Guten Tag Herr Lenz,\n\nwir bestätigen Ihr Gespräch heute um 17:30 Uhr.\n\nViele Grüße\nJana Ohlsen",
      "interview_scheduled",
      zoned("Fri, 14 Jan 2028 09:10:00 +0100", 60, "Europe/Berlin"),
    );
    expect(dates.interviewAt).toBe("2028-01-14T17:30:00+01:00");
  });
});

describe("interviewers named in other languages and forms", () => {
  it("reads a Bookings 'Staff:' line split by semicolons", () => {
    expect(
      peopleOf(
        "Your booking is confirmed.\n\nService: Panel interview (60 minutes)\nStaff: Maeve Dunleavy; Tomasz Brezina\nLocation: Level 3",
      ),
    ).toEqual(["Maeve Dunleavy", "Tomasz Brezina"]);
  });

  it("reads German 'Am Gespräch nehmen Herr X (Leiter ...) und ich teil', the writer signing with a title", () => {
    const writer: Party = { name: "Dr. Wiebke Sander", address: "w.sander@korvell-bank.example" };
    expect(
      peopleOf(
        "Sehr geehrte Frau Holm,\n\nwir laden Sie gern zu einem ersten Gespräch ein. Am Gespräch nehmen Herr Lukas Brenner (Leiter Treasury) und ich teil.\n\nMit freundlichen Grüßen\nDr. Wiebke Sander",
        writer,
      ),
    ).toEqual(["Lukas Brenner", "Wiebke Sander"]);
  });

  it("reads Portuguese 'Da nossa parte estarão presentes eu próprio e a Dra. X'", () => {
    const writer: Party = { name: "Nuno Faria", address: "nuno.faria@korvell-lab.example" };
    expect(
      peopleOf(
        "Cara Joana,\n\nGostaríamos de a conhecer numa entrevista.\nDa nossa parte estarão presentes eu próprio e a Dra. Marta Seixas, diretora de Qualidade.\n\nCumprimentos,\nNuno Faria\nResponsável de Recursos Humanos",
        writer,
      ),
    ).toEqual(["Marta Seixas", "Nuno Faria"]);
  });

  it("reads Dutch 'We zitten met z'n drieën: X (Head of Product), ik en jij'", () => {
    const writer: Party = { name: "Ilse Bosman", address: "ilse.bosman@korvell-zorg.example" };
    expect(
      peopleOf(
        "Hoi Ruben,\n\nHet gesprek is verplaatst naar donderdag om 15:00.\nWe zitten dan met z'n drieën: Joost Verhagen (Head of Product), ik en jij.\n\nGroetjes,\nIlse Bosman",
        writer,
      ),
    ).toEqual(["Ilse Bosman", "Joost Verhagen"]);
  });

  it("reads French 'Vous serez reçue par Mme X, responsable ..., et M. Y, ingénieur'", () => {
    expect(
      peopleOf(
        "Madame,\n\nNous vous confirmons votre entretien le jeudi 12 octobre.\n\nVous serez reçue par Mme Agathe Roussel, responsable de l'équipe Radar, et M. Yanis Ferhat, ingénieur principal.\n\nLe service Recrutement",
      ),
    ).toEqual(["Agathe Roussel", "Yanis Ferhat"]);
  });

  it("reads Spanish 'una conversación de 30 minutos con X, directora de ...'", () => {
    expect(
      peopleOf(
        "Hola Sofía:\n\nEl siguiente paso es una conversación de 30 minutos con Daniela Ortega, directora de Riesgos.\n\nSaludos",
      ),
    ).toEqual(["Daniela Ortega"]);
  });

  it("drops a Spanish job title written like a name ('Líder de Ingeniería de Datos')", () => {
    expect(
      peopleOf(
        "Confirmamos tu entrevista técnica.\n\nEntrevistador: Ing. Esteban Rivas Ocampo, Líder de Ingeniería de Datos\n",
      ),
    ).toEqual(["Esteban Rivas Ocampo"]);
  });

  it("names no one for a conversation with a team", () => {
    expect(peopleOf("Hola Sofía:\n\nTendrás una conversación con el equipo de datos la semana que viene.\n")).toEqual(
      [],
    );
  });
});
