// `jobnudge redrive`: failed events replayed on their function and deleted only once that worked;
// locally, the messages whose record says error, or that have none, marked to be processed again.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { redriveQueues, replayOf } from "../../../functions/local/cli/redrive-aws";
import { planLocalRedrive } from "../../../functions/local/cli/redrive-local";
import { InboundJournal } from "../../../functions/local/stack/inbound-journal";
import sesEvent from "../../fixtures/aws/ses-receipt-event.json";

const sqsMock = mockClient(SQSClient);
const lambdaMock = mockClient(LambdaClient);
afterEach(() => {
  sqsMock.reset();
  lambdaMock.reset();
});

const FAILED = "https://sqs.eu-west-1.amazonaws.com/123456789012/jobnudge-prod-FailedEvents";
const DLQ = "https://sqs.eu-west-1.amazonaws.com/123456789012/jobnudge-prod-SchedulerDeadLetters";
const INBOUND = "arn:aws:lambda:eu-west-1:123456789012:function:jobnudge-prod-Inbound";
const TARGETS = { nudgeFunction: "jobnudge-prod-nudge", digestFunction: "jobnudge-prod-Digest" };

/** What Lambda's on-failure destination writes: the invocation record with the original event. */
const invocationRecord = {
  version: "1.0",
  timestamp: "2026-03-09T15:03:12.000Z",
  requestContext: {
    requestId: "c0ffee00-0000-4000-8000-000000000001",
    functionArn: `${INBOUND}:$LATEST`,
    condition: "RetriesExhausted",
    approximateInvokeCount: 3,
  },
  requestPayload: sesEvent,
  responseContext: { statusCode: 200, executedVersion: "$LATEST", functionError: "Unhandled" },
  responsePayload: { errorType: "Error", errorMessage: "1 inbound message(s) failed; raw mail is kept in S3" },
};
/** A Lambda response payload (the SDK's blob adapter is a Uint8Array with helpers the code does not use). */
const payload = (json: string) => new TextEncoder().encode(json) as never;
const nudgeFiring = {
  nudgeId: "decision_reminder.northwind-analytics.20260313T2100.2bd",
  dueAt: "2026-03-11T13:00:00.000Z",
};

describe("replayOf", () => {
  it.each([
    [
      "a Lambda failure record: its function, unqualified, with the original event",
      { Body: JSON.stringify(invocationRecord) },
      { functionName: INBOUND, payload: sesEvent },
    ],
    [
      "a Scheduler dead letter naming its target",
      {
        Body: JSON.stringify(nudgeFiring),
        MessageAttributes: { TARGET_ARN: { DataType: "String", StringValue: "arn:aws:lambda:eu-west-1:1:function:n" } },
      },
      { functionName: "arn:aws:lambda:eu-west-1:1:function:n", payload: nudgeFiring },
    ],
    [
      "a nudge firing without a target attribute",
      { Body: JSON.stringify(nudgeFiring) },
      { functionName: "jobnudge-prod-nudge", payload: nudgeFiring },
    ],
    [
      "the daily repair",
      { Body: '{"kind":"repair"}' },
      { functionName: "jobnudge-prod-Digest", payload: { kind: "repair" } },
    ],
  ])("reads %s", (_what, message, replay) => {
    expect(replayOf(message, TARGETS)).toEqual(replay);
  });

  it.each([["not json"], ['{"something":"else"}'], ["[]"], [""]])("names nothing for %j", (body) => {
    expect(replayOf({ Body: body }, TARGETS)).toBeNull();
  });
});

