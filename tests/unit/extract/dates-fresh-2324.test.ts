// Interview times and deadlines misread on fresh mail (unseen-23 and unseen-24): the general rules
// behind each miss. Every sentence, name and domain here is invented for this test; each rule has a
// case on the other side of its boundary (a day before the clock change keeps the old offset, a
// task confirmed by a day is no offer deadline, India's IST stays India's).
import { describe, expect, it } from "vitest";
import { readEmail } from "../../../functions/app/read-message";
import { findDatePhrases, parseWrittenDate } from "../../../functions/domain/extract/date-phrases";
import { isDurationNotDate } from "../../../functions/domain/extract/date-readings";
import { countedFromSending, extractDates, frameFor } from "../../../functions/domain/extract/deadlines";
import { detectLanguage } from "../../../functions/domain/extract/language";
import { istReading, zoneMentionedIn, zoneOfCountryDomain } from "../../../functions/domain/extract/time-zones";
import type { MailFacts } from "../../../functions/domain/mail-facts";
import { offsetMinutesAt } from "../../../functions/domain/time";
import type { MessageKind } from "../../../functions/domain/vocabularies";
import { OWNER, sampleFacts } from "./sample-facts";

function datesOf(body: string, kind: MessageKind, overrides: Partial<MailFacts> = {}) {
  const facts = sampleFacts({ body, ...overrides });
  return extractDates(facts, kind, detectLanguage(`${facts.subject}\n${body}`));
}

/** A message written at `iso` (its own offset in the Date header) from `from`. */
function sentAt(iso: string, from: string, ownerTimezone: string): Partial<MailFacts> {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  const minutes = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return {
    from: { name: "Recruiting", address: from },
    dateHeader: new Date(iso).toUTCString(),
    dateMs: Date.parse(iso),
    zone: { kind: "fixed", offsetMinutes: minutes },
    ownerTimezone,
  };
}

describe("the offsets these readings rest on (node's Intl)", () => {
  it.each([
    // Israel moves on the Friday before the last Sunday of March.
    ["Asia/Jerusalem", "2027-03-25T09:00:00Z", 120],
    ["Asia/Jerusalem", "2027-03-28T09:00:00Z", 180],
    // Chile's mainland goes back on the first Saturday night of April.
    ["America/Santiago", "2027-03-31T14:00:00Z", -180],
    ["America/Santiago", "2027-04-06T14:00:00Z", -240],
    // The US and Canada go back on the first Sunday of November.
    ["America/Los_Angeles", "2027-11-02T23:00:00Z", -420],
    ["America/Los_Angeles", "2027-11-08T17:00:00Z", -480],
    ["Europe/Dublin", "2027-04-09T16:00:00Z", 60],
  ])("%s at %s is %i minutes", (zone, iso, minutes) => {
    expect(offsetMinutesAt(Date.parse(iso), zone)).toBe(minutes);
  });
});

describe("'the week after ...' is counted from something else, not from the message", () => {
  const PACIFIC = sentAt("2027-11-02T16:10:00-07:00", "coordinator@ferngully-scheduling.example", "America/Vancouver");

  it("an itinerary's day line is the day, not a week after the message", () => {
    const body = [
      "Your onsite is confirmed. All times are Pacific Time (PST), the week after the clocks go back.",
      "",
      "Monday, November 8, 2027",
      "",
      "  9:30 AM - 10:15 AM   Architecture review - Odile Varga",
      "  10:20 AM - 11:00 AM  Pairing session - Tomas Reyes",
    ].join("\n");
    expect(datesOf(body, "interview_scheduled", PACIFIC).interviewAt).toBe("2027-11-08T09:30:00-08:00");
  });

  it.each(["the week after", "the day after", "the week before", "2 weeks after", "a month after"])(
    "'%s' alone is no date",
    (text) => {
      expect(isDurationNotDate(text)).toBe(true);
    },
  );

  it("'next week' style readings that name a day still count", () => {
    const frame = frameFor(sampleFacts(PACIFIC), "", "en");
    if (!frame) throw new Error("no frame");
    const found = findDatePhrases("We meet the week after, on Tuesday 16 November 2027 at 2pm PT.", frame);
    expect(found.map((p) => p.value)).toEqual(["2027-11-16T14:00:00-08:00"]);
  });
});

