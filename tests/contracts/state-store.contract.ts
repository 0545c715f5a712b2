// The StateStore contract (functions/app/ports.ts), one suite for every implementation: run with
// MemoryStateStore by tests/unit/adapters/memory-state.test.ts and with DynamoStateStore on
// DynamoDB Local by tests/integration/dynamo-state.test.ts. `simulate` and the use-case tests run
// on the memory store, so anything it does differently from DynamoDB is a bug found here.
import { describe, expect, it } from "vitest";
import { ConcurrentUpdateError, type MessageRecord, type StateStore } from "../../functions/app/ports";
import { newEmployer } from "../../functions/domain/employer";

const AT = "2026-03-02T10:00:00.000Z";

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

    it("gives a claim to exactly one caller until it is released", async () => {
      const store = newStore();
      const results = await Promise.all([1, 2, 3].map(() => store.claim("nudge.x", AT)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.claim("nudge.x", AT)).toBe(false);
      expect(await store.claim("nudge.y", AT)).toBe(true);

      await store.release("nudge.x");
      await store.release("never-claimed");

      expect(await store.claim("nudge.x", AT)).toBe(true);
    });

    it("starts with an empty schedule book at version 0 and versions every save", async () => {
      const store = newStore();
      const entry = { id: "x", dueAt: "2026-03-03T14:00:00.000Z", employerId: "initech", kind: "follow_up" } as const;
      expect(await store.getScheduleBook()).toEqual({ entries: {}, version: 0 });

      const first = await store.saveScheduleBook({ entries: { x: entry }, version: 0 });
      const second = await store.saveScheduleBook({ entries: {}, version: first.version });

      expect(first).toEqual({ entries: { x: entry }, version: 1 });
      expect(second.version).toBe(2);
      expect(await store.getScheduleBook()).toEqual({ entries: {}, version: 2 });
      await expect(store.saveScheduleBook({ entries: { x: entry }, version: 1 })).rejects.toBeInstanceOf(
        ConcurrentUpdateError,
      );
      await expect(store.saveScheduleBook({ entries: {}, version: 0 })).rejects.toBeInstanceOf(ConcurrentUpdateError);
    });

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
      await store.saveScheduleBook({ entries: {}, version: 0 });

      saved.aliases.push("Acme Corp");
      const read = await store.getEmployer("acme");
      read?.timeline.push({ at: AT, kind: "command", summary: "changed" });
      const listed = await store.listEmployers();
      listed[0]?.domains.push("acme.test");
      const recorded = await store.getMessage("k1");
      if (recorded) recorded.kind = "rejection";
      const book = await store.getScheduleBook();
      book.entries.y = { id: "y", dueAt: AT, employerId: null, kind: "digest" };

      expect(await store.getEmployer("acme")).toEqual({ ...newEmployer("Acme", AT), version: 1 });
      expect((await store.getMessage("k1"))?.kind).toBe("offer");
      expect(await store.getScheduleBook()).toEqual({ entries: {}, version: 1 });
    });
  });
}
