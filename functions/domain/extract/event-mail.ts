// Mail about an event the owner signed up for (a meetup, a careers evening, a webinar): its sender is
// an organiser, not an employer, whatever companies its speakers come from. A job's own steps ("you
// are registered for your interview", "for the assessment centre") are not events.

import type { Features } from "./evidence";
import { words } from "./languages/cues";

// What the checks read: the subject and the opening of the body.
function openingOf(subject: string, body: string): string {
  return `${subject}\n${body.slice(0, 5000)}`;
}

function straightQuotes(text: string): string {
  return text.replace(/[’‘]/g, "'");
}

/**
 * Why the message is no job mail, as the classifier's evidence, or null: an event's registration or
 * invitation, a receipt, a survey (the checks below, in that order, the opening built once).
 */
export function notJobMail(subject: string, body: string): Features | null {
  const opening = openingOf(subject, body);
  const text = straightQuotes(opening);
  if (registrationIn(text) || invitationIn(text)) return { event_registration: 1 };
  if (receiptIn(opening)) return { receipt: 1 };
  if (surveyIn(text)) return { survey: 1 };
  return null;
}

// The owner is signed up: "You're registered for ...", "Thanks for registering", "Registration confirmed".
const REGISTERED =
  /\b(?:you(?:'re|'ve| are| have)(?: now| successfully)? (?:been )?registered(?: for| to attend)?|thanks?(?: you)? for (?:registering|signing up)|registration (?:is )?(?:confirmed|complete)|your (?:registration|spot|seat) is (?:confirmed|reserved|complete))\b/i;
// What is registered for is an event.
const EVENT =
  /\b(?:meet-?ups?|webinars?|evenings?|events?|conferences?|summit|networking|speakers?|doors open|tickets?|workshops?|careers? fairs?|job fairs?|panel discussion|livestream)\b/i;
// ... and not a step of the owner's own process.
const PROCESS_STEP =
  /\b(?:interview\w*|assessment(?: cent(?:re|er))?|screening|(?:online |coding |technical )?test|onboarding|induction|your application|your candidacy|your offer|start date)\b/i;

/** The message confirms the owner's registration for an event, not a step of a job process. */
export function isEventRegistration(subject: string, body: string): boolean {
  return registrationIn(straightQuotes(openingOf(subject, body)));
}

function registrationIn(text: string): boolean {
  const m = REGISTERED.exec(text);
  if (!m || !EVENT.test(text)) return false;
  // What follows the registration, to the sentence's end, names what it is for.
  const object = text.slice(m.index, m.index + m[0].length + 80).split(/[.!?\n]/)[0] ?? "";
  if (PROCESS_STEP.test(object)) return false;
  // A message that speaks of the owner's own process ("your interview", "your offer") is job mail.
  return !/\byour (?:interview|application|candidacy|offer|assessment)\b/i.test(text);
}

// An invitation to an event (a meetup, a talk, a breakfast panel): "You're invited to ...", "Join us
// for ...", "We'd love to see you at ...", or an RSVP; and the same in the languages the tables know.
const INVITED = words(
  [
    String.raw`\byou(?:'re| are) (?:warmly |cordially )?invited to (?!(?:an?|your|the|our) (?:\w+ ){0,3}(?:interview|call|chat|conversation|assessment|meeting)\b)`,
    String.raw`\bjoin us (?:for|at|on)\b|\bwe'd love to see you (?:at|there)\b|\bsave the date\b|\bRSVP\b`,
    String.raw`\bvous êtes (?:cordialement |chaleureusement )?invitée?s? à\b|\brejoignez-nous\b`,
    String.raw`\b(?:Sie sind|du bist) (?:herzlich )?eingeladen\b|\bwir laden (?:Sie|dich|euch) herzlich\b`,
    String.raw`\b(?:estás|está|están) invitad[oa]s? a\b|\búnete a nosotros\b`,
    String.raw`\b(?:você está|vocês estão) convidad[oa]s? (?:para|a)\b|\bjunte-se a nós\b`,
    String.raw`\b(?:je bent|u bent|jullie zijn) (?:van harte )?uitgenodigd\b`,
  ].join("|"),
);
// Signs of an event rather than a meeting with an employer: each counts once.
const EVENT_SIGNS: RegExp[] = [
  /\bRSVP\b/i,
  words(
    String.raw`\bspeakers?\s*:|\bkeynote\b|\bfireside chat\b|\bpanel discussion\b|\blightning talks?\b|\btalks? (?:start|begin)\b|\b(?:intervenants?|Referent(?:in|innen|en)?|Redner(?:in|innen)?|ponentes?|palestrantes?|sprekers?)\s*:`,
  ),
  words(String.raw`\bdoors open\b|\bouverture des portes\b|\bEinlass\b`),
  words(
    String.raw`\b(?:seats|places|spaces) are limited\b|\b(?:entry|admission) is free\b|\bfree (?:entry|admission|event)\b|\btickets?\b|\bplaces limitées\b|\bentrée (?:libre|gratuite)\b|\bEintritt (?:ist )?(?:frei|kostenlos)\b|\bentrada (?:libre|gratuita)\b|\bvagas limitadas\b|\bplazas limitadas\b`,
  ),
  words(
    String.raw`\bmeet-?ups?\b|\bnetworking\b|\b(?:monthly|quarterly|annual|weekly) (?:evening|meetup|event|gathering|breakfast)\b|\bconference\b|\bsummit\b|\bconférence\b|\bKonferenz\b|\bconferencia\b|\bconferência\b`,
  ),
  /^\s*(?:topic|theme|thème|sujet|Thema|tema)\s*:/im,
  words(String.raw`\bpizza\b|\bdrinks\b|\brefreshments\b|\bsnacks\b|\bapéro\b|\bcocktail\b|\bUmtrunk\b|\bborrel\b`),
];
// The owner's own process: an interview, an application, an offer, a candidate's evening.
const OWN_PROCESS = words(
  String.raw`\b(?:interview\w*|your (?:application|candidacy|offer|assessment)|candidates?|shortlist(?:ed)?|applied|offer (?:letter|of employment)|to offer you|hiring process|recruitment process|(?:role|position) you applied|hiring manager|(?:final|next|first|second|third|technical) round|on-?site|the (?:role|position|vacancy)|entretien|candidature|candidat(?:e|s|es)?|Vorstellungsgespräch|Bewerbung|Kandidat\w*|entrevista|candidatura|candidat[oa]s?|sollicitatie|kandidaat|sollicitatiegesprek|colloquio)\b`,
);

