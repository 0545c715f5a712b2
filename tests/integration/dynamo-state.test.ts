import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DynamoStateStore } from "../../functions/adapters/dynamo-state";
import { ConcurrentUpdateError } from "../../functions/app/ports";
import { newEmployer } from "../../functions/domain/employer";
import { ensureTable, localDynamoClient } from "../../functions/local/stack/dynamodb-local";

const client = localDynamoClient(inject("dynamoEndpoint"));
const table = `state-${randomUUID().slice(0, 8)}`;
const store = (owner = "sam@example.com") => new DynamoStateStore(client, table, owner);

beforeAll(async () => {
  await ensureTable(client, table);
});
afterAll(() => client.destroy());

describe("DynamoStateStore on DynamoDB Local", () => {
  it("creates, reads and updates an employer under the optimistic lock", async () => {
    // Prepare
    const s = store();
    const created = await s.saveEmployer(newEmployer("Acme Robotics", "2026-03-02T10:00:00.000Z"));

    // Act
    const updated = await s.saveEmployer({ ...created, stage: "offer" });

    // Assess
    expect(created.version).toBe(1);
    expect(updated.version).toBe(2);
    expect(await s.getEmployer("acme-robotics")).toMatchObject({ stage: "offer", version: 2 });
  });

  it("rejects a write from a stale version and a second create of the same id", async () => {
    const s = store();
    const first = await s.saveEmployer(newEmployer("Globex", "2026-03-02T10:00:00.000Z"));
    await s.saveEmployer({ ...first, rank: 1 });

    await expect(s.saveEmployer({ ...first, rank: 2 })).rejects.toBeInstanceOf(ConcurrentUpdateError);
    await expect(s.saveEmployer(newEmployer("Globex", "2026-03-02T10:00:00.000Z"))).rejects.toBeInstanceOf(
      ConcurrentUpdateError,
    );
    expect((await s.getEmployer("globex"))?.rank).toBe(1);
  });

  it("gives a claim to exactly one caller until it is released", async () => {
    const s = store();
    const results = await Promise.all([1, 2, 3].map(() => s.claim("nudge.x", "2026-03-02T10:00:00.000Z")));
    expect(results.filter(Boolean)).toHaveLength(1);
    await s.release("nudge.x");
    expect(await s.claim("nudge.x", "2026-03-02T10:00:00.000Z")).toBe(true);
  });

  it("keeps owners apart and versions the schedule book", async () => {
    const a = store("a@example.com");
    const b = store("b@example.com");
    await a.saveEmployer(newEmployer("Initech", "2026-03-02T10:00:00.000Z"));
    const book = await a.saveScheduleBook({
      entries: { x: { id: "x", dueAt: "2026-03-03T14:00:00.000Z", employerId: "initech", kind: "follow_up" } },
      version: 0,
    });

    expect(await b.listEmployers()).toEqual([]);
    expect((await b.getScheduleBook()).version).toBe(0);
    expect(book.version).toBe(1);
    await expect(a.saveScheduleBook({ entries: {}, version: 0 })).rejects.toBeInstanceOf(ConcurrentUpdateError);
  });

  it("records processed messages without bodies", async () => {
    const s = store();
    await s.recordMessage({
      key: "k1",
      rawKey: "raw1",
      receivedAt: "2026-03-02T10:00:00.000Z",
      kind: "offer",
      employerId: "acme",
      outcome: "applied",
    });
    expect(await s.getMessage("k1")).toMatchObject({ kind: "offer", outcome: "applied" });
    expect((await s.listMessages()).map((m) => m.key)).toContain("k1");
  });
});
