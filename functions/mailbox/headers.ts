// A message's header section, read with the project's MIME parser (encoded words, address lists,
// folded lines): the few fields the index and the prefilter use. The body is never looked at.
import type { Party } from "../domain/mail-facts";
import { headerValue, parseMime, partiesOf } from "../mail/parse-mime";
import { stripAngles } from "../mail/unwrap";

export interface MailHeaders {
  /** The first From mailbox (address lower-cased), or null when there is none to read. */
  from: Party | null;
  subject: string;
  /** The Date header as an instant (ms), or null when missing or unreadable. */
  date: number | null;
  messageId: string | null;
  /** Every field, names lower-cased, values unfolded, in order. */
  fields: { key: string; value: string }[];
}

export const NO_HEADERS: MailHeaders = { from: null, subject: "", date: null, messageId: null, fields: [] };

/** End of the header section: the offset just past the first empty line, or -1. */
export function headerSectionEnd(bytes: Uint8Array): number {
  let nl = bytes.indexOf(10);
  while (nl !== -1) {
    if (bytes[nl + 1] === 10) return nl + 2;
    if (bytes[nl + 1] === 13 && bytes[nl + 2] === 10) return nl + 3;
    nl = bytes.indexOf(10, nl + 1);
  }
  return -1;
}

const BLANK_LINE = new Uint8Array([13, 10, 13, 10]);

/** The header section parsed; `NO_HEADERS` when nothing can be read from it. */
export async function readHeaders(headerBytes: Uint8Array): Promise<MailHeaders> {
  // The parser needs the empty line that ends the section; a capped or body-less section lacks it.
  let bytes = headerBytes;
  if (headerSectionEnd(bytes) === -1) {
    bytes = new Uint8Array(headerBytes.byteLength + BLANK_LINE.byteLength);
    bytes.set(headerBytes);
    bytes.set(BLANK_LINE, headerBytes.byteLength);
  }
  try {
    const mail = await parseMime(bytes);
    const dateMs = headerValue(mail, "date") ? Date.parse(mail.date ?? "") : Number.NaN;
    return {
      from: partiesOf(mail.from)[0] ?? null,
      subject: (mail.subject ?? "").replace(/\s+/g, " ").trim(),
      date: Number.isFinite(dateMs) ? dateMs : null,
      messageId: stripAngles(mail.messageId),
      fields: mail.headers.map((h) => ({ key: h.key, value: h.value })),
    };
  } catch {
    return NO_HEADERS;
  }
}

/** The first value of a field (name lower-case), or null. */
export function field(headers: MailHeaders, name: string): string | null {
  return headers.fields.find((f) => f.key === name)?.value ?? null;
}
