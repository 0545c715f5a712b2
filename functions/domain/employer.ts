// The employer record: everything jobnudge knows about one of the owner's processes (an employer
// plus a role; an employer with several roles has one record per role, process.ts). Stored as one
// item per process; changed only through the lifecycle functions (lifecycle.ts).
import type { AskedWindow, CallProposal, FieldConfidence, OfferTerms } from "./extraction";

export type { AskedWindow } from "./extraction";

import type { MessageKind, Stage } from "./vocabularies";

export interface TimelineEntry {
  /** UTC ISO: when it happened (the original message's date when known). */
  at: string;
  /** Message kind for mail, "command"/"action" for owner steering, "nudge" for sent nudges. */
  kind: MessageKind | "command" | "action" | "nudge";
  /** One line, no bodies, e.g. "offer: answer by 2026-03-13". */
  summary: string;
  /** Processing key of the message, when it came from mail. */
  messageKey?: string;
  /** Id of the nudge, for kind "nudge". */
  nudgeId?: string;
}

/** A field of the parse contract the owner may be asked to confirm. */
export type AskedField = keyof FieldConfidence;

/**
 * A fact read from mail with too little confidence to act on (below CONFIDENCE_THRESHOLD). It is
 * held here and asked about in the acknowledgement; nothing that depends on it is planned until
 * the owner confirms or changes it, or a later message states it surely.
 */
export interface UnsureFact {
  field: AskedField;
  /** The value as read: a kind, a name, an address, or a date as in the Extraction. */
  value: string;
  confidence: number;
  /** Processing key of the message it was read from. */
  messageKey: string;
  /** When the message was written (UTC ISO). */
  at: string;
  /** For an interview time: its length, when stated. */
  minutes?: number | null;
}

export interface EmployerRecord {
  /**
   * Stable slug of the first canonical name ("kestrel-pay"); never changes on rename. A second role
   * at the same employer: the employer's key, "/" and the role's slug ("kestrel-pay/ml-engineer").
   */
  id: string;
  /**
   * The employer this process belongs to: the same for every role at one employer (the first
   * process's id). Absent on records written before processes existed: the migration adds it
   * (app/migrate-processes.ts), and until then the id stands for it (process.ts employerKeyOf).
   */
  employerKey?: string;
  name: string;
  /** Other names seen for this employer (after rename/merge), lower-cased. */
  aliases: string[];
  /** Mail domains seen for this employer's people. */
  domains: string[];
  stage: Stage;
  /** Owner's preference: 1 = top choice; null = not ranked. */
  rank: number | null;
  role: string | null;
  contactEmail: string | null;
  contactName: string | null;
  interviewAt: string | null;
  interviewMinutes: number | null;
  interviewers: string[];
  /** Offer deadline: "YYYY-MM-DD" or ISO with offset (as extracted). */
  respondBy: string | null;
  /** Date the employer promised news by: "YYYY-MM-DD" or ISO with offset. */
  expectDecisionBy: string | null;
  offer: OfferTerms | null;
  offerReceivedAt: string | null;
  /** Written offer letter received (after acceptance: resign only once it is in). */
  offerLetterReceived: boolean;
  /** Last mail from the employer (UTC ISO); silence is measured from here. */
  lastContactAt: string | null;
  /**
   * The owner's own latest mail to the employer (BCC'd or forwarded from Sent, or a `sent` command),
   * UTC ISO; part of the last contact (playbook/contact.ts). Absent on records written before it existed.
   */
  ownerMailAt?: string | null;
  /**
   * What the employer's newest mail waits on the owner for (PLAYBOOK §1b: "send availability", "pick a
   * slot", "send references"...) and when they asked (`week`: the request named the following week);
   * null once the owner answered or the move is theirs.
   */
  ownerMove?: { move: string; at: string; week?: "next"; window?: AskedWindow } | null;
  /** The employer wrote that the interview took place ("thank you for interviewing with us today"). */
  interviewHeldAt?: string | null;
  /** Follow-ups the owner sent since the employer's last mail. */
  followUpsSent: number;
  lastFollowUpAt: string | null;
  /** After a decline: the employer asked to talk. */
  asksToTalk: boolean;
  /**
   * The people the employer said will join the call it asked for (the reply that books it names
   * them). Absent on records written before it existed.
   */
  callWith?: string[];
  /** The time the employer proposed for that call, if any (the reply that books it answers it). */
  callProposal?: CallProposal | null;
  acceptedAt: string | null;
  closedAt: string | null;
  /** The owner backed out of this accepted offer. */
  backedOut: boolean;
  /** No nudges until this instant (UTC ISO). */
  snoozedUntil: string | null;
  /** The owner said `stop`: no nudges until `resume`. */
  stopped: boolean;
  /** Facts read but not yet acted on: asked about, waiting for the owner's answer. */
  unsure: UnsureFact[];
  /** Confidence of the facts the record holds: as read from mail, 1 once the owner confirmed or set them. */
  factConfidence: FieldConfidence;
  /** Ids of nudges already delivered (at most once each). */
  sentNudges: string[];
  timeline: TimelineEntry[];
  /** Optimistic-lock version, incremented on every write. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Stable id for an employer name: lower-case ASCII slug, max 40 chars. */
export function employerIdFor(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/gi, "o")
    .replace(/æ/gi, "ae")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  // Names with no Latin letters at all still need distinct ids.
  return slug || `employer-${nameHash(name)}`;
}

function nameHash(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name.normalize("NFC")) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function newEmployer(name: string, now: string): EmployerRecord {
  const id = employerIdFor(name);
  return {
    id,
    employerKey: id,
    name,
    aliases: [],
    domains: [],
    stage: "in_process",
    rank: null,
    role: null,
    contactEmail: null,
    contactName: null,
    interviewAt: null,
    interviewMinutes: null,
    interviewers: [],
    respondBy: null,
    expectDecisionBy: null,
    offer: null,
    offerReceivedAt: null,
    offerLetterReceived: false,
    lastContactAt: null,
    followUpsSent: 0,
    lastFollowUpAt: null,
    asksToTalk: false,
    acceptedAt: null,
    closedAt: null,
    backedOut: false,
    snoozedUntil: null,
    stopped: false,
    unsure: [],
    factConfidence: {},
    sentNudges: [],
    timeline: [],
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
}
