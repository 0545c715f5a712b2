// `jobnudge export`: every employer and its timeline, as CSV and JSON files (the same attachments
// the `export` email command sends).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { exportAttachments } from "../../domain/formats/export";
import { type CliCommand, parseCliArgs, userPath } from "./command";
import { withLocalStore } from "./local-store";
import { findReadyStack } from "./running-stack";

export const exportCommand: CliCommand = {
  help: `Usage: jobnudge export [--out DIR]

Writes every employer jobnudge tracks, and each one's timeline, from the local store to
DIR (default: the current folder) as CSV and JSON files, and prints their paths. With
\`npm start\` running it reads that stack's store, as that stack's owner.`,
  async run(args) {
    const { values } = parseCliArgs(args, { out: { type: "string" } });
    const running = await findReadyStack();
    const dir = userPath(values.out ?? ".");
    return withLocalStore(running, async (local) => {
      const employers = local ? await local.store.listEmployers() : [];
      await mkdir(dir, { recursive: true });
      for (const file of exportAttachments(employers, new Date().toISOString())) {
        const path = join(dir, file.filename);
        await writeFile(path, file.content);
        process.stdout.write(`${path}\n`);
      }
      process.stderr.write(`exported ${employers.length} employer(s) of ${running.config.owner.email}\n`);
      return 0;
    });
  },
};
