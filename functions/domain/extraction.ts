// What email understanding produces from one message: the fields of the `jobnudge parse` contract
// (DESIGN.md, corpus/SCHEMA.md) plus extras. Pure data; no I/O.
import type { MessageKind } from "./vocabularies";

/**
 * The window an availability request named ("this week", "the week of 14 March", "Tuesday or
 * Wednesday"): its words and its business days ("YYYY-MM-DD", owner-local), for the reply's times.
 */
export interface AskedWindow {
  text: string;
  days: string[];
}

/** Offer terms as stated in a message or an `offer` command. Money in whole units of `currency`. */
export interface OfferTerms {
  base?: number;
  currency?: string;
  bonus?: string; // "10%" or "15000"
  equity?: string;
  signOn?: number;
  pto?: number; // days per year
  startDate?: string; // YYYY-MM-DD
  location?: string;
  remote?: "remote" | "hybrid" | "onsite";
  benefits?: string;
}

/** The fields of the parse contract jobnudge acts on, each with a confidence; in reading order. */
export const FACT_FIELDS = [
  "kind",
  "employer",
  "role",
  "interviewAt",
  "respondBy",
  "expectDecisionBy",
  "contactEmail",
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** Confidence per field, 0..1. Facts below CONFIDENCE_THRESHOLD are asked about, never acted on silently. */
export type FieldConfidence = Partial<Record<FactField, number>>;
/**
 * Act silently on a fact when the calibrated model puts its chance of being wrong under 5 %; ask
 * about it otherwise. Chosen on the development sets (scripts/calibrate.ts prints the table).
 */
export const CONFIDENCE_THRESHOLD = 0.95;

export interface Extraction {
  kind: MessageKind;
  /** Canonical employer name (no Inc./LLC/GmbH), null for kind=other or when unknown. */
  employer: string | null;
  role: string | null;
  /** Interview start, ISO 8601 with the offset of the stated zone. */
  interviewAt: string | null;
  /** Interview length in minutes when stated (calendar DTEND, "45-minute call"). */
  interviewMinutes: number | null;
  /** Offer response deadline: "YYYY-MM-DD" when no time is stated, else ISO with offset. */
  respondBy: string | null;
  /** Date the employer promised to decide by, same format as respondBy. */
  expectDecisionBy: string | null;
  /** The human to reply to, never a no-reply robot. */
  contactEmail: string | null;
  contactName: string | null;
  interviewers: string[];
  offerTerms: OfferTerms | null;
  /** An offer letter (PDF or similar) is attached. */
  offerLetterAttached: boolean;
  /** The employer asks to talk / reconsider (matters after a decline: the "always discuss" nudge). */
  asksToTalk: boolean;
  /** When it asks to talk: the people it says will join the call ("Dana Li and I", "joined by ..."). */
  callWith: string[];
  /** When it asks to talk: the time it proposes for the call ("this afternoon"), or null. */
  callProposal: CallProposal | null;
  /**
   * What the employer waits on the owner for (PLAYBOOK 1b), as a short phrase ("pick a slot",
   * "send availability", "references"), or null when the next move is the employer's.
   */
  ownerMove: string | null;
  /** The request's sentence names the following week ("your availability for next week"). */
  ownerMoveWeek?: "next" | null;
  /** The days the request asks for ("this week", "Thursday or Friday", "before Friday"), or null. */
  ownerMoveWindow?: AskedWindow | null;
  /** The employer writes that the interview took place ("thank you for interviewing with us today"). */
  interviewHeld: boolean;
  /** The owner's own words above a forward, if any. */
  ownerNote: string | null;
  /** For kind=outgoing: which draft kind the owner's mail looks like (follow_up, withdrawal, accept_offer...). */
  outgoingKind: string | null;
  /** Date header of the original (forwarded) message, ISO. */
  originalDate: string | null;
  /** Message-ID of the original message (without <>), or of the outer one when there is no original. */
  messageId: string | null;
  /** Subject of the original message. */
  subject: string | null;
  confidence: FieldConfidence;
  /** Set when the message could not be read; kind is then "other". */
  error?: string;
}

/** A time an employer proposes for a call: as written, and the span it covers (UTC ISO). */
export interface CallProposal {
  /** As the employer wrote it: "this afternoon", "Thursday at 2pm". */
  text: string;
  from: string;
  until: string;
  /** A clock time was stated (else a part of a day, or a whole day). */
  hasTime: boolean;
  part: "morning" | "afternoon" | "evening" | null;
}

export function emptyExtraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    kind: "other",
    employer: null,
    role: null,
    interviewAt: null,
    interviewMinutes: null,
    respondBy: null,
    expectDecisionBy: null,
    contactEmail: null,
    contactName: null,
    interviewers: [],
    offerTerms: null,
    offerLetterAttached: false,
    asksToTalk: false,
    callWith: [],
    callProposal: null,
    ownerMove: null,
    interviewHeld: false,
    ownerNote: null,
    outgoingKind: null,
    originalDate: null,
    messageId: null,
    subject: null,
    confidence: {},
    ...overrides,
  };
}
