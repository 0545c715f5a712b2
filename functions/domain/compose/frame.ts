// Shared pieces of every composed nudge: the context, the empty view, controls, and the plain-text
// phrases for an employer's standing. Everything produced here is plain text; the renderer escapes.
import { type DraftContext, writeDraft } from "../drafts";
import type { DraftView, EmailView, LinkView } from "../email-view";
import type { EmployerRecord } from "../employer";
import type { LinkMaker } from "../link-actions";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { formatCalendarDate, formatDeadline, formatInstant } from "../owner-time";
import { byPreference } from "../ranking";
import { deadlineOrNull, instantOrNull, localDateOf } from "../time";
import { type DraftKind, OPEN_STAGES } from "../vocabularies";
import { possessive } from "../wording";

export interface ComposeContext {
  nudge: PlannedNudge;
  employer: EmployerRecord;
  /**
   * How the owner's subject and headline name the process: the employer's name, or "Globex / ML
   * Engineer" when the employer has several (process.ts processLabel). Drafts keep the employer's name.
   */
  label: string;
  employers: EmployerRecord[];
  owner: OwnerSettings;
  now: string;
  links: LinkMaker;
}

export function emptyView(ctx: ComposeContext): EmailView {
  return {
    kind: ctx.nudge.kind,
    subject: "",
    preheader: "",
    headline: "",
    happened: "",
    whyNow: "",
    deadline: offerDeadline(ctx.employer, ctx.owner, ctx.now),
    sections: [],
    tables: [],
    drafts: [],
    actions: [],
    attachments: [],
  };
}

/** Snooze, stop and view for the nudge's employer: on every nudge about one employer. */
export function standardControls(ctx: ComposeContext, employer: EmployerRecord = ctx.employer): LinkView[] {
  const id = employer.id;
  // Actions and their extras as the actions endpoint reads them (domain/link-actions.ts).
  return [
    { label: "Snooze 2 days", url: ctx.links("snooze", id, { days: "2" }) },
    { label: "Snooze 1 week", url: ctx.links("snooze", id, { days: "7" }) },
    { label: `Stop nudges about ${employer.name}`, url: ctx.links("stop", id) },
    ...viewControls(ctx, employer),
  ];
}

/**
 * "View" opens a message jobnudge kept, so the link names the employer's latest one; an employer
 * known only from commands has none, and gets no link rather than one that cannot work.
 */
export function viewControls(ctx: ComposeContext, employer: EmployerRecord): LinkView[] {
  const latest = employer.timeline.filter((t) => t.messageKey).at(-1)?.messageKey;
  if (!latest) return [];
  return [
    {
      label: `View ${possessive(employer.name)} latest message`,
      url: ctx.links("view", employer.id, { message: latest }),
    },
  ];
}

export function control(ctx: ComposeContext, label: string, action: string, employer: EmployerRecord | null): LinkView {
  return { label, url: ctx.links(action, employer?.id ?? null) };
}

/** The nudge's drafts for one employer each (same kind list as the planned nudge). */
export function draftsFor(
  ctx: ComposeContext,
  kind: DraftKind,
  employer: EmployerRecord,
  extra: Omit<DraftContext, "owner" | "employer" | "now"> = {},
): DraftView {
  return writeDraft(kind, { owner: ctx.owner, employer, now: ctx.now, ...extra });
}

/** The offer deadline ("Fri 13 Mar, 5:00 PM EDT"; with the year when not `now`'s), or null. */
export function offerDeadline(r: EmployerRecord, owner: OwnerSettings, now?: string): string | null {
  return r.respondBy && deadlineOrNull(r.respondBy, owner.timezone)
    ? formatDeadline(r.respondBy, owner.timezone, now)
    : null;
}

export function promisedDate(r: EmployerRecord, owner: OwnerSettings, now?: string): string | null {
  const value = r.expectDecisionBy;
  return value && deadlineOrNull(value, owner.timezone) ? formatDeadline(value, owner.timezone, now) : null;
}

/** "Tue 3 Mar" for a stored instant (with the year when not `now`'s), or null. */
export function dayOf(value: string | null, owner: OwnerSettings, now?: string): string | null {
  const at = instantOrNull(value);
  return at === null ? null : formatCalendarDate(localDateOf(at, owner.timezone), owner.timezone, now);
}

/** "Tue 10 Mar, 2:00 PM EDT" for a stored instant (year as above), or null. */
export function momentOf(value: string | null, owner: OwnerSettings, now?: string): string | null {
  return value && instantOrNull(value) !== null ? formatInstant(value, owner.timezone, now) : null;
}

/** Other open processes, in the owner's preference order. */
export function otherOpen(ctx: ComposeContext, employer: EmployerRecord = ctx.employer): EmployerRecord[] {
  return ctx.employers.filter((e) => e.id !== employer.id && OPEN_STAGES.includes(e.stage)).sort(byPreference);
}

/** One line on where an employer stands: "Globex (top choice): in process, last news Tue 3 Mar, ...". */
export function standing(r: EmployerRecord, owner: OwnerSettings, now?: string): string {
  const rank = r.rank === null ? "unranked" : r.rank === 1 ? "top choice" : `choice ${r.rank}`;
  const parts = [r.stage === "offer" ? "offer in hand" : "in process"];
  const last = dayOf(r.lastContactAt, owner, now);
  if (last) parts.push(`last news ${last}`);
  const promise = promisedDate(r, owner, now);
  if (promise) parts.push(`decision promised by ${promise}`);
  const deadline = offerDeadline(r, owner, now);
  if (deadline) parts.push(`answer due ${deadline}`);
  const interview = momentOf(r.interviewAt, owner, now);
  const past = now !== undefined && (instantOrNull(r.interviewAt) ?? Number.POSITIVE_INFINITY) <= Date.parse(now);
  if (interview) parts.push(past ? `interviewed ${dayOf(r.interviewAt, owner, now)}` : `interview ${interview}`);
  return `${r.name} (${rank}): ${parts.join(", ")}`;
}
