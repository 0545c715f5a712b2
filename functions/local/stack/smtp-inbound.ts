// The local stand-in for SES receiving: an SMTP server that accepts mail for the inbox address
// only, keeps the raw message (the S3 stand-in) and hands it to the inbound use case.
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

export interface ReceivedMail {
  raw: Uint8Array;
  envelopeFrom: string | null;
}

export interface RunningSmtp {
  stop(): Promise<void>;
}

export async function startSmtpInbound(options: {
  host: string;
  port: number;
  inbox: string;
  /**
   * Must keep the raw message before resolving: SMTP 250 means "you may delete your copy". The
   * string it resolves to becomes the text of that 250 reply.
   */
  accept: (mail: ReceivedMail) => Promise<string | undefined>;
}): Promise<RunningSmtp> {
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    banner: "jobnudge local inbox",
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase() !== options.inbox.toLowerCase()) {
        const err = Object.assign(new Error(`this server only accepts mail for ${options.inbox}`), {
          responseCode: 550,
        });
        return callback(err);
      }
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        // Past the limit the message is refused anyway: drain it without keeping it in memory.
        size += chunk.length;
        if (size <= MAX_MESSAGE_BYTES) chunks.push(chunk);
      });
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          const err = Object.assign(new Error("message exceeds the 25 MB limit"), { responseCode: 552 });
          return callback(err);
        }
        const from = session.envelope.mailFrom;
        options
          .accept({ raw: new Uint8Array(Buffer.concat(chunks)), envelopeFrom: from ? from.address : null })
          .then((reply) => callback(null, reply))
          .catch((err: Error) => callback(Object.assign(err, { responseCode: 451 })));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
