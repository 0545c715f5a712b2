// The kind of a message on fresh mail (unseen-19 and unseen-20): general wordings the cue tables
// missed. Every sentence is invented for this test (names and domains too); each rule has cases on
// both sides of its kind boundary: a search closed vs a search paused, an offer made vs an offer
// hoped for, a slot moved vs a slot asked about, times to follow vs times to pick.
import { describe, expect, it } from "vitest";
import { type KindCase, kindOf } from "./kind-cases";

const CASES: KindCase[] = [
  // English: an application closed with the search is a rejection; a search paused is news.
  {
    want: "rejection",
    subject: "Update on your application: Data Steward (REQ-4410)",
    body: "Dear Tomas,\n\nAfter a review of next year's budget we have decided to stop hiring for this role. We are therefore closing all applications in progress, including yours. We are sorry to bring your application to an end this way.\n\nKind regards,\nPeople Team, Ostrava Mills",
  },
  {
    want: "update",
    subject: "Update on your application: Data Steward (REQ-4410)",
    body: "Dear Tomas,\n\nHiring for this role is on hold while the budget is reviewed. We will let you know by the end of the month whether it resumes.\n\nKind regards,\nPeople Team, Ostrava Mills",
  },
  // An agency relaying an offer the client came back with; a hope that one comes is not one.
  {
    want: "offer",
    subject: "Good news - Head of Analytics",
    body: "Hi Ruth,\n\nBrightwell Labs have come back with an offer for the Head of Analytics role: 145,000 base plus a 10% bonus. They would like a decision within 48 hours, so let me know which way you are leaning.\n\nBest,\nOwen",
  },
  {
    want: "update",
    subject: "Head of Analytics - next steps",
    body: "Hi Ruth,\n\nBrightwell Labs are still weighing both finalists. I'll let you know as soon as I hear anything, hopefully by Friday.\n\nBest,\nOwen",
  },
  // The next round is coming and its times will be sent: nothing to pick yet.
  {
    want: "update",
    subject: "Final round - Logistics Planner",
    body: "Hi Jon,\n\nThe panel enjoyed meeting you and we'd like to move you to the final round. Our scheduler will send you time options later this week.\n\nNothing needed from you right now.\n\nBest,\nMaya",
  },
  {
    want: "interview_invite",
    subject: "Final round - Logistics Planner",
    body: "Hi Jon,\n\nThe panel enjoyed meeting you and we'd like to move you to the final round. Could you share your availability for next week?\n\nBest,\nMaya",
  },
  // A cancelled slot whose new times the writer will bring is news, not mail about nothing.
  {
    want: "update",
    subject: "Friday's meeting - need to cancel",
    body: "Hi Lior,\n\nSorry, but we need to cancel Friday's conversation with our COO; she has to fly out tomorrow. I'll come back to you early next week with new options.\n\nThanks,\nGal",
  },
  // An HTML offer from an applicant tracker keeps its footer but stays an offer.
  {
    want: "offer",
    subject: "Your offer from Harrowgate Design",
    body: "Dear Mina,\n\nI am very pleased to offer you the position of Senior Designer. Your offer at a glance: base salary 6,200 per month, start date 3 March.\n\nView and sign your offer\n\nYou received this message because you applied for a job at Harrowgate Design. Unsubscribe from candidate messages.",
  },
  {
    want: "other",
    subject: "New jobs for you",
    body: "Recommended jobs this week: Senior Designer, Harrowgate Design. Apply with one click.\n\nYou received this message because you subscribed to job alerts. Unsubscribe.",
  },
  // Dutch: going on with "a candidate who" (not "another candidate") is a rejection.
  {
    want: "rejection",
    subject: "Je sollicitatie bij Dijkzicht",
    body: "Beste Femke,\n\nBedankt voor het gesprek. We hebben besloten om verder te gaan met een kandidaat die meer ervaring heeft met onze systemen.\n\nMet vriendelijke groet,\nKoen",
  },
  {
    want: "update",
    subject: "Je sollicitatie bij Dijkzicht",
    body: "Beste Femke,\n\nBedankt voor het gesprek. We hebben besloten om eerst alle gesprekken af te ronden; we laten je volgende week weten hoe het verder gaat.\n\nMet vriendelijke groet,\nKoen",
  },
  // Spanish: the vacancy, named with its title, has been filled.
  {
    want: "rejection",
    subject: "Seguimiento a tu proceso",
    body: "Estimada Lucía:\n\nTe informamos que la vacante de Analista de Crédito Sr./Sra. ha sido cubierta. Conservaremos tu CV para futuras oportunidades.\n\nAtentamente,\nTalento, Grupo Arbolito",
  },
  // Spanish invites: an agency's client wants to interview, which slot suits, a booking link.
  {
    want: "interview_invite",
    subject: "Oportunidad – Jefe de Compras",
    body: "Hola, Diego:\n\nNuestro cliente revisó tu perfil y quiere entrevistarte para la posición de Jefe de Compras. Tiene espacio el martes o el miércoles por la tarde.\n\n¿Me compartes qué horario te acomoda mejor?\n\nSaludos,\nPaula",
  },
  {
    want: "interview_invite",
    subject: "Entrevista – Técnico/a de Calidad",
    body: "Hola Irene:\n\nHemos revisado tu candidatura y nos gustaría conocerte en una primera entrevista. Puedes reservar el hueco que mejor te venga en este enlace: https://citas.ejemplo-ats.es/booking/ab12\n\nUn saludo,\nMarta",
  },
  {
    want: "update",
    subject: "Entrevista – Técnico/a de Calidad",
    body: "Hola Irene:\n\nHemos revisado tu candidatura. Te daremos una respuesta la próxima semana, en cuanto el equipo termine las entrevistas.\n\nUn saludo,\nMarta",
  },
  // Spanish offer only in an attached letter (an HTML file named as one).
  {
    want: "offer",
    subject: "Propuesta de incorporación",
    body: "Hola Pablo:\n\n¡Enhorabuena! Te adjunto la carta con nuestra propuesta. Léela con calma.\n\nUn abrazo,\nElena",
    attachments: [
      {
        filename: "Carta_oferta_Pablo.html",
        mimeType: "text/html",
        textSample:
          "Estimado Pablo:\n\nNos complace ofrecerte la incorporación a Vientos del Sur en las siguientes condiciones:\n- Salario bruto anual: 41.000 €\n- Fecha de incorporación: 1 de julio",
      },
    ],
  },
  {
    want: "other",
    subject: "Fotos de la cena",
    body: "Hola Pablo:\n\nTe adjunto las fotos de la cena del sábado. ¡Qué buena noche!\n\nUn abrazo,\nElena",
    attachments: [{ filename: "fotos.html", mimeType: "text/html", textSample: "Galería de fotos" }],
  },
  // German: the post put on ice and closed, the process not continued, is a rejection; put on ice
  // alone is news.
  {
    want: "rejection",
    subject: "Ihre Bewerbung: Datenanalyst (m/w/d)",
    body: "Hallo Jana,\n\nleider wurde die Stelle als Datenanalyst bis auf Weiteres auf Eis gelegt und geschlossen. Wir werden den Prozess daher nicht fortsetzen.\n\nViele Grüße\nTim Berger",
  },
  {
    want: "update",
    subject: "Ihre Bewerbung: Datenanalyst (m/w/d)",
    body: "Hallo Jana,\n\ndie Stelle als Datenanalyst ist vorübergehend auf Eis gelegt. Wir melden uns, sobald es weitergeht, spätestens Ende März.\n\nViele Grüße\nTim Berger",
  },
  // French: an offer made by welcoming the candidate into the post, with terms.
  {
    want: "offer",
    subject: "Proposition – Chargé d'études",
    body: "Bonjour Léa,\n\nNous avons le plaisir de vous confirmer notre souhait de vous accueillir au poste de Chargé d'études. Rémunération annuelle brute de 44 000 €, prise de poste le 2 juin. La promesse d'embauche vous sera adressée dès réception de votre accord ; merci de nous faire part de votre décision sous 72 heures.\n\nBien cordialement,\nPaul Girard",
  },
  {
    want: "interview_invite",
    subject: "Entretien – Chargé d'études",
    body: "Bonjour Léa,\n\nNous serions ravis de vous accueillir pour un entretien dans nos locaux. Pourriez-vous me donner vos disponibilités la semaine prochaine ?\n\nBien cordialement,\nPaul Girard",
  },
  // French: an interview moved to a new day is scheduled; a booking link for a call is an invite.
  {
    want: "interview_scheduled",
    subject: "Changement d'horaire",
    body: "Bonjour Madame Roy,\n\nM. Caron a malheureusement un empêchement mardi. Nous avons donc déplacé votre entretien au jeudi 4 mars à 10h00, toujours dans nos locaux.\n\nBien cordialement,\nAnne Lefort",
  },
  {
    want: "interview_invite",
    subject: "Recommandation - Analyste",
    body: "Bonjour Marc,\n\nMerci d'avoir recommandé Hélène pour notre poste d'analyste. Pourrais-tu lui transmettre ce lien ? Elle pourra y réserver directement un appel de 30 minutes avec moi :\n\nhttps://jobs.exemple-ats.fr/acme/j/77/schedule\n\nMerci encore !\nSophie",
  },
  // English, older sets: the remaining applications closed after the post was filled.
  {
    want: "rejection",
    subject: "Brand Designer at Tallyho Studio",
    body: "Hi Nell,\n\nThank you for applying for the Brand Designer position. The position has now been filled, so we are closing the remaining applications for this role.\n\nKind regards,\nIris",
  },
  {
    want: "update",
    subject: "Brand Designer at Tallyho Studio",
    body: "Hi Nell,\n\nThank you for applying for the Brand Designer position. Applications close on Friday and we will let you know by the end of next week.\n\nKind regards,\nIris",
  },
  // An offer recapped after a call, the company named between "join" and "as".
  {
    want: "offer",
    subject: "Staff Engineer - details",
    body: "Hi Omar,\n\nTo recap our call, we'd love to have you join Quillby Labs as our Staff Engineer:\n- Base salary: $171,000\n- Start date: 2 August\n\nWe'd appreciate your decision by Friday.\n\nBest,\nJune",
  },
  {
    want: "interview_invite",
    subject: "Staff Engineer - final round",
    body: "Hi Omar,\n\nWe'd love to have you join Quillby Labs for a final round with the team. Could you send me your availability for next week?\n\nBest,\nJune",
  },
  // A process overview whose next round is labelled with its day and time is scheduled.
  {
    want: "interview_scheduled",
    subject: "Next steps for Pricing Analyst",
    body: "Hi Ada,\n\nYou're through to the final round. Here is where you are:\n\nRound 1 - screen: done\nRound 2 - final interview: Thursday, May 6 at 2:00 PM ET, in person, with Lena Ortiz\n\nI'll let you know after that whether a third round is needed.\n\nBest,\nMo",
  },
  {
    want: "interview_invite",
    subject: "Next steps for Pricing Analyst",
    body: "Hi Ada,\n\nYou're through to the final round. Would either of these work for your final interview: Thursday, May 6 at 2:00 PM ET or Friday, May 7 at 11:00 AM ET?\n\nBest,\nMo",
  },
  // Dutch: a vacancy temporarily on hold is news, even after "helaas moet ik je laten weten".
  {
    want: "update",
    subject: "Stand van zaken vacature Planner",
    body: "Beste Joost,\n\nHelaas moet ik je laten weten dat de vacature Planner tijdelijk on hold staat. We laten je uiterlijk vrijdag 9 april weten of de vacature weer wordt opengesteld.\n\nMet vriendelijke groet,\nLotte",
  },
  {
    want: "rejection",
    subject: "Stand van zaken vacature Planner",
    body: "Beste Joost,\n\nHelaas moet ik je laten weten dat we hebben gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nLotte",
  },
];

describe("kinds on fresh mail", () => {
  it.each(CASES.map((c) => [c.want, c.subject, c] as const))("%s: %s", (want, _subject, c) => {
    expect(kindOf(c)).toBe(want);
  });
});
