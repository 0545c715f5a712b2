// The AWS adapters the roots combine, each on the container's client of its kind: one function per
// port, so a root's imports name exactly the SDK clients its bundle carries. (No S3 here: only the
// roots that read kept mail import s3.ts.)
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SESClient } from "@aws-sdk/client-ses";
import { DynamoStateStore } from "../../adapters/dynamo-state";
import { EventBridgeNudgeScheduler } from "../../adapters/eventbridge-scheduler";
import { SesMailer } from "../../adapters/ses-mailer";
import type { Deps } from "../../app/deps";
import type { Mailer, NudgeScheduler, RawMailStore, StateStore } from "../../app/ports";
import type { AwsConfig } from "../aws-config";
import { awsClient, baseDeps, type InvocationOptions } from "./common";

export function stateStore(config: AwsConfig): StateStore {
  return new DynamoStateStore(
    awsClient("dynamo", () => new DynamoDBClient({})),
    config.tableName,
    config.owner.email,
    { closedRetentionDays: config.owner.closedRetentionDays || null },
  );
}

export function nudgeScheduler(config: AwsConfig): NudgeScheduler {
  return new EventBridgeNudgeScheduler(
    awsClient("scheduler", () => new SchedulerClient({})),
    {
      groupName: config.scheduleGroup,
      targetArn: config.nudgeTargetArn,
      roleArn: config.schedulerRoleArn,
      deadLetterArn: config.schedulerDlqArn,
    },
  );
}

export function mailer(): Mailer {
  return new SesMailer(awsClient("ses", () => new SESClient({})));
}

/**
 * One invocation's deps: the shared ports, the state table, the scheduler and SES (every function
 * sends or reconciles), and the raw-mail port the root chooses (S3, S3 on first use, or none).
 */
export function functionDeps(
  correlation: Record<string, unknown>,
  options: InvocationOptions,
  rawMail: (config: AwsConfig) => RawMailStore,
): Deps {
  const { config, base } = baseDeps(correlation, options);
  return {
    ...base,
    state: stateStore(config),
    scheduler: nudgeScheduler(config),
    mailer: mailer(),
    rawMail: rawMail(config),
  };
}
