// Owner commands: what each command looks like (DESIGN.md "Owner commands"), what a parsed one is,
// and whether an email subject has the shape of a command at all. Parsing is in parse.ts.
import type { OfferTerms } from "../extraction";

export const COMMAND_SYNTAX = {
  status: "status",
  help: "help",
  accept: "accept EMPLOYER",
  decline: "decline EMPLOYER",
  withdraw: "withdraw EMPLOYER",
  rejected: "rejected EMPLOYER",
  rank: "rank A, B, C",
  prefer: "prefer EMPLOYER",
  sent: "sent EMPLOYER",
  snooze: "snooze EMPLOYER 3d",
  stop: "stop EMPLOYER",
  resume: "resume EMPLOYER",
  deadline: "deadline EMPLOYER <date>",
  expect: "expect EMPLOYER <date>",
  offer: "offer EMPLOYER base 145000 bonus 10% equity 20000 signon 5000 pto 25 remote hybrid",
  rename: "rename OLD to NEW",
  merge: "merge A into B",
  export: "export",
} as const;
export type CommandVerb = keyof typeof COMMAND_SYNTAX;
export const COMMAND_VERBS = Object.keys(COMMAND_SYNTAX) as CommandVerb[];

const SIMPLE_VERBS = ["accept", "decline", "withdraw", "rejected", "prefer", "sent", "stop", "resume"] as const;
type SimpleVerb = (typeof SIMPLE_VERBS)[number];

export interface EmployerRef {
  employerId: string;
  employerName: string;
}

export type ParsedCommand =
  | { type: "status" | "help" | "export" }
  | ({ type: SimpleVerb } & EmployerRef)
  /** `until` is UTC ISO; `days` is what the owner asked for (a date snooze counts whole days). */
  | ({ type: "snooze"; until: string; days: number } & EmployerRef)
  /** `date`: "YYYY-MM-DD" when no time was given, else ISO with the owner's offset. */
  | ({ type: "deadline" | "expect"; date: string } & EmployerRef)
  | ({ type: "offer"; terms: OfferTerms } & EmployerRef)
  /** Top choice first. */
  | { type: "rank"; employers: EmployerRef[] }
  | ({ type: "rename"; newName: string } & EmployerRef)
  | { type: "merge"; from: EmployerRef; into: EmployerRef }
  | { type: "invalid"; understood: string; reason: string; choices: string[] };

export type InvalidCommand = Extract<ParsedCommand, { type: "invalid" }>;

const REPLY_PREFIX = /^\s*((re|aw|sv|fwd?|wg|tr)\s*(\[\d+\])?\s*:\s*)+/i;
const FORWARD_PREFIX = /^\s*(fwd?|wg|tr)\s*:/i;
const MAX_SUBJECT = 300;

/** The subject without reply/forward prefixes, whitespace collapsed. */
export function commandText(subject: string): string {
  return subject
    .slice(0, MAX_SUBJECT)
    .replace(REPLY_PREFIX, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!?]+$/, ""); // "accept Acme." as typed on a phone
}

/**
 * Whether a subject has the shape of a command. Stricter than the verb alone because forwarded and
 * BCC'd job mail has subjects like "Offer letter" or "Status of your application": a forward is never
 * a command, `status`/`help`/`export` stand alone, and `offer EMPLOYER` needs at least one term word.
 */
export function isCommandSubject(subject: string): boolean {
  if (FORWARD_PREFIX.test(subject.replace(/^\s*(re|aw|sv)\s*:\s*/i, ""))) return false;
  const words = commandText(subject).split(" ").filter(Boolean);
  const verb = words[0]?.toLowerCase();
  if (!verb || !isVerb(verb)) return false;
  // A bare verb ("accept") is a command missing its employer: it gets a reply listing the choices.
  if (words.length === 1) return true;
  if (verb === "status" || verb === "help" || verb === "export") return false;
  if (verb === "offer") return words.slice(2).some((w) => /^(base|salary|bonus|equity|signon|sign-on|pto)$/i.test(w));
  return true;
}

export function isVerb(word: string): word is CommandVerb {
  return (COMMAND_VERBS as string[]).includes(word);
}
