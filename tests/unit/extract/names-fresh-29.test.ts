// Names and contacts the twenty-ninth and thirtieth fresh sets misread (issue 9): recruiting tools'
// per-candidate sending mailboxes ("kandidat-…@acme.<vendor>-mail.io") taken as the person to answer,
// and a vendor's name read as the employer's. Made-up companies, people and wording; positives and
// negatives.
import { describe, expect, it } from "vitest";
import { extractContact } from "../../../functions/domain/extract/contact";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { isIndustryWord } from "../../../functions/domain/industry-words";
import { isRobotAddress } from "../../../functions/domain/senders";
import { sampleFacts } from "./sample-facts";

describe("recruiting tools that send from a sibling of their own domain", () => {
  it.each([
    "kandidat-4h8x2p@forstwerk.dvinci-mail.io",
    "noreply@lavandou.taleez-mail.io",
    "candidat-91ab@lavandou.taleez.com",
  ])("takes %s for a relay", (address) => {
    expect(isRobotAddress(address)).toBe(true);
  });

  it("keeps a company's own people and lookalike domains", () => {
    expect(isRobotAddress("petra.holm@forstwerk.at")).toBe(false);
    expect(isRobotAddress("jonas@taleezy-partners.example")).toBe(false);
  });

  it("does not answer a per-candidate relay mailbox forwarded by the owner", () => {
    const facts = sampleFacts({
      from: { name: "Sam Owner", address: "sam.owner@fastmail.example" },
      subject: "WG: Einladung zum Gespräch",
      body: [
        "Zur Info.",
        "",
        "Von: Forstwerk Anlagenbau GmbH <kandidat-4h8x2p@forstwerk.dvinci-mail.io>",
        "Betreff: Einladung zum Gespräch",
        "",
        "Guten Tag,",
        "wir laden Sie gerne zu einem Gespräch ein.",
        "",
        "Petra Holm",
        "Forstwerk Anlagenbau GmbH",
      ].join("\n"),
    });
    expect(extractContact(facts, false, null).email).not.toBe("kandidat-4h8x2p@forstwerk.dvinci-mail.io");
  });

  it("reads the employer behind a vendor's no-reply mailbox, not the vendor", () => {
    const facts = sampleFacts({
      from: { name: "Lavandou Recrutement", address: "noreply@lavandou.taleez-mail.io" },
      subject: "Votre candidature chez Lavandou",
      body: [
        "Bonjour,",
        "",
        "Nous vous remercions pour votre candidature au sein de Lavandou.",
        "",
        "L'équipe Recrutement",
        "Lavandou",
        "Ce message est envoyé automatiquement par Taleez, merci de ne pas y répondre.",
      ].join("\n"),
    });
    expect(extractEmployer(facts, false).name).not.toBe("Taleez");
  });
});

describe("a fuller name the company writes with an accented or non-English industry word", () => {
  it("counts accented words as their plain spelling", () => {
    expect(isIndustryWord("Energía")).toBe(true);
    expect(isIndustryWord("Tecnología")).toBe(true);
    expect(isIndustryWord("Mutuelle")).toBe(true);
    expect(isIndustryWord("Martínez")).toBe(false);
  });

  it("reads the name the invitation's prose writes in full", () => {
    const facts = sampleFacts({
      from: { name: "Inés Robledo", address: "ines.robledo@marbrisa.example" },
      subject: "Invitación: Entrevista técnica",
      body: "Hola: te esperamos para la entrevista con el equipo de datos de Marbrisa Energía. Duración: 1 hora.",
    });
    expect(extractEmployer(facts, false).name).toBe("Marbrisa Energía");
  });

  it("reads a signature line whose name is followed by a dash and the address", () => {
    const facts = sampleFacts({
      from: { name: "Léa Fontanel", address: "lea.fontanel@garrigue.example" },
      subject: "Report de notre entretien",
      body: [
        "Bonjour,",
        "",
        "Je vous propose de décaler notre entretien à vendredi 9h30.",
        "",
        "Léa Fontanel",
        "Responsable recrutement",
        "Garrigue Mutuelle Santé – 12 rue des Olivettes, 34000 Montpellier",
      ].join("\n"),
    });
    expect(extractEmployer(facts, false).name).toBe("Garrigue Mutuelle Santé");
  });

  it("keeps the short name when the dash is followed by a team, not an address", () => {
    const facts = sampleFacts({
      from: { name: "Léa Fontanel", address: "lea.fontanel@garrigue.example" },
      subject: "Report de notre entretien",
      body: ["Bonjour,", "", "À vendredi.", "", "Léa Fontanel", "Garrigue – Recrutement"].join("\n"),
    });
    expect(extractEmployer(facts, false).name).toBe("Garrigue");
  });
});

describe("a signature that closes the name with 'Company' after an industry word", () => {
  const signed = (line: string) =>
    sampleFacts({
      from: { name: "Dara Penrose", address: "dara.penrose@kestonmutual.example" },
      subject: "Interview confirmation",
      body: ["Hi,", "", "Your onsite is confirmed.", "", "Best,", "Dara Penrose", "Recruiting Coordinator", line].join(
        "\n",
      ),
    });

  it("reads the name before 'Company'", () => {
    expect(extractEmployer(signed("Keston Mutual Insurance Company"), false).name).toBe("Keston Mutual Insurance");
  });

  it("keeps the domain's name when the signature writes only it", () => {
    expect(extractEmployer(signed("Keston Mutual"), false).name).toBe("Keston Mutual");
  });
});

describe("an agency's subject that ends with its client's interview in another language", () => {
  const agency = (subject: string) =>
    sampleFacts({
      from: { name: "Rocío Tapia", address: "rocio.tapia@puentetalento.example" },
      subject,
      body: [
        "Hola:",
        "",
        "Te aviso que la entrevista con Nopalera Cerámica se movió al jueves.",
        "",
        "Saludos,",
        "Rocío Tapia",
        "Puente Talento Consultores",
      ].join("\n"),
    });

  it("reads the client the subject names", () => {
    expect(extractEmployer(agency("Cambio de horario: entrevista Nopalera Cerámica"), false).name).toBe(
      "Nopalera Cerámica",
    );
  });

  it("does not read a lower-case word after the interview as a name", () => {
    expect(extractEmployer(agency("Cambio de horario: entrevista con nosotros"), false).name).not.toBe("nosotros");
  });
});
