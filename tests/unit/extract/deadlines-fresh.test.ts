// Offer deadlines, interview times and kinds missed on fresh mail (unseen-22 and older sets): the
// general wordings behind each miss. Every sentence, name and domain is invented for this test;
// each rule has a case on the other side of its boundary too (a task due in business days is no
// offer deadline, a "by Friday" in a quoted older message is not the newest one's, a time asked
// about is no confirmed slot).
import { describe, expect, it } from "vitest";
import { parseWrittenDate } from "../../../functions/domain/extract/date-phrases";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { classifyKind } from "../../../functions/domain/extract/kind";
import { detectLanguage } from "../../../functions/domain/extract/language";
import type { MailFacts } from "../../../functions/domain/mail-facts";
import type { MessageKind } from "../../../functions/domain/vocabularies";
import { sampleFacts } from "./sample-facts";

function datesOf(body: string, kind: MessageKind, overrides: Partial<MailFacts> = {}) {
  const facts = sampleFacts({ body, ...overrides });
  return extractDates(facts, kind, detectLanguage(`${facts.subject}\n${body}`));
}

function kindOf(subject: string, body: string, overrides: Partial<MailFacts> = {}): string {
  const facts = sampleFacts({ subject, body, ...overrides });
  return classifyKind(facts, false, detectLanguage(`${subject}\n${body}`)).kind;
}

// Thursday 4 March 2027, 16:30 in Buenos Aires (-03:00): three business days on are Fri, Mon, Tue.
const THURSDAY_BA: Partial<MailFacts> = {
  dateHeader: "Thu, 4 Mar 2027 16:30:00 -0300",
  dateMs: Date.parse("2027-03-04T16:30:00-03:00"),
  zone: { kind: "fixed", offsetMinutes: -180 },
  ownerTimezone: "America/Argentina/Buenos_Aires",
};

describe("the owner's answer to an offer, in words the cue tables missed", () => {
  it("'hear back from you within 3 business days' skips the weekend", () => {
    const body =
      "Congratulations again! Base salary: USD 96,000.\n\nWe would be glad to hear back from you within 3 business days.";
    expect(datesOf(body, "offer", THURSDAY_BA).respondBy).toBe("2027-03-09");
  });

  it("references sent within 3 business days are a task, not the answer to the offer", () => {
    const body =
      "Congratulations again! Please send your references within 3 business days so HR can start the checks.";
    expect(datesOf(body, "offer", THURSDAY_BA).respondBy).toBeNull();
  });

  it("'kindly revert by COB Friday' is the answer's day, date-only", () => {
    const body = "Start date: 1 June 2026.\n\nKindly revert by COB Friday so that we can inform the other finalists.";
    expect(datesOf(body, "offer").respondBy).toBe("2026-03-06");
  });

  it("a 'by Friday' only in the quoted older message is not the newest message's deadline", () => {
    const dates = datesOf("Thanks, I have passed your questions to the hiring manager.", "offer", {
      quoted: "Kindly revert by COB Friday so that we can inform the other finalists.",
    });
    expect(dates.respondBy).toBeNull();
  });

  it("'your confirmation within 48 hours, by Wednesday ..., 5:00 PM' takes the stated day and hour", () => {
    const body =
      "The client asks for your confirmation within 48 hours, by Wednesday 4 March, 5:00 PM Eastern time. The letter follows once you confirm.";
    expect(datesOf(body, "offer").respondBy).toBe("2026-03-04T17:00:00-05:00");
  });

  it("a city's clock named after the hour ('5:00 PM Dubai time') is that city's zone", () => {
    const body =
      "The client asks for your confirmation within 48 hours, by Wednesday 4 March, 5:00 PM Dubai time. The letter follows once you confirm.";
    expect(datesOf(body, "offer").respondBy).toBe("2026-03-04T17:00:00+04:00");
  });

  it("'within 48 hours' alone stays the instant 48 hours after the Date", () => {
    const body = "The client asks for your confirmation within 48 hours.";
    expect(datesOf(body, "offer").respondBy).toBe("2026-03-04T10:00:00-05:00");
  });

  it("an offer open in the portal until a date is the answer's deadline", () => {
    const body =
      "You can review, download and accept or decline your offer in the candidate portal. The offer will be available in the portal until March 19, 2026.";
    expect(datesOf(body, "offer").respondBy).toBe("2026-03-19");
  });

  it("Spanish: 'la oferta estará disponible en el portal hasta el ...'", () => {
    const body =
      "Hola Inés:\n\nTe hemos enviado una oferta para el puesto de Analista de Riesgos. Puedes aceptarla o rechazarla en tu portal de candidatura.\n\nLa oferta estará disponible en el portal hasta el 19 de marzo de 2026.\n\nUn saludo,\nEquipo de Talento";
    expect(datesOf(body, "offer").respondBy).toBe("2026-03-19");
  });

  it("applications open until a date are no deadline of the owner's", () => {
    const body = "Applications for the graduate programme are available online until March 19, 2026.";
    expect(datesOf(body, "update").respondBy).toBeNull();
  });
});

