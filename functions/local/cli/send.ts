// `jobnudge send FILE.eml...`: delivers raw messages to the running local stack's inbox over SMTP,
// with the owner as envelope sender (as a forward or BCC from the owner would arrive).
import { readFile } from "node:fs/promises";
import nodemailer from "nodemailer";
import { loadLocalConfig } from "../config";
import { type CliCommand, parseCliArgs, UsageError } from "./command";

const HELP = `Usage: jobnudge send FILE.eml... [--from EMAIL]

Sends each file, unchanged, to the local inbox (npm start must be running) over SMTP.
  --from EMAIL   envelope sender (default: the configured owner; anything else is a stranger
                 and is rejected by jobnudge, which is how you can try that path)`;

export const sendCommand: CliCommand = {
  name: "send",
  summary: "deliver .eml files to the running local stack (npm start)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCliArgs(args, { from: { type: "string" } });
    if (positionals.length === 0) throw new UsageError("missing FILE.eml");
    const config = loadLocalConfig();
    const transport = nodemailer.createTransport({
      host: config.host,
      port: config.ports.smtp,
      secure: false,
      ignoreTLS: true,
    });
    let failed = 0;
    for (const [i, file] of positionals.entries()) {
      const label = `[${i + 1}/${positionals.length}] ${file}`;
      try {
        const raw = await readFile(file);
        await transport.sendMail({
          envelope: { from: values.from ?? config.owner.email, to: [config.inbox] },
          raw,
        });
        process.stdout.write(`${label}: delivered to ${config.inbox}\n`);
      } catch (err) {
        failed++;
        const e = err as NodeJS.ErrnoException;
        const hint =
          e.code === "ESOCKET" || e.code === "ECONNREFUSED"
            ? ` (nothing listens on ${config.host}:${config.ports.smtp}: is \`npm start\` running?)`
            : "";
        process.stderr.write(`${label}: ${e.message}${hint}\n`);
      }
    }
    transport.close();
    return failed === 0 ? 0 : 1;
  },
};
