// Dates, interview ends and interviewers missed on fresh mail (unseen-26 and the older sets): the
// general rules behind each miss. Every sentence, name and domain here is invented for this test;
// each rule has a case on the other side of its boundary.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { interviewersOf, interviewMinutes } from "../../../functions/domain/extract/interview-details";
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
function peopleOf(body: string, sender: Party = relay, quoted = "") {
  return sorted(interviewersOf(sampleFacts({ body, quoted, from: sender }), { employer: "Corvalho", sender }));
}

const LISBON: Partial<MailFacts> = {
  from: { name: "Inês Valadares", address: "ines.valadares@azulejo-dados.pt" },
  dateHeader: "Tue, 2 May 2028 17:40:03 +0100",
  dateMs: Date.parse("2028-05-02T17:40:03+01:00"),
  zone: { kind: "fixed", offsetMinutes: 60 },
  ownerTimezone: "Europe/Lisbon",
};

describe("a Portuguese status update: who answers by the day decides the field", () => {
  it("reads the employer's promise 'Comprometemo-nos a dar-lhe uma resposta até 12 de maio'", () => {
    const dates = datesOf(
      "Olá Rui,\n\nAinda estamos a concluir as entrevistas finais. Comprometemo-nos a dar-lhe uma resposta até 12 de maio.\n\nCumprimentos,\nInês",
      "update",
      LISBON,
    );
    expect(dates.expectDecisionBy).toBe("2028-05-12");
    expect(dates.respondBy).toBeNull();
  });

  it("still reads 'Precisamos da sua resposta até 12 de maio' as the owner's deadline", () => {
    const dates = datesOf(
      "Olá Rui,\n\nSobre a proposta: precisamos da sua resposta até 12 de maio.\n\nCumprimentos,\nInês",
      "update",
      LISBON,
    );
    expect(dates.respondBy).toBe("2028-05-12");
    expect(dates.expectDecisionBy).toBeNull();
  });
});

const COLOGNE: Partial<MailFacts> = {
  from: { name: "Karriere", address: "karriere@rheinbogen-verlag.de" },
  dateHeader: "Fri, 14 Jan 2028 11:58:00 +0100",
  dateMs: Date.parse("2028-01-14T11:58:00+01:00"),
  zone: { kind: "fixed", offsetMinutes: 60 },
  ownerTimezone: "Europe/Berlin",
};

describe("a German interim update that promises an answer by a weekday", () => {
  it("reads 'möchten Ihnen bis Mittwoch eine verbindliche Rückmeldung geben' as the promised date", () => {
    const dates = datesOf(
      "Sehr geehrte Frau Lindqvist,\n\nwir führen diese Woche noch zwei Gespräche und möchten Ihnen bis Mittwoch eine verbindliche Rückmeldung geben.\n\nFreundliche Grüße",
      "update",
      COLOGNE,
    );
    expect(dates.expectDecisionBy).toBe("2028-01-19");
    expect(dates.respondBy).toBeNull();
  });

  it("does not read the owner's answer asked 'bis Mittwoch' as the employer's promise", () => {
    const dates = datesOf(
      "Sehr geehrte Frau Lindqvist,\n\nbitte geben Sie uns bis Mittwoch Bescheid, ob Sie das Angebot annehmen.\n\nFreundliche Grüße",
      "update",
      COLOGNE,
    );
    expect(dates.expectDecisionBy).toBeNull();
  });
});

const MONTEVIDEO: Partial<MailFacts> = {
  from: { name: "Lucía Barreiro", address: "lucia.barreiro@rambla-cobros.com.uy" },
  dateHeader: "Thu, 2 Dec 2027 16:20:00 -0300",
  dateMs: Date.parse("2027-12-02T16:20:00-03:00"),
  zone: { kind: "fixed", offsetMinutes: -180 },
  ownerTimezone: "America/Montevideo",
};

describe("a Spanish offer answered within business days counted from the Date", () => {
  const offer =
    "¡Hola Matías!\n\nQueremos sumarte como Analista de Riesgo. Te mandé la propuesta formal por el portal.\n\n";

  it("reads 'Te pedimos que nos confirmes dentro de los 3 días hábiles' as Tuesday after a Thursday", () => {
    const dates = datesOf(
      `${offer}Te pedimos que nos confirmes dentro de los 3 días hábiles. Abrazo.`,
      "offer",
      MONTEVIDEO,
    );
    expect(dates.respondBy).toBe("2027-12-07");
  });

  it("reads 'dentro de 3 días' (calendar days) as the Sunday", () => {
    const dates = datesOf(`${offer}Te pedimos que nos confirmes dentro de 3 días. Abrazo.`, "offer", MONTEVIDEO);
    expect(dates.respondBy).toBe("2027-12-05");
  });

  it("reads no deadline from a window that asks nothing of the owner", () => {
    const dates = datesOf(`${offer}El contrato llega dentro de los 3 días hábiles. Abrazo.`, "offer", MONTEVIDEO);
    expect(dates.respondBy).toBeNull();
  });
});