describe("a clock time written with 'hrs' and a length of time in other languages", () => {
  const SANTIAGO = sentAt("2027-03-31T17:20:00-03:00", "seleccion@cordillera-frutas.cl", "America/Santiago");

  it("'Hora: 10:00 hrs. (hora de Santiago)' after the clocks go back is -04:00", () => {
    const body = [
      "Hola Ignacio:",
      "",
      "Te confirmamos tu entrevista para el cargo de Jefe de Bodega.",
      "",
      "Fecha: miércoles 7 de abril de 2027",
      "Hora: 10:00 hrs. (hora de Santiago; el sábado 3 de abril se atrasan los relojes)",
      "Duración: 50 minutos",
      "Lugar: Av. Los Leones 1200, Providencia",
    ].join("\n");
    expect(datesOf(body, "interview_scheduled", SANTIAGO).interviewAt).toBe("2027-04-07T10:00:00-04:00");
  });

  it("a length of time is never the interview's start (no 'now plus 45 minutes')", () => {
    const body =
      "Hola Ignacio:\n\nTe confirmamos tu entrevista para el cargo de Jefe de Bodega el miércoles 7 de abril de 2027 en nuestras oficinas.\n\nDuración: 45 minutos\n\nSaludos cordiales,";
    expect(datesOf(body, "interview_scheduled", SANTIAGO).interviewAt).toBe("2027-04-07");
  });

  it.each(["50 minutos", "de 45 min", "en 30 minutos", "45 Minuten", "30 minuti", "2 horas", "1 uur", "3 heures"])(
    "'%s' is a length of time",
    (text) => {
      expect(isDurationNotDate(text)).toBe(true);
    },
  );

  it("'14:00 hrs.' in English keeps its hour", () => {
    const body = "Your panel interview is confirmed for Tuesday 6 April 2027, 14:00 hrs. See you then.";
    // The sample Date's bare -05:00 is the New York owner's own offset: their clock, -04:00 in April.
    expect(datesOf(body, "interview_scheduled").interviewAt).toBe("2027-04-06T14:00:00-04:00");
  });

  it("the Santiago clock and a Santiago city word", () => {
    expect(zoneMentionedIn("10:00 (hora de Santiago)")).toBe("America/Santiago");
    expect(zoneMentionedIn("10:00 Santiago time")).toBe("America/Santiago");
  });
});

describe("Israel's clock", () => {
  const GENERIC = sentAt("2027-03-23T12:40:00+02:00", "dana.shalev@talent-mail.example", "Asia/Jerusalem");

  it("'(Israel time)' on the Sunday after the change is summer time", () => {
    const body =
      "We've moved your interview for the Backend Engineer role.\n\nNew time: Sunday, March 28, 2027, 10:30-11:15 (Israel time)\nWhere: 3 Habarzel St., Tel Aviv";
    expect(datesOf(body, "interview_scheduled", GENERIC).interviewAt).toBe("2027-03-28T10:30:00+03:00");
  });

  it("the Thursday before the change keeps winter time", () => {
    const body = "Your interview is confirmed.\n\nTime: Thursday, March 25, 2027, 10:30-11:15 (Israel time)";
    expect(datesOf(body, "interview_scheduled", GENERIC).interviewAt).toBe("2027-03-25T10:30:00+02:00");
  });

  it("a bare +0200 Date from an Israeli domain is Israel's clock after the change too", () => {
    const israeli = sentAt("2027-03-23T12:40:00+02:00", "dana.shalev@galilwave.co.il", "Asia/Jerusalem");
    const body = "Your interview is confirmed for Sunday, March 28, 2027 at 10:30.";
    expect(datesOf(body, "interview_scheduled", israeli).interviewAt).toBe("2027-03-28T10:30:00+03:00");
    expect(zoneOfCountryDomain("galilwave.co.il")).toBe("Asia/Jerusalem");
  });

  it.each([
    ["11:00 Israel time", "Asia/Jerusalem"],
    ["11:00 IDT", "Asia/Jerusalem"],
    ["11:00 Israel Daylight Time", "Asia/Jerusalem"],
    ["11:00 Israeli time", "Asia/Jerusalem"],
  ])("'%s' is %s", (text, zone) => {
    expect(zoneMentionedIn(text)).toBe(zone);
  });

  it("'IST' in a message placed in Israel is Israel's; placed in India it stays India's", () => {
    expect(istReading("See you at 11:00 IST at our Tel Aviv office.", "talent-mail.example", "Europe/Berlin")).toEqual({
      zone: "Asia/Jerusalem",
      sure: true,
    });
    expect(istReading("See you at 11:00 IST at our Pune office.", "talent-mail.example", "Asia/Jerusalem")).toEqual({
      zone: "Asia/Kolkata",
      sure: true,
    });
  });
});

