// `jobnudge command "snooze Acme 3d"`: emails an owner command to the running stack, from the
// owner's address with the command as the subject (as the owner would from their mail client), and
// prints jobnudge's reply from the SES emulator.
import { type CliCommand, parseCliArgs, UsageError } from "./command";
import { deliveryError, describeReceipt, openInbox } from "./deliver";
import { latestOwnerEmail } from "./owner-mailbox";
import { findReadyStack } from "./running-stack";

export const mailCommand: CliCommand = {
  help: `Usage: jobnudge command "COMMAND"

Emails COMMAND to the running local stack (\`npm start\`) from the owner's address, with COMMAND
as the subject, and prints jobnudge's reply; exits 1 when the reply says nothing changed (not
understood, or not possible as asked). Commands: status, help, accept EMPLOYER,
decline EMPLOYER, withdraw EMPLOYER, rejected EMPLOYER, rank A, B, C, prefer EMPLOYER,
sent EMPLOYER, snooze EMPLOYER 3d, stop EMPLOYER, resume EMPLOYER, deadline EMPLOYER DATE,
expect EMPLOYER DATE, offer EMPLOYER base 145000 ..., rename OLD to NEW, merge A into B, export.
Example: jobnudge command "snooze Acme 3d"`,
  async run(args) {
    const { positionals } = parseCliArgs(args, {});
    const subject = positionals.join(" ").trim();
    if (!subject) throw new UsageError('missing COMMAND, e.g. "status" or "snooze Acme 3d"');
    const { config, stack } = await findReadyStack();
    const viewer = stack?.sesEndpoint ?? `http://${config.host}:${config.ports.ses}`;
    const from = config.owner.email;
    const sentAt = Date.now();
    const inbox = openInbox(config);
    let delivered: Awaited<ReturnType<typeof inbox.deliver>>;
    try {
      delivered = await inbox.deliver(from, { subject, text: "" });
    } catch (err) {
      process.stderr.write(`jobnudge command: ${deliveryError(err, config, stack !== null)}\n`);
      return 1;
    } finally {
      inbox.close();
    }
    const result = describeReceipt(delivered, { from, owner: from, dataDir: config.dataDir, viewer });
    if (!result.ok) {
      process.stderr.write(`jobnudge command: ${result.text}\n`);
      return 1;
    }
    const reply = await latestOwnerEmail(viewer, from, sentAt).catch(() => null);
    if (!reply) {
      process.stdout.write(`${result.text}\n`);
      return 0;
    }
    process.stdout.write(`${reply.subject}\n\n${(reply.body.text ?? "").trim()}\n`);
    return refusal(reply.subject) ? 1 : 0;
  },
};

/**
 * A reply that says nothing changed (a command not understood, or one that cannot be done as asked)
 * is a failure at the terminal, as a rejected `send` is: said on stderr, with the command to type
 * when jobnudge has a guess, and exit 1 (a script that steers jobnudge must not carry on as if
 * it was recorded). The reply's subject says which (`domain/compose/command-reply.ts`).
 */
function refusal(subject: string): boolean {
  const what = /^jobnudge: (not understood|not done):/.exec(subject)?.[1];
  if (!what) return false;
  const guess = /\(did you mean: (.+)\?\)$/.exec(subject)?.[1];
  process.stderr.write(
    `jobnudge command: ${what}, nothing changed${guess ? `; to do it: jobnudge command "${guess}"` : " (the reply above says why)"}\n`,
  );
  return true;
}