describe("an interview moved to a new hour, and one in IST, when the mail is read as scheduled", () => {
  const VALENCIA: Partial<MailFacts> = {
    from: { name: "Itziar Montoya", address: "itziar@conservas-albufera.es" },
    dateHeader: "Fri, 24 Mar 2028 10:52:18 +0100",
    dateMs: Date.parse("2028-03-24T10:52:18+01:00"),
    zone: { kind: "fixed", offsetMinutes: 60 },
    ownerTimezone: "Europe/Madrid",
  };
  const moved =
    "Hola Iker:\n\nTenemos que mover la entrevista. La nueva hora es el martes 28 de marzo\na las 16:30 (hora peninsular), en lugar del lunes a las 10:00. Durará unos 45 minutos.\n\nUn saludo,\nItziar";

  it("reads the new time, not the old one, and its stated length", () => {
    const dates = datesOf(moved, "interview_scheduled", VALENCIA);
    expect(dates.interviewAt).toBe("2028-03-28T16:30:00+02:00");
    expect(interviewMinutes(sampleFacts({ ...VALENCIA, body: moved }), dates.interviewAt)).toBe(45);
  });

  const PUNE: Partial<MailFacts> = {
    from: { name: "Meera Pillai", address: "meera.pillai@kaveri-logistics.co.in" },
    dateHeader: "Mon, 14 Aug 2028 10:00:00 +0530",
    dateMs: Date.parse("2028-08-14T10:00:00+05:30"),
    zone: { kind: "fixed", offsetMinutes: 330 },
    ownerTimezone: "Asia/Kolkata",
  };
  const ist =
    "Dear Rohan,\n\nThis is to confirm your technical interview is scheduled on 17th August 2028 (Thursday) at 11:00 AM IST. Duration will be\n1 hour. Interview will be taken by Mr. Anand Rao, Delivery Manager, on Google Meet.\n\nThanks & Regards\nMeera";

  it("reads '17th August 2028 (Thursday) at 11:00 AM IST' and 'Duration will be 1 hour'", () => {
    const dates = datesOf(ist, "interview_scheduled", PUNE);
    expect(dates.interviewAt).toBe("2028-08-17T11:00:00+05:30");
    expect(interviewMinutes(sampleFacts({ ...PUNE, body: ist }), dates.interviewAt)).toBe(60);
  });
});

describe("a clock range written with words", () => {
  const TURIN: Partial<MailFacts> = {
    from: { name: "Selezione", address: "selezione@valsusa-meccanica.it" },
    dateHeader: "Thu, 6 May 2027 11:05:00 +0200",
    dateMs: Date.parse("2027-05-06T11:05:00+02:00"),
    zone: { kind: "fixed", offsetMinutes: 120 },
    ownerTimezone: "Europe/Rome",
  };
  it.each([
    ["Le confermiamo il colloquio mercoledì 12 maggio 2027 dalle 9:30 alle 11:00, in sede.", 90],
    ["Te confirmamos la entrevista el miércoles 12 de mayo de 2027 de 9:30 a 10:15.", 45],
    ["Wir bestätigen das Gespräch am Mittwoch, 12. Mai 2027, von 9:30 bis 10:30 Uhr.", 60],
  ])("reads the length of %j", (body, minutes) => {
    expect(interviewMinutes(sampleFacts({ ...TURIN, body }), "2027-05-12T09:30:00+02:00")).toBe(minutes);
  });

  it("does not read a range that starts at another time as this interview's length", () => {
    const body = "Il colloquio è mercoledì alle 9:30. La reception è aperta dalle 8:00 alle 18:00.";
    expect(interviewMinutes(sampleFacts({ ...TURIN, body }), "2027-05-12T09:30:00+02:00")).toBeNull();
  });
});

