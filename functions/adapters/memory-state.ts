// StateStore in memory, with the same optimistic-lock, claim and schedule-book semantics as
// DynamoStateStore and its lists in the same order (by sort key), checked by one contract suite
// (tests/contracts/state-store.contract.ts). Used by `jobnudge simulate` (a virtual clock run that
// keeps nothing) and by use-case tests.

import type { BookedSchedule, ClaimOutcome, MessageRecord, ScheduleLease, StateStore } from "../app/ports";
import { ConcurrentUpdateError } from "../app/ports";
import type { EmployerRecord } from "../domain/employer";

interface Claim {
  owner: string;
  leaseUntil: number;
  doneAt: string | null;
}

export class MemoryStateStore implements StateStore {
  private readonly employers = new Map<string, EmployerRecord>();
  private readonly messages = new Map<string, MessageRecord>();
  private readonly claims = new Map<string, Claim>();
  private readonly schedules = new Map<string, BookedSchedule>();

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

  async claim(key: string, owner: string, now: string, leaseSeconds: number): Promise<ClaimOutcome> {
    const at = Date.parse(now);
    const current = this.claims.get(key);
    if (current?.doneAt) return "done";
    if (current && current.owner !== owner && current.leaseUntil > at) return "held";
    this.claims.set(key, { owner, leaseUntil: at + leaseSeconds * 1000, doneAt: null });
    return "claimed";
  }

  async complete(key: string, now: string): Promise<void> {
    const current = this.claims.get(key);
    if (current?.doneAt) return;
    this.claims.set(key, { owner: current?.owner ?? "", leaseUntil: current?.leaseUntil ?? 0, doneAt: now });
  }

  async release(key: string, owner: string): Promise<void> {
    const current = this.claims.get(key);
    if (current && current.owner === owner && !current.doneAt) this.claims.delete(key);
  }

  async listScheduleEntries(): Promise<BookedSchedule[]> {
    return byKey(this.schedules).map((e) => structuredClone(e));
  }

  async leaseScheduleEntry({ entry, intent, owner, now, leaseSeconds }: ScheduleLease): Promise<boolean> {
    const at = Date.parse(now);
    const current = this.schedules.get(entry.name);
    const mineOrLapsed = current?.owner === owner || (current?.leaseUntil ?? 0) <= at;
    const free =
      intent === "creating"
        ? !current || (current.state !== "active" && mineOrLapsed)
        : current !== undefined && (current.state === "active" || mineOrLapsed);
    if (!free) return false;
    this.schedules.set(entry.name, {
      ...structuredClone(entry),
      state: intent,
      owner,
      leaseUntil: at + leaseSeconds * 1000,
    });
    return true;
  }

  async activateScheduleEntry(name: string, owner: string): Promise<void> {
    const current = this.schedules.get(name);
    if (current?.state === "creating" && current.owner === owner) {
      this.schedules.set(name, { ...current, state: "active", owner: null, leaseUntil: null });
    }
  }

  async removeScheduleEntry(name: string, owner: string): Promise<void> {
    const current = this.schedules.get(name);
    if (current?.state === "cancelling" && current.owner === owner) this.schedules.delete(name);
  }
}

/** Values in the order DynamoDB returns a partition's items: by key, compared as UTF-8 bytes. */
function byKey<T>(map: Map<string, T>): T[] {
  return [...map.entries()]
    .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map(([, value]) => value);
}
