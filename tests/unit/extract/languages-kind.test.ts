// What kind of message each language's mail is, read with that language's cue tables. Sentences
// are written for this test (not taken from the labelled sets); each language has positive cases
// for every kind and negatives: paused is not ended, a promised offer is not an offer, a newsletter
// or a friend talking about offers is not process mail.
import { describe, expect, it } from "vitest";
import { classifyKind } from "../../../functions/domain/extract/kind";
import { detectLanguage } from "../../../functions/domain/extract/language";
import type { MailFacts } from "../../../functions/domain/mail-facts";
import { sampleFacts } from "./sample-facts";

interface Case {
  want: string;
  subject: string;
  body: string;
  from?: MailFacts["from"];
  bulk?: boolean;
}

function kindOf(language: string, c: Case): string {
  const facts = sampleFacts({
    subject: c.subject,
    body: c.body,
    bulk: c.bulk ?? false,
    ...(c.from ? { from: c.from } : {}),
  });
  expect(detectLanguage(`${c.subject}\n${c.body}`)).toBe(language);
  return classifyKind(facts, false, detectLanguage(`${c.subject}\n${c.body}`)).kind;
}

const GERMAN: Case[] = [
  {
    want: "interview_invite",
    subject: "Ihre Bewerbung bei Falkenstein Data",
    body: "Guten Tag Frau Yilmaz,\n\nwir möchten Sie gerne zu einem ersten Gespräch einladen. Bitte teilen Sie uns Ihre Verfügbarkeiten für die kommende Woche mit.\n\nBeste Grüße\nAnna Keller",
  },
  {
    want: "interview_invite",
    subject: "Nächster Schritt",
    body: "Hallo Deniz,\n\ndanke für das nette Telefonat. Für das Fachgespräch habe ich folgende Termine:\n- Montag, 4. Mai, 10:00 Uhr\n- Dienstag, 5. Mai, 15:30 Uhr\nWelcher Termin passt dir am besten?\n\nGruß, Jan",
  },
  {
    want: "interview_scheduled",
    subject: "Ihr Termin am Donnerstag",
    body: "Guten Tag Frau Yilmaz,\n\nhiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch am Donnerstag, 7. Mai 2026 um 14:30 Uhr in unserem Büro in Köln.\n\nWir freuen uns auf Sie!",
  },
  {
    want: "offer",
    subject: "Vertragsangebot",
    body: "Liebe Frau Yilmaz,\n\nnach den tollen Gesprächen freuen wir uns, Ihnen die Stelle als Teamleiterin Controlling anbieten zu können. Das Bruttojahresgehalt beträgt 81.000 EUR. Bitte geben Sie uns bis Freitag Ihre Rückmeldung.",
  },
  {
    want: "rejection",
    subject: "Ihre Bewerbung",
    body: "Sehr geehrte Frau Yilmaz,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir wünschen Ihnen alles Gute.",
  },
  {
    want: "rejection",
    subject: "Rückmeldung zu Ihrer Bewerbung",
    body: "Guten Tag Herr Brandt,\n\ndanke für die Zeit, die Sie sich genommen haben. Nach vielen Gesprächen haben wir uns für eine andere Kandidatin entschieden, deren Profil noch besser zu unseren Anforderungen passt.",
  },
  {
    want: "update",
    subject: "Kurzes Update",
    body: "Hallo Herr Brandt,\n\nunser Auswahlprozess dauert leider etwas länger als geplant. Wir melden uns spätestens am 20. Mai mit einer Entscheidung bei Ihnen. Vielen Dank für Ihre Geduld!",
  },
  {
    want: "update",
    subject: "Referenzen",
    body: "Hallo Herr Brandt,\n\nwir sind in der finalen Phase. Könnten Sie uns zwei Referenzen mit Telefonnummer nennen? Danach melden wir uns zeitnah bei Ihnen.",
  },
  // Paused, not ended: the application stays active.
  {
    want: "update",
    subject: "Stand Ihrer Bewerbung",
    body: "Hallo Herr Brandt,\n\nleider verzögert sich die Entscheidung, weil die Stelle neu budgetiert wird. Ihre Bewerbung bleibt weiterhin aktiv und wir melden uns bis Ende Mai bei Ihnen.",
  },
  // Promised, not made: the offer will follow once approved.
  {
    want: "update",
    subject: "Gute Nachrichten",
    body: "Hallo Deniz,\n\ndas Team möchte mit dir weitermachen! Das schriftliche Angebot erhältst du, sobald die Freigabe der Geschäftsführung vorliegt. Wir melden uns dazu nächste Woche.",
  },
  {
    want: "other",
    subject: "8 neue Jobs für Sie",
    body: "Hallo Deniz Yilmaz,\n\nhier sind neue Stellenangebote, die zu Ihrem Jobagenten passen: Controller (m/w/d), Finanzanalyst (m/w/d).\n\nSie erhalten diese E-Mail, weil Sie den Jobagenten angelegt haben. Hier abbestellen.",
    bulk: true,
  },
];

