// Titles, employers, contacts and the owner's own mail in German, French, Spanish and Dutch, with
// sentences written for this test: ad marks stripped from titles, legal forms from employers, job
// boards never taken for the employer, unmonitored mailboxes never the contact.
import { describe, expect, it } from "vitest";
import { canonicalCompany } from "../../../functions/domain/extract/company-names";
import { extractContact } from "../../../functions/domain/extract/contact";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import type { Language } from "../../../functions/domain/extract/language";
import { plainTitle } from "../../../functions/domain/extract/local-titles";
import { classifyOutgoing } from "../../../functions/domain/extract/outgoing";
import { extractRole } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

describe("plainTitle: the title without the ad's marks", () => {
  const cases = [
    ["Controller (m/w/d)", "Controller"],
    ["Teamleitung Einkauf (w/m/d) 80–100 %", "Teamleitung Einkauf"],
    ["Entwickler/in Backend", "Entwickler/in Backend"],
    ["Softwareentwickler:in", "Softwareentwickler:in"],
    ["Chargé de mission RSE (F/H)", "Chargé de mission RSE"],
    ["Développeur·euse Front", "Développeur·euse Front"],
    ["Técnico/a de Sistemas (H/M)", "Técnico/a de Sistemas"],
    ["Verpleegkundige (m/v/x)", "Verpleegkundige"],
    ["Data Analyst (all genders)", "Data Analyst"],
    // Not marks: a slash between words, a specialisation in parentheses.
    ["UX/UI Designer", "UX/UI Designer"],
    ["Backend Engineer (Go)", "Backend Engineer (Go)"],
  ] as const;
  it.each(cases)("'%s' -> '%s'", (title, want) => {
    expect(plainTitle(title)).toBe(want);
  });
});

describe("extractRole in other languages", () => {
  const cases: { language: Language; subject: string; body: string; want: string | null }[] = [
    {
      language: "de",
      subject: "Ihre Bewerbung",
      body: "vielen Dank für Ihre Bewerbung als Teamleiterin Controlling (w/m/d) bei uns.",
      want: "Teamleiterin Controlling",
    },
    {
      language: "de",
      subject: "Einladung zum Vorstellungsgespräch – Leitung Einkauf (m/w/d)",
      body: "wir laden Sie gerne zu einem Gespräch ein.",
      want: "Leitung Einkauf",
    },
    {
      language: "fr",
      subject: "Votre candidature",
      body: "Merci pour votre candidature au poste de chef de rayon (H/F) dans notre magasin de Lille.",
      want: "chef de rayon",
    },
    {
      language: "fr",
      subject: "Votre candidature",
      body: "Concernant le poste de Responsable de la paie, nous reviendrons vers vous la semaine prochaine.",
      want: "Responsable de la paie",
    },
    {
      language: "fr",
      subject: "Entretien – Chargée de communication interne (F/H)",
      body: "Bonjour, je vous confirme notre rendez-vous.",
      want: "Chargée de communication interne",
    },
    {
      language: "es",
      subject: "Tu candidatura",
      body: "Gracias por tu interés en el puesto de Técnico/a de Sistemas en nuestra empresa.",
      want: "Técnico/a de Sistemas",
    },
    {
      language: "nl",
      subject: "Je sollicitatie",
      body: "Dank voor je sollicitatie op de functie van Medewerker Klantenservice. We nemen contact op.",
      want: "Medewerker Klantenservice",
    },
    // No mark and no context word: a company or a place in a subject is not a title.
    { language: "fr", subject: "Entretien confirmé – Atelier Lumen", body: "À jeudi !", want: null },
    // A context word followed by ordinary words is not a title either.
    {
      language: "de",
      subject: "Kurze Info",
      body: "Da wir die Stelle zügig besetzen möchten, melden wir uns bald.",
      want: null,
    },
  ];
  it.each(cases)("$language: $subject -> $want", ({ language, subject, body, want }) => {
    expect(extractRole(sampleFacts({ subject, body }), language).role).toBe(want);
  });

  it("English mail does not read 'als' or '(m/w/d)' contexts as another language's", () => {
    const facts = sampleFacts({ subject: "Update", body: "We will treat this as Priority One." });
    expect(extractRole(facts, "en").role).toBeNull();
  });
});

