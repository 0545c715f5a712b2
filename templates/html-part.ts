// Runtime: the HTML part, from compiled kind documents and block fragments (no mjml here).

import type { CheckedDraft, CheckedView } from "./checked-view";
import { COMPILED_BLOCKS, COMPILED_KINDS } from "./compiled";
import { MissingTemplateValueError } from "./errors";
import { type FillValues, fill } from "./fill";
import {
  type BlockName,
  CALL_SCRIPT_TITLE,
  type CompiledKind,
  DRAFTS_LEAD,
  draftsTitle,
  NO_DRAFTS_NOTE,
} from "./template-set";

function block(name: BlockName, values: FillValues): string {
  return fill(COMPILED_BLOCKS[name], name, values);
}

function each<T>(items: readonly T[], render: (item: T, index: number) => string): string {
  return items.map(render).join("\n");
}

function draftHtml(draft: CheckedDraft): string {
  const callScript =
    draft.callScript.length === 0
      ? ""
      : block("call-script", {
          text: { title: CALL_SCRIPT_TITLE },
          html: { lines: each(draft.callScript, (line) => block("call-script-line", { text: { line } })) },
        });
  return block("draft", {
    text: {
      label: draft.label,
      to: draft.recipient,
      subject: draft.subject,
      body: draft.body,
      mailto: draft.mailto,
    },
    html: { callScript },
  });
}

function draftsHtml(view: CheckedView, kind: CompiledKind): string {
  if (view.drafts.length === 0 && kind.emptyDrafts === "hide") return "";
  if (view.drafts.length === 0) {
    return block("drafts", { text: { title: "Drafts", lead: NO_DRAFTS_NOTE }, html: { items: "" } });
  }
  const title = draftsTitle(view.drafts.length);
  return block("drafts", { text: { title, lead: DRAFTS_LEAD }, html: { items: each(view.drafts, draftHtml) } });
}

export function renderHtml(view: CheckedView): string {
  const kind: CompiledKind | undefined = COMPILED_KINDS[view.kind];
  if (!kind) throw new MissingTemplateValueError("view", `kind (no template for "${String(view.kind)}")`);
  const sections = each(view.sections, (section) =>
    block("section", {
      text: { title: section.title },
      html: { items: each(section.items, (item) => block("section-item", { text: { item } })) },
    }),
  );
  const tables = each(view.tables, (table) =>
    block("table", {
      text: { title: table.title },
      html: {
        head: each(table.columns, (cell) => block("table-head-cell", { text: { cell } })),
        rows: each(table.rows, (row) =>
          block("table-row", {
            // Each cell carries its column's name: on a phone the rows stack as cards that label each value.
            html: {
              cells: each(row, (cell, c) => block("table-cell", { text: { cell, label: table.columns[c] ?? "" } })),
            },
          }),
        ),
      },
    }),
  );
  const actions =
    view.actions.length === 0
      ? ""
      : block("actions", {
          text: { title: "Quick actions" },
          html: { items: each(view.actions, (action) => block("action", { text: { ...action } })) },
        });
  return fill(kind.html, view.kind, {
    text: {
      subject: view.subject,
      preheader: view.preheader,
      headline: view.headline,
      happened: view.happened,
      whyNow: view.whyNow,
    },
    html: {
      deadline: view.deadline === null ? "" : block("deadline", { text: { deadline: view.deadline } }),
      sections,
      tables,
      drafts: draftsHtml(view, kind),
      actions,
    },
  });
}
