// Mail that is not about the owner's own process (issue 9): an event invitation, a receipt for a
// course, a recruiter's cold outreach the owner says they are not pursuing. Each is kind `other`
// and says nothing of an employer, a role, a contact or an interview time. The negatives matter
// more: an interview invitation that names a venue and an agenda, a panel interview, an employer's
// open evening for its candidates, an offer that mentions a payment stay job mail. Also kinds in
// other languages and gentle wordings the tables missed. Every name, domain and sentence is invented.
import { describe, expect, it } from "vitest";
import { isEventInvitation, isPurchaseReceipt } from "../../../functions/domain/extract/event-mail";
import { extractWithEvidence } from "../../../functions/domain/extract/extract";
import { classifyKind } from "../../../functions/domain/extract/kind";
import { detectLanguage } from "../../../functions/domain/extract/language";
import type { MailFacts } from "../../../functions/domain/mail-facts";
import { findInlineForward } from "../../../functions/mail/forward-blocks";
import { sampleFacts } from "./sample-facts";

const identity = { messageId: "<nj@example.test>", originalDate: "2026-03-02T15:00:00.000Z" };

function kindOf(subject: string, body: string, extra: Partial<MailFacts> = {}): string {
  const facts = sampleFacts({ subject, body, ...extra });
  return classifyKind(facts, false, detectLanguage(`${subject}\n${body}`)).kind;
}

