// Forward header blocks as mail clients write them in Portuguese, Swedish, Polish, Italian, Danish
// and Norwegian, and the dates those blocks carry.
import { describe, expect, it } from "vitest";
import { readHeaderDate } from "../../../functions/domain/extract/header-dates";
import { cleanNote, findInlineForward } from "../../../functions/mail/forward-blocks";

describe("forward blocks in more languages", () => {
  it.each([
    [
      "Apple Mail pt-BR",
      "Enviado do meu iPhone\n\nInício da mensagem encaminhada:\n\nDe: Ana Lima <ana@acme.com.br>\nAssunto: Entrevista\nData: 3 de março de 2027 10:00:00 GMT-3\nPara: Eu <eu@x.com>\n\nOlá!",
      "Ana Lima <ana@acme.com.br>",
      "Entrevista",
      "3 de março de 2027 10:00:00 GMT-3",
    ],
    [
      "Apple Mail pt-PT",
      "Início da mensagem reencaminhada:\n\nDe: Rui <rui@acme.pt>\nAssunto: Proposta\nData: 4 de maio de 2027 09:15\nPara: Eu <eu@x.com>\n\nOlá",
      "Rui <rui@acme.pt>",
      "Proposta",
      "4 de maio de 2027 09:15",
    ],
    [
      "Gmail pt",
      "---------- Mensagem encaminhada ---------\nDe: Ana <ana@acme.com.br>\nDate: qua., 12 de jan. de 2027 às 14:03\nSubject: Vaga\nTo: <eu@x.com>\n\nTexto",
      "Ana <ana@acme.com.br>",
      "Vaga",
      "qua., 12 de jan. de 2027 às 14:03",
    ],
    [
      "Outlook sv",
      "________________________________\nFrån: Eva Berg <eva@acme.se>\nSkickat: den 12 januari 2027 14:03\nTill: Jag <jag@x.se>\nÄmne: Intervju\n\nHej",
      "Eva Berg <eva@acme.se>",
      "Intervju",
      "den 12 januari 2027 14:03",
    ],
    [
      "Gmail sv",
      "---------- Vidarebefordrat meddelande ---------\nFrån: Eva <eva@acme.se>\nDatum: tis 12 jan. 2027 kl. 14:03\nÄmne: Erbjudande\nTill: <jag@x.se>\n\nHej",
      "Eva <eva@acme.se>",
      "Erbjudande",
      "tis 12 jan. 2027 kl. 14:03",
    ],
    [
      "Gmail pl",
      "---------- Przekazana wiadomość ---------\nOd: Jan Kowalski <jan@acme.pl>\nDate: wt., 12 sty 2027 o 14:03\nSubject: Rozmowa\nTo: <ja@x.pl>\n\nDzień dobry",
      "Jan Kowalski <jan@acme.pl>",
      "Rozmowa",
      "wt., 12 sty 2027 o 14:03",
    ],
    [
      "Outlook pl",
      "Od: Jan Kowalski <jan@acme.pl>\nWysłano: wtorek, 12 stycznia 2027 14:03\nDo: Ja <ja@x.pl>\nTemat: Oferta\n\nDzień dobry",
      "Jan Kowalski <jan@acme.pl>",
      "Oferta",
      "wtorek, 12 stycznia 2027 14:03",
    ],
    [
      "Apple Mail it",
      "Inizio messaggio inoltrato:\n\nDa: Luca <luca@acme.it>\nOggetto: Colloquio\nData: 12 gennaio 2027 14:03:00 CET\nA: Io <io@x.it>\n\nCiao",
      "Luca <luca@acme.it>",
      "Colloquio",
      "12 gennaio 2027 14:03:00 CET",
    ],
    [
      "Gmail da",
      "---------- Videresendt besked ----------\nFra: Mette <mette@acme.dk>\nDato: tir. 12. jan. 2027 kl. 14.03\nEmne: Samtale\nTil: <mig@x.dk>\n\nHej",
      "Mette <mette@acme.dk>",
      "Samtale",
      "tir. 12. jan. 2027 kl. 14.03",
    ],
    [
      "Gmail no",
      "---------- Videresendt melding ---------\nFra: Ola <ola@acme.no>\nDato: 12. januar 2027 kl. 14:03\nEmne: Intervju\nTil: <meg@x.no>\n\nHei",
      "Ola <ola@acme.no>",
      "Intervju",
      "12. januar 2027 kl. 14:03",
    ],
  ])("%s", (_shape, text, from, subject, date) => {
    const block = findInlineForward(text);
    expect(block?.headers.from).toBe(from);
    expect(block?.headers.subject).toBe(subject);
    expect(block?.headers.date).toBe(date);
  });

  it("drops the iPhone footers of these languages from the note", () => {
    expect(cleanNote("Enviado do meu iPhone")).toBe("");
    expect(cleanNote("Skickat från min iPhone")).toBe("");
    expect(cleanNote("Wysłane z iPhone'a")).toBe("");
  });
});

describe("header dates in more languages", () => {
  it.each([
    ["17 de novembro de 2026 15:45:00 GMT-3", [2026, 11, 17, 15, 45], -180],
    ["terça-feira, 12 de janeiro de 2027 14:03", [2027, 1, 12, 14, 3], null],
    ["qua., 12 de jan. de 2027 às 14:03", [2027, 1, 12, 14, 3], null],
    ["den 12 januari 2027 14:03", [2027, 1, 12, 14, 3], null],
    ["tisdag den 12 januari 2027 kl. 14:03", [2027, 1, 12, 14, 3], null],
    ["12 stycznia 2027 14:03", [2027, 1, 12, 14, 3], null],
    ["wtorek, 26 stycznia 2027 r. o godz. 11:00", [2027, 1, 26, 11, 0], null],
    ["martedì 12 gennaio 2027 14:03", [2027, 1, 12, 14, 3], null],
    ["12. januar 2027 kl. 14.03", [2027, 1, 12, 14, 3], null],
    ["3 października 2027 09:30", [2027, 10, 3, 9, 30], null],
  ])("%s", (line, [year, month, day, hour, minute], offset) => {
    expect(readHeaderDate(line)).toMatchObject({ year, month, day, hour, minute, offsetMinutes: offset });
  });

  it("still reads an RFC 2822 date and rejects a non-date", () => {
    expect(readHeaderDate("Tue, 3 Mar 2026 10:41:00 -0500")?.offsetMinutes).toBe(-300);
    expect(readHeaderDate("12 przykładów 2027")).toBeNull();
  });
});
