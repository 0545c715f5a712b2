// Reading a raw message. The only use case that talks to the mail layer (functions/mail/): an
// inbound message goes limits -> decode (mail/) -> extract (domain/extract/); a kept one is decoded
// again for the owner to read. The other use cases get what it read from here.
import type { FieldEvidence } from "../domain/extract/evidence";
import { type Extraction, emptyExtraction } from "../domain/extraction";
import type { MailFacts } from "../domain/mail-facts";
import { ownerAddresses } from "../domain/owner";
import type { DecodeContext, OuterFacts } from "../mail/decode";
import { headerProblem, rawSizeProblem } from "../mail/limits";
import type { Deps } from "./deps";
import { RawMailNotFoundError } from "./ports";

export type ReadContext = DecodeContext;

/** How this owner's inbox reads a message: the same when it arrives and when it is filed later. */
export function readContextOf(deps: Pick<Deps, "owner" | "inboxAddress" | "senderAddress">): ReadContext {
  return {
    ownerAddresses: ownerAddresses(deps.owner),
    inboxAddress: deps.inboxAddress,
    senderAddress: deps.senderAddress,
    timezone: deps.owner.timezone,
  };
}

/** What jobnudge knows about one inbound email. */
export interface InboundEmail {
  outer: OuterFacts;
  /** Plain text the owner wrote directly (for commands / notes), trimmed, max 2000 chars. */
  ownerText: string | null;
  extraction: Extraction;
  /** What each reported fact's confidence was computed from (scripts/eval.ts, calibrate.ts). */
  evidence: FieldEvidence;
  /** What the extractors read (the original message), for the optional model tier; absent when none. */
  facts?: MailFacts;
}

// The mail layer (the MIME parser, HTML entities) and the extractors (chrono and its locales among
// them) load with the first message read: code-split chunks, out of the static graph a cold start
// evaluates. The inbound function still loads them at INIT, through its warm-up
// (functions/wiring/aws/warm-up.ts), and the actions function with its first "view" link.
let decoder: Promise<typeof import("../mail/decode")> | null = null;
let extractors: Promise<typeof import("../domain/extract/extract")> | null = null;

function loadDecoder(): Promise<typeof import("../mail/decode")> {
  decoder ??= import("../mail/decode");
  return decoder;
}

function loadExtractors(): Promise<typeof import("../domain/extract/extract")> {
  extractors ??= import("../domain/extract/extract");
  return extractors;
}

/**
 * Raw bytes -> what jobnudge needs to know about one inbound email. Never throws: whatever cannot
 * be read becomes an `error` on an otherwise empty extraction.
 */
export async function readEmail(raw: Uint8Array, ctx: ReadContext): Promise<InboundEmail> {
  const problem = rawSizeProblem(raw) ?? headerProblem(raw);
  const { decodeMail, unparsedOuter, unreadableReason } = await loadDecoder();
  if (problem)
    return { outer: unparsedOuter(), ownerText: null, extraction: emptyExtraction({ error: problem }), evidence: {} };
  const decoded = await decodeMail(raw, ctx);
  if (!decoded.ok) {
    return {
      outer: decoded.outer,
      ownerText: null,
      extraction: emptyExtraction({ error: decoded.error }),
      evidence: {},
    };
  }
  const { outer, ownerText, messageId, originalDate, facts } = decoded;
  if (!facts) {
    // The owner wrote to the inbox directly: a command or a note, not an employer's message.
    const extraction = emptyExtraction({
      messageId,
      originalDate,
      subject: outer.subject || null,
      ownerNote: ownerText,
    });
    return { outer, ownerText, extraction, evidence: {} };
  }
  const { extractWithEvidence } = await loadExtractors();
  let read: { extraction: Extraction; evidence: FieldEvidence };
  try {
    read = extractWithEvidence(facts, { messageId, originalDate });
  } catch (error) {
    return { outer, ownerText: null, extraction: emptyExtraction({ error: unreadableReason(error) }), evidence: {} };
  }
  return {
    outer,
    ownerText: outer.forward === "inline" || outer.forward === "attachment" ? ownerText : null,
    ...read,
    facts,
  };
}

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
  const { decodeForView } = await loadDecoder();
  try {
    return { status: "found", receivedAt: record.receivedAt, ...(await decodeForView(raw)) };
  } catch {
    return { status: "unreadable" };
  }
}
