// Kinds and the owner's move on fresh mail (unseen-27 and unseen-28): a sourcer that describes its
// client instead of naming it or recruits for a whole market, offers whose terms sit in an attached
// letter, moved slots in Dutch and German, gentle rejections, a Spanish interim note and booking
// link, and Tuta's "<date> by <address>:" forward attribution. Every sentence, name and domain is
// invented for this test; each rule has cases on both sides.
import { describe, expect, it } from "vitest";
import { ownerMoveOf } from "../../../functions/domain/extract/owner-move";
import { attributedForward } from "../../../functions/mail/forward-blocks";
import { type KindCase, kindOf } from "./kind-cases";

const OUTREACH: KindCase[] = [
  // A client described, not named, and the name held back until the call.
  {
    want: "other",
    subject: "Invitation: informal conversation - Operations leadership, Lyon",
    body: "Dear Camille,\n\nI'd like to invite you to an informal conversation about an operations leadership role with one of our clients, a mid-sized food producer based near Lyon.\n\nWould Thursday at 9:30 suit you for a 20-minute call? I'm happy to share more detail on the client once we've spoken.\n\nBest regards,\nHugo Marsh\nPartner, Fernlow Search",
  },
  // A recruiter for a market of clients, after finding the profile.
  {
    want: "other",
    subject: "Quick chat? Data leadership roles in Dublin",
    body: "Hi Ronan,\n\nI came across your profile and your work on fraud models stood out. I recruit for insurance clients across Ireland and have two data leadership roles that might interest you.\n\nWould you be open to a 15 minute call next week?\n\nBest,\nSiobhan Tully\nTully Talent",
  },
  {
    want: "other",
    subject: "Oportunidad confidencial - Dirección financiera",
    body: "Hola Irene,\n\nvi tu perfil y me gustaría hablar contigo de una búsqueda de dirección financiera con uno de nuestros clientes, un grupo industrial familiar de Zaragoza.\n\n¿Estarías abierta a una breve llamada el jueves?\n\nUn saludo,\nMarcos Lahoz\nLahoz Executive",
  },
  {
    want: "other",
    subject: "Kans als Hoofd Financiën",
    body: "Hoi Wouter,\n\nIk kwam je profiel tegen en neem contact op namens een opdracht met een van onze opdrachtgevers, een familiebedrijf in Brabant.\n\nSta je open voor een kort gesprek volgende week?\n\nGroet,\nEva Brouwer\nBrouwer Search",
  },
  // An agency naming its client, who asked to meet the owner: an invitation.
  {
    want: "interview_invite",
    subject: "Next step - Brackwater Foods",
    body: "Hi Nora,\n\nGood news: one of our clients, Brackwater Foods, would like to meet you for the Planning Lead role.\n\nCould you send me two or three times that suit you next week?\n\nThanks,\nPeter Lusk\nLusk Recruitment",
  },
  // A recruiter for a role the owner applied to stays an invitation, clients or not.
  {
    want: "interview_invite",
    subject: "Your application - QA Lead",
    body: "Hi Farah,\n\nThanks for your application for the QA Lead role. I recruit for fintech clients across the region, and this one would like to interview you.\n\nWould you be available for a 30-minute call on Tuesday or Wednesday?\n\nBest,\nOwen Pike\nPike Partners",
  },
  // An employer's own recruiter with a calendar link invites.
  {
    want: "interview_invite",
    subject: "Senior Analyst, Grid Planning - let's chat",
    body: "Hi Dana,\n\nThanks for applying for the Senior Analyst, Grid Planning role. I'd love to have a 30-minute chat with you.\n\nPlease pop a time in my calendar here: https://book.example/talia-voltmere/30min\n\nCheers,\nTalia Rowe\nTalent Partner, Voltmere",
  },
];

const OFFERS: KindCase[] = [
  // Spanish: the letter is sent, its terms are in the attached text.
  {
    want: "offer",
    subject: "Carta oferta",
    body: "Estimada Paula:\n\nTe envío adjunta la carta oferta para el cargo que conversamos. Todos los detalles están en la carta.\n\nSaludos,\nRodrigo Vial",
    attachments: [
      {
        filename: "Carta_Oferta_Paula.txt",
        mimeType: "text/plain",
        textSample:
          "Señora Paula Rojas:\n\nTenemos el agrado de ofrecerle el cargo de Analista Senior de Precios.\n\nRenta bruta mensual: CLP 3.100.000",
      },
    ],
  },
  // Italian: the proposal is in the attached letter.
  {
    want: "offer",
    subject: "Proposta di assunzione",
    body: "Ciao Marta,\n\ncome anticipato, ti inviamo in allegato la nostra proposta di assunzione. Tutti i dettagli sono nella lettera.\n\nUn saluto,\nElena Riva\nRisorse Umane",
    attachments: [
      {
        filename: "Proposta_Marta.txt",
        mimeType: "text/plain",
        textSample:
          "Gentile Marta Bruni,\n\nsiamo lieti di proporLe l'assunzione con il ruolo di Ingegnere di Processo.\n\nRetribuzione annua lorda: 48.000 euro",
      },
    ],
  },
  // A file named as a proposal that offers nothing is no offer letter.
  {
    want: "other",
    subject: "Progetto giardino",
    body: "Ciao Marta,\n\nti mando il preventivo del giardino come promesso.\n\nUn saluto,\nLuca",
    attachments: [
      { filename: "Proposta_giardino.txt", mimeType: "text/plain", textSample: "Preventivo: siepe e prato, 900 euro" },
    ],
  },
];

