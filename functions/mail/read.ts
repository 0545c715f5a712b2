// Raw bytes -> what jobnudge needs to know about one inbound email. Never throws: whatever cannot
// be read becomes an `error` on an otherwise empty extraction.

import { extractMessage } from "../domain/extract/extract";
import type { MailFacts } from "../domain/extract/mail-facts";
import { type Extraction, emptyExtraction } from "../domain/extraction";
import { cleanNote, splitQuotedThread } from "./forward-blocks";
import { headerProblem, MAX_OWNER_TEXT, rawSizeProblem } from "./limits";
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

export type { ForwardStyle } from "./unwrap";

export interface InboundEmail {
  outer: {
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
  };
  /** Plain text the owner wrote directly (for commands / notes), trimmed, max 2000 chars. */
  ownerText: string | null;
  extraction: Extraction;
}

export interface ReadContext {
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

function outerFields(mail: ParsedMail | null, ownAddresses: readonly string[]): InboundEmail["outer"] {
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

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `unreadable MIME message: ${message.replace(/[\r\n]+/g, " ").slice(0, 200)}`;
}

export async function readEmail(raw: Uint8Array, ctx: ReadContext): Promise<InboundEmail> {
  const owners = ctx.ownerAddresses.map((a) => a.trim().toLowerCase()).filter(Boolean);
  const ownerZone = zoneOfOwner(ctx.timezone);
  const sizeProblem = rawSizeProblem(raw) ?? headerProblem(raw);
  if (sizeProblem) {
    return { outer: outerFields(null, []), ownerText: null, extraction: emptyExtraction({ error: sizeProblem }) };
  }
  let mail: ParsedMail;
  try {
    mail = await parseMime(raw);
  } catch (error) {
    return { outer: outerFields(null, []), ownerText: null, extraction: emptyExtraction({ error: describe(error) }) };
  }
  const inbox = ctx.inboxAddress?.toLowerCase() ?? inboxFromReceived(mail);
  // jobnudge's own addresses, never the owner's (a misconfiguration must not drop every command).
  const own = [inbox, ctx.senderAddress?.toLowerCase() ?? null].filter((a): a is string => !!a && !owners.includes(a));
  const outer = outerFields(mail, own);
  if (!outer.from && mail.headers.length === 0) {
    return { outer, ownerText: null, extraction: emptyExtraction({ error: "not an email: no header lines" }) };
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
    if (unwrapped.style === "none") {
      // The owner wrote to the inbox directly: a command or a note, not an employer's message.
      const extraction = emptyExtraction({
        messageId,
        originalDate,
        subject: outer.subject || null,
        ownerNote: ownerText,
      });
      return { outer, ownerText, extraction };
    }
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
      ownerTimezone: ctx.timezone,
    };
    const extraction = extractMessage(facts, { messageId, originalDate });
    return {
      outer,
      ownerText: unwrapped.style === "inline" || unwrapped.style === "attachment" ? ownerText : null,
      extraction,
    };
  } catch (error) {
    return { outer, ownerText: null, extraction: emptyExtraction({ error: describe(error) }) };
  }
}

/** Subject and text of a kept message, for the owner to read again. Throws when it cannot be parsed. */
export async function decodeForView(raw: Uint8Array): Promise<{ subject: string | null; text: string }> {
  const mail = await parseMime(raw);
  return { subject: mail.subject ?? null, text: textOf(mail) };
}