describe("interviewers named in other languages and phrasings", () => {
  it.each([
    [
      "Incontrerà l'ing. Dario Montanaro (Responsabile Collaudi) e la dott.ssa Elena\nRivetti (HR).",
      ["Dario Montanaro", "Elena Rivetti"],
    ],
    [
      "Incontrerai la Dott.ssa Fiamma Orsenigo, Head of Pricing, e Nicola Testa del team Rischi.",
      ["Fiamma Orsenigo", "Nicola Testa"],
    ],
    [
      "Gostaríamos de marcar uma conversa de 40 minutos com a Joana Meireles, nossa Gerente de Dados.",
      ["Joana Meireles"],
    ],
    [
      "Das Gespräch führen Frau Dr. Hanne Wolters (Bereichsleitung Einkauf) und Herr Malte Grewe (Personalreferent).",
      ["Hanne Wolters", "Malte Grewe"],
    ],
    ["Entrevistadora: Lic. Ximena Arriaga, Directora de Operaciones", ["Ximena Arriaga"]],
    ["El martes a las 16:30 la entrevista será con Remedios Albiol, de nuestro equipo de datos.", ["Remedios Albiol"]],
    ["Interview will be taken by Mr. Anand Rao, Delivery Manager, on Google Meet.", ["Anand Rao"]],
    [
      "Your panel will be Odette Fairweather (Chief Engineer) and Lyle Brannigan (Integration Manager).",
      ["Lyle Brannigan", "Odette Fairweather"],
    ],
    [
      "Same format as before: an hour on Google Meet with Ines Falkner (Art Director) and Pim Roeland.",
      ["Ines Falkner", "Pim Roeland"],
    ],
    ["Interview team: Bram Oakes (Lead Programmer) and Tilly Voss (Senior Designer)", ["Bram Oakes", "Tilly Voss"]],
    [
      "Who you'll meet:\n  - Corin Vale, Director of Planning\n  - Ada Pemberton, Senior Manager\n",
      ["Ada Pemberton", "Corin Vale"],
    ],
    [
      "Our client's Head of Signalling, Hamish Tulloch, has read your CV and would like a first conversation.",
      ["Hamish Tulloch"],
    ],
  ])("%j", (body, want) => {
    expect(peopleOf(body)).toEqual(sorted(want));
  });

  it("does not read 'a company run by' as an interview's host", () => {
    expect(peopleOf("We are a studio run by Ottilie Marsh and her brother. Please pick a slot below.")).toEqual([]);
  });

  it("does not read a German job title as a person ('Bereichsleiterin Redaktion')", () => {
    const body = "Ihr Gesprächspartner ist unsere Bereichsleiterin Redaktion, Wiebke Sander-Olsen.";
    expect(peopleOf(body)).toEqual(["Wiebke Sander-Olsen"]);
  });
});

describe("the writer among the people met", () => {
  const writer: Party = { name: "Liesbeth Aarts", address: "liesbeth.aarts@veldhoven-optiek.nl" };
  it("adds the writer of 'Je spreekt met X (teamlead) en met mij'", () => {
    expect(peopleOf("Je spreekt met Gijs Hoekstra (teamlead Metrologie) en met mij.", writer)).toEqual(
      sorted(["Gijs Hoekstra", "Liesbeth Aarts"]),
    );
  });

  it("adds the writer of 'dabei sind X und ich'", () => {
    const sender: Party = { name: "Jana Oberleitner via Recruitee", address: "no-reply@recruitee-mail.example" };
    expect(
      peopleOf("Das Gespräch dauert etwa 60 Minuten; dabei sind Dr. Veit Kranz (Teamleiter) und ich.", sender),
    ).toEqual(sorted(["Jana Oberleitner", "Veit Kranz"]));
  });

  it("adds the writer who will do the Spanish interview herself ('La haré yo misma')", () => {
    const sender: Party = { name: "Nuria Calvet", address: "nuria.calvet@mistral-energia.es" };
    expect(peopleOf("Tenemos que mover la entrevista al martes a las 16:30. La haré yo misma.", sender)).toEqual([
      "Nuria Calvet",
    ]);
  });

  it("adds the writer who sets up a phone conversation wrapped over a line", () => {
    const sender: Party = { name: "Rosalind Tsosie", address: "careers@mesa-power.icims-mail.example" };
    expect(
      peopleOf("I would like to set up a 30 minute phone\nconversation with you to go over the role.", sender),
    ).toEqual(["Rosalind Tsosie"]);
  });

  it("leaves out a writer whose own round is done ('recruiter screen with me (Feb 9): done')", () => {
    const sender: Party = { name: "Maren Quist", address: "maren.quist@lakeshore-mutual.example" };
    const body =
      "Here's the process:\n  Round 1 - recruiter screen with me (Feb 9): done\n  Round 3 - final interview on Tuesday with Hollis Brandt (VP, Pricing)\n";
    expect(peopleOf(body, sender)).toEqual(["Hollis Brandt"]);
  });

  it("reads a surname alone after a title as the one full name the thread gives it", () => {
    const sender: Party = { name: "Aurélien Castaing", address: "aurelien.castaing@dauphine-etudes.fr" };
    const quoted = "Votre entretien aura lieu avec Noémie Ferrand, directrice financière.";
    expect(peopleOf("Je ne pourrai pas y assister : vous échangerez avec Mme Ferrand seule.", sender, quoted)).toEqual([
      "Noémie Ferrand",
    ]);
  });
});
