// Runtime: the only links an owner email may carry, and the mailto: link of each draft (RFC 6068).
import { UnsafeLinkError } from "./errors";

const ALLOWED_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/** Whitespace and control characters would be dropped or reinterpreted by URL parsers. */
function hasUnsafeCharacter(url: string): boolean {
  for (const char of url) {
    const code = char.codePointAt(0) ?? 0;
    if (/\s/u.test(char) || code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** Returns the URL unchanged if it is absolute with an allowed scheme; throws otherwise. */
export function checkLink(url: unknown, field: string): string {
  if (typeof url !== "string" || url === "") throw new UnsafeLinkError(field, "no URL");
  if (hasUnsafeCharacter(url)) throw new UnsafeLinkError(field, "whitespace or control character");
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    throw new UnsafeLinkError(field, "not an absolute URL");
  }
  if (!ALLOWED_SCHEMES.has(scheme)) throw new UnsafeLinkError(field, `scheme ${scheme} is not allowed`);
  return url;
}

/** For header-bound strings (Subject): CR/LF would start a new header. */
export function toSingleLine(value: string): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function encodeAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0) return encodeURIComponent(address);
  // RFC 6068 keeps the "@" of an addr-spec literal and percent-encodes the rest.
  return `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

export interface MailtoDraft {
  to: string | null;
  subject: string;
  body: string;
}

/** `mailto:to?subject=...&body=...`, every part percent-encoded, body line breaks as %0D%0A. */
export function mailtoHref(draft: MailtoDraft): string {
  const recipients = (draft.to ?? "")
    .split(",")
    .map((address) => toSingleLine(address))
    .filter((address) => address !== "")
    .map(encodeAddress)
    .join(",");
  const subject = encodeURIComponent(toSingleLine(draft.subject));
  const body = encodeURIComponent(draft.body.replace(/\r\n|\r|\n/g, "\r\n"));
  return `mailto:${recipients}?subject=${subject}&body=${body}`;
}
