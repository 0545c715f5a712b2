// NudgeScheduler on EventBridge Scheduler: one one-time at() schedule per nudge, named by the
// nudge id, in the owner's time zone, deleted by Scheduler after it fires.
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
} from "@aws-sdk/client-scheduler";
import { isValidNudgeId } from "../domain/nudge";
import type { NudgeFiring, NudgeScheduler, ScheduleEntry } from "./ports";
import { wallTimeIn } from "./wall-time";

export interface SchedulerTarget {
  groupName: string;
  /** ARN of the nudge function. */
  targetArn: string;
  /** Role Scheduler assumes to invoke the target. */
  roleArn: string;
  deadLetterArn: string | null;
}

export class EventBridgeNudgeScheduler implements NudgeScheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly target: SchedulerTarget,
  ) {}

  async create(entry: ScheduleEntry, timezone: string): Promise<void> {
    if (!isValidNudgeId(entry.id)) throw new RangeError(`invalid schedule name: ${entry.id}`);
    const firing: NudgeFiring = { nudgeId: entry.id, dueAt: entry.dueAt };
    try {
      await this.client.send(
        new CreateScheduleCommand({
          Name: entry.id,
          GroupName: this.target.groupName,
          ScheduleExpression: `at(${wallTimeIn(entry.dueAt, timezone)})`,
          ScheduleExpressionTimezone: timezone,
          FlexibleTimeWindow: { Mode: "OFF" },
          ActionAfterCompletion: "DELETE",
          Target: {
            Arn: this.target.targetArn,
            RoleArn: this.target.roleArn,
            Input: JSON.stringify(firing),
            RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
            ...(this.target.deadLetterArn ? { DeadLetterConfig: { Arn: this.target.deadLetterArn } } : {}),
          },
        }),
      );
    } catch (err) {
      // Same deterministic name = the schedule already exists: a repeated reconcile is done.
      if (err instanceof ConflictException) return;
      throw err;
    }
  }

  async cancel(id: string): Promise<void> {
    try {
      await this.client.send(new DeleteScheduleCommand({ Name: id, GroupName: this.target.groupName }));
    } catch (err) {
      // Already fired and auto-deleted, or never created: gone is gone.
      if (err instanceof ResourceNotFoundException) return;
      throw err;
    }
  }
}
