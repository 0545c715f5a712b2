// The vocabularies and offer terms in the words the owner reads in replies and the digest.
import type { OfferTerms } from "../extraction";
import { formatCalendarDate } from "../owner-time";
import { formatDate, parseCivilDate } from "../time";
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

const WORK_MODE_WORDS = { remote: "remote", hybrid: "hybrid", onsite: "on-site" } as const;

export function formatMoney(amount: number, currency: string | undefined): string {
  const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(amount);
  return currency ? `${number} ${currency}` : number;
}

/** The owner's zone and the moment of writing: dates outside the current year carry their year. */
export interface DateReference {
  timezone: string;
  now: string;
}

/** A calendar date ("2026-05-04") as the owner reads it ("Mon 4 May"); the text as is otherwise. */
export function calendarDateWords(value: string, reference?: DateReference): string {
  const date = parseCivilDate(value);
  if (!date) return value;
  return reference ? formatCalendarDate(date, reference.timezone, reference.now) : formatDate(date);
}

/** Each stated term as "label: value", in the order of the playbook's checklist. */
export function offerTermLines(terms: OfferTerms, dates?: DateReference): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  if (terms.base !== undefined) lines.push({ label: "Base", value: formatMoney(terms.base, terms.currency) });
  if (terms.bonus !== undefined) {
    const bonus = /^\d+$/.test(terms.bonus) ? formatMoney(Number(terms.bonus), terms.currency) : terms.bonus;
    lines.push({ label: "Bonus", value: bonus });
  }
  if (terms.equity !== undefined) lines.push({ label: "Equity", value: terms.equity });
  if (terms.signOn !== undefined) lines.push({ label: "Sign-on", value: formatMoney(terms.signOn, terms.currency) });
  if (terms.pto !== undefined) lines.push({ label: "PTO", value: `${terms.pto} days` });
  if (terms.benefits !== undefined) lines.push({ label: "Benefits", value: terms.benefits });
  const where = [terms.location, terms.remote ? WORK_MODE_WORDS[terms.remote] : undefined].filter(Boolean).join(", ");
  if (where) lines.push({ label: "Location", value: where });
  if (terms.startDate !== undefined) lines.push({ label: "Start", value: calendarDateWords(terms.startDate, dates) });
  return lines;
}

export function describeOfferTerms(terms: OfferTerms, dates?: DateReference): string {
  return offerTermLines(terms, dates)
    .map((line) => `${line.label === "PTO" ? line.label : line.label.toLowerCase()} ${line.value}`)
    .join(", ");
}

/** Strip line breaks and cap length: these strings came from mail and may end up in a subject. */
export function oneLine(text: string, max = 120): string {
  const flat = text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