describe("midday and midnight are clock times", () => {
  const PARIS: Partial<MailFacts> = {
    from: { name: "Claire Vautrin", address: "claire.vautrin@verrerie-exemple.fr" },
    dateHeader: "Tue, 2 Mar 2027 10:00:00 +0100",
    dateMs: Date.parse("2027-03-02T10:00:00+01:00"),
    zone: { kind: "fixed", offsetMinutes: 60 },
    ownerTimezone: "Europe/Paris",
  };

  it("French 'avant vendredi midi' is Friday 12:00", () => {
    const body =
      "Madame,\n\nJ'ai le plaisir de vous proposer le poste. Nous vous remercions de nous faire part de votre décision avant vendredi midi.\n\nCordialement";
    expect(datesOf(body, "offer", PARIS).respondBy).toBe("2027-03-05T12:00:00+01:00");
  });

  it("French 'jeudi à minuit' is the end of Thursday: Friday 00:00", () => {
    const body =
      "Madame,\n\nJ'ai le plaisir de vous proposer le poste. Merci de nous faire part de votre décision jeudi à minuit au plus tard.\n\nCordialement";
    expect(datesOf(body, "offer", PARIS).respondBy).toBe("2027-03-05T00:00:00+01:00");
  });

  it("German 'bis Freitag mittags' is Friday 12:00", () => {
    const body =
      "Sehr geehrte Frau Lenz,\n\nwir freuen uns, Ihnen die Stelle anbieten zu können. Bitte geben Sie uns Ihre Rückmeldung bis Freitag mittags.\n\nMit freundlichen Grüßen";
    const dates = datesOf(body, "offer", {
      ...PARIS,
      from: { name: "Jana Wirth", address: "jana.wirth@beispielwerk.de" },
      ownerTimezone: "Europe/Berlin",
    });
    expect(dates.respondBy).toBe("2027-03-05T12:00:00+01:00");
  });

  it("Spanish 'antes del viernes a mediodía' is Friday 12:00", () => {
    const body =
      "Hola Pablo:\n\nNos alegra ofrecerte el puesto. Necesitamos tu respuesta antes del viernes a mediodía.\n\nUn saludo";
    const dates = datesOf(body, "offer", {
      ...PARIS,
      from: { name: "Nuria Salas", address: "nuria.salas@ejemplo-logistica.es" },
      ownerTimezone: "Europe/Madrid",
    });
    expect(dates.respondBy).toBe("2027-03-05T12:00:00+01:00");
  });

  it("English 'by midnight on Friday' is the end of Friday, however it is ordered", () => {
    expect(datesOf("Please let us know your decision by midnight on Friday.", "offer").respondBy).toBe(
      "2026-03-07T00:00:00-05:00",
    );
    expect(datesOf("Please let us know your decision by Friday, March 6 at 11:59 PM.", "offer").respondBy).toBe(
      "2026-03-06T23:59:00-05:00",
    );
  });

  it("a lunch at midday with no day is no date", () => {
    const body =
      "Madame,\n\nJ'ai le plaisir de vous proposer le poste. L'équipe déjeune ensemble à midi, vous êtes la bienvenue.\n\nCordialement";
    expect(datesOf(body, "offer", PARIS).respondBy).toBeNull();
  });
});

