// What the local inbox did with one message, in the SMTP reply that accepts it ("250
// jobnudge-receipt {...}"): the inbox answers once the message has been processed, so `jobnudge
// send` and `jobnudge command` can tell the person at the terminal whether it was applied, rejected
// as a stranger or unreadable, instead of "delivered". On AWS nobody waits on the answer; this is
// the local stand-in's courtesy to its CLI. One ASCII line (SMTP replies are short ASCII lines).
import type { Deps } from "../../app/deps";
import type { InboundOutcome } from "../../app/inbound";

export interface Receipt {
  /** `failed`: processing threw (raw kept); `queued`: still processing when the reply was due. */
  outcome: InboundOutcome | "failed" | "queued";
  /** Key of the raw message in the data folder's mail/ store. */
  rawKey: string;
  kind?: string;
  employer?: string | null;
  error?: string;
  /** Already recorded before (same Message-ID and note): applied again, nothing changed, no second ack. */
  repeat?: boolean;
}

const PREFIX = "jobnudge-receipt ";
const MAX_FIELD = 120;

export function formatReceipt(receipt: Receipt): string {
  const short = (s: string | null | undefined) =>
    s == null ? s : s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD - 3)}...` : s;
  const json = JSON.stringify({ ...receipt, employer: short(receipt.employer), error: short(receipt.error) });
  return PREFIX + json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The receipt in an SMTP reply ("250 jobnudge-receipt {...}"), or null when the server sent none. */
export function parseReceipt(response: string | undefined): Receipt | null {
  const at = response?.indexOf(PREFIX) ?? -1;
  if (!response || at < 0) return null;
  try {
    const value = JSON.parse(response.slice(at + PREFIX.length).trim()) as Receipt;
    return typeof value.outcome === "string" && typeof value.rawKey === "string" ? value : null;
  } catch {
    return null;
  }
}

/**
 * The processing keys of the messages recorded so far, taken before a message is processed: the
 * inbound use case runs a message it has seen again harmlessly, and only this tells the sender so.
 */
export async function recordedMessageKeys(deps: Deps): Promise<Set<string>> {
  try {
    return new Set((await deps.state.listMessages()).map((m) => m.key));
  } catch {
    return new Set(); // the receipt then reads as a first delivery, which is what it was to the stack
  }
}

/** Outcome plus what the state store recorded for the message (kind, employer, the error). */
export async function receiptFor(
  deps: Deps,
  rawKey: string,
  outcome: InboundOutcome,
  recordedBefore: ReadonlySet<string> = new Set(),
): Promise<Receipt> {
  const receipt: Receipt = { outcome, rawKey };
  try {
    const record = (await deps.state.listMessages()).find((m) => m.rawKey === rawKey);
    if (!record) return receipt;
    if (recordedBefore.has(record.key)) receipt.repeat = true;
    receipt.kind = record.kind;
    if (record.error) receipt.error = record.error;
    if (record.employerId) receipt.employer = (await deps.state.getEmployer(record.employerId))?.name ?? null;
  } catch {
    // The outcome alone still answers the question.
  }
  return receipt;
}
