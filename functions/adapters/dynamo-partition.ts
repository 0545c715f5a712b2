// One owner's partition of jobnudge's DynamoDB table (AWS, or DynamoDB Local): pk = OWNER#<owner>,
// one sort key per item. The small set of calls the state store's parts share: consistent reads,
// paged prefix queries, and conditional writes that say whether their condition held.
import { ConditionalCheckFailedException, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  type DeleteCommandInput,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
  type QueryCommandOutput,
  UpdateCommand,
  type UpdateCommandInput,
} from "@aws-sdk/lib-dynamodb";

export type Item = Record<string, unknown>;

/** Processed-message records, claims and schedule entries expire a year on (housekeeping, never logic). */
export const HOUSEKEEPING_TTL_SECONDS = 365 * 24 * 3600;

/** The TTL attribute value (epoch seconds) `seconds` after an instant. */
export function ttlFrom(iso: string, seconds = HOUSEKEEPING_TTL_SECONDS): number {
  return Math.floor(Date.parse(iso) / 1000) + seconds;
}

/** A condition and the names and values it uses. */
export interface Condition {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

type KeyedInput<T> = Omit<T, "TableName" | "Key">;

export class OwnerPartition {
  private readonly doc: DynamoDBDocumentClient;
  readonly pk: string;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    ownerEmail: string,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    this.pk = `OWNER#${ownerEmail.toLowerCase()}`;
  }

  async get(sk: string): Promise<Item | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: this.pk, sk }, ConsistentRead: true }),
    );
    return out.Item ?? null;
  }

  /** Every item whose sort key starts with `prefix`, in key order, page after page. */
  async query(prefix: string): Promise<Item[]> {
    const items: Item[] = [];
    let start: QueryCommandOutput["LastEvaluatedKey"];
    do {
      const out: QueryCommandOutput = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          ExpressionAttributeValues: { ":pk": this.pk, ":prefix": prefix },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** Writes the item (pk added); with a condition, false when it did not hold. */
  async put(sk: string, attributes: Item, condition?: Condition): Promise<boolean> {
    const input: PutCommandInput = {
      TableName: this.tableName,
      Item: { pk: this.pk, sk, ...attributes },
      ...condition,
    };
    return this.conditional(() => this.doc.send(new PutCommand(input)));
  }

  async update(sk: string, input: KeyedInput<UpdateCommandInput>): Promise<boolean> {
    return this.conditional(() =>
      this.doc.send(new UpdateCommand({ TableName: this.tableName, Key: { pk: this.pk, sk }, ...input })),
    );
  }

  async delete(sk: string, condition?: Condition): Promise<boolean> {
    const input: DeleteCommandInput = { TableName: this.tableName, Key: { pk: this.pk, sk }, ...condition };
    return this.conditional(() => this.doc.send(new DeleteCommand(input)));
  }

  private async conditional(write: () => Promise<unknown>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }
}

/** Key schema shared by the SST table definition and the local stack's CreateTable. */
export const TABLE_KEY_SCHEMA = {
  hashKey: "pk",
  rangeKey: "sk",
  ttlAttribute: "expiresAt",
} as const;
