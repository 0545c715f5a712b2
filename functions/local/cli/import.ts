// `jobnudge import PATH`: past mail from an mbox, a Maildir or a folder of .eml files, through the
// same inbound use case as live mail (import-run.ts), into a dry run, the local stack or AWS
// (import-targets.ts); what it found is printed by import-report.ts.
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { consoleLogger } from "../../adapters/logger";
import { detectMailbox } from "../../mailbox";
import { type CliCommand, parseCliArgs, UsageError, userPath } from "./command";
import { importJson, importText } from "./import-report";
import { runImport } from "./import-run";
import {
  awsTarget,
  dryRunTarget,
  type ImportTarget,
  importLogger,
  linkedStage,
  localTarget,
  ownerFor,
  sstShellCommand,
} from "./import-targets";
import { findReadyStack, findRunningStack } from "./running-stack";

const HELP = `Usage: jobnudge import PATH [--dry-run] [--json] [--owner EMAIL] [--stage NAME]

Reads past mail and applies the job mail in it as if it had been forwarded, oldest first, so a hunt
already under way starts with every employer, stage and date in place.
PATH      an mbox file (Gmail Takeout, Thunderbird, an Apple Mail export folder), a Maildir, or a
          folder of .eml files (searched recursively). It is streamed: a mailbox of any size is
          fine. Mail that is clearly not about a job (newsletters, receipts, alerts) is skipped
          from its headers alone; every message is treated as the owner's own mail.
--dry-run       print what the import would create, per employer (messages, kinds, stage, dates
                in your time zone, the facts it is unsure of) and every message it could not
                read; change nothing
--json          print the DESIGN.md JSON object instead of lines
--owner EMAIL   the owner the mail belongs to (default: the running stack's owner, else the
                settings'); with the local stack or a stage it must be that owner
--stage NAME    import into the AWS deployment NAME with your AWS credentials; its resources
                come from \`npx sst shell --stage NAME\` (started for you when needed)

Without --dry-run and --stage it applies to the running local stack (\`npm start\`). No nudge is
sent for dates that passed before the import: reminders are planned from now, and one summary
email replaces the acknowledgement per message. Progress goes to stderr (a bar on a terminal).
Ctrl-C stops after the current message; running the same command again continues, and a rerun of
a finished import changes nothing. Exit 0 when every message was read, 1 when some could not be
(each is listed with its position) or the import stopped, 2 for bad arguments.`;

export const importCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCliArgs(args, {
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      owner: { type: "string" },
      stage: { type: "string" },
    });
    if (positionals.length !== 1)
      throw new UsageError("give one PATH: an mbox file, a Maildir or a folder of .eml files");
    const dryRun = values["dry-run"] ?? false;
    if (dryRun && values.stage) throw new UsageError("--dry-run changes nothing anywhere: leave out --stage");
    const path = userPath(positionals[0] as string);
    if (!(await stat(path).catch(() => null))) {
      process.stderr.write(`jobnudge import: ${positionals[0]}: no such file or folder\n`);
      return 1;
    }
    const detected = await detectMailbox(path);
    if (detected.format === null) {
      process.stderr.write(
        `jobnudge import: ${positionals[0]}: unknown format (${detected.problem}). Expected an mbox file, a Maildir (cur/, new/) or a folder of .eml files.\n`,
      );
      return 1;
    }
    if (values.stage && linkedStage() !== values.stage) return rerunUnderSstShell(values.stage);

    const log = importLogger(consoleLogger());
    let target: ImportTarget;
    if (dryRun) {
      const { config } = findRunningStack(process.env, process.cwd(), () => {});
      target = dryRunTarget(ownerFor(config.owner, values.owner), log);
    } else if (values.stage) {
      target = awsTarget(values.stage, values.owner, log);
    } else {
      target = localTarget(await findReadyStack(), values.owner, log);
    }
    try {
      const outcome = await runImport(path, target.deps, { dryRun });
      process.stdout.write(
        values.json
          ? `${JSON.stringify(importJson(outcome), null, 2)}\n`
          : importText(outcome, { dryRun, timezone: target.deps.owner.timezone, target: target.describe }),
      );
      return outcome.interrupted || outcome.errors.length > 0 ? 1 : 0;
    } finally {
      target.close();
    }
  },
};

/** `--stage NAME` without the stage's links in the environment: the same command under `npx sst shell`. */
function rerunUnderSstShell(stage: string): Promise<number> {
  const [command, args] = sstShellCommand(stage);
  process.stderr.write(
    `jobnudge import: reading stage ${stage}'s resources with \`npx sst shell --stage ${stage}\` ...\n`,
  );
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit" });
    // Ctrl-C reaches the child too (same process group): it stops after its current message.
    const ignore = () => {};
    process.on("SIGINT", ignore);
    child.on("error", (err) => {
      process.off("SIGINT", ignore);
      process.stderr.write(`jobnudge import: could not run npx sst shell: ${err.message}\n`);
      resolve(1);
    });
    child.on("exit", (code) => {
      process.off("SIGINT", ignore);
      resolve(code ?? 1);
    });
  });
}
