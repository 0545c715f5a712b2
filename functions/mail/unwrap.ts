// How the employer's message reached the inbox, and which message is the original: the outer one
// (auto-forward, redirect, BCC), an attached message/rfc822, or an inline forward block, possibly
// a forward of a forward.
import { addressParser } from "postal-mime";
import { parseWrittenDate } from "../domain/extract/date-phrases";
import { istReading, zoneFromHeaderDate, zoneFromName } from "../domain/extract/time-zones";
import type { AttachmentFacts, CalendarFacts, MailFacts, Party } from "../domain/mail-facts";
import { domainOf } from "../domain/senders";
import { isoInZone, UTC_OFFSET, type Zone } from "../domain/time";
import type { readCalendar as ReadCalendar } from "./calendar";
import {
  attributedForward,
  findInlineForward,
  greetedLetterForward,
  headerlessForward,
  type InlineForward,
  pastedMessage,
} from "./forward-blocks";
import { htmlToText } from "./html-text";
import { MAX_FORWARD_DEPTH, MAX_TEXT_CHARS } from "./limits";
import { bytesOf, headerValue, type ParsedMail, parseMime, partiesOf } from "./parse-mime";
import { pdfText } from "./pdf-text";

export type ForwardStyle = "inline" | "attachment" | "auto" | "bcc" | "redirect" | "none";

/** The original message as far as it could be recovered. */
export interface OriginalMessage
  extends Pick<MailFacts, "from" | "to" | "cc" | "replyTo" | "subject" | "dateHeader" | "dateMs" | "zone"> {
  messageId: string | null;
  /** Full text, newest message first, quotes included. */
  text: string;
  bulk: boolean;
}

export interface Unwrapped {
  style: ForwardStyle;
  original: OriginalMessage;
  /** What the owner wrote around the forward. */
  note: string | null;
  attachments: AttachmentFacts[];
  calendar: CalendarFacts | null;
  /** An attached message carries jobnudge's marker header: the owner forwarded jobnudge's own mail. */
  nestedFromJobnudge: boolean;
}

/** The header jobnudge puts on everything it sends (X-Jobnudge-Kind); header keys are lower-cased. */
export function carriesJobnudgeMarker(mail: ParsedMail): boolean {
  return mail.headers.some((h) => h.key.startsWith("x-jobnudge"));
}

export function textOf(mail: ParsedMail): string {
  const plain = (mail.text ?? "").replace(/\r\n?/g, "\n").trim();
  // Some clients send an empty or stub text part next to the real HTML. A text part of 40
  // characters or more is read whatever the HTML says, so the HTML is converted only when it may win.
  if (plain.length >= 40) return plain.slice(0, MAX_TEXT_CHARS);
  const html = mail.html ? htmlToText(mail.html) : "";
  const text = plain.length >= html.length ? plain : html;
  return text.slice(0, MAX_TEXT_CHARS);
}

export function stripAngles(id: string | null | undefined): string | null {
  const clean = (id ?? "")
    .replace(/[\r\n]/g, "")
    .trim()
    .replace(/^<|>$/g, "")
    .trim();
  return clean && clean.length <= 998 ? clean : null;
}

function originalFromMail(mail: ParsedMail, text: string): OriginalMessage {
  const dateHeader = headerValue(mail, "date");
  const ms = dateHeader ? Date.parse(mail.date ?? "") : Number.NaN;
  return {
    from: partiesOf(mail.from)[0] ?? null,
    to: partiesOf(mail.to),
    cc: partiesOf(mail.cc),
    replyTo: partiesOf(mail.replyTo),
    subject: (mail.subject ?? "").replace(/[\r\n]+/g, " ").trim(),
    dateHeader,
    dateMs: Number.isFinite(ms) ? ms : null,
    zone: dateHeader ? zoneFromHeaderDate(dateHeader) : null,
    messageId: stripAngles(mail.messageId),
    text,
    bulk:
      !!headerValue(mail, "list-unsubscribe") || /\b(?:bulk|list|junk)\b/i.test(headerValue(mail, "precedence") ?? ""),
  };
}

function partyFromWritten(written: string | null): Party | null {
  if (!written) return null;
  const cleaned = written.replace(/\[mailto:([^\]]+)\]/gi, "<$1>").replace(/<mailto:([^>]+)>/gi, "<$1>");
  const parsed = partiesOf(addressParser(cleaned.slice(0, 1000)));
  if (parsed[0]) return parsed[0];
  const name = cleaned
    .replace(/<[^>]*>/g, "")
    .replace(/["']/g, "")
    .trim();
  return name ? { name, address: "" } : null;
}

function partiesFromWritten(written: string | null): Party[] {
  if (!written) return [];
  return partiesOf(addressParser(written.replace(/\[mailto:([^\]]+)\]/gi, "<$1>").slice(0, 5000)));
}

