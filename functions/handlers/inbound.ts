// SES receipt rule -> Lambda (Event invocation). The rule's S3 action already stored the raw
// message at <prefix><messageId>; the event carries only headers and SES's verdicts.
import type { Context, SESEvent } from "aws-lambda";
import { type InboundInput, processInbound } from "../app/inbound";
import type { VerdictStatus } from "../app/owner-check";
import { inboundDeps } from "../wiring/aws/inbound";
import { awsFactReader } from "../wiring/model";

const MAX_MESSAGE_ID = 256;

/**
 * One record of the event as the use case's input, or null when it names no message. Read
 * defensively: a record with a missing part must fail alone, and a missing verdict is no pass.
 */
export function inboundInputOf(record: unknown): InboundInput | null {
  const ses = field(record, "ses");
  const mail = field(ses, "mail");
  const receipt = field(ses, "receipt");
  const messageId = field(mail, "messageId");
  if (typeof messageId !== "string" || messageId === "" || messageId.length > MAX_MESSAGE_ID) return null;
  const source = field(mail, "source");
  const verdict = (name: string): VerdictStatus => {
    const status = field(field(receipt, name), "status");
    return typeof status === "string" ? status : "GRAY";
  };
  return {
    rawKey: messageId,
    envelopeFrom: typeof source === "string" ? source : null,
    verdicts: {
      spf: verdict("spfVerdict"),
      dkim: verdict("dkimVerdict"),
      dmarc: verdict("dmarcVerdict"),
      spam: verdict("spamVerdict"),
      virus: verdict("virusVerdict"),
    },
  };
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

export async function handler(
  event: SESEvent,
  context?: Pick<Context, "awsRequestId">,
): Promise<{ processed: number; failed: number }> {
  const records: unknown[] = Array.isArray(event?.Records) ? event.Records : [];
  let failed = 0;
  for (const record of records) {
    const input = inboundInputOf(record);
    const base = inboundDeps({ sesMessageId: input?.rawKey ?? null }, { invocationId: context?.awsRequestId });
    const deps = { ...base, factReader: awsFactReader(base.owner) };
    if (!input) {
      // Nothing to fetch; counted as failed so the event reaches the DLQ for a look.
      failed++;
      deps.log.error("inbound record names no message", {});
      continue;
    }
    try {
      await processInbound(deps, input);
    } catch (err) {
      // One bad message never stops the others; the failure still reaches Lambda's retry/DLQ.
      failed++;
      deps.log.error("inbound failed", { error: err instanceof Error ? err.message : String(err) });
    }
  }
  if (failed > 0) throw new Error(`${failed} inbound message(s) failed; raw mail is kept in S3`);
  return { processed: records.length, failed };
}