const FRENCH: Case[] = [
  {
    want: "interview_invite",
    subject: "Votre candidature",
    body: "Bonjour Julie,\n\nVotre parcours nous intéresse et nous aimerions organiser un premier entretien avec notre directrice financière. Pourriez-vous nous communiquer vos disponibilités pour la semaine prochaine ?\n\nCordialement,\nHugo",
  },
  {
    want: "interview_scheduled",
    subject: "Confirmation de votre rendez-vous",
    body: "Bonjour Julie,\n\nJe vous confirme notre entretien le jeudi 7 mai à 14h30 dans nos locaux de Bordeaux. Vous rencontrerez Paul et moi-même.\n\nÀ jeudi !",
  },
  {
    want: "offer",
    subject: "Proposition d'embauche",
    body: "Bonjour Julie,\n\nNous sommes ravis de vous proposer le poste de contrôleuse de gestion en CDI. Rémunération : 52 000 € bruts annuels. Merci de nous faire part de votre réponse avant vendredi.",
  },
  {
    want: "rejection",
    subject: "Votre candidature",
    body: "Bonjour Julie,\n\nNous avons le regret de vous informer que votre candidature n'a pas été retenue. Nous vous souhaitons pleine réussite dans vos recherches.",
  },
  {
    want: "rejection",
    subject: "Suite à nos échanges",
    body: "Bonjour Julie,\n\nMerci pour la qualité de nos échanges. Après réflexion, nous avons choisi de poursuivre avec un autre candidat pour ce poste, et ne pourrons donc pas donner suite.",
  },
  {
    want: "update",
    subject: "Point d'étape",
    body: "Bonjour Julie,\n\nLe processus prend plus de temps que prévu en raison des congés. Nous reviendrons vers vous au plus tard le 15 mai. Merci de votre patience.",
  },
  {
    want: "update",
    subject: "Références",
    body: "Bonjour Julie,\n\nPour finaliser votre dossier, pourriez-vous nous transmettre les coordonnées de deux références professionnelles ?",
  },
  // Paused, not ended.
  {
    want: "update",
    subject: "Votre candidature",
    body: "Bonjour Julie,\n\nMalheureusement le recrutement est suspendu quelques semaines. Votre candidature reste active et nous reviendrons vers vous début juin.",
  },
  {
    want: "other",
    subject: "Nouvelles offres pour vous",
    body: "Bonjour,\n\nVoici les nouvelles offres qui correspondent à votre alerte emploi : Contrôleur de gestion (H/F), Analyste financier (H/F).\n\nVous recevez cet e-mail car vous êtes inscrite. Se désinscrire.",
    bulk: true,
  },
];

