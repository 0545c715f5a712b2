// The employer writes that the interview took place ("thank you for interviewing with us today",
// "it was great meeting you this afternoon", "thanks for coming in"): proof it happened, so the
// thank-you nudge follows if it has not gone yet (PLAYBOOK §1). Only the newest message is read (a
// quoted older thread proves nothing), and only in mail from the employer.
import type { MessageKind } from "../vocabularies";
import { sentencesOf } from "./kind-signals";

const HELD = [
  /\bthank(?:s| you)(?: so much| again)? for (?:interviewing|(?:taking the time to )?(?:meet|speak|talk)(?:ing)?|(?:coming|stopping) in|your time)\b[^.?!]*\b(?:today|this (?:morning|afternoon|evening)|earlier|yesterday)\b/i,
  /\bthank(?:s| you)(?: so much| again)? for interviewing with\b/i,
  /\b(?:it was|it's been|was) (?:great|lovely|nice|a pleasure) (?:meeting|speaking with|talking (?:to|with)|to meet|to speak with|to talk with) you (?:today|this (?:morning|afternoon|evening)|earlier|yesterday)\b/i,
  /\b(?:enjoyed|appreciated) (?:meeting|speaking with|talking (?:to|with)) you (?:today|this (?:morning|afternoon|evening)|earlier|yesterday)\b/i,
];
// Invitations and plans are not proof: "thank you for your time; we'd like to invite you", "looking
// forward to meeting you".
const NOT_HELD =
  /\b(?:look(?:ing)? forward to (?:meeting|speaking|talking)|invite you|would like to (?:meet|schedule)|before (?:we|you) meet)\b/i;

export function interviewHeldOf(kind: MessageKind, body: string): boolean {
  if (kind === "outgoing" || kind === "other") return false;
  return sentencesOf(body.slice(0, 10_000)).some(
    (sentence) => HELD.some((cue) => cue.test(sentence)) && !NOT_HELD.test(sentence),
  );
}