describe("a German second interview agreed by phone", () => {
  const BERLIN_SUMMER: Partial<MailFacts> = {
    from: { name: "Petra Engel", address: "petra.engel@nordlicht-beispiel.de" },
    dateHeader: "Wed, 27 Oct 2027 11:05:00 +0200",
    dateMs: Date.parse("2027-10-27T11:05:00+02:00"),
    zone: { kind: "fixed", offsetMinutes: 120 },
    ownerTimezone: "Europe/Berlin",
  };
  const AGREED =
    "Sehr geehrter Herr Falk,\n\nwir möchten Sie gern zu einem Zweitgespräch einladen und haben den Termin bereits mit Ihnen telefonisch abgestimmt.\n\nTermin: Dienstag, 2. November 2027, 10:00 – 11:30 Uhr\nOrt: Hauptverwaltung, Raum 4\n\nMit freundlichen Grüßen";

  it("a slot already agreed with the owner is scheduled, even in an 'Einladung'", () => {
    expect(kindOf("Einladung Zweitgespräch – Einkäufer", AGREED, BERLIN_SUMMER)).toBe("interview_scheduled");
  });

  it("a slot still to be found is an invite", () => {
    const body =
      "Sehr geehrter Herr Falk,\n\nwir möchten Sie gern zu einem Zweitgespräch einladen. Welcher Termin in der nächsten Woche passt Ihnen?\n\nMit freundlichen Grüßen";
    expect(kindOf("Einladung Zweitgespräch – Einkäufer", body, BERLIN_SUMMER)).toBe("interview_invite");
  });

  it("a slot after the clock change takes winter time, not the Date's summer offset", () => {
    expect(datesOf(AGREED, "interview_scheduled", BERLIN_SUMMER).interviewAt).toBe("2027-11-02T10:00:00+01:00");
  });

  it("a slot before the clock change keeps summer time", () => {
    const body = AGREED.replace("Dienstag, 2. November 2027", "Freitag, 29. Oktober 2027");
    expect(datesOf(body, "interview_scheduled", BERLIN_SUMMER).interviewAt).toBe("2027-10-29T10:00:00+02:00");
  });
});

describe("kind of an offer notice from a portal", () => {
  it("Spanish 'te hemos enviado una oferta' is an offer", () => {
    const body =
      "Hola Inés:\n\nTe hemos enviado una oferta para el puesto de Analista de Riesgos. Puedes consultarla y aceptarla o rechazarla en tu portal de candidatura.\n\nUn saludo,\nEquipo de Talento";
    expect(kindOf("Tienes una nueva oferta pendiente", body)).toBe("offer");
  });

  it("Spanish news that an offer may come is no offer", () => {
    const body =
      "Hola Inés:\n\nEl equipo sigue valorando las candidaturas finales. Te escribiremos la semana que viene con novedades.\n\nUn saludo,\nEquipo de Talento";
    expect(kindOf("Novedades de tu candidatura", body)).not.toBe("offer");
  });
});

