// Runtime: checks an EmailView once, before either part is rendered. Every text the email shows
// must be a non-blank string (table cells may be empty), every link safe; the subject is made a
// single line and each draft gets its mailto: link.
import type { EmailView, TableView } from "../functions/domain/email-view";
import { MissingTemplateValueError } from "./errors";
import { checkLink, mailtoHref, toSingleLine } from "./links";

export interface CheckedDraft {
  label: string;
  to: string | null;
  /** The "To:" line as shown: the address, else who to send it to in words. */
  recipient: string;
  subject: string;
  body: string;
  callScript: string[];
  mailto: string;
}

/** The view as rendered: the same fields as EmailView, each draft with its mailto: link. */
export type CheckedView = Omit<EmailView, "drafts"> & { drafts: CheckedDraft[] };

const NO_RECIPIENT = "(add the recipient)";

function text(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new MissingTemplateValueError("view", field);
  return value;
}

function cell(value: unknown, field: string): string {
  if (typeof value !== "string") throw new MissingTemplateValueError("view", field);
  return value;
}

function list<T>(value: readonly T[] | null | undefined, field: string): readonly T[] {
  if (!Array.isArray(value)) throw new MissingTemplateValueError("view", field);
  return value;
}

function checkTable(table: TableView, at: string): TableView {
  const columns = list(table.columns, `${at}.columns`).map((column, i) => text(column, `${at}.columns[${i}]`));
  const rows = list(table.rows, `${at}.rows`).map((row, r) => {
    const cells = list(row, `${at}.rows[${r}]`).map((value, c) => cell(value, `${at}.rows[${r}][${c}]`));
    if (cells.length !== columns.length) throw new MissingTemplateValueError("view", `${at}.rows[${r}] (column count)`);
    return cells;
  });
  return { title: text(table.title, `${at}.title`), columns, rows };
}

export function checkView(view: EmailView): CheckedView {
  return {
    kind: view.kind,
    subject: toSingleLine(text(view.subject, "subject")),
    preheader: text(view.preheader, "preheader"),
    headline: text(view.headline, "headline"),
    happened: text(view.happened, "happened"),
    whyNow: text(view.whyNow, "whyNow"),
    deadline: view.deadline === null ? null : text(view.deadline, "deadline"),
    sections: list(view.sections, "sections").map((section, s) => ({
      title: text(section.title, `sections[${s}].title`),
      items: list(section.items, `sections[${s}].items`).map((item, i) => text(item, `sections[${s}].items[${i}]`)),
    })),
    tables: list(view.tables, "tables").map((table, t) => checkTable(table, `tables[${t}]`)),
    drafts: list(view.drafts, "drafts").map((draft, d) => {
      const at = `drafts[${d}]`;
      const to = draft.to === null ? null : toSingleLine(text(draft.to, `${at}.to`));
      const checked = {
        label: text(draft.label, `${at}.label`),
        to,
        recipient: to ?? (draft.toNote ? toSingleLine(text(draft.toNote, `${at}.toNote`)) : NO_RECIPIENT),
        subject: toSingleLine(text(draft.subject, `${at}.subject`)),
        body: text(draft.body, `${at}.body`),
        callScript:
          draft.callScript === null
            ? []
            : list(draft.callScript, `${at}.callScript`).map((line, i) => text(line, `${at}.callScript[${i}]`)),
      };
      return { ...checked, mailto: checkLink(mailtoHref(checked), `${at}.mailto`) };
    }),
    actions: list(view.actions, "actions").map((action, a) => ({
      label: text(action.label, `actions[${a}].label`),
      url: checkLink(action.url, `actions[${a}].url`),
    })),
    attachments: [...list(view.attachments, "attachments")],
  };
}
