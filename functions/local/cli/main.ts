// `jobnudge <command>`: parse, send, status, simulate, export, redrive. Each command has --help.
import { ConfigError } from "../../domain/errors";
import { type CliCommand, UsageError } from "./command";
import { exportCommand } from "./export";
import { parseCommand } from "./parse";
import { redriveCommand } from "./redrive";
import { sendCommand } from "./send";
import { simulateCommand } from "./simulate";
import { statusCommand } from "./status";

const COMMANDS: CliCommand[] = [
  parseCommand,
  sendCommand,
  statusCommand,
  simulateCommand,
  exportCommand,
  redriveCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: jobnudge <command> [options]   (from the repo: npm run --silent cli -- <command> ...)",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `jobnudge <command> --help` for a command's options.",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`jobnudge: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`jobnudge ${name}: ${err.message}\n\n${command.help}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`jobnudge ${name}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`jobnudge: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