describe("deadlines in offer letters and older sets' wordings", () => {
  const BERLIN: Partial<MailFacts> = {
    from: { name: "Jana Wirth", address: "jana.wirth@beispielwerk.de" },
    dateHeader: "Mon, 8 Mar 2027 10:00:00 +0100",
    dateMs: Date.parse("2027-03-08T10:00:00+01:00"),
    zone: { kind: "fixed", offsetMinutes: 60 },
    ownerTimezone: "Europe/Berlin",
  };

  it("German: the signed contract sent back by a day ('senden Sie uns ... bis ... zurück')", () => {
    const body =
      "Sehr geehrter Herr Vogt,\n\nwir freuen uns, Ihnen die Position anzubieten. Bitte senden Sie uns den unterschriebenen Vertrag bis spätestens Montag, 15. März 2027 zurück.\n\nMit freundlichen Grüßen";
    expect(datesOf(body, "offer", BERLIN).respondBy).toBe("2027-03-15");
  });

  it("German: certificates to bring along by a day are no answer to the offer", () => {
    const body =
      "Sehr geehrter Herr Vogt,\n\nwir freuen uns, Ihnen die Position anzubieten. Bitte senden Sie uns Ihre Arbeitszeugnisse bis Freitag, 12. März 2027 zu.\n\nMit freundlichen Grüßen";
    expect(datesOf(body, "offer", BERLIN).respondBy).toBeNull();
  });

  it("Swiss German 'Ihren Entscheid bis ...'", () => {
    const body =
      "Sehr geehrte Frau Roth\n\nWir freuen uns, Ihnen die Stelle anzubieten. Wir bitten Sie, uns Ihren Entscheid bis Freitag, 19. März 2027 mitzuteilen.\n\nFreundliche Grüsse";
    expect(datesOf(body, "offer", BERLIN).respondBy).toBe("2027-03-19");
  });

  it("German 'Freitag nächster Woche' is the Friday of the week after this one", () => {
    const body =
      "Sehr geehrter Herr Vogt,\n\nwir sprechen noch mit weiteren Kandidaten. Wir melden uns bis spätestens Freitag nächster Woche bei Ihnen.\n\nMit freundlichen Grüßen";
    expect(datesOf(body, "update", BERLIN).expectDecisionBy).toBe("2027-03-19");
    const plain = body.replace("Freitag nächster Woche", "Freitag");
    expect(datesOf(plain, "update", BERLIN).expectDecisionBy).toBe("2027-03-12");
  });

  it("Spanish 'tu aceptación por escrito a más tardar el ...'", () => {
    const body =
      "Estimado Luis:\n\nNos complace ofrecerte el puesto. Te rogamos que nos comuniques tu aceptación por escrito a más tardar el 30 de abril de 2027.\n\nUn saludo";
    expect(datesOf(body, "offer", BERLIN).respondBy).toBe("2027-04-30");
  });

  it("Portuguese 'retorno até sexta-feira ... às 18h (horário de Brasília)': a zone, not talk of slots", () => {
    const body =
      "Oi, Bia!\n\nÉ com alegria que envio a nossa proposta. Pedimos que nos dê um retorno até sexta-feira, 12 de março, às 18h (horário de Brasília).\n\nUm abraço";
    const dates = datesOf(body, "offer", {
      from: { name: "Caio Lima", address: "caio.lima@exemplo-digital.com.br" },
      dateHeader: "Mon, 8 Mar 2027 10:00:00 -0300",
      dateMs: Date.parse("2027-03-08T10:00:00-03:00"),
      zone: { kind: "fixed", offsetMinutes: -180 },
      ownerTimezone: "America/Sao_Paulo",
    });
    expect(dates.respondBy).toBe("2027-03-12T18:00:00-03:00");
  });

  it("'they would like a decision within 48 hours' is the answer's deadline", () => {
    expect(datesOf("They would like a decision within 48 hours.", "offer").respondBy).toBe("2026-03-04T10:00:00-05:00");
  });

  it("'valid for 5 working days' counts working days from the Date", () => {
    const body = "This offer is valid for 5 working days from the date of this letter.";
    expect(datesOf(body, "offer").respondBy).toBe("2026-03-09");
  });

  it("a start date confirmed by a day: the day is the promise, not the start", () => {
    const body = "We expect to have all results and confirm your start date by Friday, 6 March 2026.";
    const dates = datesOf(body, "update");
    expect(dates.expectDecisionBy).toBe("2026-03-06");
    expect(dates.startDate).toBeNull();
  });

  it("a start date stated as such stays the start", () => {
    expect(datesOf("Your start date is Monday, 6 April 2026.", "offer").startDate).toBe("2026-04-06");
  });

  it("'they expect to confirm next steps by Friday' is a promise", () => {
    const body = "The role is on hold for now, but they expect to confirm next steps by Friday 6 March.";
    expect(datesOf(body, "update").expectDecisionBy).toBe("2026-03-06");
  });

  it("a window counted from something still to happen is no dated promise", () => {
    const once =
      "Once we have spoken to your referees, we aim to come back to you with the outcome within five working days.";
    expect(datesOf(once, "update").expectDecisionBy).toBeNull();
    const plain = "We aim to come back to you with the outcome within five working days.";
    expect(datesOf(plain, "update").expectDecisionBy).toBe("2026-03-09");
  });

  it("French 'nous nous engageons à vous revenir au plus tard le ...' and Dutch 'verwachten je uiterlijk ... te laten weten'", () => {
    const french =
      "Bonjour Léa,\n\nLa décision prendra un peu plus de temps. Nous nous engageons à vous revenir au plus tard le vendredi 12 mars.\n\nMerci";
    expect(datesOf(french, "update", BERLIN).expectDecisionBy).toBe("2027-03-12");
    const dutch =
      "Hoi Lotte,\n\nDoor de vakantie duurt het langer. We verwachten je uiterlijk vrijdag 12 maart meer te kunnen laten weten.\n\nGroet";
    expect(datesOf(dutch, "update", BERLIN).expectDecisionBy).toBe("2027-03-12");
  });

  it("an owner's note unsure of the date is no deadline; a plain one is", () => {
    const unsure = datesOf("Your offer is ready to review in the portal.", "offer", {
      ownerNote: "Offer! Deadline is in the portal (March 14 I think, need to check)",
    });
    expect(unsure.respondBy).toBeNull();
    const plain = datesOf("Your offer is ready to review in the portal.", "offer", {
      ownerNote: "Offer! Deadline is March 14.",
    });
    expect(plain.respondBy).toBe("2026-03-14");
  });
});