describe("redriveQueues", () => {
  it("re-invokes each event on its function and deletes only the messages whose replay succeeded", async () => {
    // Prepare: one failed inbound event, one dead-lettered nudge whose replay fails again.
    sqsMock
      .on(ReceiveMessageCommand, { QueueUrl: FAILED })
      .resolvesOnce({ Messages: [{ MessageId: "m1", ReceiptHandle: "r1", Body: JSON.stringify(invocationRecord) }] })
      .resolves({ Messages: [] })
      .on(ReceiveMessageCommand, { QueueUrl: DLQ })
      .resolvesOnce({ Messages: [{ MessageId: "m2", ReceiptHandle: "r2", Body: JSON.stringify(nudgeFiring) }] })
      .resolves({});
    sqsMock.on(DeleteMessageCommand).resolves({});
    lambdaMock
      .on(InvokeCommand, { FunctionName: INBOUND })
      .resolves({ StatusCode: 200, Payload: payload('{"processed":1,"failed":0}') })
      .on(InvokeCommand, { FunctionName: "jobnudge-prod-nudge" })
      .resolves({
        StatusCode: 200,
        FunctionError: "Unhandled",
        Payload: payload('{"errorMessage":"x"}'),
      });

    // Act
    const outcomes = await redriveQueues(
      { sqs: new SQSClient({ region: "eu-west-1" }), lambda: new LambdaClient({ region: "eu-west-1" }) },
      [FAILED, DLQ],
      TARGETS,
      { dryRun: false, max: 100 },
    );

    // Assess
    expect(outcomes.map((o) => [o.messageId, o.result])).toEqual([
      ["m1", "replayed"],
      ["m2", "failed"],
    ]);
    const invoke = lambdaMock.commandCalls(InvokeCommand)[0]?.args[0].input;
    expect(invoke?.InvocationType).toBe("RequestResponse");
    expect(JSON.parse(new TextDecoder().decode(invoke?.Payload as Uint8Array))).toEqual(sesEvent);
    expect(sqsMock.commandCalls(DeleteMessageCommand).map((c) => c.args[0].input)).toEqual([
      { QueueUrl: FAILED, ReceiptHandle: "r1" },
    ]);
    expect(sqsMock.commandCalls(ReceiveMessageCommand)[0]?.args[0].input).toMatchObject({
      MessageAttributeNames: ["All"],
      VisibilityTimeout: 180,
    });
  });

  it("lists without replaying or deleting anything on a dry run", async () => {
    sqsMock
      .on(ReceiveMessageCommand)
      .resolvesOnce({ Messages: [{ MessageId: "m1", ReceiptHandle: "r1", Body: JSON.stringify(invocationRecord) }] })
      .resolves({ Messages: [{ MessageId: "m1", ReceiptHandle: "r1b", Body: JSON.stringify(invocationRecord) }] });

    const outcomes = await redriveQueues(
      { sqs: new SQSClient({ region: "eu-west-1" }), lambda: new LambdaClient({ region: "eu-west-1" }) },
      [FAILED],
      TARGETS,
      { dryRun: true, max: 100 },
    );

    expect(outcomes.map((o) => [o.messageId, o.result, o.functionName])).toEqual([["m1", "listed", INBOUND]]);
    expect(lambdaMock.commandCalls(InvokeCommand)).toEqual([]);
    expect(sqsMock.commandCalls(DeleteMessageCommand)).toEqual([]);
  });
});

describe("planLocalRedrive", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it("takes the messages whose record says error or that have none, and names kept ones it cannot replay", async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), "jobnudge-redrive-"));
    dirs.push(dir);
    const journal = new InboundJournal(join(dir, "inbound"));
    const at = "2026-03-09T15:00:00.000Z";
    for (const key of ["ok", "unreadable", "never", "gave-up"]) await journal.add(key, "you@example.com", at);
    const failed = await journal.get("gave-up");
    if (failed) await journal.write({ ...failed, state: "failed" });
    await writeFile(join(dir, "old-ok.eml"), "x");
    await writeFile(join(dir, "old-lost.eml"), "x");
    const record = (rawKey: string, outcome: "applied" | "error") => ({
      key: `k-${rawKey}`,
      rawKey,
      receivedAt: at,
      kind: "offer",
      employerId: null,
      outcome,
    });

    // Act
    const plan = await planLocalRedrive(
      journal,
      [record("ok", "applied"), record("unreadable", "error"), record("old-ok", "applied")],
      dir,
    );

    // Assess
    expect(plan.rawKeys.sort()).toEqual(["gave-up", "never", "unreadable"]);
    expect(plan.unjournalled).toEqual(["old-lost"]);
  });
});
