// Kinds and the owner's move on fresh mail (unseen-26 and the older sets' remaining misses): a
// sourcer's outreach for clients it does not name, gentle Spanish and Quebec French rejections, a
// Spanish moved slot, and requests the owner-move reader missed or read where there were none. Every
// sentence, name and domain is invented for this test; each rule has cases on both sides.
import { describe, expect, it } from "vitest";
import { extractMessage } from "../../../functions/domain/extract/extract";
import { sentencesOf } from "../../../functions/domain/extract/kind-signals";
import { ownerMoveOf } from "../../../functions/domain/extract/owner-move";
import { type KindCase, kindOf } from "./kind-cases";
import { sampleFacts } from "./sample-facts";

const OUTREACH: KindCase[] = [
  // A sourcer for unnamed clients, with a booking link: no process with any employer.
  {
    want: "other",
    subject: "Principal Engineer roles - remote, Nordics",
    body: "Hi Elin,\n\nI came across your profile and your work on streaming pipelines stood out. I'm partnering with a few fast-growing logistics start-ups hiring Principal Engineers across the Nordics.\n\nWould you be open to a quick 20 min chat? Grab a slot here: https://book.example/ola-fjordhire/20min\n\nOla Brekke\nFjordhire Search",
  },
  {
    want: "other",
    subject: "Vertrauliche Position - Leitung Controlling",
    body: "Guten Tag Herr Albers,\n\nich bin auf Ihr Profil gestoßen und melde mich im Auftrag eines meiner Kunden, eines Familienunternehmens im Maschinenbau. Es geht um eine vertrauliche Suche für die Leitung Controlling.\n\nHätten Sie Interesse an einem kurzen Telefonat in den nächsten Tagen?\n\nBeste Grüße\nKarin Voss\nVoss Executive Partners",
  },
  {
    want: "other",
    subject: "Opportunité - Responsable data",
    body: "Bonjour Inès,\n\nJe suis tombée sur votre profil et je me permets de vous écrire : j'accompagne plusieurs scale-ups parisiennes qui recrutent des responsables data.\n\nSeriez-vous ouverte à un court échange cette semaine ?\n\nBien à vous,\nMaud Perrin\nCabinet Perrin Talents",
  },
  {
    want: "other",
    subject: "Oportunidad - Jefe de producto",
    body: "Hola Javier,\n\nvi tu perfil y me pareció muy interesante. Trabajo con varias empresas tecnológicas de Valencia que están ampliando sus equipos de producto.\n\n¿Estarías abierto a una breve charla la semana que viene?\n\nUn saludo,\nLucía Mora\nMora Talent",
  },
  {
    want: "other",
    subject: "Kans als Lead Developer",
    body: "Hoi Bas,\n\nIk kwam je profiel tegen en werk samen met een aantal snelgroeiende bedrijven in Utrecht die senior developers zoeken.\n\nSta je open voor een kort gesprek volgende week?\n\nGroet,\nNina Smit\nSmit Werving",
  },
  // An employer's own recruiter writing about a named opening of theirs still invites.
  {
    want: "interview_invite",
    subject: "Platform work at Quillfern?",
    body: "Hi Tariq,\n\nI lead recruiting at Quillfern. I came across your talk on queue back-pressure and thought of you for our Senior Platform Engineer opening.\n\nWould you be open to a 30-minute intro call with me? Pick any time that works here: https://book.example/quillfern-rita/30min\n\nRita Osei\nRecruiting Lead, Quillfern",
  },
  {
    want: "interview_invite",
    subject: "Analytics at Corvenna",
    body: "Hi Leo,\n\nI came across your profile and thought of you for our Analytics Engineer opening in Leeds.\n\nWould you be open to a quick chat with our hiring manager? Book any time here: https://book.example/corvenna/30min\n\nAmy Holt\nTalent Partner, Corvenna",
  },
  // An agency writing for a client it names, who wants to meet the owner: an invitation.
  {
    want: "interview_invite",
    subject: "Next step - Harrowgate Foods",
    body: "Hi Ana,\n\nGood news: my client Harrowgate Foods liked your profile and would like to set up a first call for the Supply Planner role with their Head of Planning.\n\nCould you send me two or three slots that work for you next week?\n\nTom Reyes\nBrightlane Recruitment",
  },
  // A recruiter inviting the owner for a role the owner applied to, even for a client.
  {
    want: "interview_invite",
    subject: "Your application - Data Engineer",
    body: "Hi Mei,\n\nThanks for your application for the Data Engineer role. I'm working with several clients in the area, and one of them would like to interview you for it.\n\nWhen would you be available for a 30-minute call this week?\n\nJon Hale\nHale Partners",
  },
];