describe("kinds: a booking link in German, a seat at an event", () => {
  it("German 'wählen Sie über den folgenden Link einen passenden Termin' is an invite", () => {
    const body =
      "Hallo Frau Kern,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem ersten Videointerview einladen.\n\nBitte wählen Sie über den folgenden Link einen passenden Termin in den nächsten zwei Wochen aus:\nhttps://termine.beispiel-firma.example/abc\n\nViele Grüße";
    expect(kindOf("Ihre Bewerbung", body)).toBe("interview_invite");
  });

  it("a registration for a careers evening is no job mail of the owner's", () => {
    const body =
      "Hi Noor,\n\nYou're registered for Careers in Robotics, Thursday 11 March 2027, 18:30-20:30 at the Harbour Hub.\n\nSpeakers from two local firms will talk about interview preparation and how offers are structured.\n\nDoors open at 18:00. Bring your ticket on your phone.\n\nRobotics Network";
    expect(kindOf("Your ticket: Careers in Robotics", body)).toBe("other");
  });

  it("an interview confirmation stays scheduled", () => {
    const body =
      "Hi Noor,\n\nYour interview for the Robotics Engineer role is confirmed for Thursday 11 March 2027 at 10:00. Please bring photo ID to reception.\n\nBest,\nRita";
    expect(kindOf("Interview confirmed", body)).toBe("interview_scheduled");
  });
});

