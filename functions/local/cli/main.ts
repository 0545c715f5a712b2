// `jobnudge <command>`: parse, send, command, status, open, simulate, export, redrive. Each command has
// --help. A command's modules load only when it runs (dynamic import): `parse` never loads the AWS
// SDK, `status` never loads the MIME parser.
import { setFlagsFromString } from "node:v8";
// Only the version is bundled into the CLI (esbuild keeps the one field a JSON import names).
import { version } from "../../../package.json";
import { closestVerbs } from "../../domain/commands/spelling";
import { JobnudgeError } from "../../domain/errors";
import { exitQuietlyOnClosedStdout, quietSdkNodeVersionWarning } from "../node-runtime";
import { type CliCommand, UsageError } from "./command";

interface CommandEntry {
  name: string;
  summary: string;
  /**
   * Reads a few messages and exits: V8 then spends more time compiling the extractors' regular
   * expressions to machine code than running them. Interpreting them cuts `parse` by about a
   * third of its CPU time (bench/cli.ts); long runs (the stack, imports) keep compiling. The
   * compiler's analyses of a pattern (quick checks, Boyer-Moore tables) are skipped too: building
   * them for the cue tables' large unions costs more than a few texts read with them save (about a
   * fifth of the CPU time of `parse` again). Neither flag changes what a pattern matches.
   */
  interpretRegExps?: boolean;
  load(): Promise<CliCommand>;
}

const COMMANDS: CommandEntry[] = [
  {
    name: "parse",
    summary: "print what jobnudge understands from one .eml file",
    interpretRegExps: true,
    load: async () => (await import("./parse")).parseCommand,
  },
  {
    name: "send",
    summary: "deliver .eml files to the running local stack and say what it did with each",
    load: async () => (await import("./send")).sendCommand,
  },
  {
    name: "command",
    summary: 'email an owner command ("snooze Acme 3d") to the running stack, print the reply',
    load: async () => (await import("./mail-command")).mailCommand,
  },
  {
    name: "status",
    summary: "list employers, stages, deadlines and next nudges from the local store",
    load: async () => (await import("./status")).statusCommand,
  },
  {
    name: "open",
    summary: "show the latest email jobnudge sent the owner (--html: as a page)",
    load: async () => (await import("./open")).openCommand,
  },
  {
    name: "simulate",
    summary: "play a scenario on a virtual clock and print the emails jobnudge would send",
    interpretRegExps: true,
    load: async () => (await import("./simulate")).simulateCommand,
  },
  {
    name: "export",
    summary: "write employers and timelines from the local store as CSV and JSON",
    load: async () => (await import("./export")).exportCommand,
  },
  {
    name: "import",
    summary: "read past mail (mbox, Maildir, .eml folder) and apply its job mail; --dry-run to preview",
    load: async () => (await import("./import")).importCommand,
  },
  {
    name: "redrive",
    summary: "replay failed events: the AWS failed-events queues (--stage), or local messages (--local)",
    load: async () => (await import("./redrive")).redriveCommand,
  },
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: jobnudge <command> [options]   (from the repo: npm run --silent cli -- <command> ...)",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `jobnudge <command> --help` for a command's options; `jobnudge --version` (-v) for the version.",
  ].join("\n");
}

/** " (did you mean status?)" for "stauts"; nothing when no command is close. */
function didYouMean(typed: string): string {
  const close = closestVerbs(
    typed,
    COMMANDS.map((c) => c.name),
  );
  return close.length > 0 ? ` (did you mean ${close.join(" or ")}?)` : "";
}

async function main(argv: string[]): Promise<number> {
  const [first, ...afterFirst] = argv;
  // `jobnudge help send` is `jobnudge send --help`, as in git and npm.
  const helpFor = first === "help" && afterFirst.length > 0;
  const [name, ...rest] = helpFor ? [...afterFirst.slice(0, 1), "--help"] : argv;
  if (name === "--version" || name === "-v") {
    process.stdout.write(`jobnudge ${version}\n`);
    return 0;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`jobnudge: unknown command "${name}"${didYouMean(name)}\n\n${usage()}\n`);
    return 2;
  }
  if (entry.interpretRegExps) {
    setFlagsFromString("--regexp-interpret-all");
    setFlagsFromString("--no-regexp-optimization");
  }
  const command = await entry.load();
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
    // Configuration and machine problems (bad setting, port taken, stack not answering): the message says it all.
    if (err instanceof JobnudgeError) {
      process.stderr.write(`jobnudge ${name}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

quietSdkNodeVersionWarning();
exitQuietlyOnClosedStdout();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`jobnudge: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