const SPANISH: Case[] = [
  {
    want: "interview_invite",
    subject: "Tu candidatura",
    body: "Hola, Andrés:\n\nNos ha gustado mucho tu perfil y te proponemos una primera entrevista con el equipo. ¿Qué día te viene mejor la semana que viene?\n\nUn saludo,\nNuria",
  },
  {
    want: "interview_scheduled",
    subject: "Entrevista confirmada",
    body: "Hola, Andrés:\n\nTe confirmo la entrevista el jueves 7 de mayo a las 16:00 en nuestras oficinas de Valencia. Pregunta por mí en recepción.\n\n¡Nos vemos el jueves!",
  },
  {
    want: "offer",
    subject: "Nuestra propuesta",
    body: "Hola, Andrés:\n\nNos complace ofrecerte el puesto de Analista Financiero. Salario bruto anual: 41.000 €. Necesitaríamos tu respuesta antes del lunes.",
  },
  {
    want: "rejection",
    subject: "Proceso de selección",
    body: "Hola, Andrés:\n\nLamentamos comunicarte que no vamos a continuar con tu candidatura. Te deseamos mucha suerte en tu búsqueda.",
  },
  {
    want: "rejection",
    subject: "Gracias por tu tiempo",
    body: "Hola, Andrés:\n\nHa sido un placer conocerte. Tras mucho pensarlo, hemos optado por otra candidata cuyo perfil se ajusta más a lo que buscamos ahora mismo.",
  },
  {
    want: "update",
    subject: "Novedades del proceso",
    body: "Hola, Andrés:\n\nEl proceso se está alargando un poco y necesitamos unos días más. Te daremos una respuesta antes del 20 de mayo. ¡Gracias por tu paciencia!",
  },
  {
    want: "update",
    subject: "Documentación",
    body: "Hola, Andrés:\n\nPara avanzar necesitamos que nos envíes la documentación pendiente y dos referencias profesionales.",
  },
  // A friend's offer, from a personal mailbox: not the owner's process.
  {
    want: "other",
    subject: "¡Noticias!",
    body: "¡Hola, Andrés! Te cuento: me han hecho una oferta en una consultora y tengo que contestar el viernes. ¿Me llamas esta noche? Besos, Marta",
    from: { name: "Marta", address: "marta.ruiz88@gmail.com" },
  },
  {
    want: "other",
    subject: "Ofertas nuevas para ti",
    body: "Hola, Andrés:\n\nTenemos ofertas nuevas que encajan con tu perfil: Analista Financiero, Controller.\n\nHas recibido este correo porque tienes una alerta activa. Gestiona tus notificaciones aquí.",
    bulk: true,
  },
];

const DUTCH: Case[] = [
  {
    want: "interview_invite",
    subject: "Je sollicitatie",
    body: "Hoi Fleur,\n\nWe willen graag met je kennismaken! Wil je je beschikbaarheid voor volgende week doorgeven? Dan plannen we een gesprek met het team.\n\nGroeten,\nBas",
  },
  {
    want: "interview_scheduled",
    subject: "Bevestiging gesprek",
    body: "Hoi Fleur,\n\nHierbij bevestig ik ons gesprek op donderdag 7 mei om 14.30 uur op ons kantoor in Rotterdam. Tot donderdag!\n\nBas",
  },
  {
    want: "offer",
    subject: "Ons aanbod",
    body: "Hoi Fleur,\n\nWat fijn dat we je een aanbod kunnen doen voor de functie van Controller! Bruto maandsalaris: € 4.900. We horen graag binnen een week of je ons aanbod aanneemt.",
  },
  {
    want: "rejection",
    subject: "Je sollicitatie",
    body: "Beste Fleur,\n\nHelaas moeten we je teleurstellen: we hebben besloten niet verder te gaan met je sollicitatie. Veel succes met je verdere loopbaan.",
  },
  {
    want: "rejection",
    subject: "Terugkoppeling",
    body: "Beste Fleur,\n\nDank voor de prettige gesprekken. Uiteindelijk hebben we gekozen voor een andere kandidaat, van wie de ervaring net iets beter aansluit bij het team.",
  },
  {
    want: "update",
    subject: "Stand van zaken",
    body: "Hoi Fleur,\n\nExcuses voor de vertraging, niet alle beslissers waren aanwezig. Je hoort uiterlijk vrijdag 15 mei van ons.",
  },
  {
    want: "update",
    subject: "Referenties",
    body: "Hoi Fleur,\n\nVoor de volgende stap hebben we twee referenties van je nodig. Kun je die deze week mailen?",
  },
  {
    want: "other",
    subject: "Nieuwe vacatures voor jou",
    body: "Hoi Fleur,\n\nDeze nieuwe vacatures passen bij je zoekprofiel: Controller, Financieel analist.\n\nJe ontvangt deze e-mail omdat je een vacaturealert hebt. Afmelden kan hier.",
    bulk: true,
  },
];

describe.each([
  ["de", GERMAN],
  ["fr", FRENCH],
  ["es", SPANISH],
  ["nl", DUTCH],
] as const)("classifyKind in %s", (language, cases) => {
  it.each(cases)("$want: $subject", (c) => {
    expect(kindOf(language, c)).toBe(c.want);
  });
});

describe("English mail keeps the English tables only", () => {
  it("does not read German cue words in English mail", () => {
    // "leider" and "Absage" are German rejection cues; in an English message they are names.
    const facts = sampleFacts({
      subject: "Interview confirmed",
      body: "Hi Sam, you're confirmed for Thursday at 3:00 pm with Leider Absage, our head of data. See you then!",
    });
    expect(classifyKind(facts, false, "en").kind).toBe("interview_scheduled");
  });
});