const REJECTIONS_AND_MOVES: KindCase[] = [
  {
    want: "rejection",
    subject: "Tu candidatura en Naranjal Verde",
    body: "Hola Irene,\n\nGracias por tu tiempo durante el proceso para Técnica de Calidad. Ha sido una decisión difícil, pero hemos seguido adelante con otra persona cuyo perfil encaja algo más con el equipo.\n\nUn abrazo,\nPilar Ruiz\nNaranjal Verde",
  },
  // "Seguimos adelante con el proceso" is no rejection.
  {
    want: "update",
    subject: "Tu candidatura en Naranjal Verde",
    body: "Hola Irene,\n\nGracias por tu tiempo. Seguimos adelante con el proceso y te daremos una respuesta la semana que viene.\n\nUn abrazo,\nPilar Ruiz\nNaranjal Verde",
  },
  {
    want: "rejection",
    subject: "Votre candidature chez Érablière Conseil",
    body: "Bonjour Mathis,\n\nNous vous remercions de votre intérêt pour le poste d'analyste. Nous tenons à vous informer que le poste a été comblé.\n\nCordialement,\nL'équipe Recrutement\nÉrablière Conseil",
  },
  {
    want: "interview_scheduled",
    subject: "Cambio de hora - entrevista con Salinas Verdes",
    body: "Hola Marcos:\n\nTenemos que mover la entrevista para el puesto de Analista de Riesgos. La nueva hora es el jueves 14 de marzo a las 12:00, en lugar del miércoles. Será por Teams.\n\nUn saludo,\nNerea Gil\nSalinas Verdes",
  },
  // A reschedule still being arranged is not a settled slot.
  {
    want: "interview_invite",
    subject: "Cambio de hora - entrevista con Salinas Verdes",
    body: "Hola Marcos:\n\nTenemos que mover la entrevista para el puesto de Analista de Riesgos. ¿Qué día te viene mejor la semana que viene?\n\nUn saludo,\nNerea Gil\nSalinas Verdes",
  },
];

describe("sourcing outreach and fresh kinds (unseen-26)", () => {
  it.each([...OUTREACH, ...REJECTIONS_AND_MOVES].map((c) => [c.want, c.subject, c] as const))(
    "%s: %s",
    (want, _subject, c) => {
      expect(kindOf(c)).toBe(want);
    },
  );

  it("keeps no employer, role or contact for a sourcer's outreach", () => {
    const c = OUTREACH[0] as KindCase;
    const facts = sampleFacts({
      from: { name: "Ola Brekke", address: "ola@fjordhire.example" },
      subject: c.subject,
      body: c.body,
    });
    const read = extractMessage(facts, { messageId: null, originalDate: null });
    expect(read.kind).toBe("other");
    expect([read.employer, read.role, read.contactEmail, read.ownerMove]).toEqual([null, null, null, null]);
  });
});

describe("the owner's move (unseen-26 and older sets)", () => {
  const moves: [string, string, string | null][] = [
    [
      "interview_invite",
      "Via de link hieronder kun je zelf een moment kiezen dat jou goed uitkomt:\nhttps://jobs.example/schedule/1",
      "pick a slot",
    ],
    ["interview_invite", "Plan zelf een moment in via de link.", "pick a slot"],
    ["update", "Please send us the names and contact details of two referees by Monday.", "send references"],
    [
      "update",
      "Könnten Sie mir bis Mittwoch, 13. Mai, zwei Referenzpersonen nennen, jeweils mit Telefonnummer?",
      "send references",
    ],
    [
      "update",
      "Antes de la entrevista final, necesitamos que nos envíes la siguiente documentación: copia del título.",
      "send documents",
    ],
    ["interview_invite", "Bitte teilen Sie uns bis Mittwoch, 3. März mit, welcher Termin Ihnen passt.", "pick a slot"],
    ["interview_invite", "Pourrais-tu lui transmettre ce lien?", "answer a question"],
    // What the day needs, and the way to move a confirmed slot, ask nothing.
    ["interview_scheduled", "Please carry a government-issued photo ID.", null],
    ["interview_scheduled", "Kindly keep your updated resume and a valid ID proof ready.", null],
    ["interview_scheduled", "Need to reschedule? Use the link in your booking confirmation.", null],
    // ... while an instruction to book still asks for a slot.
    ["interview_invite", "Use the link in this email to book your slot.", "pick a slot"],
    // A bare question yields to a later sentence that says what is asked.
    [
      "interview_invite",
      "Seriez-vous disponible jeudi ou vendredi ? Merci de me confirmer le créneau qui vous convient.",
      "pick a slot",
    ],
  ];
  it.each(moves)("%s: %s", (kind, body, want) => {
    expect(ownerMoveOf(kind as Parameters<typeof ownerMoveOf>[0], body)).toBe(want);
  });
});

describe("sentencesOf", () => {
  it("does not end a sentence at a German ordinal date", () => {
    expect(sentencesOf("Bitte bis Mittwoch, 3. März antworten. Danke.")).toEqual([
      "Bitte bis Mittwoch, 3. März antworten.",
      "Danke.",
    ]);
  });
  it("still ends one after an English date's day", () => {
    expect(sentencesOf("Please sign by Friday, June 4. Happy to help.")).toEqual([
      "Please sign by Friday, June 4.",
      "Happy to help.",
    ]);
  });
  it("still ends one after a time or a numbered list item", () => {
    expect(sentencesOf("We start at 10:00. Bring ID.\n2. Upload the form.")).toEqual([
      "We start at 10:00.",
      "Bring ID.",
      "2.",
      "Upload the form.",
    ]);
  });
});
