// NudgeScheduler on EventBridge Scheduler: one one-time at() schedule per nudge, named by the
// nudge id, deleted by Scheduler after it fires. The at() time is the nudge's instant in UTC: a
// wall-clock time in the owner's zone is ambiguous in the repeated hour when clocks fall back (and
// names no instant in the skipped one), and the instant is what the planner decided. The owner's
// zone only matters for recurring schedules (the weekly digest cron, stacks/scheduling.ts).
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import type { NudgeFiring, NudgeScheduler, ScheduleEntry } from "../app/ports";
import { isValidNudgeId } from "../domain/nudge";
import { parseInstant, toIso } from "../domain/time";

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

  /** The owner's time zone (the port's second argument) plays no part in a one-time schedule (see above). */
  async create(entry: ScheduleEntry, _timezone: string): Promise<void> {
    if (!isValidNudgeId(entry.id)) throw new RangeError(`invalid schedule name: ${entry.id}`);
    const definition = this.definition(entry);
    try {
      await this.client.send(new CreateScheduleCommand(definition));
    } catch (err) {
      if (!(err instanceof ConflictException)) throw err;
      // The name exists: a repeated reconcile, or the same nudge at a new time (snooze). Update
      // replaces every field, so the full definition makes both cases right without a delete
      // (delete-then-create of one name can race Scheduler's own cleanup).
      await this.client.send(new UpdateScheduleCommand(definition));
    }
  }

  private definition(entry: ScheduleEntry) {
    const firing: NudgeFiring = { nudgeId: entry.id, dueAt: entry.dueAt };
    return {
      Name: entry.id,
      GroupName: this.target.groupName,
      ScheduleExpression: `at(${utcWallTime(entry.dueAt)})`,
      ScheduleExpressionTimezone: "UTC",
      FlexibleTimeWindow: { Mode: "OFF" as const },
      ActionAfterCompletion: "DELETE" as const,
      Target: {
        Arn: this.target.targetArn,
        RoleArn: this.target.roleArn,
        Input: JSON.stringify(firing),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        ...(this.target.deadLetterArn ? { DeadLetterConfig: { Arn: this.target.deadLetterArn } } : {}),
      },
    };
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

/** "yyyy-mm-ddThh:mm:ss" of an instant in UTC: at() takes neither an offset nor fractions of a second. */
function utcWallTime(iso: string): string {
  return toIso(parseInstant(iso)).slice(0, 19);
}
