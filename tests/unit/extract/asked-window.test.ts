// The window an availability request names, in the five languages the reader handles: the business
// days it spans after the day the mail was written (Tue 3 Mar 2026, 10:00 CET), and the sentences
// that name none.
import { describe, expect, it } from "vitest";
import { askedWindowOf } from "../../../functions/domain/extract/asked-window";
import type { DateFrame } from "../../../functions/domain/extract/date-phrase";
import type { Language } from "../../../functions/domain/extract/languages/cues";

const frame = (language: Language): DateFrame => ({
  referenceMs: Date.parse("2026-03-03T09:00:00.000Z"),
  zone: "Europe/Berlin",
  dayFirst: true,
  language,
});

const THIS_WEEK = ["2026-03-04", "2026-03-05", "2026-03-06"];
const WEEK_OF_16 = ["2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"];
const THU_FRI = ["2026-03-05", "2026-03-06"];
const BEFORE_FRIDAY = ["2026-03-04", "2026-03-05"];
const EARLY_NEXT = ["2026-03-09", "2026-03-10", "2026-03-11"];

describe("askedWindowOf", () => {
  it.each([
    ["en", "Could you send me your availability for this week?", THIS_WEEK],
    ["en", "Please share your availability for the week of 16 March.", WEEK_OF_16],
    ["en", "Which times would work for you on Thursday or Friday?", THU_FRI],
    ["en", "Please send a few times that work for you before Friday.", BEFORE_FRIDAY],
    ["en", "Could you share some times early next week?", EARLY_NEXT],
    ["de", "Bitte teilen Sie mir Ihre Verfügbarkeit für diese Woche mit.", THIS_WEEK],
    ["de", "Bitte nennen Sie mir Termine in der Woche vom 16. März.", WEEK_OF_16],
    ["de", "Hätten Sie am Donnerstag oder Freitag Zeit?", THU_FRI],
    ["de", "Bitte senden Sie mir Ihre Verfügbarkeit Anfang nächster Woche.", EARLY_NEXT],
    ["fr", "Pourriez-vous m'indiquer vos disponibilités cette semaine ?", THIS_WEEK],
    ["fr", "Merci de m'indiquer vos disponibilités pour la semaine du 16 mars.", WEEK_OF_16],
    ["fr", "Seriez-vous disponible jeudi ou vendredi ?", THU_FRI],
    ["fr", "Pourriez-vous m'envoyer vos disponibilités avant vendredi ?", BEFORE_FRIDAY],
    ["es", "¿Me indicas tu disponibilidad para esta semana?", THIS_WEEK],
    ["es", "¿Estás disponible el jueves o el viernes?", THU_FRI],
    ["es", "Por favor, envíame tu disponibilidad a principios de la próxima semana.", EARLY_NEXT],
    ["nl", "Kun je je beschikbaarheid voor deze week doorgeven?", THIS_WEEK],
    ["nl", "Ben je donderdag of vrijdag beschikbaar?", THU_FRI],
    ["nl", "Graag je beschikbaarheid voor de week van 16 maart.", WEEK_OF_16],
  ] as const)("%s: %j", (language, sentence, days) => {
    expect(askedWindowOf(`Hi Sam,\n\n${sentence}\n\nBest,\nDana`, frame(language))?.days).toEqual(days);
  });

  it.each([
    ["en", "Could you send me your availability?"], // no window
    ["en", "We start on Monday 16 March."], // a date, not about times
    ["en", "This week we interviewed five candidates."], // a window, not about times
    ["de", "Bitte senden Sie uns Ihre Unterlagen."],
  ] as const)("none, %s: %j", (language, sentence) => {
    expect(askedWindowOf(sentence, frame(language))).toBeNull();
  });

  it("a window whose days are all past is none (asked on a Friday for 'this week')", () => {
    const friday = { ...frame("en"), referenceMs: Date.parse("2026-03-06T09:00:00.000Z") };
    expect(askedWindowOf("Could you send me your availability for this week?", friday)).toBeNull();
  });
});
