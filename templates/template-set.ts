// The shape of the compiled template set: written by templates/build.ts into templates/compiled/,
// read by templates/render.ts. Shared here so both sides agree on names.

/** Runtime-repeated fragments, one MJML file each under templates/mjml/blocks/. */
export const BLOCK_NAMES = [
  "deadline",
  "section",
  "section-item",
  "table",
  "table-head-cell",
  "table-row",
  "table-cell",
  "drafts",
  "draft",
  "call-script",
  "call-script-line",
  "actions",
  "action",
] as const;
export type BlockName = (typeof BLOCK_NAMES)[number];

/** The `{{html:...}}` slots every kind document must hold exactly once. */
export const KIND_SLOTS = ["deadline", "sections", "tables", "drafts", "actions"] as const;

/** The blocks of a kind's body after the summary, in the order its source places them. */
export const BODY_BLOCKS = ["sections", "tables", "drafts", "actions"] as const;
export type BodyBlock = (typeof BODY_BLOCKS)[number];

/** The drafts block's words, the same in the HTML and the text part. */
export const DRAFTS_LEAD = "Nothing is sent for you: send each draft yourself, from your own mail.";
export const CALL_SCRIPT_TITLE = "Or call: a short script";
export const NO_DRAFTS_NOTE = "No draft this time: there is nothing to send.";

export function draftsTitle(count: number): string {
  return count === 1 ? "Draft ready to send" : `Drafts ready to send (${count})`;
}

/** What a kind shows when it has no draft: a "nothing to send" note under the header, or no block at all. */
export type EmptyDrafts = "note" | "hide";

export interface CompiledKind {
  readonly html: string;
  /** Short name of the email kind, shown above the headline. */
  readonly label: string;
  /** The kind's one-line lead under the headline, in both the HTML and the text part. */
  readonly intro: string;
  readonly emptyDrafts: EmptyDrafts;
  /** Where sections, tables, drafts and actions stand in the HTML: the text part follows it. */
  readonly order: readonly BodyBlock[];
}
