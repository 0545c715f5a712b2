// Rules added after the held-out set unseen-12 was measured (its before score is in its README):
// PDF lines shown with the quote operator stay apart; German and French refusals that only say
// someone else was chosen; offer letters named or titled in French, German, Spanish and Dutch;
// Spanish clitics end a title; Spanish and English promises ("darte una respuesta antes del",
// "I'll be back in touch by"); brands of "one of the X brands" and of a parent scored under a
// shorter name; possessive and fuller written company names; agencies' clients; titles with a
// comma team, a parenthesis before "role", "Vice President", a booking's stage line, a calendar
// file's description; a bare weekday that the text also writes as a full date; a section's stated
// zone and bracketed zones; owner moves in other languages; interviewers in "You'll be speaking
// with:" lists, calendar organisers on the panel, agenda rows. Every example is made up.
import { describe, expect, it } from "vitest";
import { canonicalCompany, nameFromDomainLabel } from "../../../functions/domain/extract/company-names";
import { extractDates, withoutShadowedWeekdays } from "../../../functions/domain/extract/deadlines";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { parentsOfBrands } from "../../../functions/domain/extract/employer-forms";
import { extractMessage } from "../../../functions/domain/extract/extract";
import { interviewersOf, interviewMinutes } from "../../../functions/domain/extract/interview-details";
import { classifyKind, hasOfferLetter } from "../../../functions/domain/extract/kind";
import { detectLanguage } from "../../../functions/domain/extract/language";
import { ownerMoveOf } from "../../../functions/domain/extract/owner-move";
import { extractRole } from "../../../functions/domain/extract/role";
import type { MailFacts } from "../../../functions/domain/mail-facts";
import { pdfText } from "../../../functions/mail/pdf-text";
import { sampleFacts } from "./sample-facts";

const identity = { messageId: "m-1@example.test", originalDate: null };
const kindOf = (facts: MailFacts) => classifyKind(facts, false, detectLanguage(`${facts.subject}\n${facts.body}`)).kind;

describe("PDF text", () => {
  it("starts a new line for each string shown with the quote operator", () => {
    const content = "BT /F1 11 Tf 14 TL 56 780 Td (the post of Head Gardener) ' (within the Grounds Team.) ' ET";
    const pdf = `%PDF-1.4\n1 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n%%EOF\n`;
    expect(pdfText(new TextEncoder().encode(pdf))).toBe("the post of Head Gardener\nwithin the Grounds Team.");
  });
});

describe("refusals that only say someone else was chosen", () => {
  it.each([
    [
      "Ihre Bewerbung",
      "Nach reiflicher Überlegung haben wir uns jedoch für einen Kandidaten entschieden, dessen Profil noch etwas besser zu uns passt. Wir wünschen Ihnen alles Gute.",
    ],
    [
      "Suite à notre échange",
      "Après réflexion, nous avons choisi de poursuivre avec une candidate dont le parcours correspond à nos besoins immédiats. Je vous souhaite le meilleur.",
    ],
  ])("%s: a rejection", (subject, body) => {
    expect(kindOf(sampleFacts({ subject, body }))).toBe("rejection");
  });
});

describe("offer letters in other languages", () => {
  const cover = (filename: string, textSample: string) =>
    sampleFacts({
      subject: "Proposition",
      body: "Bonjour,\n\nVous trouverez notre proposition en pièce jointe.\n\nBien à vous,\nNadia",
      attachments: [{ filename, mimeType: "application/pdf", textSample }],
    });

  it("a letter whose text calls itself a promesse d'embauche makes the cover note an offer", () => {
    expect(kindOf(cover("document.pdf", "Objet : Promesse d'embauche\nNous avons le plaisir ..."))).toBe("offer");
  });

  it.each(["Arbeitsvertrag.pdf", "Carta_oferta.pdf", "Aanbod_functie.pdf", "Contrat_de_travail.pdf"])(
    "%s is an offer letter",
    (filename) => {
      expect(hasOfferLetter(cover(filename, ""))).toBe(true);
    },
  );

  it("reads the deadline from a letter whose lines are hard-wrapped", () => {
    const facts = sampleFacts({
      subject: "Proposition",
      dateMs: Date.parse("2026-05-04T09:00:00+02:00"),
      zone: { kind: "fixed", offsetMinutes: 120 },
      ownerTimezone: "Europe/Paris",
      body: "Bonjour Camille,\n\nSuite à nos échanges, j'ai le plaisir de vous adresser notre proposition, que vous trouverez en pièce jointe. Je reste disponible pour en parler quand vous le souhaitez.\n\nBelle journée,\nNadia",
      attachments: [
        {
          filename: "Promesse_embauche.pdf",
          mimeType: "application/pdf",
          textSample:
            "Objet : Promesse d'embauche - Analyste Crédit\nNous avons le plaisir de vous proposer le poste de Analyste Crédit\nau sein de la Direction Financière. Merci de nous faire part de votre réponse au plus tard\nle vendredi 15 mai 2026 à 12h00.",
        },
      ],
    });
    const x = extractMessage(facts, identity);
    expect(x.kind).toBe("offer");
    expect(x.role).toBe("Analyste Crédit");
    expect(x.respondBy).toBe("2026-05-15T12:00:00+02:00");
  });
});

