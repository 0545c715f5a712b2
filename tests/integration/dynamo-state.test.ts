// DynamoStateStore on DynamoDB Local: the shared StateStore contract (also run on the memory store
// by tests/unit/adapters/memory-state.test.ts), plus what only a shared table has: owner partitions,
// and items written by earlier versions.
import { randomUUID } from "node:crypto";
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DynamoStateStore } from "../../functions/adapters/dynamo-state";
import { migrateProcesses } from "../../functions/app/migrate-processes";
import { newEmployer } from "../../functions/domain/employer";
import { ensureTable, localDynamoClient } from "../../functions/local/stack/dynamodb-local";
import { processMigrationContract } from "../contracts/process-migration.contract";
import { stateStoreContract } from "../contracts/state-store.contract";

const client = localDynamoClient(inject("dynamoEndpoint"));
const table = `state-${randomUUID().slice(0, 8)}`;
const store = (owner = `${randomUUID()}@example.com`) => new DynamoStateStore(client, table, owner);
const doc = DynamoDBDocumentClient.from(client);
const AT = "2026-03-02T10:00:00.000Z";

beforeAll(async () => {
  await ensureTable(client, table);
});
afterAll(() => client.destroy());

stateStoreContract("DynamoStateStore on DynamoDB Local", () => store());
processMigrationContract("DynamoStateStore on DynamoDB Local", () => store());