describe("an invitation to an event is not an interview", () => {
  const meetup = sampleFacts({
    from: { name: "Ledger & Lattice", address: "hello@ledgerlattice.example" },
    subject: "Invitation: Ledger & Lattice, 14 May",
    body: "Hi Sam,\n\nYou're invited to Ledger & Lattice, our monthly evening for analysts and data people in Leeds.\n\nTopic: Forecasting with sparse panels\nWhen: Thursday 14 May 2026, 6:00 pm - 8:30 pm\nWhere: The Loft, Wharf Street\nSpeakers: Dr. Oona Pelling and Ravi Thorne\n\nEntry is free but seats are limited, so please RSVP by Monday 11 May: https://events.ledgerlattice.example/rsvp\n\nSee you there,\nThe Ledger & Lattice team",
  });

  it.each([
    [meetup.subject, meetup.body],
    [
      "Join us: Product Craft meetup",
      "Hello Sam,\n\nJoin us for Product Craft, an evening of lightning talks and pizza.\n\nDoors open at 18:30, talks start at 19:00.\nVenue: Brickfield Hall, 3 Canal Road\nAgenda:\n18:30 - 19:00 Arrivals\n19:00 - 20:00 Talks\n\nRSVP on the event page.",
    ],
    [
      "You're invited: Women in Platform Engineering breakfast",
      "Hi Sam,\n\nWe'd love to see you at our breakfast panel discussion on 9 June. Keynote by Ada Corran, followed by networking. Register here: https://tickets.example/wipe",
    ],
    [
      "Invitation : Rencontres Data & Assurance, 12 juin",
      "Bonjour Sam,\n\nVous êtes invitée à notre rencontre trimestrielle.\n\nThème : la donnée climatique\nIntervenants : Léa Morvan et Paul Ribes\nOuverture des portes à 18h30, entrée libre mais places limitées.",
    ],
    [
      "Einladung: Data Stammtisch Köln",
      "Hallo Sam,\n\nSie sind herzlich eingeladen zu unserem Meetup am 4. Juni.\n\nReferenten: Jana Pohl und Ben Kiefer\nEinlass ab 18:00 Uhr, Eintritt frei.",
    ],
  ])("is recognised as an event: %s", (subject, body) => {
    expect(isEventInvitation(subject, body)).toBe(true);
  });

  it("is other, with no employer, contact or interview time", () => {
    const { extraction } = extractWithEvidence(meetup, identity);
    expect(extraction.kind).toBe("other");
    expect(extraction.employer).toBeNull();
    expect(extraction.contactEmail).toBeNull();
    expect(extraction.interviewAt).toBeNull();
  });

  it.each([
    [
      "Invitation to interview: Data Analyst",
      "Hi Sam,\n\nYou're invited to an on-site interview for the Data Analyst role.\n\nWhen: Thursday 14 May, 10:00 - 12:30\nWhere: Quarry House, 5 Mill Lane\nAgenda:\n10:00 - 10:45 Technical interview\n10:45 - 11:30 Meet the team\n\nPlease bring photo ID. See you there!",
    ],
    [
      "Panel interview invitation",
      "Dear Sam,\n\nWe would like to invite you to a panel interview. The panel: Mira Okafor and Jon Vale. Venue: our Leeds office, 2nd floor. Please RSVP by Friday.",
    ],
    [
      "Open evening for shortlisted candidates",
      "Hi Sam,\n\nAs one of the candidates shortlisted for the Graduate Engineer programme, you're invited to our open evening on 3 June. Doors open at 18:00; speakers from the team will talk about the role. Please RSVP.",
    ],
    [
      "Your offer from Tollgate Analytics",
      "Hi Sam,\n\nWe're delighted to offer you the position of Senior Analyst. A sign-on payment of £3,000 will be paid with your first salary. Join us for our team evening once you start!",
    ],
    [
      "Final round: coffee with the team",
      "Hi Sam,\n\nJoin us for the final round at our studio: a coffee with the hiring manager and two of the team. Venue: 8 Dock Street. Doors open at 9:30, there will be snacks. Please RSVP.",
    ],
    [
      "Convocation à un entretien",
      "Bonjour Sam,\n\nVous êtes invitée à un entretien le 12 juin à 10h00.\nLieu : 4 rue des Arts, Lyon\nIntervenants : Léa Morvan et Paul Ribes\nMerci de confirmer votre présence.",
    ],
    [
      "Einladung zum Vorstellungsgespräch",
      "Hallo Sam,\n\nSie sind herzlich eingeladen zu einem Vorstellungsgespräch am 4. Juni. Einlass über den Haupteingang, Referenten: Jana Pohl.",
    ],
  ])("is not an event: %s", (subject, body) => {
    expect(isEventInvitation(subject, body)).toBe(false);
  });

  it("keeps an interview with a venue and an agenda scheduled", () => {
    expect(
      kindOf(
        "Your interview on Thursday 14 May",
        "Hi Sam,\n\nYour on-site interview for the Data Analyst role is confirmed for Thursday 14 May at 10:00.\n\nWhere: Quarry House, 5 Mill Lane\nAgenda:\n10:00 - 10:45 Technical interview\n10:45 - 11:30 Meet the team\n11:30 - 12:15 Panel with the hiring manager\n\nSee you there,\nNell Orrin, Talent",
      ),
    ).toBe("interview_scheduled");
  });
});