/** The message invites the owner to an event (a meetup, talks, a panel discussion), not to a step of a job process. */
export function isEventInvitation(subject: string, body: string): boolean {
  return invitationIn(straightQuotes(openingOf(subject, body)));
}

function invitationIn(text: string): boolean {
  if (!INVITED.test(text) || OWN_PROCESS.test(text)) return false;
  return EVENT_SIGNS.filter((sign) => sign.test(text)).length >= 2;
}

// A receipt or an invoice: for a course, a certification, a ticket. The owner may forward it to keep
// (an expense claim), but it is no employer's mail.
const RECEIPT_WORD =
  /\b(?:receipt|invoice|order (?:number|confirmation)|your (?:order|purchase)|reçu|facture|n° de commande|numéro de commande|Quittung|Rechnung|Bestellnummer|recibo|factura|número de pedido|fatura|factuur|bestelnummer|kvitto|faktura)\b/i;
// A sum paid or due, or the card it was paid with.
const PAID =
  /\b(?:amount (?:paid|due)|total(?: paid)?|subtotal|montant(?: réglé| payé| TTC)?|(?:Rechnungs|Gesamt)betrag|importe(?: pagado| total)?|valor pago|totaal|bedrag|belopp)\b[^\n]{0,30}?(?:[$£€]|\b(?:EUR|USD|GBP|CHF|CAD|AUD|SEK|PLN|BRL)\b|\d[\d.,' ]*\d)|\b(?:visa|mastercard|amex|card|carte(?: bancaire)?|Karte|tarjeta|cartão)\b[^\n]{0,25}(?:ending|se terminant|endet|terminada|terminado|\*{2,})\D{0,12}\d{4}\b/i;
// Job mail that mentions a payment: an offer's bonus, travel costs paid back, a background check.
const JOB_PAYMENT =
  /\b(?:interview\w*|(?:your|the) application|candida\w+|offer(?: you)?|salary|position|sign-?on|relocation|reimburs\w*|background check|Erstattung|reembolso|remboursement|Bewerbung|Vorstellungsgespräch|entretien|entrevista|sollicitatie|Stelle|poste\b|vaga\b|colloqui\w*)/i;

/** The message is a receipt or an invoice for something bought (a course, a certification), not job mail. */
export function isPurchaseReceipt(subject: string, body: string): boolean {
  return receiptIn(openingOf(subject, body));
}

function receiptIn(text: string): boolean {
  return RECEIPT_WORD.test(text) && PAID.test(text) && !JOB_PAYMENT.test(text);
}

// A survey asks the reader to answer questions (a salary survey, a community poll): "take the
// survey", "the survey takes about 10 minutes", "complete our short questionnaire".
const SURVEY_ASK = words(
  [
    String.raw`\b(?:take|complete|fill (?:in|out)|answer|start) (?:the|our|this|a|a short|a quick|a brief) (?:[\w-]+ ){0,3}(?:survey|questionnaire|poll)\b`,
    String.raw`\b(?:survey|questionnaire) (?:only )?takes (?:about |around |only |just |less than |under )?\d+ min`,
    String.raw`\b(?:salary|compensation|pay|industry|community|developer|annual) (?:survey|benchmark survey)\b`,
  ].join("|"),
);

/**
 * The message asks the owner to answer a survey (a salary survey, a community poll): no employer's
 * step. A candidate-experience survey about the owner's own process (an interview, an application)
 * is left to the classifier.
 */
export function isSurvey(subject: string, body: string): boolean {
  return surveyIn(straightQuotes(openingOf(subject, body)));
}

function surveyIn(text: string): boolean {
  return SURVEY_ASK.test(text) && !OWN_PROCESS.test(text);
}
