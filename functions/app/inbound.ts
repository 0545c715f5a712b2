// One inbound message, from the raw store to state, schedules and the owner's acknowledgement.
//   raw -> readEmail -> who sent it? -> command | unreadable | employer mail
//   employer mail -> which process (file-message.ts) -> lifecycle.applyMessage -> save (optimistic
//   lock) -> reconcile -> ack (asking which process when the role cannot tell)
// Safe to run twice for the same message: the state change is idempotent per message key, the
// reconcile is idempotent, and the ack is claimed once per message key.
import { createHash } from "node:crypto";
import { maskAddress } from "../domain/address-mask";
import type { Extraction } from "../domain/extraction";
import { withModelSource } from "../domain/model-reading";
import { processLabel } from "../domain/process";
import type { Deps } from "./deps";
import { fileEmployerMail } from "./file-message";
import { readUnsureFactsWithModel } from "./model-tier";
import { checkSender, type SesVerdicts } from "./owner-check";
import { sendToOwnerOnce } from "./owner-mail";
import type { MessageRecord } from "./ports";
import { readContextOf, readEmail } from "./read-message";
import { reconcile } from "./reconcile";

export interface InboundInput {
  /** Key of the raw message in the raw mail store (the SES messageId on AWS). */
  rawKey: string;
  /** Envelope MAIL FROM. */
  envelopeFrom: string | null;
  /** SES verdicts; null locally, where the envelope sender decides. */
  verdicts: SesVerdicts | null;
  /**
   * The message itself, when the caller has it and it is not stored yet (a replay): it is read from
   * here and stored under `rawKey` only once it turns out to be new.
   */
  raw?: Uint8Array;
}

export type InboundOutcome = MessageRecord["outcome"];

export interface InboundOptions {
  /**
   * Past mail replayed by `jobnudge import` (app/import.ts): a message already recorded is skipped,
   * the subject is never read as a command, no acknowledgement or error email goes out and nothing
   * is planned per message (the import plans once, from now, and sends one summary).
   */
  replay?: boolean;
}

/** What became of one message, for a caller that reports on many (the import). */
export interface InboundResult {
  outcome: InboundOutcome;
  key: string;
  extraction: Extraction;
  employerId: string | null;
  /** A replay found it already recorded and changed nothing. */
  known: boolean;
}

export async function processInbound(deps: Deps, input: InboundInput): Promise<InboundOutcome> {
  return (await inboundMessage(deps, input)).outcome;
}

