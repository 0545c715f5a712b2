// A stage that is not kept (e.g. dev): `sst remove` empties the raw-mail bucket and deletes it with
// everything attached. Prod, which keeps all of it, is covered in resources.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, installMocks, settle } from "./harness";

let h: Harness;

beforeAll(async () => {
  h = await installMocks();
  const { createMailBucket } = await import("../../stacks/storage");
  createMailBucket({
    account: { accountId: "123456789012", region: "us-east-1" },
    prefix: "inbound/",
    retentionDays: 7,
    ruleSetName: "jobnudge-dev-inbound",
    ruleName: "jobnudge-dev-inbox",
    retain: false,
  });
  await settle();
});

describe("raw-mail bucket of a stage that is not kept", () => {
  it("is emptied on removal", () => {
    expect(h.one("aws:s3/bucket:Bucket").inputs.forceDestroy).toBe(true);
  });

  it("retains nothing on removal", () => {
    expect(h.registered).toHaveLength(6);
    for (const r of h.registered) expect([r.name, r.retainOnDelete]).toEqual([r.name, false]);
  });
});
