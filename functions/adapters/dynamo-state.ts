// StateStore on DynamoDB (AWS, or DynamoDB Local): one table, one partition per owner.
//   pk = OWNER#<owner>   sk = EMP#<id> | MSG#<key> | CLAIM#<key> | SCHED#<schedule name>
// Employer records carry a `version` attribute for optimistic locking. Claims carry their owner
// and lease. Before schedule entries had their own items, one SCHEDULES item held them all; it is
// moved into SCHED# items the first time the book is read.
import { ConditionalCheckFailedException, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandOutput,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { BookedSchedule, ClaimOutcome, MessageRecord, ScheduleEntry, StateStore } from "../app/ports";
import { ConcurrentUpdateError } from "../app/ports";
import type { EmployerRecord } from "../domain/employer";

/** Processed-message records and claims expire after a year (TTL is housekeeping, never logic). */
const HOUSEKEEPING_TTL_SECONDS = 365 * 24 * 3600;
/** The one-item schedule book of earlier versions. */
const LEGACY_BOOK = "SCHEDULES";

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

  async claim(key: string, owner: string, now: string, leaseSeconds: number): Promise<ClaimOutcome> {
    const at = Date.parse(now);
    // A lost race re-reads; the item may have been released or lapsed meanwhile, so try again.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.doc.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              pk: this.pk,
              sk: `CLAIM#${key}`,
              owner,
              claimedAt: now,
              leaseUntil: at + leaseSeconds * 1000,
              expiresAt: ttlFrom(now),
            },
            // Free, or not done and either ours (a retry, or the SDK retrying this very put after a
            // lost response) or another's lapsed lease.
            ConditionExpression:
              "attribute_not_exists(pk) OR (attribute_not_exists(doneAt) AND attribute_exists(#owner) AND (#owner = :owner OR leaseUntil <= :now))",
            ExpressionAttributeNames: { "#owner": "owner" },
            ExpressionAttributeValues: { ":owner": owner, ":now": at },
          }),
        );
        return "claimed";
      } catch (err) {
        if (!(err instanceof ConditionalCheckFailedException)) throw err;
      }
      const current = await this.getItem(`CLAIM#${key}`);
      if (!current) continue;
      // A claim without an owner was written before leases existed, when claimed meant sent.
      if (current.doneAt !== undefined || current.owner === undefined) return "done";
      if (current.owner !== owner && Number(current.leaseUntil) > at) return "held";
    }
    return "held";
  }

  async complete(key: string, now: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: this.pk, sk: `CLAIM#${key}` },
        UpdateExpression: "SET doneAt = if_not_exists(doneAt, :now), expiresAt = :ttl",
        ExpressionAttributeValues: { ":now": now, ":ttl": ttlFrom(now) },
      }),
    );
  }

  async release(key: string, owner: string): Promise<void> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: this.pk, sk: `CLAIM#${key}` },
          ConditionExpression: "#owner = :owner AND attribute_not_exists(doneAt)",
          ExpressionAttributeNames: { "#owner": "owner" },
          ExpressionAttributeValues: { ":owner": owner },
        }),
      );
    } catch (err) {
      // Done meanwhile, or another's now: not ours to give back.
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    }
  }

  async listScheduleEntries(): Promise<BookedSchedule[]> {
    // "SCHED" also matches the SCHEDULES item of the one-item book written by earlier versions.
    const items = await this.queryPrefix("SCHED");
    const legacy = items.find((item) => item.sk === LEGACY_BOOK);
    const entries = items.filter((item) => item.sk !== LEGACY_BOOK).map(bookedOf);
    if (!legacy) return entries;
    const moved = await this.moveLegacyBook(legacy);
    const names = new Set(entries.map((e) => e.name));
    return [...entries, ...moved.filter((e) => !names.has(e.name))];
  }

  async leaseScheduleEntry(
    entry: ScheduleEntry,
    intent: "creating" | "cancelling",
    owner: string,
    now: string,
    leaseSeconds: number,
  ): Promise<boolean> {
    const at = Date.parse(now);
    const mineOrLapsed = "(#owner = :owner OR leaseUntil <= :now)";
    // A lost race re-reads: the item may have moved on (then there may be nothing left to do).
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.doc.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              pk: this.pk,
              sk: `SCHED#${entry.name}`,
              entry: plainEntry(entry),
              state: intent,
              owner,
              leaseUntil: at + leaseSeconds * 1000,
              expiresAt: ttlFrom(entry.dueAt),
            },
            ConditionExpression:
              intent === "creating"
                ? `attribute_not_exists(pk) OR (#state <> :active AND ${mineOrLapsed})`
                : `attribute_exists(pk) AND (#state = :active OR ${mineOrLapsed})`,
            ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
            ExpressionAttributeValues: { ":active": "active", ":owner": owner, ":now": at },
          }),
        );
        return true;
      } catch (err) {
        if (!(err instanceof ConditionalCheckFailedException)) throw err;
      }
      const current = await this.getItem(`SCHED#${entry.name}`);
      if (intent === "creating" && current && bookedOf(current).state === "active") return false;
      if (intent === "cancelling" && !current) return false;
      const held = current && current.owner !== owner && Number(current.leaseUntil) > at;
      if (held && bookedOf(current).state !== "active") return false;
    }
    return false;
  }

  async activateScheduleEntry(name: string, owner: string): Promise<void> {
    await this.leaseEnd(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: this.pk, sk: `SCHED#${name}` },
        UpdateExpression: "SET #state = :active REMOVE #owner, leaseUntil",
        ConditionExpression: "#state = :creating AND #owner = :owner",
        ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
        ExpressionAttributeValues: { ":active": "active", ":creating": "creating", ":owner": owner },
      }),
    );
  }

  async removeScheduleEntry(name: string, owner: string): Promise<void> {
    await this.leaseEnd(
      new DeleteCommand({
        TableName: this.tableName,
        Key: { pk: this.pk, sk: `SCHED#${name}` },
        ConditionExpression: "#state = :cancelling AND #owner = :owner",
        ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
        ExpressionAttributeValues: { ":cancelling": "cancelling", ":owner": owner },
      }),
    );
  }

  /** Ends a lease; when it is no longer ours (it lapsed and another took it over), that one finishes. */
  private async leaseEnd(command: UpdateCommand | DeleteCommand): Promise<void> {
    try {
      await this.doc.send(command as UpdateCommand);
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    }
  }

  /**
   * Earlier versions kept the whole book in one SCHEDULES item, each schedule named by its nudge
   * id: each entry becomes its own item under that (real) schedule name, then the old item goes.
   * Safe to repeat and to race: adding is idempotent, deleting a deleted item is nothing.
   */
  private async moveLegacyBook(legacy: Record<string, unknown>): Promise<BookedSchedule[]> {
    const old = Object.values((legacy.entries ?? {}) as Record<string, Omit<ScheduleEntry, "name">>);
    const moved = old.map((e) => ({ name: e.id, id: e.id, dueAt: e.dueAt, employerId: e.employerId, kind: e.kind }));
    for (const entry of moved) {
      await this.doc
        .send(
          new PutCommand({
            TableName: this.tableName,
            Item: { pk: this.pk, sk: `SCHED#${entry.name}`, entry, state: "active", expiresAt: ttlFrom(entry.dueAt) },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        )
        .catch((err: unknown) => {
          if (!(err instanceof ConditionalCheckFailedException)) throw err;
        });
    }
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: this.pk, sk: LEGACY_BOOK } }));
    return moved.map((e) => ({ ...e, state: "active" as const, owner: null, leaseUntil: null }));
  }

  private async getItem(sk: string): Promise<Record<string, unknown> | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: this.pk, sk }, ConsistentRead: true }),
    );
    return out.Item ?? null;
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

/** A book item as the port's entry; items without a state were written active. */
function bookedOf(item: Record<string, unknown>): BookedSchedule {
  const state = item.state === "creating" || item.state === "cancelling" ? item.state : "active";
  return {
    ...(item.entry as ScheduleEntry),
    state,
    owner: typeof item.owner === "string" ? item.owner : null,
    leaseUntil: typeof item.leaseUntil === "number" ? item.leaseUntil : null,
  };
}

/** Only the entry's own fields (a BookedSchedule passed in carries its lease too). */
function plainEntry(e: ScheduleEntry): ScheduleEntry {
  return { name: e.name, id: e.id, dueAt: e.dueAt, employerId: e.employerId, kind: e.kind };
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
