// Mailer on SES (v1 SendRawEmail, so attachments such as .ics and exports travel too). Locally the
// same adapter talks to the aws-ses-v2-local emulator. Outbound mail is built fresh (never re-sends
// inbound headers) and marked as automatic so a forwarding loop can be recognised and dropped.
import { type SESClient, SendRawEmailCommand } from "@aws-sdk/client-ses";
import MailComposer from "nodemailer/lib/mail-composer";
import type { Mailer, OutgoingEmail } from "../app/ports";

export const JOBNUDGE_HEADER = "X-Jobnudge-Kind";

export class SesMailer implements Mailer {
  constructor(private readonly client: SESClient) {}

  async send(email: OutgoingEmail): Promise<string> {
    const raw = await buildRawEmail(email);
    const out = await this.client.send(
      new SendRawEmailCommand({ RawMessage: { Data: raw }, Source: email.from, Destinations: [email.to] }),
    );
    return out.MessageId ?? "";
  }
}

export function buildRawEmail(email: OutgoingEmail): Promise<Buffer> {
  const composer = new MailComposer({
    from: email.from,
    to: email.to,
    subject: email.subject.replace(/[\r\n]+/g, " "),
    text: email.text,
    html: email.html,
    headers: { "Auto-Submitted": "auto-generated", [JOBNUDGE_HEADER]: email.kind },
    attachments: email.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
    })),
  });
  return composer.compile().build();
}
