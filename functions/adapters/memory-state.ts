// StateStore in memory, with the same optimistic-lock and claim semantics as DynamoStateStore and
// its lists in the same order (by sort key), checked by one contract suite
// (tests/contracts/state-store.contract.ts). Used by `jobnudge simulate` (a virtual clock run that
// keeps nothing) and by use-case tests.

import type { MessageRecord, ScheduleBook, StateStore } from "../app/ports";
import { ConcurrentUpdateError } from "../app/ports";
import type { EmployerRecord } from "../domain/employer";

export class MemoryStateStore implements StateStore {
  private readonly employers = new Map<string, EmployerRecord>();
  private readonly messages = new Map<string, MessageRecord>();
  private readonly claims = new Set<string>();
  private book: ScheduleBook = { entries: {}, version: 0 };

  async listEmployers(): Promise<EmployerRecord[]> {
    return byKey(this.employers).map((r) => structuredClone(r));
  }

  async getEmployer(id: string): Promise<EmployerRecord | null> {
    const found = this.employers.get(id);
    return found ? structuredClone(found) : null;
  }

  async saveEmployer(record: EmployerRecord): Promise<EmployerRecord> {
    const current = this.employers.get(record.id);
    if ((current?.version ?? 0) !== record.version) throw new ConcurrentUpdateError(`employer ${record.id} changed`);
    const next = structuredClone({ ...record, version: record.version + 1 });
    this.employers.set(record.id, next);
    return structuredClone(next);
  }

  async deleteEmployer(id: string, version: number): Promise<void> {
    if ((this.employers.get(id)?.version ?? -1) !== version) throw new ConcurrentUpdateError(`employer ${id} changed`);
    this.employers.delete(id);
  }

  async recordMessage(message: MessageRecord): Promise<void> {
    this.messages.set(message.key, structuredClone(message));
  }

  async getMessage(key: string): Promise<MessageRecord | null> {
    return structuredClone(this.messages.get(key) ?? null);
  }

  async listMessages(): Promise<MessageRecord[]> {
    return byKey(this.messages).map((m) => structuredClone(m));
  }

  async claim(key: string): Promise<boolean> {
    if (this.claims.has(key)) return false;
    this.claims.add(key);
    return true;
  }

  async release(key: string): Promise<void> {
    this.claims.delete(key);
  }

  async getScheduleBook(): Promise<ScheduleBook> {
    return structuredClone(this.book);
  }

  async saveScheduleBook(book: ScheduleBook): Promise<ScheduleBook> {
    if (book.version !== this.book.version) throw new ConcurrentUpdateError("schedule book changed");
    this.book = structuredClone({ entries: book.entries, version: book.version + 1 });
    return structuredClone(this.book);
  }
}

/** Values in the order DynamoDB returns a partition's items: by key, compared as UTF-8 bytes. */
function byKey<T>(map: Map<string, T>): T[] {
  return [...map.entries()]
    .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map(([, value]) => value);
}
