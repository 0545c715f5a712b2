// Deadlines, promised decision dates and interview times missed on fresh mail (unseen-25): the
// general rules behind each miss. Every sentence, name and domain here is invented for this test;
// each rule has a case on the other side of its boundary.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { interviewMinutes } from "../../../functions/domain/extract/interview-details";
import { detectLanguage } from "../../../functions/domain/extract/language";
import type { MailFacts } from "../../../functions/domain/mail-facts";
import type { MessageKind } from "../../../functions/domain/vocabularies";
import { sampleFacts } from "./sample-facts";

function datesOf(body: string, kind: MessageKind, overrides: Partial<MailFacts> = {}) {
  const facts = sampleFacts({ body, ...overrides });
  return extractDates(facts, kind, detectLanguage(`${facts.subject}\n${body}`));
}

const MADRID: Partial<MailFacts> = {
  from: { name: "Nerea Olabarria", address: "nerea@almacenes-ibaizabal.es" },
  dateHeader: "Mon, 8 May 2028 09:15:00 +0200",
  dateMs: Date.parse("2028-05-08T09:15:00+02:00"),
  zone: { kind: "fixed", offsetMinutes: 120 },
  ownerTimezone: "Europe/Madrid",
};

describe("a Spanish offer that asks for an answer by a day and hour", () => {
  const offer =
    "Hola Unai:\n\nNos alegra mucho ofrecerte el puesto de Analista de Compras en nuestro almacén de Basauri.\n\n" +
    "- Salario bruto anual: 41.000 €\n\n";

  it("reads 'Te pedimos una respuesta antes del jueves a las 13:00' as the deadline", () => {
    const dates = datesOf(`${offer}Te pedimos una respuesta antes del jueves a las 13:00. Un saludo.`, "offer", MADRID);
    expect(dates.respondBy).toBe("2028-05-11T13:00:00+02:00");
  });

  it("reads 'Necesitamos tu confirmación antes del 15 de mayo' as the deadline", () => {
    const dates = datesOf(`${offer}Necesitamos tu confirmación antes del 15 de mayo. Un saludo.`, "offer", MADRID);
    expect(dates.respondBy).toBe("2028-05-15");
  });

  it("does not read a meeting day in an offer as its deadline", () => {
    const dates = datesOf(
      `${offer}El jueves a las 13:00 tenemos una comida con el equipo, si te apetece venir. Un saludo.`,
      "offer",
      MADRID,
    );
    expect(dates.respondBy).toBeNull();
  });
});

const DENVER: Partial<MailFacts> = {
  from: { name: "Talent", address: "talent-noreply@ridgeline-foods.example" },
  dateHeader: "Tue, 6 Apr 2027 10:00:00 -0600",
  dateMs: Date.parse("2027-04-06T10:00:00-06:00"),
  zone: { kind: "fixed", offsetMinutes: -360 },
  ownerTimezone: "America/Denver",
};

describe("an ATS status mail whose hiring team promises to finish its review by a day", () => {
  it("reads 'The hiring team will complete their reviews by April 23, 2027' as the promised date", () => {
    const dates = datesOf(
      "Hi Casey,\n\nYour application for Buyer I has moved to Hiring Team Review.\n\nThe hiring team will complete their reviews by April 23, 2027. You will receive an email with next steps after that date.",
      "update",
      DENVER,
    );
    expect(dates.expectDecisionBy).toBe("2027-04-23");
  });

  it("reads 'the selection panel will finish its evaluations by Friday' as the promised date", () => {
    const dates = datesOf("Hi Casey,\n\nThe selection panel will finish its evaluations by Friday.", "update", DENVER);
    expect(dates.expectDecisionBy).toBe("2027-04-09");
  });

  it("does not read a day the team completes something else as a promise", () => {
    const dates = datesOf(
      "Hi Casey,\n\nThe hiring team will complete the office move by April 23, 2027, so the building is busy.",
      "update",
      DENVER,
    );
    expect(dates.expectDecisionBy).toBeNull();
  });
});

const ROME: Partial<MailFacts> = {
  from: { name: "Chiara Bellini", address: "selezione@cantieri-adriatici.it" },
  dateHeader: "Mon, 6 Mar 2028 11:05:00 +0100",
  dateMs: Date.parse("2028-03-06T11:05:00+01:00"),
  zone: { kind: "fixed", offsetMinutes: 60 },
  ownerTimezone: "Europe/Rome",
};

describe("an Italian confirmed interview", () => {
  const body =
    "Gentile Luca,\n\nLe confermo il colloquio per la posizione di Ingegnere di Processo per martedì 14 marzo 2028 alle ore 15:30, presso la nostra sede di Ancona. La durata prevista è di circa un'ora.\n\nCordiali saluti,\nChiara Bellini";

  it("reads its day and time", () => {
    expect(datesOf(body, "interview_scheduled", ROME).interviewAt).toBe("2028-03-14T15:30:00+01:00");
  });

  it("reads the stated length 'circa un'ora' as an hour", () => {
    expect(interviewMinutes(sampleFacts({ ...ROME, body }), "2028-03-14T15:30:00+01:00")).toBe(60);
  });

  it.each([
    ["Il colloquio durerà un'ora e mezza.", 90],
    ["Il colloquio durerà due ore.", 120],
    ["Una breve chiamata di mezz'ora.", 30],
  ])("reads the Italian length %j", (sentence, minutes) => {
    expect(interviewMinutes(sampleFacts({ ...ROME, body: sentence }), null)).toBe(minutes);
  });

  it("reads a weekday with no month ('giovedì alle 11:30') as the next such day", () => {
    const dates = datesOf(
      "Gentile Luca,\n\nLe confermo il colloquio per giovedì alle 11:30 in sede.",
      "interview_scheduled",
      ROME,
    );
    expect(dates.interviewAt).toBe("2028-03-09T11:30:00+01:00");
  });

  it("reads no Italian weekday in an English text that names none", () => {
    const dates = datesOf("Hi Luca,\n\nThanks for the chat about the role. We will be in touch.", "update", ROME);
    expect(dates.interviewAt).toBeNull();
    expect(dates.expectDecisionBy).toBeNull();
  });

  it("does not read 'alle ore 15:30' as a length", () => {
    expect(interviewMinutes(sampleFacts({ ...ROME, body: "Ci vediamo alle ore 15:30." }), null)).toBeNull();
  });
});

describe("a booking tool's confirmation with a range and a Windows zone label", () => {
  const WINNIPEG: Partial<MailFacts> = {
    from: { name: "Bookings", address: "bookings@prairie-mutual.example" },
    dateHeader: "Fri, 5 Nov 2027 10:03:12 -0500",
    dateMs: Date.parse("2027-11-05T10:03:12-05:00"),
    zone: { kind: "fixed", offsetMinutes: -300 },
    ownerTimezone: "America/Winnipeg",
  };
  const body =
    "Your booking is confirmed.\nService: Claims Analyst - second interview (45 min)\nStaff: Lee Morin\nDate and time: 11/9/2027 10:00 AM - 10:45 AM (UTC-06:00) Central Time (US & Canada)\nLocation: online";

  it("reads the start in the label's zone after the clock change", () => {
    expect(datesOf(body, "interview_scheduled", WINNIPEG).interviewAt).toBe("2027-11-09T10:00:00-06:00");
  });

  it("reads the range's end", () => {
    expect(interviewMinutes(sampleFacts({ ...WINNIPEG, body }), "2027-11-09T10:00:00-06:00")).toBe(45);
  });
});