export async function inboundMessage(
  deps: Deps,
  input: InboundInput,
  options: InboundOptions = {},
): Promise<InboundResult> {
  const replay = options.replay === true;
  const raw = input.raw ?? (await deps.rawMail.get(input.rawKey));
  const email = await readEmail(raw, readContextOf(deps));
  const key = processingKey(email.extraction.messageId ?? email.outer.messageId, email.extraction.ownerNote, raw);
  const result = (outcome: InboundOutcome, employerId: string | null = null): InboundResult => ({
    outcome,
    key,
    extraction: email.extraction,
    employerId,
    known: false,
  });
  if (replay) {
    const known = await deps.state.getMessage(key);
    if (known) return { ...result(known.outcome, known.employerId), known: true };
  }
  if (input.raw) await deps.rawMail.put(input.rawKey, input.raw);
  const receivedAt = deps.clock.now().toISOString();
  const log = { messageKey: key, rawKey: input.rawKey };
  const record = (outcome: InboundOutcome, extraction: Extraction, employerId: string | null = null) =>
    deps.state.recordMessage({
      key,
      rawKey: input.rawKey,
      receivedAt,
      kind: extraction.kind,
      employerId,
      outcome,
      ...(extraction.error ? { error: extraction.error } : {}),
    });

  if (email.outer.fromJobnudge) {
    deps.log.warn("dropped mail jobnudge sent itself (forwarding loop)", log);
    await record("ignored", email.extraction);
    return result("ignored");
  }

  const sender = checkSender({
    owner: deps.owner,
    headerFrom: email.outer.from,
    envelopeFrom: input.envelopeFrom,
    verdicts: input.verdicts,
  });
  if (!sender.ok) {
    // Never answer a stranger: the raw message stays in the store, the log says why.
    deps.log.warn("rejected sender", { ...log, reason: sender.reason, envelopeFrom: maskAddress(input.envelopeFrom) });
    await record("rejected_sender", email.extraction);
    return result("rejected_sender");
  }

  if (email.extraction.error) {
    deps.log.warn("unreadable message", { ...log, error: email.extraction.error });
    await record("error", email.extraction);
    if (replay) return result("error");
    await sendToOwnerOnce(deps, `error.${key}`, null, async () =>
      (await import("../domain/compose/error-reply")).composeError({
        reason: email.extraction.error ?? "unreadable",
        subject: email.outer.subject,
        owner: deps.owner,
        now: receivedAt,
      }),
    );
    return result("error");
  }

  if (!replay && email.outer.forward === "none" && email.extraction.kind !== "outgoing") {
    // Loaded with the first mail the owner writes to the inbox: the command parser and the replies.
    const { handleCommand } = await import("./commands");
    const handled = await handleCommand(deps, email.outer.subject, {
      messageKey: key,
      direct: email.extraction.kind === "other",
    });
    if (handled) {
      await record("command", email.extraction);
      return result("command");
    }
  }

  // The one hook of the optional model tier: after the rules, before anything is applied.
  const { extraction, readByModel } = await readUnsureFactsWithModel(deps, email, log);
  const employerName = extraction.kind !== "other" ? extraction.employer : null;
  // A whole mailbox holds the owner's mail to colleagues and friends at companies too: replayed,
  // the owner's own mail only adds to a process that the employer's mail started.
  const startsNothing = replay && extraction.kind === "outgoing";
  const { employer, asked, others } = employerName
    ? await fileEmployerMail(deps, employerName, { key, receivedAt, extraction }, { startsNothing })
    : { employer: null, asked: null, others: [] };

  const planned = replay ? [] : await reconcile(deps);
  await record("applied", extraction, employer?.id ?? null);
  deps.log.info("message applied", { ...log, kind: extraction.kind, employerId: employer?.id ?? null });

  // A message that waits for the owner to say which process it is about is acknowledged anyway.
  if ((deps.owner.ack || asked) && !replay) {
    const shown = employer && { ...employer, name: processLabel(employer, [...others, employer]) };
    const now = deps.clock.now().toISOString();
    // The composers (and the owner-date formats they use) load with the first email to the owner.
    await sendToOwnerOnce(deps, `ack.${key}`, shown?.name ?? extraction.employer, async () => {
      const [{ composeAck }, { processChoice }] = await Promise.all([
        import("../domain/compose/ack"),
        import("../domain/compose/process-choice"),
      ]);
      return withModelSource(
        composeAck({
          extraction,
          employer: shown,
          planned: planned.filter((n) => employer && n.employerId === employer.id),
          ...(asked ? { processChoice: processChoice(asked, key, deps.links.sign) } : {}),
          owner: deps.owner,
          now,
          links: deps.links.sign,
          messageKey: key,
        }),
        readByModel,
      );
    });
  }
  return result("applied", employer?.id ?? null);
}

/**
 * Stable per message: the original Message-ID when there is one (so a re-delivery, or a BCC and a
 * later forward of the same mail, count once) plus the owner's note (a second forward of the same
 * mail with a new note is news); else the bytes.
 */
export function processingKey(messageId: string | null, ownerNote: string | null, raw: Uint8Array): string {
  const basis = messageId
    ? `mid:${messageId.trim().toLowerCase()}\n${ownerNote?.trim() ?? ""}`
    : createHash("sha256").update(raw).digest("hex");
  return createHash("sha256").update(basis).digest("hex").slice(0, 32);
}
