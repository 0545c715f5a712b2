// Kinds on fresh mail (unseen-29 and unseen-30): availability received and a time still to be
// confirmed, German rejections in the gender-inclusive plural or by a post filled with someone
// else, a Swiss offer "anbieten zu können", a Spanish vacancy filled, a Dutch portal offer and a
// Portuguese sourcer's confidential search. Every sentence, name and domain is invented for this
// test; each rule has cases on both sides.
import { describe, expect, it } from "vitest";
import { ownerMoveOf } from "../../../functions/domain/extract/owner-move";
import { type KindCase, kindOf } from "./kind-cases";

const CASES: KindCase[] = [
  // The candidate's times are in; the employer picks one.
  {
    want: "update",
    subject: "We received your availability - Site Reliability Lead",
    body: "Hi Tomas,\n\nThanks for sharing your availability for your interview for Site Reliability Lead. We have received the following times:\n\n- Monday, May 4: 9:00 AM - 11:00 AM\n- Thursday, May 7: 2:00 PM - 5:00 PM\n\nOur team will confirm a time with your interviewers and send you a calendar invitation. You do not need to do anything else for now.\n\nKestrel Works",
  },
  // Still asked for: an invitation.
  {
    want: "interview_invite",
    subject: "Interview - Site Reliability Lead",
    body: "Hi Tomas,\n\nWe'd like to invite you to an interview for the Site Reliability Lead role. Please share your availability for next week and we will confirm a time.\n\nKestrel Works",
  },
  // German: others chosen, in the inclusive plural.
  {
    want: "rejection",
    subject: "Deine Bewerbung bei Wolkenhof",
    body: "Hallo Jana,\n\nvielen Dank für deine Bewerbung als Backend Entwickler:in.\n\nNach sorgfältiger Prüfung haben wir uns für Bewerber:innen entschieden, deren Erfahrung besser zum Team passt.\n\nAlles Gute!\nDein Team von Wolkenhof",
  },
  // The post filled with someone else.
  {
    want: "rejection",
    subject: "Ihre Bewerbung bei Talwerk",
    body: "Sehr geehrter Herr Brunner,\n\nnach reiflicher Überlegung haben wir uns entschieden, die Stelle Teamleiter Logistik mit einem Kandidaten zu besetzen, dessen Erfahrung näher an unseren Projekten liegt.\n\nMit freundlichen Grüßen\nTalwerk GmbH",
  },
  // Swiss German offer.
  {
    want: "offer",
    subject: "Vertragsangebot Firnblick",
    body: "Grüezi Herr Huber\n\nEs freut uns sehr, Ihnen die Stelle als Controller anbieten zu können.\n\n- Jahreslohn: CHF 104'000 brutto\n- Eintritt: 1. Juli\n\nWir bitten Sie um Ihre Rückmeldung bis Freitag.\n\nFreundliche Grüsse\nFirnblick AG",
  },
  // Spanish: the vacancy filled, the application goes no further.
  {
    want: "rejection",
    subject: "Actualización de tu postulación",
    body: "Hola Andrés,\n\nTe informamos que la empresa Cerro Azul Distribución ha finalizado el proceso de selección para la vacante a la que te postulaste.\n\nLa vacante ya fue cubierta, por lo que tu postulación no continuará en este proceso.\n\nHay más de 800 ofertas nuevas esta semana.\n\nVer ofertas",
  },
  // Dutch: an offer waiting in the candidate portal.
  {
    want: "offer",
    subject: "Er staat een aanbod voor je klaar",
    body: "Dag Pieter,\n\nProficiat! Kanaalzicht heeft je een aanbod gedaan voor de functie Planner. In het kandidatenportaal vind je je loonpakket en de startdatum.\n\nJe kan het aanbod bekijken tot vrijdag.\n\nJe ontvangt deze e-mail omdat je solliciteerde bij Kanaalzicht.",
  },
  // Portuguese: a sourcer's confidential search, no process yet.
  {
    want: "other",
    subject: "Oportunidade - Gerente de Produto",
    body: "Olá Marta, tudo bem?\n\nSou headhunter na Serra Talentos. Encontrei seu perfil no LinkedIn e achei sua trajetória muito interessante.\n\nEstou conduzindo uma busca confidencial para uma empresa de logística. A posição é de Gerente de Produto.\n\nVocê teria interesse em conversar? Podemos marcar uma ligação rápida na próxima semana.\n\nAbraço,\nLuís Prado",
  },
  // French: a first talk proposed, a time to pick.
  {
    want: "interview_invite",
    subject: "Votre candidature",
    body: "Bonjour Madame Petit,\n\nMerci pour votre candidature. Nous vous proposons un premier entretien d'environ une heure.\n\nPouvez-vous choisir le moment qui vous convient le mieux via le lien ci-dessous ? https://book.example/ef56\n\nBien à vous,\nClaire Moreau",
  },
  // French: someone will come back to set the talk; nothing to pick yet.
  {
    want: "update",
    subject: "Votre candidature",
    body: "Bonjour Hugo,\n\nVotre profil a retenu l'attention de notre équipe. Notre responsable du recrutement reviendra vers vous d'ici mardi pour convenir d'un premier échange.\n\nL'équipe Recrutement",
  },
  // French: an offer sent, its letter attached.
  {
    want: "offer",
    subject: "Notre proposition",
    body: "Bonjour Hugo,\n\nSuite à vos entretiens, j'ai le plaisir de vous transmettre notre proposition pour le poste d'acheteur.\n\n- salaire mensuel brut de 3.900 €\n\nLe détail figure dans la lettre d'offre ci-jointe. Merci de nous faire part de votre décision avant lundi.\n\nClaire Moreau",
  },
  // A moved slot with its new time in a row, in French and Spanish.
  {
    want: "interview_scheduled",
    subject: "Entretien décalé",
    body: "Bonjour Hugo,\n\nUn imprévu m'oblige à décaler notre entretien de mardi.\n\nNouvel horaire : mercredi 14 mars à 10h, toujours en visioconférence.\n\nBien cordialement,\nClaire Moreau",
  },
  {
    want: "interview_scheduled",
    subject: "Cambio de horario",
    body: "Hola Iván:\n\nTe aviso que la entrevista para el puesto de Analista de Compras se movió porque el gerente no podía el lunes.\n\nNuevo horario: martes 4 de mayo, 11:00 a.m., por Teams.\n\nSaludos,\nMarta Gil",
  },
  // German: shortlisted, the times will follow from the employer.
  {
    want: "update",
    subject: "Ihre Bewerbung",
    body: "Sehr geehrter Herr Brunner,\n\nSie sind in der engeren Auswahl. Die Terminvorschläge für das nächste Gespräch schicken wir Ihnen bis Ende der Woche.\n\nMit freundlichen Grüßen\nTalwerk GmbH",
  },
];

