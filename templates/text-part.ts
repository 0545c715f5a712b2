// Runtime: the plain-text part. Same content as the HTML part, in reading order: headline, what
// happened, why now, deadline, sections, tables (aligned columns), every draft in full, links.
import type { TableView } from "../functions/domain/email-view";
import type { CheckedDraft, CheckedView } from "./checked-view";
import { COMPILED_KINDS } from "./compiled";
import {
  BODY_BLOCKS,
  type BodyBlock,
  CALL_SCRIPT_TITLE,
  DRAFTS_LEAD,
  draftsTitle,
  NO_DRAFTS_NOTE,
} from "./template-set";

const FOOTER = "jobnudge never writes to an employer: you send every draft.";

function heading(title: string, underline: "=" | "-"): string {
  return `${title}\n${underline.repeat(Math.min(Array.from(title).length, 72))}`;
}

const width = (value: string) => Array.from(value).length;
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, " ");

export function alignTable(table: Pick<TableView, "columns" | "rows">): string {
  const rows = [table.columns, ...table.rows].map((row) => row.map(oneLine));
  const widths = table.columns.map((_, c) => Math.max(...rows.map((row) => width(row[c] ?? ""))));
  const line = (row: string[]) =>
    row
      .map((value, c) => value + " ".repeat((widths[c] ?? 0) - width(value)))
      .join("  ")
      .trimEnd();
  const [head = [], ...body] = rows;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

function draftText(draft: CheckedDraft, index: number): string {
  const lines = [
    heading(`${index + 1}. ${draft.label}`, "-"),
    `To: ${draft.recipient}`,
    `Subject: ${draft.subject}`,
    "",
    draft.body.replace(/\r\n|\r/g, "\n"),
  ];
  if (draft.callScript.length > 0) {
    lines.push("", CALL_SCRIPT_TITLE, ...draft.callScript.map((line, i) => `  ${i + 1}. ${line}`));
  }
  return lines.join("\n");
}

export function renderText(view: CheckedView): string {
  const kind = COMPILED_KINDS[view.kind];
  const blocks = [heading(view.headline, "="), ...(kind?.intro ? [kind.intro] : [])];
  blocks.push(`What happened\n${view.happened}`, `Why now\n${view.whyNow}`);
  if (view.deadline !== null) blocks.push(`Deadline: ${view.deadline}`);
  for (const part of kind?.order ?? BODY_BLOCKS) blocks.push(...BODY_TEXT[part](view));
  blocks.push(`--\n${FOOTER}`);
  return `${blocks.join("\n\n")}\n`;
}

const BODY_TEXT: Record<BodyBlock, (view: CheckedView) => string[]> = {
  sections: (view) =>
    view.sections.map(
      (section) => `${heading(section.title, "-")}\n${section.items.map((item) => `- ${item}`).join("\n")}`,
    ),
  tables: (view) => view.tables.map((table) => `${heading(table.title, "-")}\n${alignTable(table)}`),
  drafts: (view) =>
    view.drafts.length === 0
      ? COMPILED_KINDS[view.kind]?.emptyDrafts === "note"
        ? [`${heading("Drafts", "=")}\n${NO_DRAFTS_NOTE}`]
        : []
      : [`${heading(draftsTitle(view.drafts.length), "=")}\n${DRAFTS_LEAD}`, ...view.drafts.map(draftText)],
  actions: (view) =>
    view.actions.length === 0
      ? []
      : [`${heading("Quick actions", "-")}\n${view.actions.map((a) => `- ${a.label}: ${a.url}`).join("\n")}`],
};
