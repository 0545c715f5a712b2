// DynamoStateStore on DynamoDB Local: the shared StateStore contract (also run on the memory store
// by tests/unit/adapters/memory-state.test.ts), plus what only a shared table has: owner partitions.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DynamoStateStore } from "../../functions/adapters/dynamo-state";
import { newEmployer } from "../../functions/domain/employer";
import { ensureTable, localDynamoClient } from "../../functions/local/stack/dynamodb-local";
import { stateStoreContract } from "../contracts/state-store.contract";

const client = localDynamoClient(inject("dynamoEndpoint"));
const table = `state-${randomUUID().slice(0, 8)}`;
const store = (owner = `${randomUUID()}@example.com`) => new DynamoStateStore(client, table, owner);

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

    // Act
    await a.saveEmployer(newEmployer("Initech", "2026-03-02T10:00:00.000Z"));
    await a.saveScheduleBook({ entries: {}, version: 0 });
    const claimedByA = await a.claim("nudge.x", "2026-03-02T10:00:00.000Z");

    // Assess
    expect(await b.listEmployers()).toEqual([]);
    expect((await b.getScheduleBook()).version).toBe(0);
    expect(claimedByA).toBe(true);
    expect(await b.claim("nudge.x", "2026-03-02T10:00:00.000Z")).toBe(true);
  });
});