describe("employers written with legal forms", () => {
  const cases = [
    ["Falkenstein Data GmbH", "Falkenstein Data"],
    ["Aarewerk AG", "Aarewerk"],
    ["Hafenlicht SE", "Hafenlicht"],
    ["Brise Marine SAS", "Brise Marine"],
    ["Atelier Garance SARL", "Atelier Garance"],
    ["Tecnologías Duero S.L.", "Tecnologías Duero"],
    ["Grupo Albor S.A.", "Grupo Albor"],
    ["Van Dam & Zonen B.V.", "Van Dam & Zonen"],
    ["Polderbank N.V.", "Polderbank"],
    ["Kranz Logistik GmbH & Co. KG", "Kranz Logistik"],
  ] as const;
  it.each(cases)("'%s' -> '%s'", (written, want) => {
    expect(canonicalCompany(written)).toBe(want);
  });

  it("never takes a job board's name for the employer", () => {
    const facts = sampleFacts({
      from: { name: "InfoJobs", address: "noreply@infojobs.net" },
      subject: "Novedades en tu candidatura",
      body: "La empresa Calzados Ebro S.L. ha actualizado el estado de tu candidatura.",
    });
    expect(extractEmployer(facts, false).name).toBe("Calzados Ebro");
  });

  it("takes an ATS relay's display name without its legal form and relay", () => {
    const facts = sampleFacts({
      from: { name: "Bergquell AG via JOIN", address: "noreply@join.com" },
      subject: "Update zu Ihrer Bewerbung",
      body: "Guten Tag, wir melden uns bald.",
    });
    expect(extractEmployer(facts, false).name).toBe("Bergquell");
  });
});

describe("contacts: mailboxes nobody reads, in other languages", () => {
  const cases: [Language, string][] = [
    ["de", "Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen: personal@falkenstein-data.de"],
    ["fr", "Merci de ne pas répondre à ce message. Pour toute question : rh@brise-marine.fr"],
    ["es", "No respondas a este correo. Si tienes dudas escribe a seleccion@calzadosebro.es"],
    ["nl", "Antwoorden op deze e-mail worden niet gelezen. Vragen? Mail naar hr@vandamzonen.nl"],
  ];
  it.each(cases)("%s: the sender is not the contact", (language, body) => {
    const facts = sampleFacts({ from: { name: "Bewerbermanagement", address: "bewerbung@firma-post.de" }, body });
    const contact = extractContact(facts, false, null, language);
    expect(contact.email).not.toBe("bewerbung@firma-post.de");
    expect(contact.email).toMatch(/@/);
  });
});

describe("classifyOutgoing: the owner's own mail in other languages", () => {
  const cases: [Language, string, string | null][] = [
    ["de", "Sehr gerne nehme ich Ihr Angebot an und freue mich auf den Start.", "accept_offer"],
    ["de", "Hiermit möchte ich meine Bewerbung zurückziehen.", "withdrawal"],
    ["fr", "Je vous remercie et j'accepte avec plaisir votre proposition.", "accept_offer"],
    ["fr", "Après réflexion, je dois décliner votre offre.", "decline_offer"],
    ["es", "Acepto la oferta y quedo a la espera del contrato.", "accept_offer"],
    ["es", "Muchas gracias por la entrevista de ayer.", "thank_you"],
    ["nl", "Graag wil ik even navragen hoe het ervoor staat.", "follow_up"],
    ["nl", "Bedankt voor het fijne gesprek van vanmiddag.", "thank_you"],
    ["nl", "Zullen we zaterdag gaan wandelen?", null],
  ];
  it.each(cases)("%s: %s -> %s", (language, body, want) => {
    expect(classifyOutgoing("", body, language)).toBe(want);
  });
});
