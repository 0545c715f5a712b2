// Whose mail a file is, from its headers alone: `send` delivers every file with the owner as the
// envelope sender, so another person's forward (a labelled corpus holds several owners' mail) is
// read as the owner's own, and their name or their company becomes an "employer", silently. Mail
// about the owner names them: they forwarded it or sent it (From), or it was sent to them and
// auto-forwarded (To, Cc). A file that names neither the owner nor an alias is worth a note.
import { headerSectionEnd, type MailHeaders, readHeaders } from "../../mailbox/headers";

/** Header lines beyond this are not read: a header section is a few KB. */
const HEADER_LIMIT = 256 * 1024;

export async function headersOf(raw: Uint8Array): Promise<MailHeaders> {
  const end = headerSectionEnd(raw.subarray(0, HEADER_LIMIT));
  return readHeaders(raw.subarray(0, end === -1 ? Math.min(raw.byteLength, HEADER_LIMIT) : end));
}

/** Every address in the fields (each field may list several: "A <a@x>, b@y"), lower-cased. */
function addressesIn(headers: MailHeaders, names: string[]): string[] {
  return headers.fields
    .filter((f) => names.includes(f.key))
    .flatMap((f) => f.value.match(/[^\s<>,;:"()]+@[^\s<>,;:"()]+/g) ?? [])
    .map((a) => a.toLowerCase());
}

/**
 * A note when the message names neither the owner nor one of their aliases as sender or recipient;
 * null when it does, or when it has no From to judge by (an unreadable file is reported anyway).
 */
export function notOwnersMail(
  headers: MailHeaders,
  owner: { email: string; aliases: readonly string[] },
): string | null {
  if (!headers.from) return null;
  const mine = new Set([owner.email, ...owner.aliases].map((a) => a.toLowerCase()));
  const from = headers.from.address;
  const to = addressesIn(headers, ["to", "cc"]);
  if (mine.has(from) || to.some((a) => mine.has(a))) return null;
  return (
    `note: neither from nor to the owner ${owner.email} (From ${from}${to.length > 0 ? `, To ${to.slice(0, 3).join(", ")}` : ""}), ` +
    "yet read as the owner's mail. If it is another person's, start the stack as them " +
    "(JOBNUDGE_OWNER_EMAIL=THEIR_ADDRESS npm start); if the address is yours, add it to owner.aliases."
  );
}
