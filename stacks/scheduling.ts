// EventBridge Scheduler: the group holding one-time nudge schedules (created at run time by the
// functions), the execution role those schedules use, and the two recurring schedules of the
// digest function: the weekly digest and the daily repair of the schedule book.
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

/** Daily, early morning in the owner's zone: the schedule book against Scheduler, then a full re-plan. */
export const DAILY_REPAIR_CRON = "cron(17 4 * * ? *)";

export interface DigestScheduleInputs {
  account: Account;
  name: string;
  /** Name of the daily repair schedule. */
  repairName: string;
  digestFunctionArn: In<string>;
  /** cron(...) from stacks/config.ts digestCron, evaluated in `timezone`. */
  cron: string;
  timezone: string;
  dlqArn: In<string>;
}

/**
 * Two recurring schedules in the default group (nudge reconciling only touches its own group) with
 * their own role (the nudge role may invoke only the nudge function): the weekly digest, and the
 * daily repair, both on the digest function, told apart by their input.
 */
export function createDigestSchedule(i: DigestScheduleInputs) {
  const role = new aws.iam.Role("DigestSchedulerRole", {
    description: "EventBridge Scheduler: invoke the jobnudge digest function (weekly digest, daily repair)",
    assumeRolePolicy: policyDocument(schedulerTrust(i.account, "default")),
  });
  const access = new aws.iam.RolePolicy("DigestSchedulerAccess", {
    role: role.id,
    policy: policyDocument(schedulerTargetAccess(i.digestFunctionArn, i.dlqArn)),
  });
  // One function, two recurring schedules in the owner's zone, told apart by their input.
  const recurring = (logicalName: string, name: string, cron: string, input: Record<string, string>) =>
    new aws.scheduler.Schedule(
      logicalName,
      {
        name,
        groupName: "default",
        scheduleExpression: cron,
        scheduleExpressionTimezone: i.timezone,
        flexibleTimeWindow: { mode: "OFF" },
        state: "ENABLED",
        target: {
          arn: i.digestFunctionArn,
          roleArn: role.arn,
          input: JSON.stringify(input),
          retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3600 },
          deadLetterConfig: { arn: i.dlqArn },
        },
      },
      // Scheduler validates nothing at create, but the first firing needs the permissions in place.
      { dependsOn: [access] },
    );
  // The scheduled time (not the attempt) keys the digest's idempotency.
  const schedule = recurring("WeeklyDigest", i.name, i.cron, {
    kind: "digest",
    scheduledAt: "<aws.scheduler.scheduled-time>",
  });
  const repair = recurring("DailyRepair", i.repairName, DAILY_REPAIR_CRON, { kind: "repair" });
  return { role, access, schedule, repair };
}
