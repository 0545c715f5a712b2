// SES receipt rule -> Lambda (Event invocation). The rule's S3 action already stored the raw
// message at <prefix><messageId>; the event carries only headers and SES's verdicts.
import type { SESEvent } from "aws-lambda";
import { processInbound } from "../app/inbound";
import { awsDeps } from "./aws-deps";

export async function handler(event: SESEvent): Promise<{ processed: number; failed: number }> {
  let failed = 0;
  for (const record of event.Records ?? []) {
    const { mail, receipt } = record.ses;
    const deps = awsDeps({ sesMessageId: mail.messageId });
    try {
      await processInbound(deps, {
        rawKey: mail.messageId,
        envelopeFrom: mail.source ?? null,
        verdicts: {
          spf: receipt.spfVerdict?.status ?? "GRAY",
          dkim: receipt.dkimVerdict?.status ?? "GRAY",
          dmarc: receipt.dmarcVerdict?.status ?? "GRAY",
          spam: receipt.spamVerdict?.status ?? "GRAY",
          virus: receipt.virusVerdict?.status ?? "GRAY",
        },
      });
    } catch (err) {
      // One bad message never stops the others; the failure still reaches Lambda's retry/DLQ.
      failed++;
      deps.log.error("inbound failed", { error: err instanceof Error ? err.message : String(err) });
    }
  }
  if (failed > 0) throw new Error(`${failed} inbound message(s) failed; raw mail is kept in S3`);
  return { processed: event.Records?.length ?? 0, failed };
}
