// The owner commands' vocabulary (DESIGN.md "Owner commands"): the syntax of each verb, what parsing
// yields, whether a subject has the shape of a command at all, and the "not done" answers every
// parser shares (not understood, refused, which employer?). Parsing is in parse.ts.
import type { EmployerRecord } from "../employer";
import type { OfferTerms } from "../extraction";
import { OPEN_STAGES } from "../vocabularies";
import type { EmployerMatch } from "./employer-match";

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

export const SIMPLE_VERBS = ["accept", "decline", "withdraw", "rejected", "prefer", "sent", "stop", "resume"] as const;
export type SimpleVerb = (typeof SIMPLE_VERBS)[number];

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
  /** `processes`: every process of the employer, when OLD named the employer of several (process.ts). */
  | ({ type: "rename"; newName: string; processes?: EmployerRef[] } & EmployerRef)
  | { type: "merge"; from: EmployerRef; into: EmployerRef }
  /**
   * Not applied. `refusal`: the command was understood but cannot be done as asked (rename to the same
   * name, merge into itself, a name that exists). `suggestion`: the closest whole command to a
   * misspelt one, with its employer ("acept northwind" -> "accept Northwind Analytics").
   */
  | {
      type: "invalid";
      understood: string;
      reason: string;
      choices: string[];
      refusal?: boolean;
      suggestion?: string;
    };

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

export function ref(employer: EmployerRecord): EmployerRef {
  return { employerId: employer.id, employerName: employer.name };
}

export function invalid(understood: string, reason: string, choices: string[]): InvalidCommand {
  return { type: "invalid", understood, reason, choices };
}

export function refusal(understood: string, reason: string, choices: string[]): InvalidCommand {
  return { type: "invalid", understood, reason, choices, refusal: true };
}

export function openNames(employers: EmployerRecord[]): string[] {
  const open = employers.filter((e) => OPEN_STAGES.includes(e.stage));
  return (open.length > 0 ? open : employers).map((e) => e.name).slice(0, 20);
}

/** The invalid reply for an employer that matched none or several, with ready-to-use commands. */
export function employerProblem(
  verb: CommandVerb,
  miss: Extract<EmployerMatch, { ok: false }>,
  employers: EmployerRecord[],
  tail = "",
): InvalidCommand {
  const suffix = tail ? ` ${tail}` : "";
  if (miss.kind === "ambiguous") {
    return invalid(
      `${verb}, for an employer starting with "${miss.typed}"`,
      `"${miss.typed}" matches ${miss.candidates.length} employers`,
      miss.candidates.map((e) => `${verb} ${e.name}${suffix}`),
    );
  }
  return invalid(
    `${verb}, for an employer "${miss.typed}"`,
    employers.length === 0 ? "there are no employers yet" : `no employer matches "${miss.typed}"`,
    openNames(employers).map((name) => `${verb} ${name}${suffix}`),
  );
}
