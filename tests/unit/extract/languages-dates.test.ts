// Dates as German, French, Spanish and Dutch mail writes them, read by chrono's locale parsers plus
// the window parsers (window-parsers.ts), against the message's own Date. Phrases are written for
// this test; each language has negatives (what names no day), and the windows are checked across a
// month boundary, a DST change and two zones (STYLE rule 8).
import { describe, expect, it } from "vitest";
import type { DateFrame } from "../../../functions/domain/extract/date-phrase";
import { findDatePhrases, parseWrittenDate } from "../../../functions/domain/extract/date-phrases";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import type { Language } from "../../../functions/domain/extract/language";
import { zoneMentionedIn } from "../../../functions/domain/extract/time-zones";
import type { Zone } from "../../../functions/domain/time";
import { sampleFacts } from "./sample-facts";

const BERLIN: Zone = "Europe/Berlin";
// Tuesday 14 April 2026, 09:00 in Berlin (+02:00).
const TUESDAY = "2026-04-14T09:00:00+02:00";

const frame = (language: Language, ref = TUESDAY, zone: Zone = BERLIN): DateFrame => ({
  referenceMs: Date.parse(ref),
  zone,
  dayFirst: true,
  language,
});

/** The first phrase's value, or null when the text names no day. */
function firstValue(text: string, language: Language, ref = TUESDAY, zone: Zone = BERLIN): string | null {
  return findDatePhrases(text, frame(language, ref, zone))[0]?.value ?? null;
}

function firstInstant(text: string, language: Language, ref = TUESDAY, zone: Zone = BERLIN): number | null {
  return findDatePhrases(text, frame(language, ref, zone))[0]?.instantMs ?? null;
}

const LOCAL_DATES: { language: Language; positives: [string, string][]; negatives: string[] }[] = [
  {
    language: "de",
    positives: [
      ["am Donnerstag, 23. April 2026 um 15:45 Uhr", "2026-04-23T15:45:00+02:00"],
      ["bis zum 30.04.2026", "2026-04-30"],
      ["morgen um 9 Uhr", "2026-04-15T09:00:00+02:00"],
      ["innerhalb von drei Werktagen", "2026-04-17"],
      ["bis Ende dieser Woche", "2026-04-17"],
      ["bis Ende der nächsten Woche", "2026-04-24"],
      ["um 10 Uhr MEZ am Freitag, 17. April", "2026-04-17T10:00:00+02:00"],
    ],
    negatives: ["nächste Woche", "in den kommenden Wochen", "Dauer: 45 Minuten"],
  },
  {
    language: "fr",
    positives: [
      ["le jeudi 23 avril à 15h45", "2026-04-23T15:45:00+02:00"],
      ["avant le 30/04/2026", "2026-04-30"],
      ["demain à 9h", "2026-04-15T09:00:00+02:00"],
      ["sous cinq jours ouvrés", "2026-04-21"],
      ["d'ici la fin de la semaine", "2026-04-17"],
      ["avant la fin de la semaine prochaine", "2026-04-24"],
    ],
    negatives: ["la semaine prochaine", "le mois prochain", "dans les semaines à venir", "durée : 30 minutes"],
  },
  {
    language: "es",
    positives: [
      ["el jueves 23 de abril a las 15:45", "2026-04-23T15:45:00+02:00"],
      ["antes del viernes", "2026-04-17"],
      ["dentro de diez días hábiles", "2026-04-28"],
      ["a finales de la semana que viene", "2026-04-24"],
      ["mañana a las 9:30", "2026-04-15T09:30:00+02:00"],
    ],
    negatives: ["la semana que viene", "el mes que viene", "las próximas semanas"],
  },
  {
    language: "nl",
    positives: [
      ["donderdag 23 april om 15.45 uur", "2026-04-23T15:45:00+02:00"],
      ["vóór vrijdag 17 april, 12.00 uur", "2026-04-17T12:00:00+02:00"],
      ["binnen twee werkdagen", "2026-04-16"],
      ["eind volgende week", "2026-04-24"],
      ["morgen om 9.30 uur", "2026-04-15T09:30:00+02:00"],
    ],
    negatives: ["volgende week", "deze maand", "de komende weken"],
  },
];

