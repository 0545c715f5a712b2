// Where `jobnudge import` applies past mail, as use-case deps built by the composition roots:
//   --dry-run       in-memory stand-ins (wiring/simulate.ts): nothing is kept or sent;
//   (default)       the running local stack: its DynamoDB Local, raw-mail folder, schedules file and
//                   SES emulator (found through <data folder>/stack.json, as `status` finds it);
//   --stage NAME    the AWS deployment (wiring/aws.ts), with the owner's credentials and the stage's
//                   linked resources (table, bucket, scheduler, sender, link key, owner settings) as
//                   `npx sst shell --stage NAME` provides them; without them the command runs itself
//                   again under that shell.
import { randomBytes } from "node:crypto";
import type { Deps } from "../../app/deps";
import { type Logger, RawMailNotFoundError, type RawMailStore } from "../../app/ports";
import { ownerSetting } from "../../domain/owner";
import { awsDeps } from "../../wiring/aws/all-ports";
import { buildLocalDeps } from "../../wiring/local";
import { buildSimulationDeps } from "../../wiring/simulate";
import { localDynamoClient } from "../stack/dynamodb-local";
import { LocalStackError } from "../stack/ports";
import { localSesClient } from "../stack/ses-emulator";
import { UsageError } from "./command";
import type { CliStack } from "./running-stack";

export interface ImportTarget {
  deps: Deps;
  /** Where the import goes, for the report's first line. */
  describe: string;
  close(): void;
}

/** `--owner EMAIL` over the settings' owner; a bad address is a usage error. */
export function ownerFor(settings: Deps["owner"], owner: string | undefined): Deps["owner"] {
  if (owner === undefined) return settings;
  const parsed = ownerSetting.email.safeParse(owner.trim().toLowerCase());
  if (!parsed.success) throw new UsageError(`--owner: "${owner}" is not an email address`);
  return parsed.data === settings.email ? settings : { ...settings, email: parsed.data };
}

/** Warnings and errors only: one line per applied message would bury the progress. */
export function importLogger(base: Logger): Logger {
  return { info() {}, warn: base.warn, error: base.error };
}

/**
 * A dry run keeps no mail: holding every kept message of a multi-GB mailbox in memory would break
 * the memory bound, and the replay hands each message to the use case itself.
 */
export const discardingRawMail: RawMailStore = {
  async put() {},
  async get(key) {
    throw new RawMailNotFoundError(key);
  },
};

export function dryRunTarget(owner: Deps["owner"], log: Logger): ImportTarget {
  const deps = buildSimulationDeps(
    owner,
    { now: () => new Date() },
    {
      send: async () => {
        throw new Error("a dry run sends nothing");
      },
    },
    log,
  );
  return {
    deps: { ...deps, rawMail: discardingRawMail, invocationId: "import-dry-run" },
    describe: "dry run: nothing is changed",
    close() {},
  };
}

export function localTarget(running: CliStack, owner: string | undefined, log: Logger): ImportTarget {
  const { config, stack } = running;
  if (!stack) {
    throw new LocalStackError(
      "the local stack is not running: start it with `npm start` (or preview with --dry-run, or import into AWS with --stage NAME)",
    );
  }
  if (owner !== undefined && ownerFor(config.owner, owner).email !== config.owner.email) {
    throw new UsageError(
      `--owner ${owner} is not the running stack's owner (${config.owner.email}): start the stack as that owner (JOBNUDGE_OWNER_EMAIL)`,
    );
  }
  const dynamo = localDynamoClient(`http://${config.host}:${config.ports.dynamodb}`);
  const ses = localSesClient(stack.sesEndpoint);
  const deps = buildLocalDeps(config, { dynamo, ses }, log);
  return {
    deps: { ...deps, invocationId: `import-${randomBytes(6).toString("hex")}` },
    describe: `the local stack on ${config.dataDir} (owner ${config.owner.email})`,
    close() {
      dynamo.destroy();
      ses.destroy();
    },
  };
}

/** The stage whose links this process has (`npx sst shell --stage NAME` sets SST_RESOURCE_App), or null. */
export function linkedStage(env: NodeJS.ProcessEnv = process.env): string | null {
  const app = env.SST_RESOURCE_App;
  if (!app) return null;
  try {
    const stage = (JSON.parse(app) as { stage?: unknown }).stage;
    return typeof stage === "string" ? stage : null;
  } catch {
    return null;
  }
}

/** The command line that runs this same command again with the stage's links: `npx sst shell`. */
export function sstShellCommand(stage: string, argv: readonly string[] = process.argv): [string, string[]] {
  return ["npx", ["sst", "shell", "--stage", stage, "--", process.execPath, ...argv.slice(1)]];
}

export function awsTarget(stage: string, owner: string | undefined, log: Logger): ImportTarget {
  const linked = linkedStage();
  if (linked !== stage) {
    throw new UsageError(
      `this shell has the links of stage ${linked}, not ${stage}: run it under \`npx sst shell --stage ${stage}\``,
    );
  }
  const deps = awsDeps({ command: "import" }, { invocationId: `import-${randomBytes(6).toString("hex")}` });
  if (owner !== undefined && ownerFor(deps.owner, owner).email !== deps.owner.email) {
    throw new UsageError(`--owner ${owner} is not stage ${stage}'s owner (${deps.owner.email})`);
  }
  return { deps: { ...deps, log }, describe: `stage ${stage} on AWS (owner ${deps.owner.email})`, close() {} };
}
