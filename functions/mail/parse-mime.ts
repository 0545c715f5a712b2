// The project's only use of postal-mime: parse one message with limits, and read its parts.
import PostalMime, { type Address, type Email } from "postal-mime";
import type { Party } from "../domain/mail-facts";
import { MAX_HEADER_BYTES, MAX_MIME_DEPTH } from "./limits";

export type ParsedMail = Email;

export async function parseMime(raw: Uint8Array | ArrayBuffer): Promise<ParsedMail> {
  return PostalMime.parse(raw, {
    // Attached messages stay attachments: the unwrapper parses the one it needs, one level at a time.
    forceRfc822Attachments: true,
    attachmentEncoding: "arraybuffer",
    maxNestingDepth: MAX_MIME_DEPTH,
    maxHeadersSize: MAX_HEADER_BYTES,
  });
}

export function partiesOf(addresses: Address | Address[] | undefined): Party[] {
  const list = addresses === undefined ? [] : Array.isArray(addresses) ? addresses : [addresses];
  const out: Party[] = [];
  for (const item of list) {
    const members = item.group ?? [item];
    for (const member of members) {
      if (member.address?.includes("@")) {
        out.push({
          name: (member.name ?? "").replace(/[\r\n]+/g, " ").trim(),
          address: member.address.toLowerCase().trim(),
        });
      }
    }
  }
  return out.slice(0, 200);
}

export function headerValue(mail: ParsedMail, key: string): string | null {
  return mail.headers.find((h) => h.key === key)?.value ?? null;
}

export function headerValues(mail: ParsedMail, key: string): string[] {
  return mail.headers.filter((h) => h.key === key).map((h) => h.value);
}

export function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** postal-mime with its defaults and nothing else: the baseline the bench compares readEmail with. */
export async function parseMimeBare(raw: Uint8Array): Promise<ParsedMail> {
  return PostalMime.parse(raw);
}
