// The stable vocabularies of DESIGN.md. Tests, tools and stored records rely on these exact strings.

export const MESSAGE_KINDS = [
  "interview_invite",
  "interview_scheduled",
  "offer",
  "rejection",
  "update",
  "outgoing",
  "other",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const STAGES = ["in_process", "offer", "accepted", "declined", "withdrawn", "rejected"] as const;
export type Stage = (typeof STAGES)[number];
/** Stages in which the employer's process is still open (nudges may apply). */
export const OPEN_STAGES: readonly Stage[] = ["in_process", "offer"];

export const OWNER_EMAIL_KINDS = [
  "ack",
  "interview_prep",
  "thank_you",
  "follow_up",
  "step_out",
  "offer_review",
  "expedite_request",
  "extension_request",
  "decision_reminder",
  "withdrawal",
  "decline",
  "back_out",
  "discuss_offer",
  "offer_letter_check",
  "resignation",
  "rejection",
  "digest",
  "command_reply",
  "error",
  // The employer waits on the owner (PLAYBOOK §1b): pick a slot, send availability, references, documents.
  "your_move",
  // An offer deadline passed with no answer recorded (PLAYBOOK §3): what happened? one-click fixes.
  "deadline_passed",
] as const;
export type OwnerEmailKind = (typeof OWNER_EMAIL_KINDS)[number];

export const DRAFT_KINDS = [
  "follow_up",
  "thank_you",
  "step_out",
  "clarify_offer",
  "expedite_request",
  "extension_request",
  "withdrawal",
  "decline_offer",
  "back_out",
  "accept_offer",
  "counteroffer",
  "resignation_letter",
  "rejection_reply",
  // The owner's answer when the move is theirs: availability, references.
  "owner_reply",
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
