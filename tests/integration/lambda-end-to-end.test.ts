// One forwarded email through the real Lambda handlers: inbound (SES event, raw mail from S3) ->
// state in DynamoDB Local -> the Scheduler schedule it creates -> nudge handler fired with that
// schedule's payload -> the email the SES emulator received. S3 and Scheduler have no local
// stand-in here, so they are aws-sdk-client-mock doubles; DynamoDB and SES are real.
import { readFile } from "node:fs/promises";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { CreateScheduleCommand, DeleteScheduleCommand, SchedulerClient } from "@aws-sdk/client-scheduler";
import type { SESEvent } from "aws-lambda";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { handler as inboundHandler } from "../../functions/handlers/inbound";
import { handler as nudgeHandler } from "../../functions/handlers/nudge";
import { ensureTable, localDynamoClient } from "../../functions/local/stack/dynamodb-local";
import { emulatorEmails, localSesClient } from "../../functions/local/stack/ses-emulator";
import { setAwsClients } from "../../functions/wiring/aws/common";
import { ownerSettings } from "../fakes/owner";
import { linkStage } from "../fakes/sst-links";
import event from "../fixtures/aws/ses-receipt-event.json";

const TABLE = `e2e-${Date.now()}`;
const OWNER = "you@example.com";
const s3Mock = mockClient(S3Client);
const schedulerMock = mockClient(SchedulerClient);
const dynamo = localDynamoClient(inject("dynamoEndpoint"));
const sesEndpoint = inject("sesEndpoint");

let unlink = () => {};

beforeAll(async () => {
  unlink = linkStage({
    stage: "test",
    table: TABLE,
    bucket: "jobnudge-test-mail",
    groupName: "jobnudge-test",
    nudgeFunction: "jobnudge-test-Nudge",
    owner: ownerSettings({ email: OWNER }),
  });
  await ensureTable(dynamo, TABLE);
  setAwsClients({
    dynamo,
    s3: new S3Client({ region: "us-east-1" }),
    scheduler: new SchedulerClient({ region: "us-east-1" }),
    ses: localSesClient(sesEndpoint),
  });
});

afterAll(() => {
  vi.useRealTimers();
  unlink();
  setAwsClients(null);
  s3Mock.restore();
  schedulerMock.restore();
});

describe("forwarded interview email through the Lambda handlers", () => {
  it("creates the thank-you schedule and, when it fires, the owner gets the email with the draft", async () => {
    // Prepare: the raw message SES stored at inbound/<messageId>; the clock at the forward.
    const raw = await readFile(new URL("../../samples/demo/globex-interview.eml", import.meta.url));
    const messageId = (event as SESEvent).Records[0]?.ses.mail.messageId;
    s3Mock
      .on(GetObjectCommand, { Bucket: "jobnudge-test-mail", Key: `inbound/${messageId}` })
      .resolves({ Body: { transformToByteArray: async () => new Uint8Array(raw) } as never });
    schedulerMock.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn:aws:scheduler:::schedule/x" });
    schedulerMock.on(DeleteScheduleCommand).resolves({});
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T15:15:00.000Z"));

    // Act 1: SES invokes the inbound function.
    const result = await inboundHandler(event as SESEvent);

    // Assess 1: the ack went out, schedules were created in the owner's zone.
    expect(result).toEqual({ processed: 1, failed: 0 });
    const creates = schedulerMock.commandCalls(CreateScheduleCommand).map((c) => c.args[0].input);
    const thankYou = creates.find((c) => c.Name?.startsWith("thank_you"));
    expect(thankYou).toMatchObject({
      GroupName: "jobnudge-test",
      ScheduleExpression: "at(2026-03-05T20:30:00)", // 14:00 EST + 90 min = 15:30 EST, in UTC
      ScheduleExpressionTimezone: "UTC",
      ActionAfterCompletion: "DELETE",
    });
    const acks = (await emulatorEmails(sesEndpoint)).filter((e) => e.subject.includes("Globex"));
    expect(acks.map((e) => e.subject)).toEqual([expect.stringMatching(/^Got it: Globex Systems/)]);

    // Act 2: Scheduler fires the thank-you schedule with the payload it was given, twice.
    vi.setSystemTime(new Date("2026-03-05T20:30:20.000Z"));
    const firing = JSON.parse(thankYou?.Target?.Input ?? "{}");
    const first = await nudgeHandler(firing);
    const second = await nudgeHandler(firing);

    // Assess 2: one email to the owner with the thank-you draft in full.
    expect(first.outcome).toBe("sent");
    expect(second.outcome).not.toBe("sent");
    const nudges = (await emulatorEmails(sesEndpoint)).filter((e) => /thank-you/i.test(e.subject));
    expect(nudges).toHaveLength(1);
    const email = nudges[0];
    expect(email?.destination.to).toEqual([OWNER]);
    expect(email?.subject).toContain("Globex Systems");
    // One draft per interviewer named in the confirmation, in full, with a prefilled mailto link
    // (to the process's contact when the interviewer's own address is unknown).
    expect(email?.body.text).toContain("Thank-you to Priya Nair");
    expect(email?.body.text).toContain("Thank-you to Tom Becker");
    expect(email?.body.text).toContain("Senior Data Engineer role at Globex Systems");
    expect(email?.body.html).toMatch(/href="mailto:[^"?]*\?subject=Thank%20you/);
    expect(email?.body.html).toContain("https://abc123.lambda-url.us-east-1.on.aws/");
  });
});
