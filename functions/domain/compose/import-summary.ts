// The one email an import sends instead of an acknowledgement per message: how much past mail was
// read, the employers it found (the digest's process table), the facts it was unsure of with their
// one-tap answers, and the nudges whose time had passed before jobnudge knew (told here once, never
// sent late). DESIGN.md names no kind for it: it is a `digest`, the closest contract (a summary of
// every process), with its own subject and headline.
import type { EmailView, LinkView, SectionView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { emptyExtraction } from "../extraction";
import type { LinkMaker } from "../link-actions";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { formatInstant } from "../owner-time";
import { counted } from "../wording";
import { ackQuestions } from "./ack-questions";
import { NUDGE_WORDS, STAGE_WORDS } from "./plain-words";
import { processTable } from "./process-table";

export interface ImportTally {
  /** Messages read from the mailbox (kept and skipped by the header filter). */
  messages: number;
  /** Of those, read as job mail (not kind "other"). */
  jobMessages: number;
  /** Messages or files that could not be read. */
  problems: number;
  /** The employers the imported mail is about, as stored after the import. */
  employers: EmployerRecord[];
  /** Processing keys of the imported messages: the unsure facts asked about are theirs. */
  messageKeys: ReadonlySet<string>;
  /** Nudges already due when the import finished: told here, never sent late. */
  overdue: PlannedNudge[];
}

/** Employers with a fact from the imported mail still waiting for the owner's answer. */
function employersAwaitingAnswer(tally: Pick<ImportTally, "employers" | "messageKeys">): EmployerRecord[] {
  return tally.employers.filter((e) => (e.unsure ?? []).some((f) => tally.messageKeys.has(f.messageKey)));
}

/** "412 messages", "1 employer": figures, as in a report. */
function figure(count: number, singular: string): string {
  return `${count} ${count === 1 ? singular : `${singular}s`}`;
}

/** "imported 412 messages, 7 employers, 2 need your answer". */
export function importHeadline(tally: Pick<ImportTally, "messages" | "employers" | "messageKeys">): string {
  const waiting = employersAwaitingAnswer(tally).length;
  return [
    `imported ${figure(tally.messages, "message")}`,
    figure(tally.employers.length, "employer"),
    `${waiting} need${waiting === 1 ? "s" : ""} your answer`,
  ].join(", ");
}

export function composeImportSummary(
  tally: ImportTally,
  planned: PlannedNudge[],
  owner: OwnerSettings,
  now: string,
  links: LinkMaker,
): EmailView {
  const headline = importHeadline(tally);
  const sections: SectionView[] = [];
  const actions: LinkView[] = [];
  const byName = [...tally.employers].sort((a, b) => a.name.localeCompare(b.name));
  sections.push({
    title: "Employers found",
    items: byName.map((e) => {
      const mail = e.timeline.filter((t) => t.messageKey && tally.messageKeys.has(t.messageKey));
      const last = mail.at(-1);
      return `${e.name}${e.role ? ` (${e.role})` : ""}: ${STAGE_WORDS[e.stage]}, ${counted(mail.length, "message")}${last ? `, latest ${formatInstant(last.at, owner.timezone, now)}` : ""}`;
    }),
  });
  for (const employer of employersAwaitingAnswer(tally)) {
    const questions = (employer.unsure ?? [])
      .filter((f) => tally.messageKeys.has(f.messageKey))
      .flatMap((fact) =>
        ackQuestions({
          extraction: emptyExtraction(),
          employer: { ...employer, unsure: [fact] },
          timezone: owner.timezone,
          links,
          messageKey: fact.messageKey,
        }),
      );
    sections.push({ title: `${employer.name}: please check`, items: questions.map((q) => q.text) });
    actions.push(...questions.flatMap((q) => q.links));
  }
  if (tally.overdue.length > 0) {
    const names = new Map(tally.employers.map((e) => [e.id, e.name]));
    sections.push({
      title: "Already due when imported (not sent separately)",
      items: tally.overdue.map(
        (n) =>
          `${NUDGE_WORDS[n.kind]}${n.employerId ? ` for ${names.get(n.employerId) ?? "an employer"}` : ""}: ${n.reason}`,
      ),
    });
  }
  if (tally.problems > 0) {
    sections.push({
      title: "Not read",
      items: [
        `${counted(tally.problems, "message")} could not be read; \`jobnudge import\` listed each with its position.`,
      ],
    });
  }
  const table = processTable(tally.employers, planned, owner, now);
  return {
    kind: "digest",
    subject: `jobnudge ${headline}`,
    preheader: headline,
    headline: "Your past job mail is in",
    happened: `${headline.charAt(0).toUpperCase()}${headline.slice(1)}: ${counted(tally.jobMessages, "message")} about job processes.`,
    whyNow: "You imported past mail. Reminders are planned from now on; nothing is sent for dates that passed before.",
    deadline: null,
    sections,
    tables: table.rows.length > 0 ? [table] : [],
    drafts: [],
    actions,
    attachments: [],
  };
}