describe("a receipt for a course or a certification is not job mail", () => {
  const receipt = sampleFacts({
    from: { name: "Formacad Nord", address: "no-reply@formacad-nord.example" },
    subject: "Votre reçu – Certification Kanban Practitioner",
    body: "Bonjour Sam Rivera,\n\nMerci pour votre inscription. Voici votre reçu.\n\nFormation : Certification Kanban Practitioner – session intensive\nDates : 4 et 5 mai 2026, de 9h00 à 17h30\nLieu : Campus Nord, 12 rue des Tanneurs, Lille\nMontant réglé : 990,00 EUR TTC (carte bancaire se terminant par 2231)\nN° de commande : FN-2026-00412\n\nVotre convocation vous sera envoyée une semaine avant la session.\n\nFormacad Nord\nService inscriptions – inscriptions@formacad-nord.example",
  });

  it.each([
    [receipt.subject, receipt.body],
    [
      "Your receipt for AWS Solutions Architect prep course",
      "Thanks for your purchase!\n\nCourse: Solutions Architect exam prep (self-paced)\nOrder number: 88213\nAmount paid: $249.00 (Visa ending 4410)\n\nStart learning any time from your dashboard.",
    ],
    [
      "Rechnung: Zertifikatskurs Projektmanagement",
      "Guten Tag,\n\nanbei Ihre Rechnung für den Zertifikatskurs Projektmanagement.\nRechnungsbetrag: 1.450,00 EUR\nBestellnummer: 55-1190\n\nMit freundlichen Grüßen\nIhre Akademie",
    ],
  ])("is recognised as a receipt: %s", (subject, body) => {
    expect(isPurchaseReceipt(subject, body)).toBe(true);
  });

  it("is other, with no employer, role or contact", () => {
    const { extraction } = extractWithEvidence(receipt, identity);
    expect(extraction.kind).toBe("other");
    expect(extraction.employer).toBeNull();
    expect(extraction.role).toBeNull();
    expect(extraction.contactEmail).toBeNull();
  });

  it.each([
    [
      "Offer of employment – Senior Analyst",
      "Dear Sam,\n\nWe are pleased to offer you the position of Senior Analyst. Your base salary will be $120,000, plus a relocation payment of $5,000 paid with your first payroll. Please confirm by Friday.",
    ],
    [
      "Reimbursement of your interview travel",
      "Hi Sam,\n\nThanks for coming in for your interview. Please send us the receipt for your train ticket (amount paid: £48.20) and we will reimburse you.",
    ],
    [
      "Your application: invoice for the background check",
      "Hi Sam,\n\nAs part of your application we ran the background check; the invoice (amount due: $0.00) is attached for your records.",
    ],
    [
      "Votre facture de déplacement",
      "Bonjour Sam,\n\nPour le remboursement de votre trajet, merci de nous envoyer la facture (montant TTC : 64,00 EUR).",
    ],
  ])("keeps job mail that mentions a payment: %s", (subject, body) => {
    expect(isPurchaseReceipt(subject, body)).toBe(false);
  });
});

describe("a recruiter's cold outreach about a role the owner never applied for", () => {
  const pitchBody =
    "Hi Sam,\n\nI came across your talk on streaming joins from last autumn and wanted to reach out directly.\n\nI'm hiring for a Staff Data Engineer on our payments platform team at Korrin Pay here in Bristol. It's a different area from what you're doing now, but a lot of the same muscles.\n\nNo application needed. If you're open to a 20-minute chat, grab any time on my calendar: https://cal.korrinpay.example/ines/intro\n\nEither way, thanks for reading!\nInes Mardle\nTechnical Sourcer, Korrin Pay";

  const setAside = "cold outreach, not applying, just keeping it here";

  it("is other when the owner's note sets it aside", () => {
    expect(kindOf("Your streaming talk + a role on our payments team", pitchBody, { ownerNote: setAside })).toBe(
      "other",
    );
    expect(
      kindOf("Your streaming talk + a role on our payments team", pitchBody, { ownerNote: "for my records" }),
    ).toBe("other");
  });

  it("names nothing when the owner's note says they are not pursuing it", () => {
    const facts = sampleFacts({
      from: { name: "Ines Mardle", address: "ines@korrinpay.example" },
      subject: "Your streaming talk + a role on our payments team",
      body: pitchBody,
      ownerNote: setAside,
    });
    const { extraction } = extractWithEvidence(facts, identity);
    expect(extraction.kind).toBe("other");
    expect(extraction.employer).toBeNull();
    expect(extraction.role).toBeNull();
    expect(extraction.contactEmail).toBeNull();
  });

  it("stays the employer's invitation when the owner says nothing against it", () => {
    // An employer's own sourcer offering a call with a booking link invites (unseen-21 convention).
    const facts = sampleFacts({
      from: { name: "Ines Mardle", address: "ines@korrinpay.example" },
      subject: "Your streaming talk + a role on our payments team",
      body: pitchBody,
      ownerNote: "ooh, this one looks interesting",
    });
    const { extraction } = extractWithEvidence(facts, identity);
    expect(extraction.kind).toBe("interview_invite");
    expect(extraction.contactEmail).toBe("ines@korrinpay.example");
  });

  it("is not set aside when the message settles an interview", () => {
    expect(
      kindOf(
        "Interview confirmed: Staff Data Engineer",
        "Hi Sam,\n\nI'm hiring for a Staff Data Engineer and wanted to reach out directly: your interview is confirmed for Tuesday 12 May at 10:00. See you then!",
        { ownerNote: "for my records" },
      ),
    ).toBe("interview_scheduled");
  });

  it("is not set aside by a note over the owner's own process", () => {
    expect(
      kindOf(
        "Interview invitation: Staff Data Engineer",
        "Hi Sam,\n\nThanks for your application. We'd like to invite you to a first interview. Could you share your availability for next week?",
        { ownerNote: "not interested any more, will decline" },
      ),
    ).toBe("interview_invite");
  });

  it("is not a pitch when the owner applied", () => {
    expect(
      kindOf(
        "Your application: Staff Data Engineer",
        "Hi Sam,\n\nThanks for your application. I came across your profile in our system and wanted to reach out directly: could we have a 30-minute call? Grab any time on my calendar: https://cal.korrinpay.example/ines/intro",
      ),
    ).toBe("interview_invite");
  });
});

