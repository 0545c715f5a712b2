// `jobnudge send FILE.eml...`: delivers raw messages to the running local stack's inbox over SMTP,
// with the owner as envelope sender (as a forward or BCC from the owner would arrive), and reports
// what the stack did with each one.
import { readFile } from "node:fs/promises";
import { ownerSetting } from "../../domain/owner";
import { type CliCommand, parseCliArgs, UsageError, unreadableFile, userPath } from "./command";
import { deliveryError, describeReceipt, openInbox } from "./deliver";
import { findReadyStack } from "./running-stack";
import { headersOf, notOwnersMail } from "./whose-mail";

export const sendCommand: CliCommand = {
  help: `Usage: jobnudge send FILE.eml... [--from EMAIL]

Sends each file, unchanged, to the local inbox over SMTP (\`npm start\` must be running) and
prints what jobnudge did with it: applied (with the kind and employer it read), run as a
command, rejected as a stranger, or unreadable (the owner is told by email). A file that names
the owner neither as sender nor as recipient gets a note: it is read as the owner's mail all the
same (start the stack as its owner instead). Paths are read from the folder you ran the command
in. Exits 1 when any file was not applied.
  --from EMAIL   envelope sender (default: the running stack's owner; anything else is a
                 stranger and is rejected by jobnudge, which is how you can try that path)`,
  async run(args) {
    const { values, positionals } = parseCliArgs(args, { from: { type: "string" } });
    if (positionals.length === 0) throw new UsageError("missing FILE.eml");
    // Checked here: the inbox would refuse it with a bare SMTP "501 Bad sender address syntax".
    if (values.from !== undefined && !ownerSetting.email.safeParse(values.from).success) {
      throw new UsageError(`--from needs an email address, e.g. --from someone@else.com (got "${values.from}")`);
    }
    const { config, stack } = await findReadyStack();
    const from = values.from ?? config.owner.email;
    const context = {
      from,
      owner: config.owner.email,
      dataDir: config.dataDir,
      viewer: stack?.sesEndpoint ?? `http://${config.host}:${config.ports.ses}`,
    };
    const inbox = openInbox(config);
    let failed = 0;
    try {
      for (const [i, file] of positionals.entries()) {
        const label = `[${i + 1}/${positionals.length}] ${file}`;
        let raw: Buffer;
        try {
          raw = await readFile(userPath(file));
        } catch (err) {
          failed++;
          process.stderr.write(`${label}: cannot read ${userPath(file)}: ${unreadableFile(err)}\n`);
          continue;
        }
        try {
          const delivered = await inbox.deliver(from, { raw });
          const result = describeReceipt(delivered, context);
          if (!result.ok) failed++;
          (result.ok ? process.stdout : process.stderr).write(`${label}: ${result.text}\n`);
          // Read as the owner's though it names them nowhere: say so (still applied, so no failure).
          const note =
            delivered.receipt?.outcome === "applied" ? notOwnersMail(await headersOf(raw), config.owner) : null;
          if (note) process.stderr.write(`${label}: ${note}\n`);
        } catch (err) {
          failed++;
          process.stderr.write(`${label}: ${deliveryError(err, config, stack !== null)}\n`);
        }
      }
    } finally {
      inbox.close();
    }
    return failed === 0 ? 0 : 1;
  },
};
