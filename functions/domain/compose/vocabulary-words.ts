// The vocabularies (DESIGN.md) in the words the owner reads: message kinds, stages, the emails
// jobnudge sends. Data only, no dates: the CLI's status loads it without the date readers.
import type { MessageKind, OwnerEmailKind, Stage } from "../vocabularies";

export const MESSAGE_KIND_WORDS: Record<MessageKind, string> = {
  interview_invite: "an interview invitation",
  interview_scheduled: "a scheduled interview",
  offer: "an offer",
  rejection: "a rejection",
  update: "a process update",
  outgoing: "a message you sent",
  other: "not about a job process",
};

/** A message kind as a short label, for a column or a list ("offer", "interview scheduled"). */
export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  interview_invite: "interview invitation",
  interview_scheduled: "interview scheduled",
  offer: "offer",
  rejection: "rejection",
  update: "update",
  outgoing: "your own mail",
  other: "not job mail",
};

export const STAGE_WORDS: Record<Stage, string> = {
  in_process: "in process",
  offer: "offer",
  accepted: "accepted",
  declined: "declined",
  withdrawn: "withdrawn",
  rejected: "rejected",
};

export const NUDGE_WORDS: Record<OwnerEmailKind, string> = {
  ack: "acknowledgement",
  interview_prep: "interview prep",
  thank_you: "thank-you note",
  follow_up: "follow-up",
  step_out: "step-out note",
  offer_review: "offer review",
  expedite_request: "expedite request",
  extension_request: "extension request",
  decision_reminder: "decision reminder",
  withdrawal: "withdrawal notes",
  decline: "decline note",
  back_out: "backing-out note",
  discuss_offer: "call about the offer",
  offer_letter_check: "wait for the offer letter",
  resignation: "resignation",
  rejection: "reply to the rejection",
  digest: "weekly digest",
  command_reply: "command reply",
  error: "error notice",
  your_move: "your move: reply to them",
  deadline_passed: "the answer deadline passed",
};