describe("a newsletter or a digest is not job mail", () => {
  it.each([
    [
      "The Hiring Brief #42: panel interviews, salary bands",
      "Hi Sam,\n\nIn this issue: how to prepare for a panel interview, what salary bands mean, and three roles we love this week.\n\n1. Senior Analyst at Fernhill (remote)\n2. Data Engineer at Pollard Labs\n\nRead online: https://brief.example/42\n\nThanks for reading,\nThe Hiring Brief",
    ],
    [
      "This week in product careers",
      "Welcome to this week's edition of Product Careers Weekly!\n\nTop stories:\n- Why interview loops are getting shorter\n- 5 offer negotiation tips\n\nYou're getting this because you signed up at productcareers.example.",
    ],
    [
      "La Lettre Carrières Data – juin",
      "Bonjour Sam,\n\nDans ce numéro : les salaires de la data en 2026, trois offres repérées pour vous et notre sélection de meetups.\n\nMerci de votre lecture !\nSe désabonner",
    ],
  ])("is other: %s", (subject, body) => {
    expect(kindOf(subject, body)).toBe("other");
  });

  it.each([
    [
      "update",
      "Your application: Senior Analyst",
      "Hi Sam,\n\nA quick update: the hiring team is still reviewing applications and we expect to be in touch next week.\n\nYou're getting this email because you applied for Senior Analyst at Fernhill.",
    ],
    [
      "interview_invite",
      "Interview invitation: Senior Analyst",
      "Hi Sam,\n\nThanks for reading the job pack so carefully. We'd like to invite you to a first interview: could you share your availability for next week?\n\nBest,\nTessa Grove",
    ],
  ])("keeps job mail %s: %s", (want, subject, body) => {
    expect(kindOf(subject, body)).toBe(want);
  });
});

