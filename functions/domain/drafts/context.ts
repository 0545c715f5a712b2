// What a draft writer knows, and the small phrases every draft shares (greeting, sign-off, dates).
// Drafts are plain text the owner sends; names and dates are spelled out as people write them in a
// letter ("Monday 6 April", "Friday 17 April at 5:00 PM EDT"), never as stored ("2026-04-06").
import type { DraftView } from "../email-view";
import type { EmployerRecord } from "../employer";
import type { OwnerSettings } from "../owner";
import { lastContact } from "../playbook/contact";
import {
  addDays,
  businessDayOnOrAfter,
  type CivilDate,
  deadlineOrNull,
  formatLongDate,
  formatLongDeadline,
  instantOrNull,
  localDateOf,
  parseCivilDate,
  parseInstant,
} from "../time";
import type { DraftKind } from "../vocabularies";

export interface DraftContext {
  owner: OwnerSettings;
  /** The employer the draft is addressed to. */
  employer: EmployerRecord;
  /** UTC ISO: the moment the nudge is composed (dates like "two weeks from today" count from it). */
  now: string;
  /** The employer whose offer drives the draft (the expedite request gives its deadline, the nearest one held). */
  offering?: EmployerRecord | null;
  /** The person addressed when it is not the employer's contact (a thank-you to one interviewer). */
  recipient?: string | null;
  /**
   * The addressee is the owner's top choice among the open processes. The expedite request calls it
   * "my first choice" only then (never a bluff); unset, it is the top choice when ranked 1.
   */
  topChoice?: boolean;
  /** How many processes the owner prefers to the offer are still pending (the extension request says so). */
  preferredPending?: number;
  /** Which follow-up this is since the employer's last news (1, 2, 3): each one is worded differently. */
  followUpNumber?: number;
  /**
   * Another employer's offer the owner holds: the follow-up shares it as news, with its deadline and
   * never its name.
   */
  heldOffer?: EmployerRecord | null;
  /**
   * Say the promised decision date (expectDecisionBy) in a later follow-up: it passed since the last
   * one. The first follow-up always mentions a promise.
   */
  promiseMissed?: boolean;
  /** The owner already told this employer about that offer (an expedite request they confirmed sending). */
  offerNewsShared?: boolean;
  /** The offer is a revision of one already reviewed (the first reply thanks them for revisiting it). */
  revisedOffer?: boolean;
  /** This employer already had an expedite request (the next one is an update, not a first word). */
  expeditedBefore?: boolean;
  /** How many offers the owner holds elsewhere (the expedite request says "offers from two other companies"). */
  offersHeld?: number;
  /** The people the employer said will join the call it asked for (the reply that books it names them). */
  callWith?: string[];
  /** The owner has accepted another offer: a request to talk gets a polite "too late". */
  acceptedElsewhere?: boolean;
  /** The offer's answer date passed with nothing recorded: the owner's reply is a late answer. */
  deadlinePassed?: boolean;
}

export type DraftWriter = (ctx: DraftContext) => DraftView;

export function draftView(
  kind: DraftKind,
  label: string,
  to: string | null,
  subject: string,
  paragraphs: string[],
  callScript: string[] | null = null,
): DraftView {
  return { kind, label, to, subject, body: paragraphs.join("\n\n"), callScript };
}

// A contact "name" that is the company or one of its teams ("Acme", "Acme Talent Team", "Recruiting"):
// no person to greet by name.
const NOT_A_PERSON =
  /\b(?:team|talent|recruit\w*|hiring|careers?|jobs?|hr|human resources|people ops|people operations|acquisition|no-?reply|notifications?|support|admin)\b/i;

/** The contact's name when it names a person, never the company or one of its teams; else null. */
export function personName(name: string | null | undefined, employerName: string): string | null {
  const trimmed = name?.trim();
  if (!trimmed) return null;
  const lower = trimmed.toLowerCase();
  const company = employerName.trim().toLowerCase();
  if (company && lower.includes(company)) return null;
  // Its short name ("Acme" for Acme Robotics): every word of the "name" is a word of the company's.
  const companyWords = new Set(company.split(/\s+/));
  if (lower.split(/\s+/).every((word) => companyWords.has(word))) return null;
  return NOT_A_PERSON.test(trimmed) ? null : trimmed;
}

/** "Hi Priya," or "Hello," when no person is known (never "Hi Acme," for a company or a team). */
export function greeting(name: string | null | undefined, employerName: string): string {
  const first = personName(name, employerName)?.split(/\s+/)[0];
  return first ? `Hi ${first},` : "Hello,";
}

export function signOff(owner: OwnerSettings, closing = "Best regards,"): string {
  return `${closing}\n${owner.name}`;
}

/** "the Senior Data Analyst role" or "the role". */
export function theRole(r: EmployerRecord): string {
  return r.role ? `the ${r.role} role` : "the role";
}

export function today(ctx: DraftContext): CivilDate {
  return localDateOf(parseInstant(ctx.now), ctx.owner.timezone);
}

/** A stored deadline ("2026-03-27T17:00:00-04:00" or "2026-03-27") as a letter says it, or null. */
export function letterDeadline(value: string | null | undefined, ctx: DraftContext): string | null {
  const deadline = deadlineOrNull(value, ctx.owner.timezone);
  return deadline ? formatLongDeadline(deadline, ctx.owner.timezone, today(ctx)) : null;
}

/** The offer deadline of an employer as a letter says it ("Friday 27 March at 5:00 PM EDT"), or null. */
export function deadlineText(r: EmployerRecord, ctx: DraftContext): string | null {
  return letterDeadline(r.respondBy, ctx);
}

/** The owner-local day of a stored instant ("Tuesday 10 March"), or null. */
export function letterDayOf(value: string | null, ctx: DraftContext): string | null {
  const at = instantOrNull(value);
  return at === null ? null : letterDate(localDateOf(at, ctx.owner.timezone), ctx);
}

/** A calendar date ("2026-04-20", e.g. a start date) as a letter says it; the text as is otherwise. */
export function letterDay(value: string, ctx: DraftContext): string {
  const date = parseCivilDate(value);
  return date ? letterDate(date, ctx) : value;
}

export function letterDate(date: CivilDate, ctx: DraftContext): string {
  return formatLongDate(date, today(ctx));
}

/** The business day `n` business days after today (1 = the next one). */
export function businessDayAhead(ctx: DraftContext, n: number): CivilDate {
  let date = today(ctx);
  for (let i = 0; i < n; i++) date = businessDayOnOrAfter(addDays(date, 1));
  return date;
}

/**
 * The last exchange with the employer as a letter refers to it (PLAYBOOK §2 "last contact"): the
 * latest of their last mail, the interview (once it has happened) and the owner's own confirmed
 * follow-up. "since we spoke on Tuesday 7 April", or "since my note of Monday 13 April".
 */
export function sinceLastExchange(ctx: DraftContext): string | null {
  const last = lastContact(ctx.employer, parseInstant(ctx.now));
  if (last === null) return null;
  const day = letterDate(localDateOf(last.at, ctx.owner.timezone), ctx);
  return last.source === "owner" ? `since my note of ${day}` : `since we spoke on ${day}`;
}