describe("DynamoStateStore on DynamoDB Local", () => {
  it("keeps owners apart: records, claims and the schedule book", async () => {
    // Prepare
    const a = store("a@example.com");
    const b = store("b@example.com");
    const entry = { name: "x.1", id: "x", dueAt: AT, employerId: null, kind: "follow_up" } as const;

    // Act
    await a.saveEmployer(newEmployer("Initech", AT));
    await a.leaseScheduleEntry({ entry, intent: "creating", owner: "owner-a", now: AT, leaseSeconds: 120 });
    const claimedByA = await a.claim("nudge.x", "owner-a", AT, 120);

    // Assess
    expect(await b.listEmployers()).toEqual([]);
    expect(await b.listScheduleEntries()).toEqual([]);
    expect(claimedByA).toBe("claimed");
    expect(await b.claim("nudge.x", "owner-b", AT, 120)).toBe("claimed");
  });

  it("reads what earlier versions wrote: an ownerless claim is done, the one-item book becomes items", async () => {
    // Prepare: items as the version before leases and per-schedule items wrote them.
    const owner = `${randomUUID()}@example.com`;
    const pk = `OWNER#${owner}`;
    const legacyEntry = {
      id: "follow_up.acme.1",
      dueAt: "2026-03-05T14:00:00.000Z",
      employerId: "acme",
      kind: "follow_up",
    };
    await doc.send(new PutCommand({ TableName: table, Item: { pk, sk: "CLAIM#ack.k1", claimedAt: AT, expiresAt: 1 } }));
    await doc.send(
      new PutCommand({
        TableName: table,
        Item: { pk, sk: "SCHEDULES", entries: { [legacyEntry.id]: legacyEntry }, version: 3 },
      }),
    );
    const s = store(owner);

    // Act
    const claim = await s.claim("ack.k1", "new-owner", AT, 120);
    const book = await s.listScheduleEntries();
    const again = await s.listScheduleEntries();

    // Assess: the schedule keeps its real (old) name, the nudge id.
    expect(claim).toBe("done");
    const migrated = { ...legacyEntry, name: legacyEntry.id, state: "active", owner: null, leaseUntil: null };
    expect(book).toEqual([migrated]);
    expect(again).toEqual([migrated]);
    const legacy = await doc.send(new GetCommand({ TableName: table, Key: { pk, sk: "SCHEDULES" } }));
    expect(legacy.Item).toBeUndefined();
  });

  it("keeps every item far below DynamoDB's 400 KB however long the history grows", async () => {
    // Prepare: 3,000 timeline entries and 2,000 sent nudges, added over several saves.
    const owner = `${randomUUID()}@example.com`;
    const s = store(owner);
    let record = await s.saveEmployer(newEmployer("Acme", AT));
    for (let round = 0; round < 5; round++) {
      record = await s.saveEmployer({
        ...record,
        timeline: [
          ...record.timeline,
          ...Array.from({ length: 600 }, (_, i) => ({
            at: AT,
            kind: "nudge" as const,
            summary: `follow_up sent, round ${round}, number ${i}`,
            nudgeId: `follow_up.acme.${round}.${i}`,
          })),
        ],
        sentNudges: [...record.sentNudges, ...Array.from({ length: 400 }, (_, i) => `follow_up.acme.${round}.${i}`)],
      });
    }

    // Act
    const items = await partitionItems(owner);
    const read = await s.getEmployer("acme");

    // Assess
    const largest = Math.max(...items.map((item) => JSON.stringify(item).length));
    expect(largest).toBeLessThan(40_000);
    expect(items.filter((item) => String(item.sk).startsWith("HIST#acme#"))).toHaveLength(29 + 19);
    expect(read?.timeline).toHaveLength(3000);
    expect(read?.sentNudges).toHaveLength(2000);
    expect(read).toEqual(record);
  }, 120_000);

  it("reads a record an earlier version wrote whole, and moves its old entries out on the next save", async () => {
    const owner = `${randomUUID()}@example.com`;
    const legacy = {
      ...newEmployer("Globex", AT),
      version: 7,
      timeline: Array.from({ length: 250 }, (_, i) => ({ at: AT, kind: "update" as const, summary: `old ${i}` })),
      sentNudges: ["a", "b"],
    };
    await doc.send(
      new PutCommand({
        TableName: table,
        Item: { pk: `OWNER#${owner}`, sk: "EMP#globex", record: legacy, version: 7 },
      }),
    );
    const s = store(owner);

    const read = await s.getEmployer("globex");
    const saved = await s.saveEmployer({ ...legacy, stage: "offer" });

    expect(read).toEqual(legacy);
    expect(await store(owner).getEmployer("globex")).toEqual(saved);
    const head = (await partitionItems(owner)).find((item) => item.sk === "EMP#globex");
    expect((head?.record as { timeline: unknown[] } | undefined)?.timeline).toHaveLength(150);
  });

  it("moves an item an earlier version wrote forward to processes, history and all", async () => {
    // Prepare: an item as written before processes (no employerKey), with 250 timeline entries.
    const owner = `${randomUUID()}@example.com`;
    const { employerKey: _absent, ...old } = newEmployer("Globex", AT);
    const legacy = {
      ...old,
      version: 3,
      timeline: Array.from({ length: 250 }, (_, i) => ({ at: AT, kind: "update" as const, summary: `old ${i}` })),
    };
    await doc.send(
      new PutCommand({
        TableName: table,
        Item: { pk: `OWNER#${owner}`, sk: "EMP#globex", record: legacy, version: 3 },
      }),
    );

    // Act: twice, as a restart would.
    const first = await migrateProcesses({ state: store(owner) });
    const second = await migrateProcesses({ state: store(owner) });

    // Assess
    expect([first.migrated, second.migrated]).toEqual([1, 0]);
    expect(await store(owner).getEmployer("globex")).toEqual({ ...legacy, employerKey: "globex", version: 4 });
  }, 60_000);

  it("gives a closed process and its history a TTL after the retention, and no TTL once it reopens", async () => {
    // Prepare: a process closed on 2 March with 350 entries; kept 30 days.
    const owner = `${randomUUID()}@example.com`;
    const now = { ms: Date.parse("2026-03-05T00:00:00.000Z") };
    const s = new DynamoStateStore(client, table, owner, { closedRetentionDays: 30, now: () => now.ms });
    const open = await s.saveEmployer({
      ...newEmployer("Initech", AT),
      timeline: Array.from({ length: 350 }, (_, i) => ({ at: AT, kind: "update" as const, summary: `n ${i}` })),
    });
    const expected = Math.floor(Date.parse(AT) / 1000) + 30 * 24 * 3600;

    // Act + Assess: closed
    const closed = await s.saveEmployer({ ...open, stage: "rejected", closedAt: AT });
    const ttls = (await partitionItems(owner)).filter((i) => /^(EMP|HIST)#initech/.test(String(i.sk)));
    expect(ttls.map((i) => i.expiresAt)).toEqual(ttls.map(() => expected));
    expect(ttls.length).toBeGreaterThan(1);

    // Reopened: the TTL goes from the record and its history.
    const reopened = await s.saveEmployer({ ...closed, stage: "in_process", closedAt: null });
    const after = (await partitionItems(owner)).filter((i) => /^(EMP|HIST)#initech/.test(String(i.sk)));
    expect(after.every((i) => i.expiresAt === undefined)).toBe(true);

    // Closed again and past its retention: not read, even before DynamoDB deletes it; a new one may start.
    await s.saveEmployer({ ...reopened, stage: "withdrawn", closedAt: AT });
    now.ms = (expected + 1) * 1000;
    expect(await s.getEmployer("initech")).toBeNull();
    expect(await s.listEmployers()).toEqual([]);
    await expect(s.saveEmployer(newEmployer("Initech", AT))).resolves.toMatchObject({ version: 1 });
  });
});

async function partitionItems(owner: string): Promise<Record<string, unknown>[]> {
  const out = await doc.send(
    new QueryCommand({
      TableName: table,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `OWNER#${owner}` },
    }),
  );
  return out.Items ?? [];
}