describe("kinds the tables missed", () => {
  it.each([
    // An agency's gentle no for its client, with an offer to keep working together.
    [
      "rejection",
      "Oakridge Clinic - update",
      "Hi Sam,\n\nI wanted to get back to you after hearing from Oakridge Clinic. They enjoyed meeting you, but in the end they have decided to go with a candidate who has more hands-on experience with claims data. So they won't be moving forward with your application this time.\n\nI have two other searches opening in March. Shall we catch up next week?\n\nBest,\nLena Grieve, Harbourline Talent",
    ],
    // German: the process continues with someone else.
    [
      "rejection",
      "Ihre Bewerbung bei der Rheinwerk Bank",
      "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an der Position Produktmanager und für das Gespräch am Donnerstag.\n\nNach sorgfältiger Abwägung haben wir uns entschieden, den weiteren Prozess mit einem anderen Kandidaten fortzusetzen. Diese Entscheidung ist uns nicht leichtgefallen.\n\nMit freundlichen Grüßen\nKarla Wendt",
    ],
    // Brazilian Portuguese: pick a time through a booking link.
    [
      "interview_invite",
      "Próxima etapa – Analista de Produto",
      "Olá, Sam!\n\nObrigada pela sua candidatura para a vaga de Analista de Produto.\n\nGostaríamos de avançar para uma conversa de 30 minutos com a nossa gerente. Você pode escolher o melhor horário diretamente pelo link abaixo:\nhttps://agenda.example/b1\n\nPedimos que faça o agendamento até sexta-feira.\n\nAbraços,\nMarina Teles",
    ],
    // French: the process goes on with other profiles.
    [
      "rejection",
      "Votre candidature – Analyste risques",
      "Madame,\n\nNous vous remercions de l'intérêt porté à notre société. Après une étude attentive, nous avons toutefois choisi de poursuivre avec des profils dont l'expérience correspond plus étroitement aux besoins de l'équipe.\n\nNous vous souhaitons pleine réussite.\n\nLe service Recrutement",
    ],
    // Italian: an offer made, with a deadline.
    [
      "offer",
      "Offerta di impiego – Responsabile Analisi Dati",
      "Gentile signor Rivera,\n\na seguito dei colloqui delle ultime settimane, siamo lieti di offrirle la posizione di Responsabile Analisi Dati presso la nostra sede di Como.\n\n- contratto a tempo indeterminato;\n- salario annuo lordo di EUR 68'000.\n\nLa preghiamo di comunicarci la Sua decisione entro venerdì 15 maggio.\n\nCordiali saluti\nGiulia Serra\nRisorse Umane",
    ],
  ])("reads %s: %s", (want, subject, body) => {
    expect(kindOf(subject, body)).toBe(want);
  });

  it.each([
    // German: the process simply continues, no one else is named.
    [
      "Ihre Bewerbung: nächste Schritte",
      "Sehr geehrter Herr Rivera,\n\nwir möchten den weiteren Prozess mit Ihnen fortsetzen und laden Sie zu einem zweiten Gespräch ein. Bitte nennen Sie uns Ihre Verfügbarkeit.",
      "rejection",
    ],
    // French: going on with the candidate is no rejection.
    [
      "Votre candidature – Analyste risques",
      "Madame,\n\nMerci pour cet échange. Nous avons choisi de poursuivre avec vous : pourriez-vous nous indiquer vos disponibilités pour un second entretien ?",
      "rejection",
    ],
    // Italian: an offer only hoped for is not an offer.
    [
      "Aggiornamento sulla sua candidatura",
      "Gentile signor Rivera,\n\ngrazie per i colloqui. Stiamo ancora valutando i candidati e le daremo un riscontro entro venerdì.\n\nCordiali saluti\nGiulia Serra",
      "offer",
    ],
  ])("does not read %s as %s", (subject, body, notWant) => {
    expect(kindOf(subject, body)).not.toBe(notWant);
  });
});

describe("a French Roundcube forward", () => {
  it("is read as a forward: '-------- Message original --------'", () => {
    const block = findInlineForward(
      [
        "Bon, tant pis.",
        "-- ",
        "Sam Rivera",
        "-------- Message original --------",
        "Sujet:  Votre candidature",
        "Date:   2027-09-14 11:00",
        "De:     Recrutement <recrutement@marnelle-assurances.example>",
        "À:      sam.rivera@gmail.com",
        "",
        "Madame, nous vous remercions de votre candidature.",
      ].join("\n"),
    );
    expect(block?.headers.from).toContain("recrutement@marnelle-assurances.example");
    expect(block?.body).toContain("nous vous remercions");
  });
});
