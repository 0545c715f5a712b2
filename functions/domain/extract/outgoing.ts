// For the owner's own mail: which draft kind (DRAFT_KINDS) it resembles.
import type { DraftKind } from "../vocabularies";
import type { Language } from "./languages/cues";
import { cuesOf } from "./languages/tables";

const CUES: [DraftKind, RegExp][] = [
  ["back_out", /\b(?:rescind|go back on|back out of) (?:my )?acceptance\b|\bno longer (?:be )?(?:able to )?join\b/i],
  [
    "decline_offer",
    /\b(?:decline|turn down|not (?:be )?(?:able to )?accept)\b[^.]{0,40}\boffer\b|\bdecided not to accept\b/i,
  ],
  [
    "accept_offer",
    /\b(?:delighted|happy|pleased|excited|thrilled) to (?:formally )?accept\b|\bI (?:formally )?accept\b|\baccepting (?:your|the) offer\b/i,
  ],
  ["withdrawal", /\bwithdraw(?:ing)? (?:my )?(?:application|candidacy)\b|\bwithdraw from\b/i],
  [
    "extension_request",
    /\b(?:extend|extension|more time)\b[^.]{0,60}\b(?:deadline|decision|offer)\b|\bextend (?:my|the) deadline\b/i,
  ],
  [
    "expedite_request",
    /\b(?:another|an?) offer\b[^.]{0,80}\b(?:deadline|answer|decide)\b|\b(?:expedite|speed up|accelerate)\b|\bdecision or next steps before\b/i,
  ],
  [
    "counteroffer",
    /\b(?:counter|would you be (?:able|open) to (?:increase|raise|revisit))\b|\bcompensation expectations\b/i,
  ],
  ["clarify_offer", /\b(?:clarify|question about|questions about)\b[^.]{0,40}\b(?:offer|equity|benefits|bonus)\b/i],
  ["resignation_letter", /\b(?:resign|resignation|my last day)\b/i],
  ["rejection_reply", /\bthank you for letting me know\b|\bsorry to hear\b|\bappreciate you letting me know\b/i],
  [
    "thank_you",
    /\bthank you for (?:taking the time|meeting|speaking|the (?:interview|conversation|chat))|\bthanks for (?:taking the time|meeting)/i,
  ],
  ["follow_up", /\bfollow(?:ing)? up\b|\bcheck(?:ing)? in\b|\bany update\b/i],
];

export function classifyOutgoing(subject: string, body: string, language: Language = "en"): DraftKind | null {
  const text = `${subject}\n${body.slice(0, 20_000)}`;
  for (const [kind, pattern] of CUES) if (pattern.test(text)) return kind;
  // The owner writing in the employer's language: that language's cues, in the same order of precedence.
  for (const [kind, pattern] of cuesOf(language)?.outgoing ?? []) if (pattern.test(text)) return kind;
  return null;
}
