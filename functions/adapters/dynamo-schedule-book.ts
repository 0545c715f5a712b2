// The schedule book on DynamoDB: one SCHED#<schedule name> item per schedule, with the lease under
// which its schedule is being created or deleted (state creating | active | cancelling).
// Earlier versions kept the whole book in one SCHEDULES item; it is moved into items on first read.
import type { BookedSchedule, ScheduleEntry, ScheduleLease } from "../app/ports";
import { type Item, type OwnerPartition, ttlFrom } from "./dynamo-partition";

const LEGACY_BOOK = "SCHEDULES";

export class DynamoScheduleBook {
  constructor(private readonly partition: OwnerPartition) {}

  async list(): Promise<BookedSchedule[]> {
    // "SCHED" also matches the SCHEDULES item of the one-item book.
    const items = await this.partition.query("SCHED");
    const legacy = items.find((item) => item.sk === LEGACY_BOOK);
    const entries = items.filter((item) => item.sk !== LEGACY_BOOK).map(bookedOf);
    if (!legacy) return entries;
    const moved = await this.moveLegacyBook(legacy);
    const names = new Set(entries.map((e) => e.name));
    return [...entries, ...moved.filter((e) => !names.has(e.name))];
  }

  async lease({ entry, intent, owner, now, leaseSeconds }: ScheduleLease): Promise<boolean> {
    const at = Date.parse(now);
    const sk = `SCHED#${entry.name}`;
    const mineOrLapsed = "(#owner = :owner OR leaseUntil <= :now)";
    // A lost race re-reads: the item may have moved on (then there may be nothing left to do).
    for (let attempt = 0; attempt < 3; attempt++) {
      const leased = await this.partition.put(
        sk,
        {
          entry: plainEntry(entry),
          state: intent,
          owner,
          leaseUntil: at + leaseSeconds * 1000,
          expiresAt: ttlFrom(entry.dueAt),
        },
        {
          ConditionExpression:
            intent === "creating"
              ? `attribute_not_exists(pk) OR (#state <> :active AND ${mineOrLapsed})`
              : `attribute_exists(pk) AND (#state = :active OR ${mineOrLapsed})`,
          ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
          ExpressionAttributeValues: { ":active": "active", ":owner": owner, ":now": at },
        },
      );
      if (leased) return true;
      const current = await this.partition.get(sk);
      if (intent === "creating" && current && bookedOf(current).state === "active") return false;
      if (intent === "cancelling" && !current) return false;
      const held = current && current.owner !== owner && Number(current.leaseUntil) > at;
      if (held && bookedOf(current).state !== "active") return false;
    }
    return false;
  }

  /** When the lease is no longer ours (it lapsed and another took it over), that one finishes. */
  async activate(name: string, owner: string): Promise<void> {
    await this.partition.update(`SCHED#${name}`, {
      UpdateExpression: "SET #state = :active REMOVE #owner, leaseUntil",
      ConditionExpression: "#state = :creating AND #owner = :owner",
      ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
      ExpressionAttributeValues: { ":active": "active", ":creating": "creating", ":owner": owner },
    });
  }

  async remove(name: string, owner: string): Promise<void> {
    await this.partition.delete(`SCHED#${name}`, {
      ConditionExpression: "#state = :cancelling AND #owner = :owner",
      ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
      ExpressionAttributeValues: { ":cancelling": "cancelling", ":owner": owner },
    });
  }

  /**
   * Each entry of the one-item book (its schedule named by the nudge id) becomes its own item under
   * that real name, then the old item goes. Safe to repeat and to race: an item already there is
   * kept, deleting a deleted item is nothing.
   */
  private async moveLegacyBook(legacy: Item): Promise<BookedSchedule[]> {
    const old = Object.values((legacy.entries ?? {}) as Record<string, Omit<ScheduleEntry, "name">>);
    const moved = old.map((e) => ({ name: e.id, id: e.id, dueAt: e.dueAt, employerId: e.employerId, kind: e.kind }));
    for (const entry of moved) {
      await this.partition.put(
        `SCHED#${entry.name}`,
        { entry, state: "active", expiresAt: ttlFrom(entry.dueAt) },
        { ConditionExpression: "attribute_not_exists(pk)" },
      );
    }
    await this.partition.delete(LEGACY_BOOK);
    return moved.map((e) => ({ ...e, state: "active" as const, owner: null, leaseUntil: null }));
  }
}

/** A book item as the port's entry; items without a state were written active. */
function bookedOf(item: Item): BookedSchedule {
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
