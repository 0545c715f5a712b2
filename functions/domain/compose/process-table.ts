// The table of open processes shown by `status` and the weekly digest: stage, last contact, next
// nudge and deadlines, top choice first.

import type { TableView } from "../email-view";
import type { EmployerRecord } from "../employer";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { formatDeadline, formatInstant } from "../owner-time";
import { deadlineOrNull, instantOrNull } from "../time";
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
  const when = Date.parse(next.dueAt) <= Date.parse(now) ? "now" : formatInstant(next.dueAt, owner.timezone, now);
  return `${NUDGE_WORDS[next.kind]}, ${when}`;
}

/**
 * The dates ahead, and the ones that lapsed (PLAYBOOK §7): an interview that has passed is no longer a
 * deadline; an answer deadline or a promised date that has passed says so, never "due".
 */
export function deadlineWords(employer: EmployerRecord, owner: OwnerSettings, now: string): string {
  const tz = owner.timezone;
  const at = Date.parse(now);
  const over = (value: string) => (deadlineOrNull(value, tz)?.endsAt ?? Number.POSITIVE_INFINITY) <= at;
  const parts: string[] = [];
  const interview = instantOrNull(employer.interviewAt);
  if (employer.interviewAt && interview !== null && interview > at)
    parts.push(`interview ${formatInstant(employer.interviewAt, tz, now)}`);
  if (employer.respondBy) {
    const when = formatDeadline(employer.respondBy, tz, now);
    parts.push(over(employer.respondBy) ? `answer was due ${when} (lapsed)` : `answer by ${when}`);
  }
  if (employer.expectDecisionBy) {
    const when = formatDeadline(employer.expectDecisionBy, tz, now);
    parts.push(over(employer.expectDecisionBy) ? `news promised by ${when} (passed)` : `news promised by ${when}`);
  }
  return parts.join("; ") || "none";
}

function stageWords(employer: EmployerRecord, owner: OwnerSettings, now: string): string {
  const notes: string[] = [STAGE_WORDS[employer.stage]];
  if (employer.rank !== null) notes.push(`rank ${employer.rank}`);
  if (employer.stopped) notes.push("nudges stopped");
  else if (employer.snoozedUntil && Date.parse(employer.snoozedUntil) > Date.parse(now)) {
    notes.push(`snoozed until ${formatInstant(employer.snoozedUntil, owner.timezone, now)}`);
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
      employer.lastContactAt ? formatInstant(employer.lastContactAt, owner.timezone, now) : "never",
      nextNudgeWords(employer.id, planned, owner, now),
      deadlineWords(employer, owner, now),
    ]),
  };
}