function originalFromBlock(block: InlineForward, outer: OriginalMessage, ownerZone: Zone): OriginalMessage {
  const written = block.headers.date;
  const from = partyFromWritten(block.headers.from);
  // "16:48:20 IST" in the header of a message from Dublin is Irish time: the message says which.
  const ist =
    written && /\bIST\b/.test(written)
      ? istReading(block.body.slice(0, 20_000), from ? domainOf(from.address) : "", ownerZone)
      : undefined;
  const parsed = written ? parseWrittenDate(written, ownerZone, outer.dateMs ?? Date.now(), ist) : null;
  return {
    from,
    to: partiesFromWritten(block.headers.to),
    cc: partiesFromWritten(block.headers.cc),
    replyTo: partiesFromWritten(block.headers.replyTo ?? null),
    subject: (
      block.headers.subject ??
      outer.subject.replace(/^(?:\s*(?:fwd?|fw|tr|wg|rv|re|aw|enc|res|vb|vs|sv|pd|odp)\s*:\s*)+/i, "")
    ).trim(),
    dateHeader: written,
    dateMs: parsed?.instantMs ?? outer.dateMs,
    // A header date without a zone ("Montag, 27. April 2026 15:20") says nothing of the writer's zone.
    zone: parsed ? (parsed.stated ? parsed.zone : null) : outer.zone,
    messageId: null,
    text: block.body,
    bulk: false,
  };
}

// Forward prefixes: English, French "TR", German "WG", Spanish "RV", Portuguese "ENC", Italian "I",
// Swedish "VB", Danish and Norwegian "VS", Polish "PD".
const SUBJECT_FORWARD = /^\s*(?:fwd?|fw|tr|wg|rv|enc|i|vb|vs|pd)\s*:/i;

/** A subject that starts with a forward prefix in any language jobnudge reads ("Fwd:", "WG:", "TR:"). */
export function subjectForwards(subject: string): boolean {
  return SUBJECT_FORWARD.test(subject);
}

/** Follow inline forwards inside inline forwards while each layer adds nothing but a short note. */
function innermostBlock(
  text: string,
  outer: OriginalMessage,
  ownerZone: Zone,
  ownerAddresses: string[],
  explicitOnly = false,
) {
  let block = findInlineForward(text, explicitOnly);
  if (!block) return null;
  let original = originalFromBlock(block, outer, ownerZone);
  const note = block.note;
  for (let depth = 1; depth < MAX_FORWARD_DEPTH; depth += 1) {
    const fromOwner = !!original.from && ownerAddresses.includes(original.from.address);
    const inner = findInlineForward(block.body, !SUBJECT_FORWARD.test(original.subject));
    if (!inner || inner.note.length > 400 || (!fromOwner && !SUBJECT_FORWARD.test(original.subject))) break;
    block = inner;
    const passedOnBy = fromOwner ? null : original.from;
    original = originalFromBlock(inner, original, ownerZone);
    // A colleague's mail passed on to the owner ("Grace, can you send this to Liam?" forwarded by
    // Grace, at the same domain): the one who wrote to the owner is the one to answer, unless the
    // mail names its own Reply-To.
    const toOwner = [...original.to, ...original.cc].some((p) => ownerAddresses.includes(p.address));
    const colleague = !!passedOnBy?.address && domainOf(passedOnBy.address) === domainOf(original.from?.address ?? "");
    if (passedOnBy && colleague && !toOwner && original.replyTo.length === 0)
      original = { ...original, replyTo: [passedOnBy] };
  }
  return { note, original };
}

/** Letters arrive as PDF, HTML or plain text files; calendars and everything else have no letter text. */
const LETTER_TEXT_BYTES = 200_000;

function attachmentText(a: ParsedMail["attachments"][number]): string {
  const name = a.filename ?? "";
  if (a.mimeType === "application/pdf" || /\.pdf$/i.test(name)) return pdfText(bytesOf(a.content));
  const isHtml = a.mimeType === "text/html" || /\.html?$/i.test(name);
  const isText = a.mimeType === "text/plain" || /\.txt$/i.test(name);
  if (!isHtml && !isText) return "";
  const decoded = new TextDecoder().decode(bytesOf(a.content).subarray(0, LETTER_TEXT_BYTES));
  return (isHtml ? htmlToText(decoded) : decoded).slice(0, MAX_TEXT_CHARS);
}

function attachmentFacts(mail: ParsedMail): AttachmentFacts[] {
  return mail.attachments
    .filter((a) => a.mimeType !== "message/rfc822")
    .slice(0, 50)
    .map((a) => {
      const text = attachmentText(a);
      return text
        ? { filename: a.filename, mimeType: a.mimeType, textSample: text }
        : { filename: a.filename, mimeType: a.mimeType };
    });
}

/**
 * The calendar reader (ical.js, ~76 KB bundled) loads with the first message that carries an .ics:
 * most mail has none, so it stays out of the inbound function's cold start (a code-split chunk).
 */
let calendarReader: Promise<typeof ReadCalendar> | null = null;

