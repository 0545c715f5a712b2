// `jobnudge export`: every employer and its timeline, as CSV and JSON files (the same attachments
// the `export` email command sends).
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { exportAttachments } from "../../domain/formats/export";
import { loadLocalConfig } from "../config";
import { type CliCommand, parseCliArgs } from "./command";
import { withLocalStore } from "./local-store";

const HELP = `Usage: jobnudge export [--out DIR]

Writes every employer jobnudge tracks, and each one's timeline, from the local store to
DIR (default: the current folder) as CSV and JSON files, and prints their paths.`;

export const exportCommand: CliCommand = {
  name: "export",
  summary: "write employers and timelines from the local store as CSV and JSON",
  help: HELP,
  async run(args) {
    const { values } = parseCliArgs(args, { out: { type: "string" } });
    const config = loadLocalConfig();
    const dir = resolve(values.out ?? ".");
    return withLocalStore(config, async (store) => {
      const employers = store ? await store.listEmployers() : [];
      await mkdir(dir, { recursive: true });
      for (const file of exportAttachments(employers, new Date().toISOString())) {
        const path = join(dir, file.filename);
        await writeFile(path, file.content);
        process.stdout.write(`${path}\n`);
      }
      process.stderr.write(`exported ${employers.length} employer(s)\n`);
      return 0;
    });
  },
};
