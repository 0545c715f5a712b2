// The table of open processes shown by `status` and the weekly digest: stage, last contact, next
// nudge and deadlines, top choice first.

import type { TableView } from "../email-view";
import type { EmployerRecord } from "../employer";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { formatDeadline, formatInstant } from "../owner-time";
import { OPEN_STAGES } from "../vocabularies";
import { NUDGE_WORDS, STAGE_WORDS } from "./plain-words";

export function openEmployers(employers: EmployerRecord[]): EmployerRecord[] {
  return employers
    .filter((e) => OPEN_STAGES.includes(e.stage))
    .sort(
      (a, b) =>
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name),
    );
}

/** The employer's next planned nudge, earliest first; "now" for one already due. */
export function nextNudgeWords(employerId: string, planned: PlannedNudge[], owner: OwnerSettings, now: string): string {
  const next = planned.filter((n) => n.employerId === employerId).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
  if (!next) return "none planned";
  const when = Date.parse(next.dueAt) <= Date.parse(now) ? "now" : formatInstant(next.dueAt, owner.timezone);
  return `${NUDGE_WORDS[next.kind]}, ${when}`;
}

export function deadlineWords(employer: EmployerRecord, owner: OwnerSettings): string {
  const parts: string[] = [];
  if (employer.interviewAt) parts.push(`interview ${formatInstant(employer.interviewAt, owner.timezone)}`);
  if (employer.respondBy) parts.push(`answer by ${formatDeadline(employer.respondBy, owner.timezone)}`);
  if (employer.expectDecisionBy)
    parts.push(`news promised by ${formatDeadline(employer.expectDecisionBy, owner.timezone)}`);
  return parts.join("; ") || "none";
}

function stageWords(employer: EmployerRecord, owner: OwnerSettings, now: string): string {
  const notes: string[] = [STAGE_WORDS[employer.stage]];
  if (employer.rank !== null) notes.push(`rank ${employer.rank}`);
  if (employer.stopped) notes.push("nudges stopped");
  else if (employer.snoozedUntil && Date.parse(employer.snoozedUntil) > Date.parse(now)) {
    notes.push(`snoozed until ${formatInstant(employer.snoozedUntil, owner.timezone)}`);
  }
  return notes.join(", ");
}

export function processTable(
  employers: EmployerRecord[],
  planned: PlannedNudge[],
  owner: OwnerSettings,
  now: string,
): TableView {
  return {
    title: "Open processes",
    columns: ["Employer", "Stage", "Last contact", "Next nudge", "Deadlines"],
    rows: openEmployers(employers).map((employer) => [
      employer.name,
      stageWords(employer, owner, now),
      employer.lastContactAt ? formatInstant(employer.lastContactAt, owner.timezone) : "never",
      nextNudgeWords(employer.id, planned, owner, now),
      deadlineWords(employer, owner),
    ]),
  };
}