// The same words around a choice that keeps the owner in: never a rejection.
const NOT_REJECTED: KindCase[] = [
  {
    want: "not rejection",
    subject: "Ihre Bewerbung bei Talwerk",
    body: "Sehr geehrter Herr Brunner,\n\nwir haben uns für Sie entschieden und möchten Sie zu einem zweiten Gespräch einladen. Die Stelle möchten wir bald besetzen.\n\nMit freundlichen Grüßen\nTalwerk GmbH",
  },
  {
    want: "not rejection",
    subject: "Deine Bewerbung bei Wolkenhof",
    body: "Hallo Jana,\n\nwir haben uns entschieden, mit dir in die nächste Runde zu gehen. Für die Stelle treffen wir uns mit Bewerber:innen im Mai.\n\nDein Team von Wolkenhof",
  },
];

describe("kinds on fresh mail (unseen-29/30)", () => {
  for (const c of NOT_REJECTED) {
    it(`not a rejection: ${c.body.slice(0, 60)}`, () => {
      expect(kindOf(c)).not.toBe("rejection");
    });
  }
  for (const c of CASES) {
    it(`${c.want}: ${c.subject}`, () => {
      expect(kindOf(c)).toBe(c.want);
    });
  }
});

// The owner's move in Austrian German and Flemish: "Wir ersuchen Sie ... welcher Termin",
// "Gelieve een moment vast te leggen", "kan je zelf een moment kiezen", "Kies een tijdstip".
describe("owner's move on fresh mail (unseen-29/30)", () => {
  it.each([
    "Wir ersuchen Sie, uns bis Montag mitzuteilen, welcher Termin Ihnen zusagt.",
    "Gelieve een moment vast te leggen tegen donderdag.",
    "Via onderstaande link kan je zelf een moment kiezen dat je past: https://book.example/ab12",
    "Via de knop hieronder kies je zelf een moment dat jou past.",
    "Kies een tijdstip: https://book.example/cd34",
  ])("picks a slot: %s", (body) => {
    expect(ownerMoveOf("interview_invite", `Dag Sam,\n\n${body}\n\nGroeten,\nRia`)).toBe("pick a slot");
  });
  it.each([
    "Wir ersuchen um Verständnis, dass die Auswahl etwas länger dauert.",
    "Het gesprek duurt ongeveer een uur en vindt plaats op ons kantoor.",
    "Als geen enkel moment past, antwoord dan gewoon op deze e-mail.",
  ])("asks nothing: %s", (body) => {
    expect(ownerMoveOf("interview_invite", `Dag Sam,\n\n${body}\n\nGroeten,\nRia`)).toBeNull();
  });
});

// A new time still to be found, or a time asked for: no settled slot.
describe("rows that name no settled time", () => {
  it.each<KindCase>([
    {
      want: "not scheduled",
      subject: "Entretien décalé",
      body: "Bonjour Hugo,\n\nUn imprévu m'oblige à décaler notre entretien.\n\nNouvel horaire : à définir, je reviendrai vers vous.\n\nClaire Moreau",
    },
    {
      want: "not scheduled",
      subject: "Cambio de horario",
      body: "Hola Iván:\n\nLa entrevista se movió.\n\nNuevo horario: por confirmar, te escribo mañana.\n\nSaludos,\nMarta Gil",
    },
  ])("$subject", (c) => {
    expect(kindOf(c)).not.toBe("interview_scheduled");
  });
});
