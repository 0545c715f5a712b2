// StateStore on DynamoDB (AWS, or DynamoDB Local): one table, one partition per owner.
//   pk = OWNER#<owner>   sk = EMP#<id> (+ HIST#<id>#...) | MSG#<key> | CLAIM#<key> | SCHED#<schedule name>
// Each concern in its own module: employer records and their history (dynamo-employers.ts), claims
// under a lease (dynamo-claims.ts), the schedule book (dynamo-schedule-book.ts); processed-message
// records here.
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { BookedSchedule, ClaimOutcome, MessageRecord, ScheduleLease, StateStore } from "../app/ports";
import type { EmployerRecord } from "../domain/employer";
import { DEFAULT_CLOSED_RETENTION_DAYS } from "../domain/owner";
import { DynamoClaims } from "./dynamo-claims";
import { DynamoEmployers, type EmployerStoreOptions } from "./dynamo-employers";
import { OwnerPartition, ttlFrom } from "./dynamo-partition";
import { DynamoScheduleBook } from "./dynamo-schedule-book";

export { TABLE_KEY_SCHEMA } from "./dynamo-partition";

export class DynamoStateStore implements StateStore {
  private readonly partition: OwnerPartition;
  private readonly employers: DynamoEmployers;
  private readonly claims: DynamoClaims;
  private readonly book: DynamoScheduleBook;

  constructor(
    client: DynamoDBClient,
    tableName: string,
    ownerEmail: string,
    options: Partial<EmployerStoreOptions> = {},
  ) {
    this.partition = new OwnerPartition(client, tableName, ownerEmail);
    this.employers = new DynamoEmployers(this.partition, {
      closedRetentionDays:
        options.closedRetentionDays === undefined ? DEFAULT_CLOSED_RETENTION_DAYS : options.closedRetentionDays,
      now: options.now ?? (() => Date.now()),
    });
    this.claims = new DynamoClaims(this.partition);
    this.book = new DynamoScheduleBook(this.partition);
  }

  listEmployers(): Promise<EmployerRecord[]> {
    return this.employers.list();
  }

  getEmployer(id: string): Promise<EmployerRecord | null> {
    return this.employers.get(id);
  }

  saveEmployer(record: EmployerRecord): Promise<EmployerRecord> {
    return this.employers.save(record);
  }

  deleteEmployer(id: string, version: number): Promise<void> {
    return this.employers.delete(id, version);
  }

  async recordMessage(message: MessageRecord): Promise<void> {
    await this.partition.put(`MSG#${message.key}`, { message, expiresAt: ttlFrom(message.receivedAt) });
  }

  async getMessage(key: string): Promise<MessageRecord | null> {
    return ((await this.partition.get(`MSG#${key}`))?.message as MessageRecord | undefined) ?? null;
  }

  async listMessages(): Promise<MessageRecord[]> {
    return (await this.partition.query("MSG#")).map((item) => item.message as MessageRecord);
  }

  claim(key: string, owner: string, now: string, leaseSeconds: number): Promise<ClaimOutcome> {
    return this.claims.claim(key, owner, now, leaseSeconds);
  }

  complete(key: string, now: string): Promise<void> {
    return this.claims.complete(key, now);
  }

  release(key: string, owner: string): Promise<void> {
    return this.claims.release(key, owner);
  }

  listScheduleEntries(): Promise<BookedSchedule[]> {
    return this.book.list();
  }

  leaseScheduleEntry(lease: ScheduleLease): Promise<boolean> {
    return this.book.lease(lease);
  }

  activateScheduleEntry(name: string, owner: string): Promise<void> {
    return this.book.activate(name, owner);
  }

  removeScheduleEntry(name: string, owner: string): Promise<void> {
    return this.book.remove(name, owner);
  }
}
