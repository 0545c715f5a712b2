// Which stack a CLI command talks to. The stack started by `npm start` writes its resolved settings
// to <dataDir>/stack.json; a command run with another environment (no JOBNUDGE_OWNER_EMAIL, another
// JOBNUDGE_DATA_DIR) still finds it and uses its owner, inbox and ports, and says on stderr which of
// the settings this shell chose itself differ, instead of quietly reading another owner's data.
import { basename, dirname } from "node:path";
import { type LocalConfig, loadLocalConfig } from "../config";
import { commandLine, listenerPid } from "../stack/processes";
import { type StackFile, stackState } from "../stack/stack-file";

export interface CliStack {
  /** The settings to use: the running stack's when there is one, else this command's own. */
  config: LocalConfig;
  /** The running stack, or null. */
  stack: StackFile | null;
}

/** The data folder of a jobnudge DynamoDB Local listening on `port` (its -dbPath is <dataDir>/dynamodb). */
function dataDirListeningOn(port: number): string | null {
  const pid = listenerPid(port);
  if (typeof pid !== "number") return null;
  const argv = commandLine(pid) ?? [];
  if (!argv.some((arg) => arg.includes("DynamoDBLocal.jar"))) return null;
  const dbPath = argv[argv.indexOf("-dbPath") + 1];
  return argv.includes("-dbPath") && dbPath && basename(dbPath) === "dynamodb" ? dirname(dbPath) : null;
}

const SOURCES: Record<string, string> = {
  "owner email": "JOBNUDGE_OWNER_EMAIL",
  inbox: "JOBNUDGE_INBOX",
  "data folder": "JOBNUDGE_DATA_DIR",
  "SMTP port": "JOBNUDGE_SMTP_PORT",
  "SES port": "JOBNUDGE_SES_PORT",
  "actions port": "JOBNUDGE_ACTIONS_PORT",
  "DynamoDB port": "JOBNUDGE_DYNAMODB_PORT",
};

function differences(own: LocalConfig, stack: StackFile, env: NodeJS.ProcessEnv): string[] {
  const pairs: [string, string | number, string | number][] = [
    ["owner email", own.owner.email, stack.owner.email],
    ["inbox", own.inbox, stack.inbox],
    ["data folder", own.dataDir, stack.dataDir],
    ["SMTP port", own.ports.smtp, stack.ports.smtp],
    ["SES port", own.ports.ses, stack.ports.ses],
    ["actions port", own.ports.actions, stack.ports.actions],
    ["DynamoDB port", own.ports.dynamodb, stack.ports.dynamodb],
  ];
  // A default this shell never chose is simply replaced by the stack's value; a setting it chose
  // (or a stack found on another data folder) is worth a line.
  return pairs
    .filter(([name, mine, theirs]) => mine !== theirs && (env[SOURCES[name] as string] || name === "data folder"))
    .map(([name, mine, theirs]) => {
      const variable = SOURCES[name] as string;
      const from = env[variable] ? `${variable} in this shell` : "this shell's jobnudge.config.json or the default";
      return `  ${name}: the stack uses ${theirs}; ${from} says ${mine}`;
    });
}

/**
 * The running stack once it is ready (stack.json is written before its services start): waits up
 * to `timeoutMs` for a stack that is still starting, saying so once on stderr.
 */
export async function findReadyStack(timeoutMs = 120_000, env: NodeJS.ProcessEnv = process.env): Promise<CliStack> {
  let found = findRunningStack(env);
  const deadline = Date.now() + timeoutMs;
  if (found.stack && !found.stack.ready)
    process.stderr.write("jobnudge: the stack is still starting; waiting for it...\n");
  while (found.stack && !found.stack.ready && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const state = stackState(found.stack.dataDir);
    if (state.state !== "running") return findRunningStack(env, process.cwd(), () => {});
    found = { ...found, stack: state.file };
  }
  return found;
}

export function findRunningStack(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  warn: (text: string) => void = (text) => process.stderr.write(text),
): CliStack {
  const own = loadLocalConfig(env, cwd);
  let state = stackState(own.dataDir);
  if (state.state === "none") {
    // Not on our data folder: maybe a stack started with another JOBNUDGE_DATA_DIR or from another folder.
    const elsewhere = dataDirListeningOn(own.ports.dynamodb);
    if (elsewhere && elsewhere !== own.dataDir) state = stackState(elsewhere);
  }
  if (state.state === "crashed") {
    warn(
      `jobnudge: a stack on ${state.file.dataDir} (pid ${state.file.pid}) stopped without cleaning up; ` +
        "its leftovers are stopped by the next `npm start` or command that opens the database.\n",
    );
  }
  if (state.state !== "running") return { config: own, stack: null };
  const stack = state.file;
  const diff = differences(own, stack, env);
  if (diff.length > 0) {
    warn(
      [
        `jobnudge: using the running stack's settings (pid ${stack.pid}, started ${stack.startedAt}), which differ from this shell's:`,
        ...diff,
        "",
      ].join("\n"),
    );
  }
  const config: LocalConfig = {
    ...own,
    owner: {
      ...own.owner,
      email: stack.owner.email,
      aliases: stack.owner.aliases,
      name: stack.owner.name,
      timezone: stack.owner.timezone,
    },
    inbox: stack.inbox,
    host: stack.host,
    dataDir: stack.dataDir,
    ports: stack.ports,
  };
  return { config, stack };
}
