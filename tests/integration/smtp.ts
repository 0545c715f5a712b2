// Delivering raw mail to a running local stack's inbox over SMTP, as a mail server would (test-only).
import nodemailer from "nodemailer";
import type { LocalConfig } from "../../functions/local/config";

/** Sends each raw message with `from` as the envelope sender; `after(i)` runs once message i is accepted. */
export async function sendRaw(
  cfg: LocalConfig,
  messages: Uint8Array[],
  from: string,
  after: (index: number) => Promise<void> = async () => {},
): Promise<void> {
  const transport = nodemailer.createTransport({
    host: cfg.host,
    port: cfg.ports.smtp,
    secure: false,
    ignoreTLS: true,
  });
  try {
    for (const [i, raw] of messages.entries()) {
      await transport.sendMail({ envelope: { from, to: [cfg.inbox] }, raw: Buffer.from(raw) });
      await after(i);
    }
  } finally {
    transport.close();
  }
}