describe.each(LOCAL_DATES)("findDatePhrases in $language", ({ language, positives, negatives }) => {
  it.each(positives)("'%s' is %s", (text, want) => {
    expect(firstValue(text, language)).toBe(want);
  });
  it.each(negatives)("'%s' names no day", (text) => {
    expect(findDatePhrases(text, frame(language))).toEqual([]);
  });
});

describe("deadline windows", () => {
  it("'within 48 hours' is the instant 48 hours after the message, in every language", () => {
    const want = Date.parse(TUESDAY) + 48 * 3_600_000;
    expect(firstInstant("innerhalb von 48 Stunden", "de")).toBe(want);
    expect(firstInstant("dans les 48 heures", "fr")).toBe(want);
    expect(firstInstant("en las próximas 48 horas", "es")).toBe(want);
    expect(firstInstant("binnen 48 uur", "nl")).toBe(want);
  });

  it("counts across a month boundary", () => {
    // Thursday 30 April: three working days later is Tuesday 5 May.
    expect(firstValue("binnen drie werkdagen", "nl", "2026-04-30T16:00:00+02:00")).toBe("2026-05-05");
    expect(firstValue("bis Ende nächster Woche", "de", "2026-04-30T16:00:00+02:00")).toBe("2026-05-08");
  });

  it("counts hours as hours across the change to summer time", () => {
    // Friday 27 March 12:00 CET; the clocks go forward on Sunday 29 March.
    const ref = "2026-03-27T12:00:00+01:00";
    expect(firstInstant("innerhalb von 48 Stunden", "de", ref)).toBe(Date.parse("2026-03-29T13:00:00+02:00"));
    expect(firstValue("binnen twee werkdagen", "nl", ref)).toBe("2026-03-31");
  });

  it("counts days in the message's zone", () => {
    // Tuesday 23:30 in New York is already Wednesday in UTC.
    const ref = "2026-04-14T23:30:00-04:00";
    expect(firstValue("innerhalb von zwei Werktagen", "de", ref, "America/New_York")).toBe("2026-04-16");
    expect(firstValue("innerhalb von zwei Werktagen", "de", ref, "UTC")).toBe("2026-04-17");
  });

  it("from a weekend, 'end of next week' is the coming Friday", () => {
    expect(firstValue("fin de la semaine prochaine", "fr", "2026-04-18T10:00:00+02:00")).toBe("2026-04-24");
  });

  it("English mail never runs another language's parser", () => {
    expect(findDatePhrases("innerhalb von 48 Stunden", frame("en"))).toEqual([]);
    expect(findDatePhrases("binnen vijf werkdagen", frame("en"))).toEqual([]);
  });
});

describe("zone words other languages write", () => {
  const cases = [
    ["à 15h00 (heure de Paris)", "Europe/Paris"],
    ["a las 10:00, hora peninsular", "Europe/Madrid"],
    ["a las 9:00 (hora canaria)", "Atlantic/Canary"],
    ["om 16.00 uur Nederlandse tijd", "Europe/Amsterdam"],
    ["um 14 Uhr Schweizer Zeit", "Europe/Zurich"],
    ["14:00 MESZ", "Europe/Berlin"],
    ["9h30, heure de Bruxelles", "Europe/Brussels"],
  ] as const;
  it.each(cases)("'%s' is %s", (text, want) => {
    expect(zoneMentionedIn(text)).toBe(want);
  });

  it.each(["voor jou 15.00 uur in Londen", "notre bureau de Paris", "Parisienne"])("'%s' names no zone", (text) => {
    expect(zoneMentionedIn(text)).toBeNull();
  });

  it("reads the first zone when a time is given in two", () => {
    const text = "jeudi 23 avril à 15h00, heure de Paris (soit 14h00 à Dublin)";
    expect(firstValue(text, "fr", TUESDAY, "Europe/Dublin")).toBe("2026-04-23T15:00:00+02:00");
  });

  it("reads CET written in summer as the region's local time", () => {
    expect(firstValue("vrijdag 24 april, 10.30 uur (CET)", "nl")).toBe("2026-04-24T10:30:00+02:00");
  });
});