describe("Spanish", () => {
  it("a clitic pronoun ends a title: 'el puesto de Data Analyst se ha retrasado'", () => {
    const facts = sampleFacts({ body: "El proceso para el puesto de Data Analyst se ha retrasado un poco." });
    expect(extractRole(facts, "es").role).toBe("Data Analyst");
  });

  it.each([
    "Esperamos poder darte una respuesta antes del viernes 15 de mayo.",
    "Les daremos una respuesta antes del viernes 15 de mayo.",
  ])("%s is a dated promise", (sentence) => {
    const facts = sampleFacts({
      body: `Hola:\n\nEl proceso se ha retrasado por el presupuesto. ${sentence}\n\nUn saludo`,
      dateMs: Date.parse("2026-05-04T09:00:00+02:00"),
      zone: { kind: "fixed", offsetMinutes: 120 },
    });
    expect(extractDates(facts, "update", "es").expectDecisionBy).toBe("2026-05-15");
  });
});

describe("English promises", () => {
  it("'I'll be back in touch by Friday, May 15 at the latest' is a dated promise", () => {
    const facts = sampleFacts({
      body: "The role is on hold for now. I'll be back in touch by Friday, May 15 at the latest.",
      dateMs: Date.parse("2026-05-04T09:00:00-05:00"),
    });
    expect(extractDates(facts, "update").expectDecisionBy).toBe("2026-05-15");
  });
});

describe("employers", () => {
  it("'one of the X brands' names a brand", () => {
    expect(parentsOfBrands("on behalf of Larkhill, one of the Ostrava Holdings brands, about")).toEqual([
      { brand: "Larkhill", parent: "Ostrava Holdings" },
    ]);
  });

  it("a parent scored under a shorter form of its name hands over to the brand", () => {
    const facts = sampleFacts({
      from: { name: "Ostrava Careers", address: "ostrava@myworkday.com" },
      body: "An offer for the Analyst role with Bellhop Pay, an Ostrava Financial Group company, is ready.\n\nTalent Acquisition\nOstrava Financial Group",
    });
    expect(extractEmployer(facts, false).name).toBe("Bellhop Pay");
  });

  it("an agency's client named by a possessive, in its fuller written form", () => {
    const facts = sampleFacts({
      from: { name: "Dana Lee", address: "dana@harbourlinesearch.com" },
      subject: "Quillon - verbal summary",
      body: "Here is what Quillon Energy's CFO walked me through for the Head of Pricing role.\n\nDana Lee\nPrincipal Consultant | Harbourline Search",
    });
    expect(extractEmployer(facts, false).name).toBe("Quillon Energy");
  });

  it("an agency's text naming the company it holds the round with", () => {
    const facts = sampleFacts({
      from: { name: "Dana Lee", address: "dana.lee@brightfieldtalent.sg" },
      subject: "Confirmed: final round",
      body: "Congratulations on reaching the final round with Kestrel Freight. Times below.\n\nDana Lee\nSenior Consultant, Technology\nBrightfield Talent Partners",
    });
    expect(extractEmployer(facts, false).name).toBe("Kestrel Freight");
  });

  it.each([
    ["Veldt Mining (Pty) Ltd", "Veldt Mining"],
    ["Cascabel Foods S.A. de C.V.", "Cascabel Foods"],
    ["Tamarind Payments Pvt. Ltd.", "Tamarind Payments"],
    ["Orchard's Talent Team", "Orchard"],
  ])("%s is signed %s", (written, name) => {
    expect(canonicalCompany(written)).toBe(name);
  });

  it("a squashed domain label splits at its longest industry word", () => {
    expect(nameFromDomainLabel("harbouraudio")).toBe("Harbour Audio");
  });

  it("a bare-domain cover note takes the name from the attached letter", () => {
    const facts = sampleFacts({
      from: { name: "Mia", address: "mia@tuitui.studio" },
      subject: "Your letter of offer",
      body: "Hi Sam, your letter of offer is attached. Mia",
      attachments: [
        {
          filename: "Letter of offer.txt",
          mimeType: "text/plain",
          textSample:
            "TUITUI STUDIO LIMITED\n\nWe are delighted to offer you the role of Senior Producer at Tuitui Studio.\n\nMia, People Lead, Tuitui Studio",
        },
      ],
    });
    expect(extractMessage(facts, identity).employer).toBe("Tuitui Studio");
  });
});

