import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../functions/domain/extract/language";
import { unicodeBoundaries, words } from "../../../functions/domain/extract/languages/cues";

describe("detectLanguage", () => {
  const cases = [
    {
      want: "de",
      text: "Guten Morgen Frau Albers,\n\nvielen Dank für Ihre Nachricht. Wir haben uns sehr über Ihr Interesse gefreut und melden uns in den nächsten Tagen bei Ihnen.",
    },
    {
      want: "de",
      text: "Hallo Tim, kurze Info: das Gespräch mit unserem CTO ist auf Mittwoch verschoben. Passt dir 11 Uhr? Viele Grüße, Ute",
    },
    {
      want: "fr",
      text: "Bonjour Julie,\n\nNous avons bien reçu votre dossier et nous vous en remercions. Notre équipe revient vers vous avant la fin du mois.",
    },
    {
      want: "fr",
      text: "Merci pour votre patience : le comité se réunit jeudi et je vous écris dès que nous avons une réponse. Bien cordialement, Hugo",
    },
    {
      want: "es",
      text: "Hola, Andrés:\n\nGracias por tu interés en la posición. Estamos revisando todas las candidaturas y te escribimos la semana que viene con los próximos pasos.",
    },
    {
      want: "es",
      text: "Buenas tardes, te escribo para confirmar que ya tenemos tu documentación. Si tienes cualquier duda, llámame. Un saludo, Nuria",
    },
    {
      want: "nl",
      text: "Hoi Fleur,\n\nDank voor je sollicitatie! We willen graag met je kennismaken. Kun je laten weten wanneer het jou uitkomt?\n\nGroeten, Bas",
    },
    {
      want: "nl",
      text: "Beste meneer Jansen, hierbij ontvangt u het verslag van ons gesprek. Wij hebben nog een paar vragen over uw ervaring.",
    },
    {
      want: "en",
      text: "Hi Sam, thanks for your time today. We'd like to move you to the final round. Could you share your availability for next week?",
    },
    // English mail with German names, a German address and a German legal footer stays English.
    {
      want: "en",
      text: "Dear Jonas,\n\nThank you for applying to Rotbach & Söhne. We would like to invite you to an interview with our team in München. Please let us know which of the times below work for you.\n\nRotbach & Söhne GmbH · Sitz der Gesellschaft: München",
    },
    // Too little to go on: a bare link or a one-word reply.
    { want: "en", text: "https://jobs.example.de/apply/12345" },
    { want: "en", text: "Danke!" },
    { want: "en", text: "" },
  ];
  it.each(cases)("$want: $text", ({ text, want }) => {
    expect(detectLanguage(text)).toBe(want);
  });

  it("reads only the start of a long text", () => {
    const german = "Wir freuen uns auf das Gespräch mit Ihnen und bitten um eine kurze Bestätigung. ".repeat(40);
    const englishTail = "the and you your for with we to of is are this that will be ".repeat(500);
    expect(detectLanguage(`${german}${englishTail}`)).toBe("de");
  });
});

describe("words: patterns whose \\b and \\w know accented letters", () => {
  const cases = [
    { source: String.raw`\bdécidé\b`, text: "nous avons décidé de", match: true },
    { source: String.raw`\bdécidé\b`, text: "indécidée", match: false },
    { source: String.raw`\bà demain\b`, text: "Merci, à demain !", match: true },
    { source: String.raw`\bgespräch\w*\b`, text: "das Gesprächsprotokoll", match: true },
    { source: String.raw`\bfür\b`, text: "Dank für alles", match: true },
    { source: String.raw`\bfür\b`, text: "Fürsorge", match: false },
    { source: String.raw`[\wäöü-]+`, text: "Größe", match: true },
  ];
  it.each(cases)("$source on '$text': $match", ({ source, text, match }) => {
    expect(words(source).test(text)).toBe(match);
  });

  it("leaves \\b inside a character class and escaped backslashes alone", () => {
    expect(unicodeBoundaries(String.raw`[\b]`)).toBe(String.raw`[\b]`);
    expect(unicodeBoundaries(String.raw`\\b`)).toBe(String.raw`\\b`);
  });
});