const MOVES_AND_NEWS: KindCase[] = [
  {
    want: "interview_scheduled",
    subject: "Gesprek verplaatst - Data Analist",
    body: "Hoi Joost,\n\nOns gesprek van dinsdag gaat helaas niet door. We hebben het verplaatst naar vrijdag 14 april om 10:30. Reken op een uur.\n\nGroet,\nLotte Smit\nRecruiter",
  },
  // A move still to be arranged is no settled slot.
  {
    want: "interview_invite",
    subject: "Gesprek verplaatsen - Data Analist",
    body: "Hoi Joost,\n\nOns gesprek van dinsdag gaat helaas niet door. Wanneer zou het je volgende week passen? Laat je je beschikbaarheid weten?\n\nGroet,\nLotte Smit\nRecruiter",
  },
  {
    want: "interview_scheduled",
    subject: "Neuer Termin: Ihr Vorstellungsgespräch - Einkäufer",
    body: "Guten Tag Frau Brandt,\n\nleider müssen wir Ihr Vorstellungsgespräch verschieben.\n\nNeuer Termin: Montag, 6. März 2028, 14:00 bis 15:00 Uhr\nOrt: Werk Süd, Empfang\n\nViele Grüße\nTanja Keller\nPersonal",
  },
  {
    want: "rejection",
    subject: "Update on the Inventory Analyst process",
    body: "Dear Sam,\n\nThank you for the time you invested in our process.\n\nThe position of Inventory Analyst has been covered internally by a colleague from another site. For this reason we will close your application.\n\nKind regards,\nIrene Costa",
  },
  // The owner's own role being covered while away is no rejection.
  {
    want: "update",
    subject: "Your interview - Inventory Analyst",
    body: "Dear Sam,\n\nThanks for your time today. We will get back to you next week with the next steps.\n\nKind regards,\nIrene Costa",
  },
  {
    want: "rejection",
    subject: "Je sollicitatie als Monteur",
    body: "Beste Kees,\n\nDank je wel voor je sollicitatie en het gesprek van vorige week.\n\nInmiddels hebben we de vacature van Monteur ingevuld met een kandidaat uit de regio. We gaan daarom niet verder met jouw sollicitatie.\n\nMet vriendelijke groet,\nTeam Werving",
  },
  {
    want: "update",
    subject: "Proceso Analista de Compras - novedades",
    body: "Hola Marta:\n\nTe escribo para contarte en qué punto está el proceso. Esta semana terminamos las entrevistas finales.\n\nEsperamos tomar una decisión antes del viernes 12 y te avisaremos en cuanto la tengamos.\n\nGracias por tu paciencia.\n\nUn saludo,\nPere Vidal",
  },
  {
    want: "interview_invite",
    subject: "Finca Norte - Analista de Datos: agenda tu conversación",
    body: "Hola Sofía,\n\n¡Buenas noticias! Finca Norte quiere avanzar contigo para la vacante de Analista de Datos.\n\nPor favor reserva el espacio que mejor te funcione en este enlace: https://book.example/finca/30\n\nSaludos,\nAndrés Gil",
  },
];

describe("fresh kinds (unseen-27 and unseen-28)", () => {
  it.each([...OUTREACH, ...OFFERS, ...MOVES_AND_NEWS].map((c) => [c.want, c.subject, c] as const))(
    "%s: %s",
    (want, _subject, c) => {
      expect(kindOf(c)).toBe(want);
    },
  );
});

describe("the owner's move (unseen-27 and unseen-28)", () => {
  const moves: [string, string, string | null][] = [
    ["interview_invite", "Please pop a time in my calendar here: https://book.example/x", "pick a slot"],
    ["interview_invite", "Por favor reserva el espacio que mejor te funcione en este enlace.", "pick a slot"],
    ["update", "Could you send me names, roles and contact details by Monday?", "send references"],
    // A calendar mentioned with no request asks nothing.
    ["interview_scheduled", "The invitation is already in your calendar.", null],
  ];
  it.each(moves)("%s: %s", (kind, body, want) => {
    expect(ownerMoveOf(kind as Parameters<typeof ownerMoveOf>[0], body)).toBe(want);
  });
});

describe("Tuta's forward attribution", () => {
  it("reads '<date> by <address>:' as the forwarded header", () => {
    const text =
      "Times tonight\n\n\n3 May 2028, 09:15 by kate.ross@peakhire.example:\n> Hi Lia,\n>\n> The team would like to meet you for the Process Engineer role next week.\n>\n> Thanks,\n> Kate";
    const block = attributedForward(text);
    expect(block?.headers.from).toBe("kate.ross@peakhire.example");
    expect(block?.headers.date).toBe("3 May 2028, 09:15");
    expect(block?.note).toBe("Times tonight");
    expect(block?.body.startsWith("Hi Lia,")).toBe(true);
  });
  it("does not read a sentence ending in an address as one", () => {
    expect(
      attributedForward("We met on 3 May 2028, 09:15 and were joined by kate@peakhire.example: nice.\nSee you"),
    ).toBeNull();
  });
});