describe("parseWrittenDate: forward header dates in other languages", () => {
  const ref = Date.parse("2026-05-20T12:00:00Z");
  const cases = [
    ["vie, 8 may 2026 a las 16:25", "2026-05-08T16:25:00.000Z"],
    ["vr 8 mei 2026 om 16:25", "2026-05-08T16:25:00.000Z"],
    ["8 mai 2026 à 16:25:10 UTC+2", "2026-05-08T14:25:10.000Z"],
    ["8. Mai 2026 um 16:25:10 MESZ", "2026-05-08T14:25:10.000Z"],
    ["Fri, May 8, 2026 at 4:25 PM", "2026-05-08T16:25:00.000Z"],
  ] as const;
  it.each(cases)("'%s' is %s", (written, want) => {
    const parsed = parseWrittenDate(written, "UTC", ref);
    expect(parsed && new Date(parsed.instantMs).toISOString()).toBe(want);
  });
});

describe("extractDates: what the sentence says a date is", () => {
  const ref = { dateMs: Date.parse(TUESDAY), dateHeader: "Tue, 14 Apr 2026 09:00:00 +0200", zone: BERLIN };
  it("reads the owner's deadline to answer an offer, not the start date", () => {
    const facts = sampleFacts({
      ...ref,
      from: { name: "Ute Brandt", address: "ute.brandt@falkenstein-data.de" },
      body: "Startdatum wäre der 1. Juni 2026. Bitte geben Sie uns Ihre Rückmeldung bis Freitag, 24. April.",
    });
    const dates = extractDates(facts, "offer", "de");
    expect(dates.respondBy).toBe("2026-04-24");
    expect(dates.startDate).toBe("2026-06-01");
  });

  it("reads a Portuguese 'uma resposta até' as the deadline to answer", () => {
    for (const body of [
      "Agradecemos que nos dê uma resposta até sexta-feira, 24 de abril, às 18h00 (hora de Lisboa).",
      "Pedimos que nos envie a resposta até sexta-feira, 24 de abril, às 18h00 (hora de Lisboa).",
    ]) {
      const facts = sampleFacts({ ...ref, body });
      expect(extractDates(facts, "offer", "pt").respondBy).toBe("2026-04-24T18:00:00+01:00");
    }
  });

  it("reads the employer's promise as expectDecisionBy", () => {
    const cases: [Language, string, string][] = [
      ["de", "Wir melden uns spätestens am 5. Mai mit einer Entscheidung bei Ihnen.", "2026-05-05"],
      ["fr", "Nous reviendrons vers vous d'ici le 5 mai avec une réponse.", "2026-05-05"],
      ["es", "Te daremos una respuesta antes del 5 de mayo.", "2026-05-05"],
      ["nl", "Je hoort uiterlijk dinsdag 5 mei van ons.", "2026-05-05"],
      ["fr", "Nous vous reviendrons d'ici le mardi 5 mai avec une réponse.", "2026-05-05"],
      ["de", "Eine verbindliche Rückmeldung bekommen Sie von mir spätestens am 5. Mai.", "2026-05-05"],
    ];
    for (const [language, body, want] of cases) {
      const facts = sampleFacts({ ...ref, body });
      expect(extractDates(facts, "update", language).expectDecisionBy).toBe(want);
    }
  });

  it("reads a confirmed interview's start", () => {
    const facts = sampleFacts({ ...ref, body: "Te confirmo la entrevista el jueves 23 de abril a las 12:00." });
    expect(extractDates(facts, "interview_scheduled", "es").interviewAt).toBe("2026-04-23T12:00:00+02:00");
  });

  it("puts unzoned mail in the employer's language on the employer's clock", () => {
    const facts = sampleFacts({
      dateMs: Date.parse("2026-04-14T07:00:00Z"),
      dateHeader: "Dienstag, 14. April 2026 09:00",
      zone: null,
      from: { name: "Reto Frei", address: "reto.frei@aarewerk.ch" },
      ownerTimezone: "Europe/London",
      body: "Gerne bestätige ich Ihnen den Termin am Mittwoch, 22. April 2026 um 10:00 Uhr.",
    });
    expect(extractDates(facts, "interview_scheduled", "de").interviewAt).toBe("2026-04-22T10:00:00+02:00");
    // The same message read as English stays on the owner's clock.
    expect(extractDates(facts, "interview_scheduled", "en").interviewAt).not.toBe("2026-04-22T10:00:00+02:00");
  });
});