describe("titles", () => {
  it.each([
    ["We'd like to move you forward for the Data Engineer (Growth Platform) role.", "Data Engineer (Growth Platform)"],
    [
      "An offer for the position of Vice President, Credit Risk with Bellhop Pay is ready.",
      "Vice President, Credit Risk",
    ],
    [
      "Your interview is confirmed.\nPortfolio review - Senior Visual Designer\nWednesday, 6 May 2026",
      "Senior Visual Designer",
    ],
    ["For the Backend Engineer (Remote) role.", "Backend Engineer"],
  ])("%j -> %s", (body, role) => {
    expect(extractRole(sampleFacts({ body })).role).toBe(role);
  });

  it("a comma team in the subject is kept when the signature names another title's team", () => {
    const facts = sampleFacts({
      subject: "Northwind | Staff Engineer, Fraud Platform | System design",
      body: "Blocking this for the round.\n\nRegards,\nPriya Shah\nEngineering Manager, Fraud Platform",
    });
    expect(extractRole(facts).role).toBe("Staff Engineer, Fraud Platform");
  });

  it("a calendar file's description names the title when the mail does not", () => {
    const facts = sampleFacts({
      from: { name: "Luc Martin", address: "luc.martin@atelier-sorel.fr" },
      subject: "Confirmation : entretien jeudi",
      body: "Bonjour,\n\nC'est noté pour jeudi 7 mai à 10h00. Vous trouverez l'invitation en pièce jointe.\n\nLuc",
      calendar: {
        start: "2026-05-07T10:00:00+02:00",
        minutes: 60,
        organizer: { name: "Luc Martin", address: "luc.martin@atelier-sorel.fr" },
        attendees: [],
        summary: "Entretien Sam Rivera - Atelier Sorel",
        description: "Entretien Chargée de communication - 4 rue du Temple, Paris.",
        location: null,
        cancelled: false,
      },
    });
    expect(extractMessage(facts, identity).role).toBe("Chargée de communication");
  });
});

describe("dates", () => {
  it("a bare weekday that the text also writes as a full date is that date", () => {
    const facts = sampleFacts({
      dateMs: Date.parse("2026-11-04T10:00:00-08:00"),
      zone: { kind: "fixed", offsetMinutes: -480 },
      ownerTimezone: "America/Los_Angeles",
      body: "Thanks for confirming Thursday. Here is your schedule (all times PT):\n\nThursday, November 12, 2026\n9:00 - 9:45 AM   Jo Park, Hiring Manager\n9:45 - 10:30 AM   Ann Wu, Staff Engineer",
    });
    expect(extractDates(facts, "interview_scheduled").interviewAt).toBe("2026-11-12T09:00:00-08:00");
  });

  it("keeps a bare weekday when no full date shares its weekday", () => {
    const phrases = [
      { text: "Thursday", index: 0, value: "2026-11-05", instantMs: 0, hasTime: false },
      { text: "Friday, November 13, 2026", index: 20, value: "2026-11-13", instantMs: 0, hasTime: false },
    ];
    expect(withoutShadowedWeekdays(phrases)).toHaveLength(2);
  });

  it("'All times below are in IST' with Singapore times in brackets is India's clock", () => {
    const facts = sampleFacts({
      from: { name: "Dana Lee", address: "dana.lee@brightfieldtalent.sg" },
      dateMs: Date.parse("2026-11-05T10:00:00+08:00"),
      zone: { kind: "fixed", offsetMinutes: 480 },
      ownerTimezone: "Asia/Kolkata",
      body: "Everything is confirmed for Tuesday 10 November 2026. All times below are in IST (Singapore time in brackets):\n\nTuesday 10 November 2026\n10:30 - 11:15 (13:00 - 13:45 SGT) Systems design Mei Tan, Principal Engineer\n11:15 - 12:00 (13:45 - 14:30 SGT) Culture and values Ravi Das, Head of People",
    });
    const dated = extractDates(facts, "interview_scheduled");
    expect(dated.interviewAt).toBe("2026-11-10T10:30:00+05:30");
    expect(interviewMinutes(facts, dated.interviewAt)).toBe(90);
    expect(interviewersOf(facts, { employer: null, sender: facts.from })).toEqual(["Mei Tan", "Ravi Das"]);
  });
});

