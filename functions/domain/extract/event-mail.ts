// Mail about an event the owner signed up for (a meetup, a careers evening, a webinar): its sender is
// an organiser, not an employer, whatever companies its speakers come from. A job's own steps ("you
// are registered for your interview", "for the assessment centre") are not events.

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
  const text = `${subject}\n${body.slice(0, 5000)}`.replace(/[’‘]/g, "'");
  const m = REGISTERED.exec(text);
  if (!m || !EVENT.test(text)) return false;
  // What follows the registration, to the sentence's end, names what it is for.
  const object = text.slice(m.index, m.index + m[0].length + 80).split(/[.!?\n]/)[0] ?? "";
  if (PROCESS_STEP.test(object)) return false;
  // A message that speaks of the owner's own process ("your interview", "your offer") is job mail.
  return !/\byour (?:interview|application|candidacy|offer|assessment)\b/i.test(text);
}

// An invitation to an event (a meetup, a talk, a breakfast panel): "You're invited to ...", "Join us
// for ...", "We'd love to see you at ...", or an RSVP.
const INVITED =
  /\b(?:you(?:'re| are) (?:warmly |cordially )?invited to (?!(?:an?|your|the|our) (?:\w+ ){0,3}(?:interview|call|chat|conversation|assessment|meeting)\b)|join us (?:for|at|on)\b|we'd love to see you (?:at|there)\b|save the date\b|RSVP\b)/i;
// Signs of an event rather than a meeting with an employer: each counts once.
const EVENT_SIGNS: RegExp[] = [
  /\bRSVP\b/i,
  /\bspeakers?\s*:|\bkeynote\b|\bfireside chat\b|\bpanel discussion\b|\blightning talks?\b|\btalks? (?:start|begin)\b/i,
  /\bdoors open\b/i,
  /\b(?:seats|places|spaces) are limited\b|\b(?:entry|admission) is free\b|\bfree (?:entry|admission|event)\b|\btickets?\b/i,
  /\bmeet-?ups?\b|\bnetworking\b|\b(?:monthly|quarterly|annual|weekly) (?:evening|meetup|event|gathering|breakfast)\b|\bconference\b|\bsummit\b/i,
  /^\s*(?:topic|theme)\s*:/im,
  /\bpizza\b|\bdrinks\b|\brefreshments\b|\bsnacks\b/i,
];
// The owner's own process: an interview, an application, an offer, a candidate's evening.
const OWN_PROCESS =
  /\b(?:interview\w*|your (?:application|candidacy|offer|assessment)|candidates?|shortlist(?:ed)?|applied|offer (?:letter|of employment)|to offer you|hiring process|recruitment process|(?:role|position) you applied)\b/i;

/** The message invites the owner to an event (a meetup, talks, a panel discussion), not to a step of a job process. */
export function isEventInvitation(subject: string, body: string): boolean {
  const text = `${subject}\n${body.slice(0, 5000)}`.replace(/[’‘]/g, "'");
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
  /\b(?:interview\w*|(?:your|the) application|candida\w+|offer(?: you)?|salary|position|sign-?on|relocation|reimburs\w*|background check|Bewerbung|Vorstellungsgespräch|entretien|entrevista|sollicitatie|Stelle|poste\b|vaga\b|colloqui\w*)/i;

/** The message is a receipt or an invoice for something bought (a course, a certification), not job mail. */
export function isPurchaseReceipt(subject: string, body: string): boolean {
  const text = `${subject}\n${body.slice(0, 5000)}`;
  return RECEIPT_WORD.test(text) && PAID.test(text) && !JOB_PAYMENT.test(text);
}
