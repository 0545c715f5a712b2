// The owner's answers to the acknowledgement's questions about unsure facts, as they arrive by
// signed link (actions.ts): "Yes" confirms the value the question showed, "Change" sets a typed
// date, "It is an update" / "Not a job mail" reclassify the message. Each becomes one owner action
// on the employer record (domain/asked-facts.ts holds the rules).
import { hasOtherMail } from "../domain/asked-facts";
import { oneLine } from "../domain/compose/plain-words";
import type { AskedField, EmployerRecord } from "../domain/employer";
import { FACT_FIELDS } from "../domain/extraction";
import type { OwnerAction } from "../domain/lifecycle";
import { CHANGEABLE_FIELDS, type LinkAction } from "../domain/link-actions";
import { formatDeadline, formatInstant, parseOwnerDate } from "../domain/owner-time";
import type { Deps } from "./deps";
import { applyToEmployer, removeEmployer } from "./owner-changes";
import type { LinkPayload } from "./ports";

/** A value as the owner reads it: dates in their zone, anything else as it is. */
export function describeValue(field: string, value: string, deps: Deps): string {
  if (field === "respondBy" || field === "expectDecisionBy") return formatDeadline(value, deps.owner.timezone);
  if (field === "interviewAt") return formatInstant(value, deps.owner.timezone);
  return value;
}

export type Answer = { action: OwnerAction } | { refused: { title: string; message: string } };

/** An answer to one of the acknowledgement's questions, as the owner action it stands for. */
export function answerOf(
  action: LinkAction,
  payload: LinkPayload,
  form: Record<string, string> | undefined,
  deps: Deps,
  nowMs: number,
): Answer | null {
  const field = payload.extra?.field ?? "";
  const broken = { refused: { title: "This link is broken", message: "The link does not say what to record." } };
  switch (action) {
    case "confirm":
      if (!(FACT_FIELDS as readonly string[]).includes(field) || !payload.extra?.value) return broken;
      return { action: { type: "confirm", field: field as AskedField, value: payload.extra.value } };
    case "reclassify": {
      const kind = payload.extra?.kind;
      if ((kind !== "update" && kind !== "other") || !payload.extra?.message) return broken;
      return { action: { type: "reclassify", messageKey: payload.extra.message, kind } };
    }
    case "change": {
      if (!(field in CHANGEABLE_FIELDS)) return broken;
      const text = oneLine(form?.date ?? "", 100);
      const date = text ? parseOwnerDate(text, deps.owner.timezone, new Date(nowMs).toISOString()) : null;
      if (!date)
        return { refused: { title: "A date is needed", message: `Go back and type a date ("fri 13 mar 5pm").` } };
      if (field === "respondBy") return { action: { type: "deadline", respondBy: date } };
      if (field === "expectDecisionBy") return { action: { type: "expect", expectDecisionBy: date } };
      if (!date.includes("T"))
        return { refused: { title: "A time is needed", message: "Go back and type the day and the time." } };
      return { action: { type: "interview", interviewAt: date } };
    }
    default:
      return null;
  }
}

/**
 * Applies an answer. "Not a job mail" about the only message an employer record was made from
 * removes the record: there was never a process.
 */
export async function applyAnswer(
  deps: Deps,
  employer: EmployerRecord,
  action: OwnerAction,
  now: string,
): Promise<{ done: string; employerId: string | null }> {
  if (action.type === "reclassify" && action.kind === "other" && !hasOtherMail(employer, action.messageKey)) {
    await removeEmployer(deps, employer.id);
    return { done: `Recorded: that message is not about a job. ${employer.name} is removed.`, employerId: null };
  }
  const saved = await applyToEmployer(deps, employer.id, action, now);
  const last = saved.timeline.at(-1)?.summary.replace(/^[a-z_]+: /, "") ?? "done";
  return { done: `Recorded for ${saved.name}: ${last}.`, employerId: saved.id };
}
