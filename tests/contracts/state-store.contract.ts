// The StateStore contract (functions/app/ports.ts), one suite for every implementation: run with
// MemoryStateStore by tests/unit/adapters/memory-state.test.ts and with DynamoStateStore on
// DynamoDB Local by tests/integration/dynamo-state.test.ts. `simulate` and the use-case tests run
// on the memory store, so anything it does differently from DynamoDB is a bug found here.
import { describe, expect, it } from "vitest";
import {
  ConcurrentUpdateError,
  type MessageRecord,
  type ScheduleEntry,
  type StateStore,
} from "../../functions/app/ports";
import { newEmployer } from "../../functions/domain/employer";

const AT = "2026-03-02T10:00:00.000Z";
const LEASE = 120;
const LATER_IN_LEASE = "2026-03-02T10:01:59.000Z";
const AFTER_LEASE = "2026-03-02T10:02:00.000Z";

/** Asks `store` for an entry's lease on behalf of `owner`, for the contract's lease length. */
function lease(store: StateStore, entry: ScheduleEntry, intent: "creating" | "cancelling", owner: string, now: string) {
  return store.leaseScheduleEntry({ entry, intent, owner, now, leaseSeconds: LEASE });
}

function scheduleEntry(name: string): ScheduleEntry {
  return {
    name,
    id: name.split(".").slice(0, -1).join(".") || name,
    dueAt: "2026-03-03T14:00:00.000Z",
    employerId: "initech",
    kind: "follow_up",
  };
}

function message(key: string, overrides: Partial<MessageRecord> = {}): MessageRecord {
  return {
    key,
    rawKey: `raw-${key}`,
    receivedAt: AT,
    kind: "offer",
    employerId: "acme",
    outcome: "applied",
    ...overrides,
  };
}

