// `jobnudge import` against real stand-ins: the local stack's wiring (DynamoDB Local, the SES
// emulator, a raw-mail folder, the schedules file) and a deployed stage's (the Lambdas' AWS
// wiring, with the stage's links as `npx sst shell` provides them: DynamoDB Local for the state,
// the SES emulator for the summary, aws-sdk-client-mock for S3 and Scheduler).
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { CreateScheduleCommand, DeleteScheduleCommand, SchedulerClient } from "@aws-sdk/client-scheduler";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { DynamoStateStore } from "../../functions/adapters/dynamo-state";
import { silentLogger } from "../../functions/adapters/logger";
import { runImport } from "../../functions/local/cli/import-run";
import { awsTarget, localTarget } from "../../functions/local/cli/import-targets";
import type { CliStack } from "../../functions/local/cli/running-stack";
import { loadLocalConfig } from "../../functions/local/config";
import { ensureTable, LOCAL_TABLE, localDynamoClient } from "../../functions/local/stack/dynamodb-local";
import { emulatorEmails, localSesClient } from "../../functions/local/stack/ses-emulator";
import type { StackFile } from "../../functions/local/stack/stack-file";
import type { InterruptSource } from "../../functions/mailbox";
import { setAwsClients } from "../../functions/wiring/aws/common";
import { ownerSettings } from "../fakes/owner";
import { linkStage } from "../fakes/sst-links";
import { escapeMboxrd, GMAIL_ENVELOPE } from "../unit/mailbox/mbox-text";

const dir = mkdtempSync(join(tmpdir(), "jobnudge-import-it-"));
const dynamo = localDynamoClient(inject("dynamoEndpoint"));
const sesEndpoint = inject("sesEndpoint");
const SAMPLES = ["northwind-offer.eml", "globex-interview.eml", "initech-update.eml"];
const never: InterruptSource = { subscribe: () => () => {} };
const quiet = new Writable({ write: (_chunk, _enc, done) => done() });
const SUBJECT = "jobnudge imported 3 messages, 3 employers, 0 need your answer";

/** A Takeout-like mbox of the demo samples, their owner you@example.com forwarding them. */
function takeout(owner: string): string {
  const path = join(dir, `takeout-${randomUUID().slice(0, 6)}.mbox`);
  const text = SAMPLES.map((name) => {
    const raw = readFileSync(join(import.meta.dirname, "../../samples/demo", name), "latin1");
    return `${GMAIL_ENVELOPE}\n${escapeMboxrd(raw.replaceAll("you@example.com", owner))}\n`;
  }).join("");
  writeFileSync(path, text, "latin1");
  return path;
}