describe("a country's clock named in English ('Irish time') and IST in a forward's header", () => {
  it("'5.00 pm (Irish time) on Friday 9 April 2027' is Dublin's, whatever the message's own zone", () => {
    const facts = sentAt("2027-03-31T16:48:00+05:30", "people@boyne-analytics.ie", "Europe/Dublin");
    const body =
      "We are delighted to offer you the position.\n\nThis offer remains open until 5.00 pm (Irish time) on Friday 9 April 2027. To accept, please sign and return the enclosed copy.";
    expect(datesOf(body, "offer", facts).respondBy).toBe("2027-04-09T17:00:00+01:00");
  });

  it.each([
    ["17:00 Irish time", "Europe/Dublin"],
    ["17:00 Swiss time", "Europe/Zurich"],
    ["17:00 German time", "Europe/Berlin"],
    ["17:00 Dutch time", "Europe/Amsterdam"],
  ])("'%s' is %s", (text, zone) => {
    expect(zoneMentionedIn(text)).toBe(zone);
  });

  it("'Irish' alone (a name, a team) names no clock", () => {
    expect(zoneMentionedIn("Our Irish team will call you at 10:00.")).toBeNull();
  });

  it("a forward header's IST is Irish when the forwarded message is placed in Ireland", () => {
    const irish = { zone: "Europe/Dublin", sure: true } as const;
    const read = parseWrittenDate(
      "31 March 2027 at 16:48:20 IST",
      "Europe/Dublin",
      Date.parse("2027-03-31T17:20:02+01:00"),
      irish,
    );
    expect(read?.zone).toBe("Europe/Dublin");
    expect(read && new Date(read.instantMs).toISOString()).toBe("2027-03-31T15:48:20.000Z");
  });

  it("without that reading a forward header's IST stays India's", () => {
    const read = parseWrittenDate("31 March 2027 at 16:48:20 IST", "UTC", Date.parse("2027-03-31T17:20:02+01:00"));
    expect(read?.zone).toBe("Asia/Kolkata");
  });
});

describe("offer deadlines in words the tables missed", () => {
  const NAIROBI = sentAt("2027-07-08T16:22:00+03:00", "hr@acacia-credit.co.ke", "Africa/Nairobi");

  it("'Kindly confirm your acceptance of this offer by Wednesday, 14 July 2027'", () => {
    const body =
      "We are pleased to offer you the position of Branch Analyst.\n\nKindly confirm your acceptance of this offer by Wednesday, 14 July 2027.";
    expect(datesOf(body, "offer", NAIROBI).respondBy).toBe("2027-07-14");
  });

  it("'confirm your acceptance in writing within 3 business days' skips the weekend", () => {
    const doha = sentAt("2027-09-13T10:40:00+03:00", "talent@pearlgate-logistics.qa", "Asia/Qatar");
    const body =
      "I am very pleased to offer you the position of Treasury Manager.\n\nWe would kindly ask you to confirm your acceptance in writing within 3 business days, after which the contract will be issued.";
    expect(datesOf(body, "offer", doha).respondBy).toBe("2027-09-16");
  });

  it("confirming a time for a call by a day is no answer to the offer", () => {
    const body =
      "We are pleased to offer you the position of Branch Analyst.\n\nPlease confirm your availability for a call by Wednesday, 14 July 2027.";
    expect(datesOf(body, "offer", NAIROBI).respondBy).toBeNull();
  });

  it("confirming receipt of documents by a day is no answer to the offer", () => {
    const body =
      "We are pleased to offer you the position of Branch Analyst.\n\nKindly confirm receipt of your ID copies by Wednesday, 14 July 2027.";
    expect(datesOf(body, "offer", NAIROBI).respondBy).toBeNull();
  });
});

