// The inbound Lambda handler on SES events with missing parts: each record fails alone.
import { readFile } from "node:fs/promises";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { handler, inboundInputOf } from "../../../functions/handlers/inbound";
import { type TestDeps, testDeps } from "../../fakes/use-case-deps";
import event from "../../fixtures/aws/ses-receipt-event.json";

let deps: TestDeps;
vi.mock("../../../functions/wiring/aws/inbound", () => ({ inboundDeps: () => deps }));

const goodRecord = event.Records[0];

beforeEach(() => {
  deps = testDeps("2026-03-02T15:15:00.000Z");
});

describe("inboundInputOf", () => {
  it("reads the message id, envelope sender and verdicts of a full record", () => {
    expect(inboundInputOf(goodRecord)).toEqual({
      rawKey: "o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1",
      envelopeFrom: "you@example.com",
      verdicts: { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" },
    });
  });

  it.each([
    ["no ses", {}],
    ["null ses", { ses: null }],
    ["no mail", { ses: { receipt: goodRecord?.ses.receipt } }],
    ["no message id", { ses: { mail: { source: "you@example.com" }, receipt: {} } }],
    ["a message id that is not a string", { ses: { mail: { messageId: 42 }, receipt: {} } }],
    ["null", null],
  ])("names no message for a record with %s", (_what, record) => {
    expect(inboundInputOf(record)).toBeNull();
  });

  it("takes a missing receipt or verdict as no pass, and a missing source as no envelope", () => {
    const input = inboundInputOf({ ses: { mail: { messageId: "m1" } } });

    expect(input).toEqual({
      rawKey: "m1",
      envelopeFrom: null,
      verdicts: { spf: "GRAY", dkim: "GRAY", dmarc: "GRAY", spam: "GRAY", virus: "GRAY" },
    });
  });
});

describe("inbound handler", () => {
  it("processes the good record of a batch whose other records lack fields, then reports the failures", async () => {
    // Prepare
    const raw = await readFile(new URL("../../../samples/demo/globex-interview.eml", import.meta.url));
    await deps.rawMail.put("o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1", new Uint8Array(raw));
    const batch = { Records: [{ eventSource: "aws:ses" }, { ses: { mail: {} } }, goodRecord] };

    // Act
    const run = handler(batch as never);

    // Assess
    await expect(run).rejects.toThrow("2 inbound message(s) failed");
    expect((await deps.state.listMessages()).map((m) => m.outcome)).toEqual(["applied"]);
    expect(deps.sent.map((e) => e.kind)).toEqual(["ack"]);
  });

  it("takes an event without Records as an empty batch", async () => {
    expect(await handler({} as never)).toEqual({ processed: 0, failed: 0 });
  });
});
