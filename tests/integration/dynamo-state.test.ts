// DynamoStateStore on DynamoDB Local: the shared StateStore contract (also run on the memory store
// by tests/unit/adapters/memory-state.test.ts), plus what only a shared table has: owner partitions,
// and items written by earlier versions.
import { randomUUID } from "node:crypto";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DynamoStateStore } from "../../functions/adapters/dynamo-state";
import { newEmployer } from "../../functions/domain/employer";
import { ensureTable, localDynamoClient } from "../../functions/local/stack/dynamodb-local";
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

describe("DynamoStateStore on DynamoDB Local", () => {
  it("keeps owners apart: records, claims and the schedule book", async () => {
    // Prepare
    const a = store("a@example.com");
    const b = store("b@example.com");
    const entry = { name: "x.1", id: "x", dueAt: AT, employerId: null, kind: "follow_up" } as const;

    // Act
    await a.saveEmployer(newEmployer("Initech", AT));
    await a.leaseScheduleEntry(entry, "creating", "owner-a", AT, 120);
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
});
