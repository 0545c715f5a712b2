// StateStore on DynamoDB (AWS, or DynamoDB Local): one table, one partition per owner.
//   pk = OWNER#<owner>   sk = EMP#<id> | MSG#<key> | CLAIM#<key> | SCHEDULES
// Employer records and the schedule book carry a `version` attribute for optimistic locking.
import { ConditionalCheckFailedException, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandOutput,
} from "@aws-sdk/lib-dynamodb";
import type { MessageRecord, ScheduleBook, StateStore } from "../app/ports";
import { ConcurrentUpdateError } from "../app/ports";
import type { EmployerRecord } from "../domain/employer";

/** Processed-message records and claims expire after a year (TTL is housekeeping, never logic). */
const HOUSEKEEPING_TTL_SECONDS = 365 * 24 * 3600;

export class DynamoStateStore implements StateStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly pk: string;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    ownerEmail: string,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    this.pk = `OWNER#${ownerEmail.toLowerCase()}`;
  }

  async listEmployers(): Promise<EmployerRecord[]> {
    const items = await this.queryPrefix("EMP#");
    return items.map((item) => item.record as EmployerRecord);
  }

  async getEmployer(id: string): Promise<EmployerRecord | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: this.pk, sk: `EMP#${id}` }, ConsistentRead: true }),
    );
    return (out.Item?.record as EmployerRecord | undefined) ?? null;
  }

  async saveEmployer(record: EmployerRecord): Promise<EmployerRecord> {
    const next = { ...record, version: record.version + 1 };
    await this.conditionalPut(`EMP#${record.id}`, { record: next, version: next.version }, record.version);
    return next;
  }

  async deleteEmployer(id: string, version: number): Promise<void> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: this.pk, sk: `EMP#${id}` },
          ConditionExpression: "#v = :v",
          ExpressionAttributeNames: { "#v": "version" },
          ExpressionAttributeValues: { ":v": version },
        }),
      );
    } catch (err) {
      throw translateConditionFailure(err, `employer ${id}`);
    }
  }

  async recordMessage(message: MessageRecord): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: this.pk, sk: `MSG#${message.key}`, message, expiresAt: ttlFrom(message.receivedAt) },
      }),
    );
  }

  async getMessage(key: string): Promise<MessageRecord | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: this.pk, sk: `MSG#${key}` }, ConsistentRead: true }),
    );
    return (out.Item?.message as MessageRecord | undefined) ?? null;
  }

  async listMessages(): Promise<MessageRecord[]> {
    const items = await this.queryPrefix("MSG#");
    return items.map((item) => item.message as MessageRecord);
  }

  async claim(key: string, at: string): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: this.pk, sk: `CLAIM#${key}`, claimedAt: at, expiresAt: ttlFrom(at) },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }

  async release(key: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: this.pk, sk: `CLAIM#${key}` } }));
  }

  async getScheduleBook(): Promise<ScheduleBook> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: this.pk, sk: "SCHEDULES" }, ConsistentRead: true }),
    );
    if (!out.Item) return { entries: {}, version: 0 };
    return { entries: out.Item.entries as ScheduleBook["entries"], version: out.Item.version as number };
  }

  async saveScheduleBook(book: ScheduleBook): Promise<ScheduleBook> {
    const next = { entries: book.entries, version: book.version + 1 };
    await this.conditionalPut("SCHEDULES", next, book.version);
    return next;
  }

  private async conditionalPut(sk: string, attributes: Record<string, unknown>, expectedVersion: number) {
    const condition =
      expectedVersion === 0
        ? { ConditionExpression: "attribute_not_exists(pk)" }
        : {
            ConditionExpression: "#v = :expected",
            ExpressionAttributeNames: { "#v": "version" },
            ExpressionAttributeValues: { ":expected": expectedVersion },
          };
    try {
      await this.doc.send(
        new PutCommand({ TableName: this.tableName, Item: { pk: this.pk, sk, ...attributes }, ...condition }),
      );
    } catch (err) {
      throw translateConditionFailure(err, sk);
    }
  }

  private async queryPrefix(prefix: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
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
}

function translateConditionFailure(err: unknown, what: string): unknown {
  if (err instanceof ConditionalCheckFailedException) {
    return new ConcurrentUpdateError(`${what} changed concurrently`, { cause: err });
  }
  return err;
}

function ttlFrom(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000) + HOUSEKEEPING_TTL_SECONDS;
}

/** Key schema shared by the SST table definition and the local stack's CreateTable. */
export const TABLE_KEY_SCHEMA = {
  hashKey: "pk",
  rangeKey: "sk",
  ttlAttribute: "expiresAt",
} as const;
