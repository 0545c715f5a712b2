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
  /^(?:please\b|kindly\b|(?:could|can|would|will) you\b|do you\b|are you\b|what(?:'s| is| are| would)\b|when\b|which\b|let (?:me|us) know\b|reply\b|send\b|share\b|use (?:the|this|my)\b|click\b|pick\b|choose\b|select\b|book\b|grab\b|schedule\b|complete\b|fill (?:in|out)\b|upload\b|submit\b|confirm\b|sign\b|return\b)|\b(?:please|kindly)\b|\b(?:we|I)(?:'ll| will)? (?:need|require|ask)\b|\b(?:we|I)(?:'d| would) (?:need|ask|appreciate|be grateful)\b|\byou(?:'ll| will)? need to\b|\bwe ask that you\b|\bin order to (?:move|proceed|progress)\b|\bare you (?:available|free|able)\b|\?\s*$/i;
// Conditional, optional or "nothing to do" sentences ask for nothing; neither do instructions for
// the day itself ("bring photo ID", "join a few minutes early to test your audio").
const NOT_A_REQUEST =
  /^(?:if|should|in case|whenever|once)\b|\b(?:if (?:you|that|this|the|it|anything|there)|feel free|don't hesitate|do not hesitate|optional(?:ly)?|no (?:need|action)|nothing (?:else )?(?:is )?(?:needed|required|to do)|you don't need to|there's nothing|any questions|good luck|best of luck|look(?:ing)? forward|unsubscribe|manage (?:your )?(?:preferences|alerts)|bring|join (?:a few|\d+) minutes early|arrive)\b/i;

// What is asked for, most specific first.
const MOVES: [RegExp, string][] = [
  [/\breferen(?:ces?|ees?)\b/i, "send references"],
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
    /\b(?:slot|time ?slot|booking|calendar link|self-?schedul\w*|book (?:a|your)|schedule (?:a|your)|pick a time|choose a time|select a time)\b/i,
    "pick a slot",
  ],
  [/\bconfirm\b/i, "confirm the time"],
];

const OFFER_ANSWER = "answer the offer";

export function ownerMoveOf(kind: MessageKind, body: string): string | null {
  if (kind === "other" || kind === "outgoing" || kind === "rejection") return null;
  let move: string | null = null;
  for (const sentence of sentencesOf(body.slice(0, 10_000))) {
    if (!REQUEST.test(sentence) || NOT_A_REQUEST.test(sentence)) continue;
    // A sign-off ("Thanks, Dana") or a greeting asks nothing.
    if (sentence.length < 12) continue;
    const found = MOVES.find(([pattern]) => pattern.test(sentence))?.[1];
    // A request with no object we know: a question the owner should answer.
    const asked = found ?? (/\?\s*$/.test(sentence) && /\byou(?:r)?\b/i.test(sentence) ? "answer a question" : null);
    if (asked) {
      move = asked;
      break;
    }
  }
  if (kind === "offer")
    return move && move !== "confirm the time" && move !== "answer a question" ? move : OFFER_ANSWER;
  return move;
}