beforeAll(async () => {
  await ensureTable(dynamo, LOCAL_TABLE);
});
afterAll(() => {
  dynamo.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe("import into the local stack", () => {
  it("stores employers and raw mail, emails one summary to the emulator, and a rerun changes nothing", async () => {
    // Prepare: the settings a running stack would have written to stack.json.
    const owner = `import-${randomUUID().slice(0, 8)}@example.com`;
    const dataDir = mkdtempSync(join(dir, "data-"));
    const config = loadLocalConfig(
      {
        JOBNUDGE_OWNER_EMAIL: owner,
        JOBNUDGE_DATA_DIR: dataDir,
        JOBNUDGE_DYNAMODB_PORT: new URL(inject("dynamoEndpoint")).port,
        JOBNUDGE_SES_PORT: new URL(sesEndpoint).port,
      },
      dataDir,
    );
    const running: CliStack = { config, stack: { sesEndpoint } as StackFile };
    const path = takeout(owner);

    // Act
    const first = localTarget(running, undefined, silentLogger);
    const outcome = await runImport(path, first.deps, { dryRun: false, stderr: quiet, interrupts: never });
    first.close();
    const second = localTarget(running, owner, silentLogger);
    const rerun = await runImport(path, second.deps, { dryRun: false, stderr: quiet, interrupts: never });
    second.close();

    // Assess
    expect(outcome.errors).toEqual([]);
    expect(outcome.report?.summary).toBe("sent");
    const store = new DynamoStateStore(dynamo, LOCAL_TABLE, owner);
    expect((await store.listEmployers()).map((e) => e.name).sort()).toEqual([
      "Globex Systems",
      "Initech",
      "Northwind Analytics",
    ]);
    expect(readdirSync(join(dataDir, "mail")).filter((f) => f.startsWith("import-"))).toHaveLength(3);
    const emails = (await emulatorEmails(sesEndpoint)).filter((e) => e.destination.to.includes(owner));
    expect(emails.map((e) => e.subject)).toEqual([SUBJECT]);
    expect(rerun).toMatchObject({ applied: 0, report: { summary: "done" } });
  }, 60_000);

  it("refuses to run when the local stack is not running, and names the way out", () => {
    const config = loadLocalConfig({ JOBNUDGE_DATA_DIR: join(dir, "none") }, dir);

    expect(() => localTarget({ config, stack: null }, undefined, silentLogger)).toThrow(/npm start.*--dry-run/);
  });
});

describe("import into a deployed stage (--stage)", () => {
  const table = `import-${Date.now()}`;
  // An owner of its own: the SES emulator keeps the mail of every test file.
  const owner = `stage-${Date.now()}@example.com`;
  // S3 and Scheduler have no local stand-in here: mocks of these instances only. The summary goes
  // through the SES emulator, as the Lambdas' mail does in lambda-end-to-end.
  const clients = {
    s3: new S3Client({ region: "us-east-1" }),
    scheduler: new SchedulerClient({ region: "us-east-1" }),
    ses: localSesClient(sesEndpoint),
  };
  const s3 = mockClient(clients.s3);
  const scheduler = mockClient(clients.scheduler);
  const sentToOwner = async () => (await emulatorEmails(sesEndpoint)).filter((e) => e.destination.to.includes(owner));
  let unlink = () => {};

  beforeAll(async () => {
    unlink = linkStage({
      stage: "test",
      table,
      bucket: "jobnudge-test-mail",
      groupName: "jobnudge-test-nudges",
      owner: ownerSettings({ email: owner }),
    });
    await ensureTable(dynamo, table);
    setAwsClients({ dynamo, ...clients });
    s3.on(PutObjectCommand).resolves({});
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn:aws:scheduler:::schedule/x" });
    scheduler.on(DeleteScheduleCommand).resolves({});
  });
  afterAll(() => {
    vi.useRealTimers();
    unlink();
    setAwsClients(null);
    s3.restore();
    scheduler.restore();
  });

  it("writes the state to the stage's table, raw mail to its bucket, plans from now, one summary", async () => {
    // Prepare: the day after the offer, its answer deadline still ahead.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-10T14:00:00.000Z"));
    const path = takeout(owner);

    // Act
    const target = awsTarget("test", undefined, silentLogger);
    const outcome = await runImport(path, target.deps, { dryRun: false, stderr: quiet, interrupts: never });
    const puts = s3.commandCalls(PutObjectCommand).length;
    const rerun = await runImport(path, target.deps, { dryRun: false, stderr: quiet, interrupts: never });

    // Assess
    expect(outcome.errors).toEqual([]);
    const store = new DynamoStateStore(dynamo, table, owner);
    expect((await store.listEmployers()).map((e) => [e.name, e.stage]).sort()).toEqual([
      ["Globex Systems", "in_process"],
      ["Initech", "in_process"],
      ["Northwind Analytics", "offer"],
    ]);
    expect(
      s3
        .commandCalls(PutObjectCommand)
        .map((c) => c.args[0].input)
        .every((i) => i.Bucket === "jobnudge-test-mail" && i.Key?.startsWith("inbound/import-")),
    ).toBe(true);
    expect(puts).toBe(3);
    const creates = scheduler.commandCalls(CreateScheduleCommand).map((c) => c.args[0].input);
    expect(creates.length).toBeGreaterThan(0);
    for (const create of creates) {
      expect(create.GroupName).toBe("jobnudge-test-nudges");
      expect(Date.parse(`${create.ScheduleExpression?.slice(3, -1)}Z`)).toBeGreaterThan(Date.now() - 86_400_000);
    }
    const summaries = await sentToOwner();
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.subject).toContain("jobnudge imported 3 messages, 3 employers");
    // The rerun: nothing stored again, no second summary.
    expect(rerun).toMatchObject({ applied: 0, report: { summary: "done" } });
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(3);
    expect(await sentToOwner()).toHaveLength(1);
  }, 60_000);

  it("refuses a stage other than the one whose links it has", () => {
    expect(() => awsTarget("prod", undefined, silentLogger)).toThrow(/links of stage test, not prod/);
  });
});
