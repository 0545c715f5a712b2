// Hands messages to the running stack's SMTP inbox and reads back what the stack did with each one
// (the receipt in the SMTP reply, stack/receipt.ts), so `send` and `command` report outcomes, not
// "delivered".
import nodemailer from "nodemailer";
import { MESSAGE_KIND_LABELS } from "../../domain/compose/vocabulary-words";
import type { MessageKind } from "../../domain/vocabularies";
import type { LocalConfig } from "../config";
import { parseReceipt, type Receipt } from "../stack/receipt";

export type Outgoing = { raw: Buffer } | { subject: string; text: string };

export interface Delivered {
  receipt: Receipt | null;
  /** The SMTP reply as sent, for the case without a receipt. */
  response: string;
}

export interface Inbox {
  deliver(from: string, message: Outgoing): Promise<Delivered>;
  close(): void;
}

export function openInbox(config: LocalConfig): Inbox {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.ports.smtp,
    secure: false,
    ignoreTLS: true,
    // The inbox answers once the message is processed (first mail of a run: chrono and co. warm up).
    socketTimeout: 120_000,
  });
  return {
    async deliver(from, message) {
      const envelope = { from, to: [config.inbox] };
      const info =
        "raw" in message
          ? await transport.sendMail({ envelope, raw: message.raw })
          : await transport.sendMail({
              envelope,
              from,
              to: config.inbox,
              subject: message.subject,
              text: message.text,
            });
      return { receipt: parseReceipt(info.response), response: info.response };
    },
    close: () => transport.close(),
  };
}

/**
 * A delivery error in words: "nothing listens on ...: is `npm start` running?" when that is it, and
 * which data folder had no stack when none was found (a command run from another folder, or with
 * another JOBNUDGE_DATA_DIR, looks for the stack in its own).
 */
export function deliveryError(err: unknown, config: LocalConfig, stackFound = true): string {
  const e = err as NodeJS.ErrnoException;
  const down = e.code === "ESOCKET" || e.code === "ECONNREFUSED" || e.code === "ECONNECTION";
  if (!down) return e.message;
  const where = `nothing listens on ${config.host}:${config.ports.smtp} (${e.message})`;
  return stackFound
    ? `${where}: is \`npm start\` running?`
    : `${where}: no local stack runs on the data folder ${config.dataDir} (no stack.json there); start it with \`npm start\`, or run this from the folder it was started in (or with its JOBNUDGE_DATA_DIR)`;
}

/** What became of one message, in one line, and whether that is what the sender wanted. */
export function describeReceipt(
  delivered: Delivered,
  context: { from: string; owner: string; dataDir: string; viewer: string },
): { ok: boolean; text: string } {
  const { receipt } = delivered;
  if (!receipt) {
    return {
      ok: false,
      text: `the server accepted it ("${delivered.response}") but did not say what it did with it: is that jobnudge's inbox?`,
    };
  }
  // The owner's own sent mail (BCC'd) went to the employer; everything else came from it.
  const direction = receipt.kind === "outgoing" ? "to" : "from";
  // The kind in words ("interview scheduled"), as `import` and `status` say it; the stored name when unknown.
  const kind = receipt.kind ? (MESSAGE_KIND_LABELS[receipt.kind as MessageKind] ?? receipt.kind) : null;
  const about = [kind, receipt.employer ? `${direction} ${receipt.employer}` : null].filter(Boolean).join(" ");
  switch (receipt.outcome) {
    case "applied":
      return receipt.kind === "other"
        ? {
            ok: true,
            text: `read, but it is not about a job process (kind other); nothing changed. See ${context.viewer}`,
          }
        : receipt.repeat
          ? {
              ok: true,
              text: `already applied: ${about} (jobnudge had this message, same Message-ID); nothing changed and no second acknowledgement`,
            }
          : { ok: true, text: `applied: ${about}. The acknowledgement is in ${context.viewer}` };
    case "command":
      return { ok: true, text: `command run; the reply is in ${context.viewer}` };
    case "rejected_sender":
      return {
        ok: false,
        text:
          `rejected as a stranger: the envelope sender ${context.from} is not the owner (${context.owner}) ` +
          "or one of their aliases, and jobnudge never answers strangers",
      };
    case "error":
      return {
        ok: false,
        text: `unreadable${receipt.error ? ` (${receipt.error})` : ""}: jobnudge could not read it as an email; ${receipt.repeat ? "the owner was told by email when it first came" : `the owner was told by email (${context.viewer})`}`,
      };
    case "ignored":
      return { ok: false, text: "ignored: it is mail jobnudge sent itself (the forwarding-loop guard)" };
    case "failed":
      return {
        ok: false,
        text: `processing failed (${receipt.error ?? "unknown error"}); the raw message is kept as ${context.dataDir}/mail/${receipt.rawKey}: see the stack's log`,
      };
    case "queued":
      return { ok: true, text: "accepted; still being processed after a minute: see the stack's log" };
    default:
      return { ok: false, text: `unexpected outcome ${String(receipt.outcome)}` };
  }
}