describe("an all-numeric forward date later than the forward itself", () => {
  const NZ = "Pacific/Auckland";
  it("'11/5/26 1:02 pm' forwarded on 11 May 2026 is 11 May, not 5 November", () => {
    const read = parseWrittenDate("11/5/26 1:02 pm (GMT+12:00)", NZ, Date.parse("2026-05-11T13:40:27+12:00"));
    expect(read && new Date(read.instantMs).toISOString()).toBe("2026-05-11T01:02:00.000Z");
  });

  it("a month-first date before the forward is kept as written", () => {
    const read = parseWrittenDate("3/4/26 10:00 am", "America/New_York", Date.parse("2026-04-10T09:00:00-04:00"));
    expect(read && new Date(read.instantMs).toISOString()).toBe("2026-03-04T15:00:00.000Z");
  });
});

describe("status news: an answer to an offer, or to questions", () => {
  it("questions to answer by Wednesday, with no offer in question, set no offer deadline", () => {
    const body =
      "Hi Lee,\n\nThe feedback is positive and I'm putting together a proposal for our VP. Could you tell me your notice period? If you could get back to me by Wednesday that would help.\n\nThanks,\nKim";
    expect(datesOf(body, "update").respondBy).toBeNull();
  });

  it("a day granted under the owner's quoted request for more time on the offer is the deadline", () => {
    const dates = datesOf(
      "Hi Lee,\n\nOf course. Just let us know by Wednesday, March 11. Any other questions?\n\nThanks,\nKim",
      "update",
      {
        quoted: "Thank you for the offer. Could I have until next Wednesday to decide?",
      },
    );
    expect(dates.respondBy).toBe("2026-03-11");
  });

  it("an offer deadline extended in status news stays the owner's deadline", () => {
    const body = "Hi Lee,\n\nNo problem at all - we can extend your deadline to Wednesday, March 11.\n\nThanks,\nKim";
    expect(datesOf(body, "update").respondBy).toBe("2026-03-11");
  });
});

describe("an Italian rejection", () => {
  it("'abbiamo deciso di proseguire con altri candidati' is a rejection", () => {
    const body =
      "Gentile signor Ferri,\n\nla ringraziamo per il tempo dedicato ai colloqui. Dopo un'attenta valutazione, ci dispiace comunicarle che abbiamo deciso di proseguire con altri candidati.\n\nCordiali saluti\nUfficio Risorse Umane";
    expect(kindOf("Esito della selezione", body)).toBe("rejection");
  });

  it("an Italian invitation to go on is no rejection", () => {
    const body =
      "Gentile signor Ferri,\n\nla ringraziamo per il colloquio. Abbiamo deciso di proseguire con lei al colloquio finale: le va bene giovedì 11 marzo alle 10:00?\n\nCordiali saluti\nUfficio Risorse Umane";
    expect(kindOf("Esito della selezione", body)).not.toBe("rejection");
  });
});

describe("the owner's own mail", () => {
  const OUTGOING: Partial<MailFacts> = {
    from: { name: "Sam Rivera", address: "sam.rivera@gmail.com" },
    to: [{ name: "Priya Shah", address: "priya.shah@northwind.io" }],
  };

  it("restating the employer's promise ('you expect to make a decision by ...') dates the decision", () => {
    const body =
      "Hi Priya,\n\nThank you for meeting with me this afternoon. As you mentioned, you expect to make a decision by Friday, March 13. Let me know if I can send anything before then.\n\nBest,\nSam";
    expect(datesOf(body, "outgoing", OUTGOING).expectDecisionBy).toBe("2026-03-13");
  });

  it("the owner's own promise or request dates nothing", () => {
    const body =
      "Hi Priya,\n\nThank you for the offer. Would it be possible to extend the deadline to Friday, March 13? I will get back to you with my decision by then.\n\nBest,\nSam";
    const dates = datesOf(body, "outgoing", OUTGOING);
    expect(dates.expectDecisionBy).toBeNull();
    expect(dates.respondBy).toBeNull();
  });
});