describe("Dutch promises with the verb first ('Uiterlijk donderdag laten we je weten')", () => {
  const UTRECHT = sentAt("2027-02-07T10:05:00+01:00", "werving@dommel-water.nl", "Europe/Amsterdam");

  it("the decision date after a fronted 'uiterlijk'", () => {
    const body =
      "Hoi Joost,\n\nWe hebben de tweede gesprekken afgerond, maar we hebben iets meer tijd nodig.\n\nUiterlijk donderdag 15 juli laten we je weten hoe het verder gaat.";
    expect(datesOf(body, "update", UTRECHT).expectDecisionBy).toBe("2027-07-15");
  });

  it("'Voor vrijdag 16 juli hoor je van ons' too", () => {
    const body = "Hoi Joost,\n\nDank voor je geduld. Voor vrijdag 16 juli hoor je van ons.";
    expect(datesOf(body, "update", UTRECHT).expectDecisionBy).toBe("2027-07-16");
  });

  it("the owner asked to let them know by a day is the owner's answer, not the promise", () => {
    const body =
      "Hoi Joost,\n\nGraag ontvangen we uiterlijk donderdag 15 juli je reactie op ons aanbod. Laat je ons weten of je het aanneemt?";
    const dates = datesOf(body, "offer", UTRECHT);
    expect(dates.respondBy).toBe("2027-07-15");
    expect(dates.expectDecisionBy).toBeNull();
  });
});

describe("a time counted from the message's own moment is no interview start", () => {
  const SENT = Date.parse("2027-03-02T10:00:37-05:00");
  const phrase = (iso: string, hasTime = true) => ({
    text: "x",
    index: 0,
    instantMs: Date.parse(iso),
    hasTime,
    value: iso,
  });

  it.each([
    ["the Date header itself", "2027-03-02T10:00:37-05:00", true],
    ["the header plus 50 minutes, seconds and all", "2027-03-02T10:50:37-05:00", true],
    ["a written clock time", "2027-03-04T10:00:00-05:00", false],
  ])("%s", (_name, iso, counted) => {
    expect(countedFromSending(phrase(iso), SENT)).toBe(counted);
  });

  it("a day without a time is never counted so", () => {
    expect(countedFromSending(phrase("2027-03-02T10:00:37-05:00", false), SENT)).toBe(false);
  });

  it("'we'll call you in 2 hours' in a confirmation is not when the interview starts", () => {
    const sent: Partial<MailFacts> = {
      dateHeader: "Tue, 2 Mar 2027 10:00:37 -0500",
      dateMs: SENT,
    };
    const body = "Your interview with the platform team is confirmed. Our coordinator will call you in 2 hours.";
    expect(datesOf(body, "interview_scheduled", sent).interviewAt).toBeNull();
    const stated =
      "Your interview is confirmed for Thursday 4 March 2027 at 10:00 AM. Our coordinator will call you in 2 hours.";
    expect(datesOf(stated, "interview_scheduled", sent).interviewAt).toBe("2027-03-04T10:00:00-05:00");
  });
});

