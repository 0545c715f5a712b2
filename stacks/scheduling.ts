// EventBridge Scheduler: the group holding one-time nudge schedules (created at run time by the
// functions), the execution role those schedules use, and the weekly digest schedule.
import { type In, policyDocument } from "./iam";
import { type Account, schedulerTargetAccess, schedulerTrust } from "./policies";

export interface NudgeSchedulingInputs {
  account: Account;
  groupName: string;
  /** Known from the fixed function name, so nothing here depends on the nudge function resource. */
  nudgeFunctionArn: In<string>;
  dlqArn: In<string>;
}

export function createNudgeScheduling(i: NudgeSchedulingInputs) {
  const group = new aws.scheduler.ScheduleGroup("NudgeSchedules", { name: i.groupName });
  const role = new aws.iam.Role("NudgeSchedulerRole", {
    description: "EventBridge Scheduler: invoke the jobnudge nudge function",
    assumeRolePolicy: policyDocument(schedulerTrust(i.account, i.groupName)),
  });
  const access = new aws.iam.RolePolicy("NudgeSchedulerAccess", {
    role: role.id,
    policy: policyDocument(schedulerTargetAccess(i.nudgeFunctionArn, i.dlqArn)),
  });
  return { group, role, access };
}

export interface DigestScheduleInputs {
  account: Account;
  name: string;
  digestFunctionArn: In<string>;
  /** cron(...) from stacks/config.ts digestCron, evaluated in `timezone`. */
  cron: string;
  timezone: string;
  dlqArn: In<string>;
}

/**
 * One recurring schedule in the default group (nudge reconciling only touches its own group), with
 * its own role: the nudge role may invoke only the nudge function.
 */
export function createDigestSchedule(i: DigestScheduleInputs) {
  const role = new aws.iam.Role("DigestSchedulerRole", {
    description: "EventBridge Scheduler: invoke the jobnudge weekly digest function",
    assumeRolePolicy: policyDocument(schedulerTrust(i.account, "default")),
  });
  const access = new aws.iam.RolePolicy("DigestSchedulerAccess", {
    role: role.id,
    policy: policyDocument(schedulerTargetAccess(i.digestFunctionArn, i.dlqArn)),
  });
  const schedule = new aws.scheduler.Schedule(
    "WeeklyDigest",
    {
      name: i.name,
      groupName: "default",
      scheduleExpression: i.cron,
      scheduleExpressionTimezone: i.timezone,
      flexibleTimeWindow: { mode: "OFF" },
      state: "ENABLED",
      target: {
        arn: i.digestFunctionArn,
        roleArn: role.arn,
        // The scheduled time (not the attempt) keys the digest's idempotency.
        input: JSON.stringify({ kind: "digest", scheduledAt: "<aws.scheduler.scheduled-time>" }),
        retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3600 },
        deadLetterConfig: { arn: i.dlqArn },
      },
    },
    // Scheduler validates nothing at create, but the first firing needs the permissions in place.
    { dependsOn: [access] },
  );
  return { role, access, schedule };
}
