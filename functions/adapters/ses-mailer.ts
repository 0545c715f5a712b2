// Mailer on SES (v1 SendRawEmail, so attachments such as .ics and exports travel too). Locally the
// same adapter talks to the aws-ses-v2-local emulator. Outbound mail is built fresh (never re-sends
// inbound headers) and marked as automatic so a forwarding loop can be recognised and dropped.
import { type SESClient, SendRawEmailCommand } from "@aws-sdk/client-ses";
import type { Mailer, OutgoingEmail } from "../app/ports";
import { buildMime } from "./mime";

export const JOBNUDGE_HEADER = "X-Jobnudge-Kind";

export class SesMailer implements Mailer {
  constructor(private readonly client: SESClient) {}

  async send(email: OutgoingEmail): Promise<string> {
    const out = await this.client.send(
      new SendRawEmailCommand({
        RawMessage: { Data: buildRawEmail(email) },
        Source: email.from,
        Destinations: [email.to],
      }),
    );
    return out.MessageId ?? "";
  }
}

export function buildRawEmail(email: OutgoingEmail): Buffer {
  return buildMime({
    // SES replaces the Message-ID it is given (docs: "Amazon SES header fields"); References
    // carries the same deterministic id, so copies of one email still share a thread in the
    // owner's mail app. Locally (SES emulator, SMTP) the Message-ID itself is kept.
    messageId: email.messageId,
    references: email.messageId,
    from: email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: { "Auto-Submitted": "auto-generated", [JOBNUDGE_HEADER]: email.kind },
    attachments: email.attachments,
  });
}