describe("a forward header's 'IST' is read from the forwarded message", () => {
  function forwardOf(from: string, date: string, signature: string): Uint8Array {
    const raw = [
      `From: Sam Rivera <${OWNER}>`,
      "To: jobs@inbox.samrivera.example",
      "Date: Wed, 31 Mar 2027 17:20:02 +0100",
      "Subject: Fwd: Your offer",
      "Message-ID: <dates-fresh-ist-1@gmail.com>",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="utf-8"',
      "",
      "Offer attached.",
      "",
      "Begin forwarded message:",
      "",
      `From: Maeve Kinsella <${from}>`,
      "Subject: Your offer",
      `Date: ${date}`,
      `To: Sam Rivera <${OWNER}>`,
      "",
      "Hi Sam,",
      "",
      "Your offer letter is attached.",
      "",
      signature,
    ].join("\r\n");
    return new TextEncoder().encode(raw);
  }

  it("from an Irish domain, 16:48:20 IST is Dublin's clock", async () => {
    const mail = forwardOf("maeve@shannonpoint-data.ie", "31 March 2027 at 16:48:20 IST", "Maeve Kinsella");
    const email = await readEmail(mail, { ownerAddresses: [OWNER], timezone: "Europe/Dublin" });
    expect(email.extraction.originalDate).toBe("2027-03-31T16:48:20+01:00");
  });

  it("from a Bengaluru office, it stays India's", async () => {
    const mail = forwardOf("maeve@shannonpoint-data.example", "31 March 2027 at 16:48:20 IST", "Bengaluru office");
    const email = await readEmail(mail, { ownerAddresses: [OWNER], timezone: "Europe/Dublin" });
    expect(email.extraction.originalDate).toBe("2027-03-31T16:48:20+05:30");
  });
});

describe("a bare Date offset from a domain that names no country, on the owner's own offset", () => {
  const body = "Your interview is confirmed for Tuesday, 2 November 2027 at 10:00.";

  it("is the owner's clock: a day after the autumn change takes that day's offset", () => {
    const berlin = sentAt("2027-10-27T09:00:00+02:00", "talent@hiring-tool.example", "Europe/Berlin");
    expect(datesOf(body, "interview_scheduled", berlin).interviewAt).toBe("2027-11-02T10:00:00+01:00");
  });

  it("a Date on another offset than the owner's stays that fixed offset", () => {
    const away = sentAt("2027-10-27T09:00:00+02:00", "talent@hiring-tool.example", "America/New_York");
    expect(datesOf(body, "interview_scheduled", away).interviewAt).toBe("2027-11-02T10:00:00+02:00");
  });

  it("a country domain still decides over the owner's zone", () => {
    // Johannesburg keeps +02:00 all year: the Berlin owner's clock does not apply.
    const southAfrican = sentAt("2027-10-27T09:00:00+02:00", "talent@karoo-freight.co.za", "Europe/Berlin");
    expect(zoneOfCountryDomain("karoo-freight.co.za")).toBe("Africa/Johannesburg");
    expect(datesOf(body, "interview_scheduled", southAfrican).interviewAt).toBe("2027-11-02T10:00:00+02:00");
    const dutch = sentAt("2027-10-27T09:00:00+02:00", "talent@polder-freight.nl", "Europe/Berlin");
    expect(datesOf(body, "interview_scheduled", dutch).interviewAt).toBe("2027-11-02T10:00:00+01:00");
  });
});

describe("an Italian day in mail read with the shared (English) tables", () => {
  const LUGANO = sentAt("2027-10-07T09:14:00+02:00", "hr@ticino-dati.ch", "Europe/Zurich");

  it("'la Sua decisione entro venerdì 15 ottobre 2027' is the answer's day", () => {
    const body =
      "Gentile signora Conti,\n\nsiamo lieti di offrirle la posizione di Analista Dati.\n\nLa preghiamo di comunicarci la Sua decisione entro venerdì 15 ottobre 2027.";
    expect(datesOf(body, "offer", LUGANO).respondBy).toBe("2027-10-15");
  });

  it("a start date is no answer's day", () => {
    const body =
      "Gentile signora Conti,\n\nsiamo lieti di offrirle la posizione. Inizio del rapporto di lavoro: 1° gennaio 2028.";
    expect(datesOf(body, "offer", LUGANO).respondBy).toBeNull();
  });

  it("English text is read as before", () => {
    const frame = frameFor(sampleFacts(LUGANO), "", "en");
    if (!frame) throw new Error("no frame");
    expect(findDatePhrases("Please reply by Friday 15 October 2027.", frame).map((p) => p.value)).toEqual([
      "2027-10-15",
    ]);
  });
});
