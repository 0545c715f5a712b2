// Composition root on AWS (one of three, with local.ts and simulate.ts): the use cases' Deps wired
// to the AWS adapters. SDK clients are created once per container (module scope, lazily so tests
// can set the environment first) and can be replaced in tests.
import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SESClient } from "@aws-sdk/client-ses";
import { DynamoStateStore } from "../adapters/dynamo-state";
import { EventBridgeNudgeScheduler } from "../adapters/eventbridge-scheduler";
import { makeLinkSigner } from "../adapters/hmac-links";
import { jsonLogger } from "../adapters/logger";
import { S3RawMailStore } from "../adapters/s3-raw-mail";
import { SesMailer } from "../adapters/ses-mailer";
import type { Deps } from "../app/deps";
import type { Clock } from "../app/ports";
import { LINK_TTL_DAYS } from "../domain/link-actions";
import { type LoadOptions, loadAwsConfig } from "./aws-config";

export interface AwsClients {
  dynamo: DynamoDBClient;
  s3: S3Client;
  scheduler: SchedulerClient;
  ses: SESClient;
}

let clients: AwsClients | null = null;

export function awsClients(): AwsClients {
  clients ??= {
    dynamo: new DynamoDBClient({}),
    s3: new S3Client({}),
    scheduler: new SchedulerClient({}),
    ses: new SESClient({}),
  };
  return clients;
}

/** Tests swap in clients (aws-sdk-client-mock works on the shared prototypes either way). */
export function setAwsClients(replacement: AwsClients | null): void {
  clients = replacement;
}

let clockOverride: Clock | null = null;
let logWriter: ((line: string) => boolean) | undefined;

/** Tests that drive the handlers on a virtual clock (the chaos harness) set it here; null = wall clock. */
export function setAwsClock(clock: Clock | null): void {
  clockOverride = clock;
}

/** Where log lines go (default stderr); the chaos harness collects them instead of printing thousands. */
export function setAwsLogWriter(write: ((line: string) => boolean) | null): void {
  logWriter = write ?? undefined;
}

/**
 * The use cases' deps for one invocation. `invocationId` owns the claims it takes: pass Lambda's
 * request id (kept by Lambda for its retries of one event, so a retry resumes its own claims).
 */
export function awsDeps(
  correlation: Record<string, unknown> = {},
  options: LoadOptions & { invocationId?: string } = {},
): Deps {
  const config = loadAwsConfig(options);
  const c = awsClients();
  const clock = clockOverride ?? { now: () => new Date() };
  const signingKey = config.hmacKeys[0];
  if (!signingKey) throw new Error("no HMAC key configured");
  return {
    owner: config.owner,
    inboxAddress: config.inboxAddress,
    senderAddress: config.senderAddress,
    rawMail: new S3RawMailStore(c.s3, config.mailBucket, config.mailPrefix),
    state: new DynamoStateStore(c.dynamo, config.tableName, config.owner.email, {
      closedRetentionDays: config.owner.closedRetentionDays || null,
    }),
    scheduler: new EventBridgeNudgeScheduler(c.scheduler, {
      groupName: config.scheduleGroup,
      targetArn: config.nudgeTargetArn,
      roleArn: config.schedulerRoleArn,
      deadLetterArn: config.schedulerDlqArn,
    }),
    mailer: new SesMailer(c.ses),
    clock,
    links: makeLinkSigner(config.actionsBaseUrl, signingKey, () => clock.now(), LINK_TTL_DAYS, {
      acceptKeys: config.hmacKeys,
    }),
    log: jsonLogger({ app: "jobnudge", ...correlation }, logWriter),
    invocationId: options.invocationId ?? `aws-${randomUUID()}`,
  };
}