/** `newStore` gives an empty store each time (DynamoDB: a fresh owner partition). */
export function stateStoreContract(name: string, newStore: () => StateStore): void {
  describe(`${name} keeps the StateStore contract`, () => {
    it("creates, reads and updates an employer under the optimistic lock", async () => {
      // Prepare
      const store = newStore();
      const created = await store.saveEmployer(newEmployer("Acme Robotics", AT));

      // Act
      const updated = await store.saveEmployer({ ...created, stage: "offer" });

      // Assess
      expect(created.version).toBe(1);
      expect(updated.version).toBe(2);
      expect(await store.getEmployer("acme-robotics")).toEqual(updated);
    });

    it("rejects a write from a stale version, a second create of the same id and an update of nothing", async () => {
      const store = newStore();
      const first = await store.saveEmployer(newEmployer("Globex", AT));
      await store.saveEmployer({ ...first, rank: 1 });

      await expect(store.saveEmployer({ ...first, rank: 2 })).rejects.toBeInstanceOf(ConcurrentUpdateError);
      await expect(store.saveEmployer(newEmployer("Globex", AT))).rejects.toBeInstanceOf(ConcurrentUpdateError);
      await expect(store.saveEmployer({ ...newEmployer("Initech", AT), version: 3 })).rejects.toBeInstanceOf(
        ConcurrentUpdateError,
      );
      expect((await store.getEmployer("globex"))?.rank).toBe(1);
      expect(await store.getEmployer("initech")).toBeNull();
    });

    it("deletes an employer only at its current version", async () => {
      const store = newStore();
      const saved = await store.saveEmployer(newEmployer("Acme", AT));

      await expect(store.deleteEmployer("acme", saved.version - 1)).rejects.toBeInstanceOf(ConcurrentUpdateError);
      await expect(store.deleteEmployer("nobody", 1)).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect(await store.getEmployer("acme")).not.toBeNull();
      await store.deleteEmployer("acme", saved.version);
      expect(await store.getEmployer("acme")).toBeNull();
      expect(await store.listEmployers()).toEqual([]);
    });

    it("lists every employer in the order DynamoDB returns them: by id", async () => {
      const store = newStore();
      for (const name of ["Tidewater Health", "Quarry Labs", "acme", "Zeta", "Beta 2", "Beta"]) {
        await store.saveEmployer(newEmployer(name, AT));
      }

      const ids = (await store.listEmployers()).map((e) => e.id);

      expect(ids).toEqual(["acme", "beta", "beta-2", "quarry-labs", "tidewater-health", "zeta"]);
    });

    it("gives a claim to one owner at a time; the same owner again, or anyone after the lease", async () => {
      // Prepare
      const store = newStore();

      // Act
      const results = await Promise.all(["a", "b", "c"].map((owner) => store.claim("nudge.x", owner, AT, LEASE)));

      // Assess
      expect(results.filter((r) => r === "claimed")).toHaveLength(1);
      expect(results.filter((r) => r === "held")).toHaveLength(2);
      const winner = ["a", "b", "c"][results.indexOf("claimed")] ?? "";
      const other = winner === "a" ? "b" : "a";
      expect(await store.claim("nudge.x", winner, AT, LEASE)).toBe("claimed");
      expect(await store.claim("nudge.x", other, LATER_IN_LEASE, LEASE)).toBe("held");
      expect(await store.claim("nudge.x", other, AFTER_LEASE, LEASE)).toBe("claimed");
      expect(await store.claim("nudge.y", other, AT, LEASE)).toBe("claimed");
    });

    it("never gives a completed claim again, and gives back only the owner's live claim", async () => {
      const store = newStore();
      await store.claim("ack.k1", "a", AT, LEASE);
      await store.complete("ack.k1", AT);
      await store.complete("ack.k1", AFTER_LEASE);

      expect(await store.claim("ack.k1", "a", AT, LEASE)).toBe("done");
      expect(await store.claim("ack.k1", "b", AFTER_LEASE, LEASE)).toBe("done");
      await store.release("ack.k1", "a");
      expect(await store.claim("ack.k1", "b", AFTER_LEASE, LEASE)).toBe("done");

      await store.claim("ack.k2", "a", AT, LEASE);
      await store.release("ack.k2", "b");
      expect(await store.claim("ack.k2", "b", AT, LEASE)).toBe("held");
      await store.release("ack.k2", "a");
      await store.release("never-claimed", "a");
      expect(await store.claim("ack.k2", "b", AT, LEASE)).toBe("claimed");
    });

    it("changes a schedule entry only under its lease: creating -> active, cancelling -> gone", async () => {
      // Prepare
      const store = newStore();
      const entry = scheduleEntry("follow_up.initech.1.mtq1");

      // Act + Assess: one creator at a time
      expect(await store.listScheduleEntries()).toEqual([]);
      expect(await lease(store, entry, "cancelling", "a", AT)).toBe(false);
      expect(await lease(store, entry, "creating", "a", AT)).toBe(true);
      expect(await lease(store, entry, "creating", "b", LATER_IN_LEASE)).toBe(false);
      expect(await lease(store, entry, "cancelling", "b", LATER_IN_LEASE)).toBe(false);
      expect(await lease(store, entry, "creating", "a", LATER_IN_LEASE)).toBe(true);
      await store.activateScheduleEntry(entry.name, "b");
      expect((await store.listScheduleEntries()).map((e) => e.state)).toEqual(["creating"]);
      await store.activateScheduleEntry(entry.name, "a");
      expect(await store.listScheduleEntries()).toEqual([{ ...entry, state: "active", owner: null, leaseUntil: null }]);

      // Active: nothing to create; anyone may start deleting it, then only that one finishes.
      expect(await lease(store, entry, "creating", "b", AT)).toBe(false);
      expect(await lease(store, entry, "cancelling", "b", AT)).toBe(true);
      await store.removeScheduleEntry(entry.name, "a");
      expect((await store.listScheduleEntries()).map((e) => e.state)).toEqual(["cancelling"]);
      expect(await lease(store, entry, "creating", "a", AFTER_LEASE)).toBe(true);
      await store.removeScheduleEntry(entry.name, "b");
      expect((await store.listScheduleEntries()).map((e) => e.state)).toEqual(["creating"]);
      await store.activateScheduleEntry(entry.name, "a");
      expect(await lease(store, entry, "cancelling", "a", AT)).toBe(true);
      await store.removeScheduleEntry(entry.name, "a");
      expect(await store.listScheduleEntries()).toEqual([]);
    });

    it("lists schedule entries by name", async () => {
      const store = newStore();
      for (const name of ["thank_you.globex.b", "follow_up.acme.a", "offer_review.initech.c"]) {
        await lease(store, scheduleEntry(name), "creating", "a", AT);
        await store.activateScheduleEntry(name, "a");
      }

      const names = (await store.listScheduleEntries()).map((e) => e.name);

      expect(names).toEqual(["follow_up.acme.a", "offer_review.initech.c", "thank_you.globex.b"]);
    });

    it("keeps a long history whole and in order, across saves that add to it and one that rewrites it", async () => {
      // Prepare: 450 timeline entries and 230 sent nudges, then 120 more of each, then a merge-like
      // rewrite (the same entries, another order) and a trim.
      const store = newStore();
      const entry = (i: number) => ({ at: AT, kind: "nudge" as const, summary: `entry ${i}`, nudgeId: `n.${i}` });
      const created = await store.saveEmployer({
        ...newEmployer("Acme", AT),
        timeline: Array.from({ length: 450 }, (_, i) => entry(i)),
        sentNudges: Array.from({ length: 230 }, (_, i) => `n.${i}`),
      });

      // Act
      const grown = await store.saveEmployer({
        ...created,
        timeline: [...created.timeline, ...Array.from({ length: 120 }, (_, i) => entry(450 + i))],
        sentNudges: [...created.sentNudges, ...Array.from({ length: 120 }, (_, i) => `n.${230 + i}`)],
      });
      const readGrown = await store.getEmployer("acme");
      const rewritten = await store.saveEmployer({ ...grown, timeline: [...grown.timeline].reverse().slice(0, 300) });

      // Assess
      expect(readGrown?.timeline.map((t) => t.summary)).toEqual(Array.from({ length: 570 }, (_, i) => `entry ${i}`));
      expect(readGrown?.sentNudges).toEqual(Array.from({ length: 350 }, (_, i) => `n.${i}`));
      expect(await store.getEmployer("acme")).toEqual(rewritten);
      expect((await store.listEmployers())[0]?.timeline.map((t) => t.summary)).toEqual(
        Array.from({ length: 300 }, (_, i) => `entry ${569 - i}`),
      );
      expect(rewritten.version).toBe(3);
    }, 120_000);

    it("keeps an employer's processes apart, each with its own long history, whichever goes first", async () => {
      // Prepare: Acme's first process ("acme") and a second role ("acme/ml-engineer"), 250 entries each.
      const store = newStore();
      const entries = (tag: string) =>
        Array.from({ length: 250 }, (_, i) => ({ at: AT, kind: "update" as const, summary: `${tag} ${i}` }));
      const first = await store.saveEmployer({ ...newEmployer("Acme", AT), timeline: entries("first") });
      const second = await store.saveEmployer({
        ...newEmployer("Acme", AT),
        id: "acme/ml-engineer",
        role: "ML Engineer",
        timeline: entries("second"),
      });

      // Act
      const listed = (await store.listEmployers()).map((e) => e.id);
      await store.deleteEmployer(first.id, first.version);

      // Assess
      expect(listed).toEqual(["acme", "acme/ml-engineer"]);
      expect(await store.getEmployer("acme")).toBeNull();
      expect(await store.getEmployer("acme/ml-engineer")).toEqual(second);
      expect(await store.listEmployers()).toEqual([second]);
    }, 120_000);

    it("records processed messages by key, a later record of the same key replacing the earlier", async () => {
      const store = newStore();
      await store.recordMessage(message("k2"));
      await store.recordMessage(message("k1", { outcome: "error", error: "unreadable", employerId: null }));
      await store.recordMessage(message("k2", { outcome: "command", kind: "other" }));

      expect(await store.getMessage("k1")).toEqual(
        message("k1", { outcome: "error", error: "unreadable", employerId: null }),
      );
      expect(await store.getMessage("k2")).toEqual(message("k2", { outcome: "command", kind: "other" }));
      expect(await store.getMessage("k3")).toBeNull();
      expect((await store.listMessages()).map((m) => m.key)).toEqual(["k1", "k2"]);
    });

    it("hands out copies: changing what it returned changes nothing stored", async () => {
      const store = newStore();
      const saved = await store.saveEmployer(newEmployer("Acme", AT));
      await store.recordMessage(message("k1"));
      await lease(store, scheduleEntry("x"), "creating", "a", AT);

      saved.aliases.push("Acme Corp");
      const read = await store.getEmployer("acme");
      read?.timeline.push({ at: AT, kind: "command", summary: "changed" });
      const listed = await store.listEmployers();
      listed[0]?.domains.push("acme.test");
      const recorded = await store.getMessage("k1");
      if (recorded) recorded.kind = "rejection";
      const [booked] = await store.listScheduleEntries();
      if (booked) booked.dueAt = "2027-01-01T00:00:00.000Z";

      expect(await store.getEmployer("acme")).toEqual({ ...newEmployer("Acme", AT), version: 1 });
      expect((await store.getMessage("k1"))?.kind).toBe("offer");
      expect((await store.listScheduleEntries())[0]?.dueAt).toBe(scheduleEntry("x").dueAt);
    });
  });
}
