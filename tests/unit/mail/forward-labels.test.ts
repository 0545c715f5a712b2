// Forward and reply wrappers in French, German, Spanish and Dutch clients that the English tests
// do not cover: Thunderbird's "Sujet :" / "Pour :" block, and the Dutch reply attribution.
import { describe, expect, it } from "vitest";
import { findInlineForward, splitQuotedThread } from "../../../functions/mail/forward-blocks";

describe("findInlineForward: Thunderbird in French", () => {
  it("reads Sujet and Pour as header lines, not body", () => {
    const text = [
      "Pour info",
      "",
      "-------- Message transféré --------",
      "Sujet : \tPoint sur votre candidature",
      "Date : \tMon, 4 May 2026 10:12:00 +0200",
      "De : \tAnne Morel <anne.morel@brise-marine.fr>",
      "Pour : \tJulie Petit <julie.petit@example.fr>",
      "",
      "Bonjour Julie,",
      "Nous revenons vers vous très vite.",
    ].join("\n");
    const block = findInlineForward(text);
    expect(block?.headers).toEqual({
      from: "Anne Morel <anne.morel@brise-marine.fr>",
      to: "Julie Petit <julie.petit@example.fr>",
      cc: null,
      date: "Mon, 4 May 2026 10:12:00 +0200",
      subject: "Point sur votre candidature",
    });
    expect(block?.body.startsWith("Bonjour Julie,")).toBe(true);
  });
});

describe("splitQuotedThread: reply attributions", () => {
  const cases = [
    ["nl", "Op di 5 mei 2026 om 10:02 schreef Bas de Vries <bas@vandamzonen.nl>:"],
    ["de", "Am Di., 5. Mai 2026 um 10:02 Uhr schrieb Ute Brandt <ute@falkenstein-data.de>:"],
    ["fr", "Le mar. 5 mai 2026 à 10:02, Anne Morel <anne.morel@brise-marine.fr> a écrit :"],
    ["es", "El mar, 5 may 2026 a las 10:02, Nuria Gil (<nuria@calzadosebro.es>) escribió:"],
  ] as const;
  it.each(cases)("%s: the attribution starts the quoted part", (_language, attribution) => {
    const text = `Dank je, tot dan!\n\n${attribution}\n> Eerdere tekst`;
    const { newest, quoted } = splitQuotedThread(text);
    expect(newest).toBe("Dank je, tot dan!");
    expect(quoted.startsWith(attribution)).toBe(true);
  });
});
