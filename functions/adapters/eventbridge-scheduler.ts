// NudgeScheduler on EventBridge Scheduler: one one-time at() schedule per nudge and time, deleted
// by Scheduler after it fires. Names carry the nudge's time (domain/nudge.ts scheduleName), so a
// name that exists is the very schedule asked for: create treats "already exists" as done and
// nothing is ever updated in place (an update racing Scheduler's own clean-up of a schedule that
// just fired could not be told apart from a lost one).
// The at() time is the nudge's instant in UTC: a wall-clock time in the owner's zone is ambiguous
// in the repeated hour when clocks fall back (and names no instant in the skipped one), and the
// instant is what the planner decided. The owner's zone only matters for recurring schedules (the
// weekly digest cron, stacks/scheduling.ts).
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ListSchedulesCommand,
  type ListSchedulesCommandOutput,
  ResourceNotFoundException,
  type SchedulerClient,
} from "@aws-sdk/client-scheduler";
import type { LiveSchedule, NudgeFiring, NudgeScheduler, ScheduleEntry } from "../app/ports";
import { isValidNudgeId } from "../domain/nudge";
import { parseInstant, toIso } from "../domain/time";

export interface SchedulerTarget {
  groupName: string;
  /** ARN of the nudge function. */
  targetArn: string;
  /** Role Scheduler assumes to invoke the target. */
  roleArn: string;
  deadLetterArn: string | null;
  /** Only schedules whose names start with this are listed (the group is jobnudge's own: none). */
  namePrefix?: string;
}

export class EventBridgeNudgeScheduler implements NudgeScheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly target: SchedulerTarget,
  ) {}

  /** The owner's time zone (the port's second argument) plays no part in a one-time schedule (see above). */
  async create(entry: ScheduleEntry, _timezone: string): Promise<void> {
    if (!isValidNudgeId(entry.name)) throw new RangeError(`invalid schedule name: ${entry.name}`);
    try {
      await this.client.send(new CreateScheduleCommand(this.definition(entry)));
    } catch (err) {
      // A repeated reconcile, a racing one, or the SDK retrying our own create after a lost response.
      if (err instanceof ConflictException) return;
      throw err;
    }
  }

  private definition(entry: ScheduleEntry) {
    const firing: NudgeFiring = { nudgeId: entry.id, dueAt: entry.dueAt };
    return {
      Name: entry.name,
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

  async cancel(name: string): Promise<void> {
    try {
      await this.client.send(new DeleteScheduleCommand({ Name: name, GroupName: this.target.groupName }));
    } catch (err) {
      // Already fired and auto-deleted, or never created: gone is gone.
      if (err instanceof ResourceNotFoundException) return;
      throw err;
    }
  }

  async list(): Promise<LiveSchedule[]> {
    const schedules: LiveSchedule[] = [];
    let token: string | undefined;
    do {
      const out: ListSchedulesCommandOutput = await this.client.send(
        new ListSchedulesCommand({
          GroupName: this.target.groupName,
          ...(this.target.namePrefix ? { NamePrefix: this.target.namePrefix } : {}),
          MaxResults: 100,
          NextToken: token,
        }),
      );
      for (const s of out.Schedules ?? []) {
        if (s.Name) schedules.push({ name: s.Name, createdAt: s.CreationDate ? s.CreationDate.toISOString() : null });
      }
      token = out.NextToken;
    } while (token);
    return schedules;
  }
}

/** "yyyy-mm-ddThh:mm:ss" of an instant in UTC: at() takes neither an offset nor fractions of a second. */
function utcWallTime(iso: string): string {
  return toIso(parseInstant(iso)).slice(0, 19);
}
