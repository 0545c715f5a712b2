// Local configuration: embedded defaults < config file (jobnudge.config.json, or JOBNUDGE_CONFIG)
// < JOBNUDGE_* environment variables. Validated once with zod/mini, as the owner's settings are
// (domain/owner.ts): every CLI command reads this, and classic zod alone costs a command ~40 ms to
// load. A bad value fails at start with a message naming the setting.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as z from "zod/mini";
import { ConfigError } from "../domain/errors";
import { OwnerInputSchema } from "../domain/owner";

const email = z.email("Invalid email address");
const port = z
  .int("expected a port number (1-65535)")
  .check(z.minimum(1, "expected a port number (1-65535)"), z.maximum(65535, "expected a port number (1-65535)"));
const nonEmpty = z.string("expected text").check(z.minLength(1, "empty"));

const LocalConfigSchema = z.object({
  owner: OwnerInputSchema,
  inbox: email.check(z.toLowerCase()),
  sender: email,
  dataDir: nonEmpty,
  ports: z.object({ smtp: port, ses: port, actions: port, dynamodb: port }),
  host: nonEmpty,
});

export type LocalConfig = z.output<typeof LocalConfigSchema>;

export const DEFAULTS = {
  owner: {
    email: "you@example.com",
    name: "Sam Rivera",
    timezone: "America/New_York",
  },
  inbox: "jobs@inbox.localhost",
  sender: "jobnudge@inbox.localhost",
  dataDir: ".data",
  ports: { smtp: 2525, ses: 8005, actions: 8787, dynamodb: 8006 },
  host: "127.0.0.1",
};

/** The environment variable behind each setting that has one. */
const ENV_OF: Record<string, string> = {
  "owner.email": "JOBNUDGE_OWNER_EMAIL",
  "owner.name": "JOBNUDGE_OWNER_NAME",
  "owner.timezone": "JOBNUDGE_TIMEZONE",
  "ports.smtp": "JOBNUDGE_SMTP_PORT",
  "ports.ses": "JOBNUDGE_SES_PORT",
  "ports.actions": "JOBNUDGE_ACTIONS_PORT",
  "ports.dynamodb": "JOBNUDGE_DYNAMODB_PORT",
  inbox: "JOBNUDGE_INBOX",
  dataDir: "JOBNUDGE_DATA_DIR",
};

export function loadLocalConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): LocalConfig {
  const file = env.JOBNUDGE_CONFIG ?? resolve(cwd, "jobnudge.config.json");
  let fromFile: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch (err) {
      throw new ConfigError(`cannot read ${file}: ${(err as Error).message}`);
    }
  } else if (env.JOBNUDGE_CONFIG) {
    throw new ConfigError(`JOBNUDGE_CONFIG points at ${file}, which does not exist`);
  }
  const fileOwner = (fromFile.owner ?? {}) as Record<string, unknown>;
  const filePorts = (fromFile.ports ?? {}) as Record<string, unknown>;
  const port = (name: string) => (env[name] === undefined ? undefined : Number(env[name]));
  const merged = {
    ...DEFAULTS,
    ...fromFile,
    owner: {
      ...DEFAULTS.owner,
      ...fileOwner,
      ...defined({
        email: env.JOBNUDGE_OWNER_EMAIL,
        name: env.JOBNUDGE_OWNER_NAME,
        timezone: env.JOBNUDGE_TIMEZONE,
      }),
    },
    ports: {
      ...DEFAULTS.ports,
      ...filePorts,
      ...defined({
        smtp: port("JOBNUDGE_SMTP_PORT"),
        ses: port("JOBNUDGE_SES_PORT"),
        actions: port("JOBNUDGE_ACTIONS_PORT"),
        dynamodb: port("JOBNUDGE_DYNAMODB_PORT"),
      }),
    },
    ...defined({ inbox: env.JOBNUDGE_INBOX, dataDir: env.JOBNUDGE_DATA_DIR }),
  };
  const parsed = LocalConfigSchema.safeParse(merged);
  if (!parsed.success) {
    // Each bad value with where it came from: the variable that set it, else the file.
    const problems = parsed.error.issues
      .map((i) => {
        const path = i.path.join(".");
        const variable = ENV_OF[path];
        const from =
          variable && env[variable] !== undefined && env[variable] !== "" ? ` (${variable}=${env[variable]})` : "";
        return `  - ${path || "(root)"}${from}: ${i.message}`;
      })
      .join("\n");
    const chain = existsSync(file) ? `defaults < ${file} < JOBNUDGE_* variables` : "defaults < JOBNUDGE_* variables";
    throw new ConfigError(`invalid jobnudge configuration (${chain}):\n${problems}`);
  }
  return { ...parsed.data, dataDir: resolve(cwd, parsed.data.dataDir) };
}

function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>;
}
