// Opens the local store for a CLI command: the running stack's DynamoDB Local when `npm start` is
// up (found through stack.json), else DynamoDB Local started briefly on the data folder. Null when
// there is no data yet.
import { type AttributeValue, type DynamoDBClient, ListTablesCommand, ScanCommand } from "@aws-sdk/client-dynamodb";
import { DynamoStateStore } from "../../adapters/dynamo-state";
import { consoleLogger } from "../../adapters/logger";
import { localPaths } from "../../wiring/local";
import { stopOrphans } from "../stack/claim-data-dir";
import { LOCAL_TABLE, localDynamoClient, type RunningDynamo, startDynamoDbLocal } from "../stack/dynamodb-local";
import { LocalStackError } from "../stack/ports";
import type { CliStack } from "./running-stack";

export interface LocalStore {
  store: DynamoStateStore;
  /** Owners other than the configured one with employers in this data folder, with their counts. */
  otherOwners(): Promise<{ email: string; employers: number }[]>;
}

export async function withLocalStore<T>(
  { config, stack }: CliStack,
  use: (local: LocalStore | null) => Promise<T>,
): Promise<T> {
  let started: RunningDynamo | null = null;
  let client = localDynamoClient(`http://${config.host}:${config.ports.dynamodb}`);
  if (stack) {
    try {
      await client.send(new ListTablesCommand({}));
    } catch (err) {
      client.destroy();
      throw new LocalStackError(
        `the running stack (pid ${stack.pid}) does not answer on DynamoDB port ${config.ports.dynamodb}` +
          `${stack.ready ? "" : " yet: it is still starting, try again in a moment"} (${(err as Error).message})`,
      );
    }
  } else {
    client.destroy();
    process.stderr.write("(the local stack is not running; opening its database directly)\n");
    await stopOrphans(config.dataDir, consoleLogger());
    started = await startDynamoDbLocal({
      port: config.ports.dynamodb,
      dbPath: localPaths(config.dataDir).dynamodb,
      pidDir: config.dataDir,
    });
    client = started.client;
  }
  try {
    const tables = await client.send(new ListTablesCommand({}));
    if (!tables.TableNames?.includes(LOCAL_TABLE)) return await use(null);
    const store = new DynamoStateStore(client, LOCAL_TABLE, config.owner.email);
    return await use({ store, otherOwners: () => employersByOwner(client, config.owner.email) });
  } finally {
    if (started) await started.stop();
    else client.destroy();
  }
}

/** Counts employer records per owner partition (pk OWNER#email, sk EMP#id), except `owner`'s. */
async function employersByOwner(
  client: DynamoDBClient,
  owner: string,
): Promise<{ email: string; employers: number }[]> {
  const counts = new Map<string, number>();
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: LOCAL_TABLE,
        ProjectionExpression: "pk",
        FilterExpression: "begins_with(sk, :emp)",
        ExpressionAttributeValues: { ":emp": { S: "EMP#" } },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const email = item.pk?.S?.replace(/^OWNER#/, "");
      if (email && email !== owner.toLowerCase()) counts.set(email, (counts.get(email) ?? 0) + 1);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return [...counts].map(([email, employers]) => ({ email, employers }));
}