async function calendarOf(mails: ParsedMail[], zone: Zone): Promise<CalendarFacts | null> {
  for (const mail of mails) {
    for (const a of mail.attachments) {
      if (a.mimeType === "text/calendar" || a.mimeType === "application/ics" || /\.ics$/i.test(a.filename ?? "")) {
        calendarReader ??= import("./calendar").then((m) => m.readCalendar);
        const readCalendar = await calendarReader;
        const calendar = readCalendar(new TextDecoder().decode(bytesOf(a.content)), zone);
        if (calendar) return calendar;
      }
    }
  }
  return null;
}

/**
 * The names the owner may be greeted by: her display name's first and last words, her address's
 * first part.
 */
function greetingNamesOf(owner: Party | null): string[] {
  if (!owner) return [];
  const words = owner.name.trim().split(/\s+/);
  const names = [
    words[0] ?? "",
    words.length > 1 ? (words.at(-1) ?? "") : "",
    owner.address.split(/[._+-]|@/)[0] ?? "",
  ];
  return names.filter((n) => /^\p{L}{2,}$/u.test(n));
}

export interface UnwrapContext {
  owners: string[];
  inbox: string | null;
  ownerZone: Zone;
}

export async function unwrap(outerMail: ParsedMail, ctx: UnwrapContext): Promise<Unwrapped> {
  const outerText = textOf(outerMail);
  const outer = originalFromMail(outerMail, outerText);
  const fromOwner = !!outer.from && ctx.owners.includes(outer.from.address);
  const mails = [outerMail];
  const done = async (style: ForwardStyle, original: OriginalMessage, note: string | null): Promise<Unwrapped> => ({
    style,
    original,
    note,
    attachments: mails.flatMap(attachmentFacts),
    calendar: await calendarOf(mails, original.zone ?? ctx.ownerZone),
    nestedFromJobnudge: mails.slice(1).some(carriesJobnudgeMarker),
  });

  if (headerValue(outerMail, "resent-from") || headerValue(outerMail, "resent-to"))
    return done("redirect", outer, null);
  if (!fromOwner) return done("auto", outer, null);

  const attached = outerMail.attachments.find((a) => a.mimeType === "message/rfc822");
  if (attached) {
    let mail = await parseMime(bytesOf(attached.content));
    mails.push(mail);
    // A forward-as-attachment of the owner's own forward-as-attachment: go one level further.
    for (let depth = 1; depth < MAX_FORWARD_DEPTH; depth += 1) {
      const sender = partiesOf(mail.from)[0]?.address ?? "";
      const next = mail.attachments.find((a) => a.mimeType === "message/rfc822");
      if (!next || !ctx.owners.includes(sender)) break;
      mail = await parseMime(bytesOf(next.content));
      mails.push(mail);
    }
    const text = textOf(mail);
    const original = originalFromMail(mail, text);
    const fromOwnerInner = !!original.from && ctx.owners.includes(original.from.address);
    const block = fromOwnerInner ? innermostBlock(text, original, ctx.ownerZone, ctx.owners) : null;
    return done("attachment", block?.original ?? original, outerText);
  }

  const others = [...outer.to, ...outer.cc].filter((p) => !ctx.owners.includes(p.address) && p.address !== ctx.inbox);
  // The owner's own reply to an employer (inbox in Bcc) quotes the thread under a bare
  // "From:/Sent:" (or "De:/Enviado:") block, which is a quote, not a forward. Only an explicit
  // forward marker or a forward subject makes mail addressed to someone else a forward.
  const replyToSomeoneElse = others.length > 0 && !SUBJECT_FORWARD.test(outer.subject);
  const block = innermostBlock(outerText, outer, ctx.ownerZone, ctx.owners, replyToSomeoneElse);
  if (block) return done("inline", block.original, block.note);

  // A letter to the owner ("Dear Aditi,") pasted under her note with no header: a forward, even
  // when she also sent it on to someone else ("Fwd:" to a partner).
  const letter =
    SUBJECT_FORWARD.test(outer.subject) || others.length === 0
      ? greetedLetterForward(outerText, greetingNamesOf(outer.from))
      : null;
  if (letter) return done("inline", originalFromBlock(letter, outer, ctx.ownerZone), letter.note);
  if (others.length > 0) return done("bcc", outer, null);
  // "Fwd: ..." from a phone that pasted the message under its own footer, without the header block.
  // A message pasted in quotation marks under the owner's line introducing it, whatever the subject.
  const pasted =
    (SUBJECT_FORWARD.test(outer.subject) ? (attributedForward(outerText) ?? headerlessForward(outerText)) : null) ??
    pastedMessage(outerText);
  if (pasted) return done("inline", originalFromBlock(pasted, outer, ctx.ownerZone), pasted.note);
  return done("none", outer, outerText);
}

export function isoOfOriginal(original: OriginalMessage, ownerZone: Zone): string | null {
  if (original.dateMs === null) return null;
  return isoInZone(original.dateMs, original.zone ?? ownerZone);
}

export function zoneOfOwner(timezone: string): Zone {
  return zoneFromName(timezone) ?? UTC_OFFSET;
}
