// A small RFC 5322 / MIME writer for the one shape of email jobnudge sends: text and HTML
// alternatives, optionally followed by attachments (.ics, exports). It replaces nodemailer's
// MailComposer, which brought ~135 KB (its MIME-type table alone is 76 KB) into every Lambda
// bundle for this. Headers are encoded (RFC 2047 encoded-words, RFC 2231 file names) and folded,
// bodies are quoted-printable (text) or base64 (attachments), lines end in CRLF and stay under 78
// characters, and no header value can carry a line break (no header injection).
import { randomBytes, randomUUID } from "node:crypto";

export interface MimeAttachment {
  filename: string;
  /** A full Content-Type value, parameters included ("text/calendar; charset=utf-8; method=PUBLISH"). */
  contentType: string;
  content: string | Uint8Array;
}

export interface MimeMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** "<id@domain>"; generated from the From address's domain when null. */
  messageId: string | null;
  /** Extra header fields, written as given after the standard ones (values are made one line). */
  headers?: Record<string, string>;
  attachments?: MimeAttachment[];
  references?: string | null;
  date?: Date;
}

const CRLF = "\r\n";
const MAX_LINE = 76;

export function buildMime(message: MimeMessage): Buffer {
  const messageId = message.messageId ?? `<${randomUUID()}@${domainOf(message.from)}>`;
  const head: string[] = [
    header("From", address(message.from)),
    header("To", address(message.to)),
    header("Subject", encodeWords(message.subject)),
    header("Message-ID", oneLine(messageId)),
    ...(message.references ? [header("References", oneLine(message.references))] : []),
    header("Date", rfc5322Date(message.date ?? new Date())),
    "MIME-Version: 1.0",
    ...Object.entries(message.headers ?? {}).map(([name, value]) => header(name, encodeWords(value))),
  ];
  const alternative = multipart("alternative", [
    part(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(message.text)),
    part(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(message.html)),
  ]);
  const attachments = message.attachments ?? [];
  const body =
    attachments.length === 0
      ? alternative
      : multipart("mixed", [part(alternative.headers, alternative.body), ...attachments.map(attachmentPart)]);
  return Buffer.from([...head, ...body.headers, "", body.body].join(CRLF), "utf8");
}

interface Part {
  headers: string[];
  body: string;
}

const part = (headers: string[], body: string): Part => ({ headers, body });

function multipart(subtype: "alternative" | "mixed", parts: Part[]): Part {
  const boundary = `=_jobnudge_${randomBytes(12).toString("hex")}`;
  const lines: string[] = [];
  for (const p of parts) lines.push(`--${boundary}`, ...p.headers, "", p.body);
  lines.push(`--${boundary}--`, "");
  return part([`Content-Type: multipart/${subtype};${CRLF} boundary="${boundary}"`], lines.join(CRLF));
}

function attachmentPart(a: MimeAttachment): Part {
  const type = oneLine(a.contentType).trim() || "application/octet-stream";
  const withCharset = /^text\//i.test(type) && !/;\s*charset=/i.test(type) ? `${type}; charset=utf-8` : type;
  const bytes = typeof a.content === "string" ? Buffer.from(a.content, "utf8") : Buffer.from(a.content);
  return part(
    [
      `Content-Type: ${withCharset};${CRLF} ${fileParameter("name", a.filename)}`,
      "Content-Transfer-Encoding: base64",
      `Content-Disposition: attachment;${CRLF} ${fileParameter("filename", a.filename)}`,
    ],
    wrap(bytes.toString("base64")),
  );
}

/** `name="x.ics"`, or RFC 2231 `name*=utf-8''...` when the name is not plain ASCII. */
function fileParameter(name: string, value: string): string {
  const clean = oneLine(value);
  if (/^[\x20-\x7e]*$/.test(clean)) return `${name}="${clean.replace(/["\\]/g, "\\$&")}"`;
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${name}*=utf-8''${encoded}`;
}

/** "a@b.c", or "Name <a@b.c>" with the name encoded when it is not plain ASCII. */
function address(value: string): string {
  const clean = oneLine(value).trim();
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(clean);
  if (!match) return clean;
  const [, name = "", addr = ""] = match;
  const display = name.replace(/^"|"$/g, "").trim();
  if (display === "") return `<${addr}>`;
  const shown = /^[\x20-\x7e]*$/.test(display) ? `"${display.replace(/["\\]/g, "\\$&")}"` : encodeWords(display);
  return `${shown} <${addr}>`;
}

/** A header field, folded at spaces to lines of at most 78 characters where the value allows it. */
function header(name: string, value: string): string {
  const words = `${name}: ${value}`.split(" ");
  const lines: string[] = [];
  let line = words.shift() ?? "";
  for (const word of words) {
    if (line.length + 1 + word.length > 78 && line.trim() !== "") {
      lines.push(line);
      line = ` ${word}`;
    } else {
      line += ` ${word}`;
    }
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** The text as is when it is printable ASCII, else RFC 2047 "B" encoded-words of whole characters. */
function encodeWords(value: string): string {
  const clean = oneLine(value);
  if (/^[\x20-\x7e]*$/.test(clean) && !clean.includes("=?")) return clean;
  const words: string[] = [];
  let chunk = "";
  // 45 bytes of UTF-8 become 60 characters of base64: with "=?UTF-8?B?" and "?=" at most 72.
  for (const char of clean) {
    if (Buffer.byteLength(chunk + char) > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk !== "") words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, "utf8").toString("base64")}?=`).join(" ");
}

/** Header values are one line: any CR/LF run becomes a space. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, " ");
}

/** Quoted-printable (RFC 2045 §6.7) of the UTF-8 text, with CRLF line ends and soft breaks at 76. */
export function qp(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => qpLine(Buffer.from(line, "utf8")))
    .join(CRLF);
}

function qpLine(bytes: Buffer): string {
  const out: string[] = [];
  let line = "";
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    const last = i === bytes.length - 1;
    const literal =
      (byte >= 33 && byte <= 126 && byte !== 61) ||
      // Space and tab are literal except at the end of a line, where transports may strip them.
      ((byte === 32 || byte === 9) && !last);
    const token = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    // Leave room for the soft break's "=" (and, before the last token, let the line end exactly at 76).
    if (line.length + token.length > (last ? MAX_LINE : MAX_LINE - 1)) {
      out.push(`${line}=`);
      line = "";
    }
    line += token;
  }
  out.push(line);
  return out.join(CRLF);
}

function wrap(base64: string): string {
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += MAX_LINE) lines.push(base64.slice(i, i + MAX_LINE));
  return lines.join(CRLF);
}

function domainOf(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? "jobnudge.invalid";
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Wed, 02 Dec 2026 16:05:00 +0000" (RFC 5322 §3.3, in UTC). */
function rfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}
