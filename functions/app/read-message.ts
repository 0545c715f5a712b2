// Reading a kept raw message. The only use case that talks to the mail layer (functions/mail/):
// the others get what it decoded from here, never from the MIME parser.
import { decodeForView } from "../mail/read";
import type { Deps } from "./deps";
import { RawMailNotFoundError } from "./ports";

export type KeptMessage =
  | { status: "found"; receivedAt: string; subject: string | null; text: string }
  | { status: "missing" }
  | { status: "unreadable" };

/** A message jobnudge kept, as the owner reads it again (the "view" link): subject and text. */
export async function readKeptMessage(deps: Pick<Deps, "state" | "rawMail">, messageKey: string): Promise<KeptMessage> {
  const record = await deps.state.getMessage(messageKey);
  if (!record) return { status: "missing" };
  let raw: Uint8Array;
  try {
    raw = await deps.rawMail.get(record.rawKey);
  } catch (err) {
    if (err instanceof RawMailNotFoundError) return { status: "missing" };
    throw err;
  }
  try {
    return { status: "found", receivedAt: record.receivedAt, ...(await decodeForView(raw)) };
  } catch {
    return { status: "unreadable" };
  }
}
