// What the employer waits on the owner for (PLAYBOOK 1b), read from the newest message: a request
// the owner must act on (pick a slot, send availability, references or documents, fill in a form,
// finish an assessment, confirm a time, answer a question, answer an offer), as a short phrase;
// null when the next move is the employer's. Offers always wait on the owner's answer.
// Conditional offers of help ("if that time doesn't work, let me know"), optional links and
// "nothing needed from you" are no requests.
import type { MessageKind } from "../vocabularies";
import { sentencesOf } from "./kind-signals";

// A sentence that asks the owner to do something: polite imperatives, questions to "you", needs.
const REQUEST =
  /^(?:(?:just|simply) )?(?:please\b|kindly\b|(?:could|can|would|will) you\b|do you\b|are you\b|what(?:'s| is| are| would)\b|when\b|which\b|let (?:me|us) know\b|reply\b|send\b|share\b|use (?:the|this|my)\b|click\b|tap\b|pick\b|choose\b|select\b|book\b|grab\b|schedule\b|complete\b|fill (?:in|out)\b|upload\b|submit\b|confirm\b|sign\b|return\b)|\b(?:please|kindly)\b|\b(?:we|I)(?:'ll| will)? (?:need|require|ask)\b|\b(?:we|I)(?:'d| would) (?:need|ask|appreciate|be grateful)\b|\byou(?:'ll| will)? need to\b|\bwe ask that you\b|\bin order to (?:move|proceed|progress)\b|\bare you (?:available|free|able)\b|\byou can (?:also |now |directly |simply )?(?:book|pick|choose|select|schedule|grab|reserve)\b|\?\s*$/i;
// Conditional, optional or "nothing to do" sentences ask for nothing; neither do instructions for
// the day itself ("bring photo ID", "join a few minutes early to test your audio").
const NOT_A_REQUEST =
  /^(?:if|should|in case|whenever|once)\b|\b(?:if (?:you|that|this|the|it|anything|there)|feel free|don't hesitate|do not hesitate|optional(?:ly)?|no (?:need|action)|nothing (?:else )?(?:is )?(?:needed|required|to do)|you don't need to|there's nothing|any questions|good luck|best of luck|look(?:ing)? forward|unsubscribe|manage (?:your )?(?:preferences|alerts)|bring|carry|join (?:a few|\d+) minutes early|arrive)\b|\b(?:have|keep)\b[^.!?]{0,60}\bready\b|\bkeep\b[^.!?]{0,40}\b(?:handy|at hand|nearby|with you)\b/i;

// What is asked for, most specific first.
const MOVES: [RegExp, string][] = [
  // "Could you send me names, roles and contact details by Monday?" (of the referees just named).
  [/\b(?:references?|referees?)\b|\bnames?\b[^.?!]{0,30}\band contact details\b/i, "send references"],
  [
    /\b(?:documents?|paperwork|passport|ID\b|identification|proof of|right to work|bank (?:details|account)|tax (?:form|details)|certificates?|diplomas?|background check|onboarding (?:form|portal|tasks))\b/i,
    "send documents",
  ],
  [
    /\b(?:take-?home|assessment|assignment|exercise|coding (?:test|challenge)|case study|HireVue|(?:online|technical|skills?|aptitude|personality|the) test)\b/i,
    "complete the assessment",
  ],
  [/\b(?:form|questionnaire|survey|application portal)\b/i, "fill in a form"],
  [
    /\b(?:availability|available|times? (?:that )?(?:work|suit)|(?:when|what times?) (?:are|would|works?)|free (?:on|next|this)|a few (?:times|slots)|some times)\b/i,
    "send availability",
  ],
  [
    /\b(?:(?:the )?(?:one|option|slot) (?:that )?(?:you prefer|suits? you|works? (?:best )?for you)|slots?|time ?slots?|booking|calendar link|self-?schedul\w*|book (?:a|your)|schedule (?:a|your)|(?:pick|choose|select|grab) (?:a|whatever|whichever|any|the) (?:\w+ )?time|(?:one|any|either) of (?:these|those|them|the following)(?: (?:times|slots|options|dates))? (?:work|suit)|(?:pick|choose|select) (?:one of|from|among) (?:the|these|those)|(?:pop|put|drop|book|grab) (?:a |some )?time (?:in|on|into) (?:my|our|the) (?:calendar|diary))\b/i,
    "pick a slot",
  ],
  // "Please acknowledge receipt", "let me know it still works for you": a one-line confirmation.
  [/\b(?:confirm|acknowledge|(?:it|that|this|the new time) (?:still )?works for you)\b/i, "confirm the time"],
];

// The same in German, French, Spanish, Dutch, Swedish, Portuguese and Polish: a polite request
// ("Bitte wählen Sie", "Je vous invite à choisir", "¿Me dices ...?", "Wil je ... laten weten",
// "Välj en tid", "Escolha um horário", "Proszę o ..."), conditionals excluded, and what it asks for.
const REQUEST_OTHER =
  /^(?:könnten Sie|würden Sie|könntest du|würdest du|pourrais-tu|peux-tu|necesitamos que|te pedimos que|le pedimos que|bitte|wählen Sie|nennen Sie|teilen Sie|senden Sie|schicken Sie|geben Sie|je vous invite à|merci de|veuillez|pourriez-vous|pouvez-vous|choisissez|indiquez|envoyez|por favor|elige|indícame|dime|mándame|envíame|puedes|podrías|graag|wil je|kun je|kunt u|wilt u|laat (?:me|ons) (?:even )?weten|kies|stuur|plan\b(?= (?:via|hier|hieronder|zelf|direct|een))|välj|boka|skicka|meddela|escolha|agende|envie|responda|poderia|pode|proszę|prosimy|wybierz|prześlij)\b|\b(?:bitte|veuillez|por favor|graag|gelieve|je vous invite|vänligen|proszę)\b|\b(?:wir )?(?:ersuchen|bitten) (?:Sie|dich|euch)\b|\b(?:kies|plan|boek) (?:je|u) (?:zelf )?een (?:moment|tijdstip)\b|\b(?:necesitamos|te pedimos) que (?:nos |me )?(?:envíes|mandes|facilites|remitas|hagas llegar)\b|^¿|\b(?:können Sie|Sie können|vous pouvez|tu peux|vous devez|tu dois|toi qui dois|kun je|kunt u|kan je|kan u|je kunt|u kunt|você pode|podes|puedes|puede usted)\b[^.!?]{0,60}\b(?:escolher|agendar|marcar|elegir|reservar|aussuchen|auswählen|wählen|buchen|reservieren|vereinbaren|réserver|choisir|sélectionner|planifier|inplannen|kiezen|boeken|reserveren)\b/iu;
const NOT_A_REQUEST_OTHER =
  /^(?:falls|wenn|sollten?|si|au cas|en caso|als|mocht|indien|om (?:du|ni|ingen|inget|det|tiden|tiderna)|se (?:precisar|você|tiver|houver|não|for)|caso|jeśli|jeżeli|w razie)\b|\b(?:onverhoopt|verhindert|gerne zur Verfügung|n'hésitez pas|no dudes|aarzel niet|viel Erfolg|bonne chance|mucha suerte|veel succes)\b/iu;
const MOVES_OTHER: [RegExp, string][] = [
  [/\b(?:Referenz\w*|références|referencias|referenties|referenten)\b/iu, "send references"],
  [/\b(?:Unterlagen|Zeugnisse|justificatifs|documentos|documentación|documenten|pièces)\b/iu, "send documents"],
  [
    /\b(?:Termin\w*|Zeitfenster|créneau\w*|huecos?|cuál te (?:viene|va)|horarios?|tijdslot\w*|tijdstip\w*|afspraak|een moment vast te leggen|(?:lequel|laquelle) vous (?:convient|arrange)|(?:le|un) moment qui vous convient|welche[rnms]? (?:Ihnen|dir) (?:passt|am besten)|(?:een )?moment(?: in)?(?: \w+){0,2} dat (?:je|jou|jij|u) (?:goed |het best |het beste )?(?:uitkomt|past|schikt)|(?:zelf )?een moment (?:kiezen|plannen|inplannen|boeken|vastleggen)|(?:plan|kies|boek) (?:zelf )?een moment|planner|inplannen|reserva\w* (?:el|un|una|tu) (?:espacio|hueco|horario|hora|cita|franja)|horário|tid(?:er)? som passar|boka (?:en |din )?tid)\b/iu,
    "pick a slot",
  ],
  [
    /\b(?:Verfügbarkeit\w*|disponibilités?|disponibilidad|beschikbaarheid|disponibilidade|tillgänglighet|dostępnoś\w*)\b/iu,
    "send availability",
  ],
  [/\b(?:bestätigen|confirmer|confirma\w*|bevestig\w*)\b/iu, "confirm the time"],
];

export const OFFER_ANSWER = "answer the offer";

// "you" in the languages the request tables read: a question to the owner asks for an answer.
const SECOND_PERSON =
  /(?<![\p{L}-])(?:you|your|vous|tu|te|Sie|Ihnen|du|dir|usted|jij|jou|je|u|podr[íi]as|puedes|pod[ée]s|voc[êe]|poderia)(?![\p{L}-])|-(?:tu|vous)(?![\p{L}-])/iu;
// "Need to reschedule?", "Moet je toch verzetten?": an offer of help with moving it, no question to answer.
const MOVING_IT =
  /\b(?:reschedul\w*|déplacer|reporter|verzetten|verplaatsen|verschieben|umbuchen|reprogramar|cambiar (?:la )?(?:fecha|hora))\b/iu;

/** The request sentence and what it asks for, or null when no sentence asks the owner for anything. */
function requestOf(body: string): { move: string; sentence: string } | null {
  let helpOffered = false;
  let question: { move: string; sentence: string } | null = null;
  for (const sentence of sentencesOf(body.slice(0, 10_000))) {
    // What follows an offer of help with moving the time ("Need to reschedule? Use the link in your
    // booking confirmation.") says how to move it, not what the owner must do.
    const afterHelp = helpOffered;
    helpOffered = /\?\s*$/.test(sentence) && MOVING_IT.test(sentence) && sentence.length < 60;
    if (afterHelp) continue;
    const english = REQUEST.test(sentence) && !NOT_A_REQUEST.test(sentence);
    const other = !english && REQUEST_OTHER.test(sentence) && !NOT_A_REQUEST_OTHER.test(sentence);
    if (!english && !other) continue;
    // A sign-off ("Thanks, Dana") or a greeting asks nothing.
    if (sentence.length < 12) continue;
    // A question mark asks in every language: "¿Me dices cuál te viene mejor?" is read by both tables.
    const found = [...(english ? MOVES : []), ...MOVES_OTHER].find(([pattern]) => pattern.test(sentence))?.[1];
    if (found) return { move: found, sentence };
    // A request with no object we know: a question the owner should answer, unless a later
    // sentence says what is asked ("Seriez-vous disponible jeudi ou vendredi ? Merci de me
    // confirmer le créneau qui vous convient.").
    if (
      !question &&
      /\?\s*$/.test(sentence) &&
      SECOND_PERSON.test(sentence) &&
      !MOVING_IT.test(sentence) &&
      !NOT_A_REQUEST_OTHER.test(sentence)
    )
      question = { move: "answer a question", sentence };
  }
  return question;
}

export function ownerMoveOf(kind: MessageKind, body: string): string | null {
  return ownerRequestOf(kind, body).move;
}

// "next week" in the request sentence, in the languages the request tables read.
const NEXT_WEEK =
  /\b(?:next week|the following week|n(?:ä|ae)chste[nr]? woche|la semaine prochaine|la pr(?:ó|o)xima semana|la semana que viene|volgende week)\b/iu;

/**
 * The week the request asks about, when its sentence names one ("your availability for next week"):
 * the availability draft then offers windows in that week instead of the next business days.
 */
export function ownerMoveWeekOf(kind: MessageKind, body: string): "next" | null {
  return ownerRequestOf(kind, body).week;
}

/** Both of the above from one reading of the body's request sentences. */
export function ownerRequestOf(kind: MessageKind, body: string): { move: string | null; week: "next" | null } {
  if (kind === "other" || kind === "outgoing" || kind === "rejection") return { move: null, week: null };
  const request = requestOf(body);
  const move = request?.move ?? null;
  return {
    move:
      kind === "offer"
        ? move && move !== "confirm the time" && move !== "answer a question"
          ? move
          : OFFER_ANSWER
        : move,
    week: request && NEXT_WEEK.test(request.sentence) ? "next" : null,
  };
}