describe("owner moves", () => {
  it.each([
    ["Voici deux créneaux. Pouvez-vous me dire lequel vous convient le mieux ?", "pick a slot"],
    ["Kies binnen 48 uur een moment dat jou uitkomt via deze link.", "pick a slot"],
    ["Pouvez-vous me dire si le format vous va ?", "answer a question"],
  ])("%j -> %s", (body, move) => {
    expect(ownerMoveOf("interview_invite", body)).toBe(move);
  });

  it("an offer to move the meeting asks nothing", () => {
    expect(ownerMoveOf("interview_scheduled", "Besoin de déplacer le rendez-vous ? Utilisez ce lien.")).toBeNull();
    expect(ownerMoveOf("interview_scheduled", "Moet je toch verzetten? Reageer dan op deze e-mail.")).toBeNull();
  });

  it("a new deadline to answer an offer waits on the owner", () => {
    const facts = sampleFacts({
      subject: "Re: offer",
      body: "Good news - they're happy to give you more time on the offer. The new deadline for your answer is 5pm ET Monday 11 May.",
      dateMs: Date.parse("2026-05-04T09:00:00-04:00"),
      zone: { kind: "fixed", offsetMinutes: -240 },
    });
    const x = extractMessage(facts, identity);
    expect(x.kind).toBe("update");
    expect(x.respondBy).toBe("2026-05-11T17:00:00-04:00");
    expect(x.ownerMove).toBe("answer the offer");
  });
});

describe("interviewers", () => {
  const who = (facts: MailFacts) => interviewersOf(facts, { employer: null, sender: facts.from });

  it("reads a 'You'll be speaking with:' list", () => {
    const body =
      "Your interview is booked.\n\nYou'll be speaking with:\n- Jo Park, Engineering Manager\n- Ann Wu, Staff Engineer\n";
    expect(who(sampleFacts({ body }))).toEqual(["Jo Park", "Ann Wu"]);
  });

  it("drops an honorific from a calendar attendee and adds the organiser who sits on the panel", () => {
    const facts = sampleFacts({
      body: "The panel will be Dr Ann Wu and myself.",
      calendar: {
        start: "2026-05-07T10:00:00-04:00",
        minutes: 60,
        organizer: { name: "Priya Shah", address: "priya.shah@northwind.io" },
        attendees: [{ name: "Dr. Ann Wu", address: "ann.wu@northwind.io" }],
        summary: null,
        description: null,
        location: null,
        cancelled: false,
      },
    });
    expect(who(facts)).toEqual(["Priya Shah", "Ann Wu"]);
  });

  it.each([
    [
      "L'entretien durera une heure, dans nos bureaux du centre-ville, avec Claire Roy, directrice produit, et moi-même.",
      ["Priya Shah", "Claire Roy"],
    ],
    ["De eerste stap is een videogesprek van 30 minuten met Bram de Vries, Engineering Lead.", ["Bram de Vries"]],
    ["Graag nodigen we je uit voor een gesprek met Bram de Vries en mij.", ["Priya Shah", "Bram de Vries"]],
  ])("%j", (body, names) => {
    expect(who(sampleFacts({ body }))).toEqual(names);
  });

  it("a coordinator's tech check is no interview, and a job title is no person", () => {
    expect(who(sampleFacts({ body: "Please join five minutes early for a quick tech check with me." }))).toEqual([]);
    expect(who(sampleFacts({ body: "You'll meet Mere Tane, Executive Producer." }))).toEqual(["Mere Tane"]);
  });
});
