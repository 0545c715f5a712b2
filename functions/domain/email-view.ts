// The contract between composing an owner email (domain: what to say) and rendering it
// (templates: how it looks). Every string here is plain text; the renderer escapes it.
import type { DraftKind, OwnerEmailKind } from "./vocabularies";

export interface DraftView {
  kind: DraftKind;
  /** Short label shown above the draft, e.g. "Expedite request to Globex". */
  label: string;
  to: string | null;
  /** Who to send it to, in words, when `to` is null (the person's name and where to find the address). */
  toNote?: string;
  subject: string;
  body: string;
  /** Optional call script (3 short lines) when a call beats an email. */
  callScript: string[] | null;
}

export interface LinkView {
  label: string;
  /** Absolute https/http URL built by jobnudge itself (signed action link, calendar...). */
  url: string;
}

export interface SectionView {
  title: string;
  /** Bullet items (plain text). */
  items: string[];
}

export interface TableView {
  title: string;
  columns: string[];
  rows: string[][];
}

export interface AttachmentView {
  filename: string;
  contentType: string;
  content: string;
}

export interface EmailView {
  kind: OwnerEmailKind;
  subject: string;
  /** One line shown by mail apps after the subject. */
  preheader: string;
  headline: string;
  /** What happened. */
  happened: string;
  /** Why this email comes now. */
  whyNow: string;
  /** The deadline that matters, formatted in the owner's zone, or null. */
  deadline: string | null;
  sections: SectionView[];
  tables: TableView[];
  drafts: DraftView[];
  actions: LinkView[];
  attachments: AttachmentView[];
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  attachments: AttachmentView[];
}
