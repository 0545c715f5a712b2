// Raw bytes -> the decoded facts of one inbound email: the outer message as received and, for a
// forward, the original message as MailFacts (domain/mail-facts.ts). Decoding only: the limits
// are checked before (mail/limits.ts) and extraction runs after, both by the use case that reads a
// message (app/read-message.ts). Never throws: what cannot be read becomes `ok: false` with why.

import type { MailFacts } from "../domain/mail-facts";
import { cleanNote, splitQuotedThread } from "./forward-blocks";
import { MAX_OWNER_TEXT } from "./limits";
import { headerValues, type ParsedMail, parseMime, partiesOf } from "./parse-mime";
import {
  carriesJobnudgeMarker,
  type ForwardStyle,
  isoOfOriginal,
  stripAngles,
  textOf,
  unwrap,
  zoneOfOwner,
} from "./unwrap";

/** The message as it reached the inbox (not the one the owner forwarded). */
export interface OuterFacts {
  from: string | null;
  subject: string;
  date: string | null;
  messageId: string | null;
  /**
   * Mail jobnudge itself sent (loop guard): it carries jobnudge's marker header or comes from one
   * of jobnudge's own addresses, itself or as the message the owner forwarded.
   */
  fromJobnudge: boolean;
  forward: ForwardStyle;
}

export type DecodedMail =
  | { ok: false; outer: OuterFacts; error: string }
  | {
      ok: true;
      outer: OuterFacts;
      /** The owner's own words (their note above a forward, or the whole text they wrote), trimmed. */
      ownerText: string | null;
      /** Message-ID of the original message, else of the outer one. */
      messageId: string | null;
      /** Date of the original message, ISO. */
      originalDate: string | null;
      /** The original message; null when the owner wrote to the inbox directly (no forward). */
      facts: MailFacts | null;
    };

export interface DecodeContext {
  ownerAddresses: string[];
  inboxAddress?: string;
  /** The From address of the mail jobnudge sends (loop guard). */
  senderAddress?: string;
  timezone: string;
}

// Anything address-shaped in a raw header value.
const ADDRESS_TOKEN = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g;

/**
 * The From: address when it is unambiguous: one From header naming one mailbox, and no other
 * address anywhere in its raw value. Parsers disagree on anything else ("a@x, b@y", "<a@x>b@y",
 * two From headers), so SES's DMARC verdict could be about another address than the one read here.
 */
function singleFrom(mail: ParsedMail): string | null {
  const headers = headerValues(mail, "from");
  const parties = partiesOf(mail.from);
  const only = parties[0];
  if (headers.length !== 1 || parties.length !== 1 || !only) return null;
  const mentioned = (headers[0] ?? "").match(ADDRESS_TOKEN) ?? [];
  return mentioned.every((address) => address.toLowerCase() === only.address) ? only.address : null;
}

function outerFields(mail: ParsedMail | null, ownAddresses: readonly string[]): OuterFacts {
  const from = mail ? singleFrom(mail) : null;
  const date = mail?.date ? Date.parse(mail.date) : Number.NaN;
  return {
    from,
    subject: (mail?.subject ?? "")
      .replace(/[\r\n]+/g, " ")
      .trim()
      .slice(0, 998),
    date: Number.isFinite(date) ? new Date(date).toISOString() : null,
    messageId: stripAngles(mail?.messageId),
    fromJobnudge: !!mail && (carriesJobnudgeMarker(mail) || (from !== null && ownAddresses.includes(from))),
    forward: "none",
  };
}

/** The inbox address as SES saw it: "Received: ... for jobs@inbox.example;" on the newest hop. */
function inboxFromReceived(mail: ParsedMail): string | null {
  for (const received of headerValues(mail, "received").slice(0, 3)) {
    const m = /\bfor\s+<?([^\s<>;@]+@[^\s<>;]+?)>?\s*;/i.exec(received);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}

function trimOwnerText(text: string | null): string | null {
  const clean = text ? cleanNote(text).slice(0, MAX_OWNER_TEXT).trim() : "";
  return clean || null;
}

/** Why a message could not be read, in one line (the `error` of its extraction). */
export function unreadableReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `unreadable MIME message: ${message.replace(/[\r\n]+/g, " ").slice(0, 200)}`;
}

/** The outer facts of a message that was never parsed (refused by the limits). */
export function unparsedOuter(): OuterFacts {
  return outerFields(null, []);
}

export async function decodeMail(raw: Uint8Array, ctx: DecodeContext): Promise<DecodedMail> {
  const owners = ctx.ownerAddresses.map((a) => a.trim().toLowerCase()).filter(Boolean);
  const ownerZone = zoneOfOwner(ctx.timezone);
  let mail: ParsedMail;
  try {
    mail = await parseMime(raw);
  } catch (error) {
    return { ok: false, outer: unparsedOuter(), error: unreadableReason(error) };
  }
  const inbox = ctx.inboxAddress?.toLowerCase() ?? inboxFromReceived(mail);
  // jobnudge's own addresses, never the owner's (a misconfiguration must not drop every command).
  const own = [inbox, ctx.senderAddress?.toLowerCase() ?? null].filter((a): a is string => !!a && !owners.includes(a));
  const outer = outerFields(mail, own);
  if (!outer.from && mail.headers.length === 0) {
    return { ok: false, outer, error: "not an email: no header lines" };
  }
  try {
    const unwrapped = await unwrap(mail, { owners, inbox, ownerZone });
    outer.forward = unwrapped.style;
    // A nudge the owner forwarded back (inline or attached) is jobnudge's mail too, not news.
    const originalFrom = unwrapped.original.from?.address ?? null;
    if (unwrapped.nestedFromJobnudge || (originalFrom !== null && own.includes(originalFrom))) {
      outer.fromJobnudge = true;
    }
    const ownerText = trimOwnerText(unwrapped.note);
    const { original } = unwrapped;
    const originalDate = isoOfOriginal(original, ownerZone);
    const messageId = original.messageId ?? outer.messageId;
    // The owner wrote to the inbox directly: a command or a note, not an employer's message.
    if (unwrapped.style === "none") return { ok: true, outer, ownerText, messageId, originalDate, facts: null };
    const { newest, quoted } = splitQuotedThread(original.text);
    const facts: MailFacts = {
      from: original.from,
      to: original.to,
      cc: original.cc,
      replyTo: original.replyTo,
      subject: original.subject,
      dateHeader: original.dateHeader,
      dateMs: original.dateMs,
      zone: original.zone,
      body: newest,
      quoted,
      ownerNote: ownerText,
      calendar: unwrapped.calendar,
      attachments: unwrapped.attachments,
      bulk: original.bulk,
      ownerAddresses: owners,
      ownAddresses: own,
      ownerTimezone: ctx.timezone,
    };
    return { ok: true, outer, ownerText, messageId, originalDate, facts };
  } catch (error) {
    return { ok: false, outer, error: unreadableReason(error) };
  }
}

/** Subject and text of a kept message, for the owner to read again. Throws when it cannot be parsed. */
export async function decodeForView(raw: Uint8Array): Promise<{ subject: string | null; text: string }> {
  const mail = await parseMime(raw);
  return { subject: mail.subject ?? null, text: textOf(mail) };
}
