// Opens the local store for a CLI command: the running stack's DynamoDB Local if `npm start` is
// up, else DynamoDB Local started briefly on the data folder. Null when there is no data yet.
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DynamoStateStore } from "../../adapters/dynamo-state";
import { localPaths } from "../../wiring/local";
import type { LocalConfig } from "../config";
import { LOCAL_TABLE, localDynamoClient, type RunningDynamo, startDynamoDbLocal } from "../stack/dynamodb-local";

export async function withLocalStore<T>(
  config: LocalConfig,
  use: (store: DynamoStateStore | null) => Promise<T>,
): Promise<T> {
  let client = localDynamoClient(`http://${config.host}:${config.ports.dynamodb}`);
  let started: RunningDynamo | null = null;
  try {
    await client.send(new ListTablesCommand({}));
  } catch {
    client.destroy();
    process.stderr.write("(the local stack is not running; opening its database directly)\n");
    started = await startDynamoDbLocal({ port: config.ports.dynamodb, dbPath: localPaths(config.dataDir).dynamodb });
    client = started.client;
  }
  try {
    const tables = await client.send(new ListTablesCommand({}));
    const store = tables.TableNames?.includes(LOCAL_TABLE)
      ? new DynamoStateStore(client, LOCAL_TABLE, config.owner.email)
      : null;
    return await use(store);
  } finally {
    if (started) await started.stop();
    else client.destroy();
  }
}
