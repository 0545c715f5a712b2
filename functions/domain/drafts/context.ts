// What a draft writer knows, and the small phrases every draft shares (greeting, sign-off, dates).
// Drafts are plain text the owner sends; names and dates are always spelled out.
import type { DraftView } from "../email-view";
import type { EmployerRecord } from "../employer";
import type { OwnerSettings } from "../owner";
import {
  type CivilDate,
  deadlineOrNull,
  formatDate,
  formatDeadline,
  instantOrNull,
  localDateOf,
  parseInstant,
} from "../time";
import type { DraftKind } from "../vocabularies";

export interface DraftContext {
  owner: OwnerSettings;
  /** The employer the draft is addressed to. */
  employer: EmployerRecord;
  /** UTC ISO: the moment the nudge is composed (dates like "two weeks from today" count from it). */
  now: string;
  /** The employer whose offer drives the draft (the expedite request names its deadline). */
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

/** "Hi Priya," or "Hello," when no name is known. */
export function greeting(name: string | null | undefined): string {
  const first = name?.trim().split(/\s+/)[0];
  return first ? `Hi ${first},` : "Hello,";
}

export function signOff(owner: OwnerSettings, closing = "Best regards,"): string {
  return `${closing}\n${owner.name}`;
}

/** "the Senior Data Analyst role" or "the role". */
export function theRole(r: EmployerRecord): string {
  return r.role ? `the ${r.role} role` : "the role";
}

/** The offer deadline in the owner's words ("Fri 13 Mar, 5:00 PM EDT"), or null. */
export function deadlineText(r: EmployerRecord, owner: OwnerSettings): string | null {
  const deadline = deadlineOrNull(r.respondBy, owner.timezone);
  return deadline ? formatDeadline(deadline, owner.timezone) : null;
}

/** The local date of a stored instant ("Tue 10 Mar"), or null. */
export function dayOf(value: string | null, owner: OwnerSettings): string | null {
  const at = instantOrNull(value);
  return at === null ? null : formatDate(localDateOf(at, owner.timezone));
}

export function today(ctx: DraftContext): CivilDate {
  return localDateOf(parseInstant(ctx.now), ctx.owner.timezone);
}
