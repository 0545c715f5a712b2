import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
  ValidationException,
} from "@aws-sdk/client-scheduler";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { EventBridgeNudgeScheduler } from "../../../functions/adapters/eventbridge-scheduler";
import type { ScheduleEntry } from "../../../functions/app/ports";

const schedulerMock = mockClient(SchedulerClient);
afterEach(() => schedulerMock.reset());

const target = {
  groupName: "jobnudge-prod",
  targetArn: "arn:aws:lambda:us-east-1:123456789012:function:nudge",
  roleArn: "arn:aws:iam::123456789012:role/scheduler",
  deadLetterArn: "arn:aws:sqs:us-east-1:123456789012:scheduler-dlq",
};
const entry = (dueAt: string, id = "offer_review.acme.x"): ScheduleEntry => ({
  id,
  dueAt,
  employerId: "acme",
  kind: "offer_review",
});

describe("EventBridgeNudgeScheduler.create", () => {
  // One-time schedules name the instant in UTC whatever the owner's zone: a local wall time is
  // ambiguous in the hour clocks fall back through, and names nothing in the hour they skip.
  it.each([
    // [what, dueAt (UTC), owner's zone, expected at() in UTC]
    [
      "month boundary (31 Mar in UTC, 1 Apr in Berlin)",
      "2026-03-31T22:30:00.000Z",
      "Europe/Berlin",
      "2026-03-31T22:30:00",
    ],
    [
      "month boundary (1 Apr in UTC, 31 Mar in New York)",
      "2026-04-01T02:00:00.000Z",
      "America/New_York",
      "2026-04-01T02:00:00",
    ],
    ["February's last day in a leap year", "2028-02-29T23:59:59.000Z", "Pacific/Auckland", "2028-02-29T23:59:59"],
    ["year boundary (already 2027 in Kolkata)", "2026-12-31T23:30:00.000Z", "Asia/Kolkata", "2026-12-31T23:30:00"],
    ["before the US spring-forward (EST)", "2026-03-06T14:00:00.000Z", "America/New_York", "2026-03-06T14:00:00"],
    ["after the US spring-forward (EDT)", "2026-03-09T13:00:00.000Z", "America/New_York", "2026-03-09T13:00:00"],
    [
      "the US spring-forward night, just after the skipped hour (03:30 EDT)",
      "2026-03-08T07:30:00.000Z",
      "America/New_York",
      "2026-03-08T07:30:00",
    ],
    [
      "first 01:30 of the US fall-back night (EDT)",
      "2026-11-01T05:30:00.000Z",
      "America/New_York",
      "2026-11-01T05:30:00",
    ],
    [
      "second 01:30 of the US fall-back night (EST)",
      "2026-11-01T06:30:00.000Z",
      "America/New_York",
      "2026-11-01T06:30:00",
    ],
    ["the EU fall-back night (CEST to CET)", "2026-10-25T00:30:00.000Z", "Europe/Berlin", "2026-10-25T00:30:00"],
    ["half-hour zone", "2026-04-22T15:00:00.000Z", "Asia/Kolkata", "2026-04-22T15:00:00"],
    [
      "an instant written with an offset, sub-second part dropped",
      "2026-04-22T20:30:00.750+05:30",
      "Asia/Kolkata",
      "2026-04-22T15:00:00",
    ],
  ])("%s", async (_what, dueAt, zone, at) => {
    // Prepare
    schedulerMock.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn" });
    const scheduler = new EventBridgeNudgeScheduler(new SchedulerClient({ region: "us-east-1" }), target);

    // Act
    await scheduler.create(entry(dueAt), zone);

    // Assess
    const input = schedulerMock.commandCalls(CreateScheduleCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      Name: "offer_review.acme.x",
      GroupName: "jobnudge-prod",
      ScheduleExpression: `at(${at})`,
      ScheduleExpressionTimezone: "UTC",
      FlexibleTimeWindow: { Mode: "OFF" },
      ActionAfterCompletion: "DELETE",
      Target: { Arn: target.targetArn, RoleArn: target.roleArn, DeadLetterConfig: { Arn: target.deadLetterArn } },
    });
    expect(JSON.parse(input?.Target?.Input ?? "{}")).toEqual({ nudgeId: "offer_review.acme.x", dueAt });
  });

  it("gives the two instants of a fall-back hour two different at() times", async () => {
    schedulerMock.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn" });
    const scheduler = new EventBridgeNudgeScheduler(new SchedulerClient({}), target);

    await scheduler.create(entry("2026-11-01T05:30:00.000Z", "follow_up.acme.1"), "America/New_York");
    await scheduler.create(entry("2026-11-01T06:30:00.000Z", "follow_up.acme.2"), "America/New_York");

    const expressions = schedulerMock
      .commandCalls(CreateScheduleCommand)
      .map((c) => c.args[0].input.ScheduleExpression);
    expect(new Set(expressions).size).toBe(2);
  });

  it.each([["2026-03-09"], ["2026-03-09T10:00:00"], ["next friday"]])(
    "refuses %j (no exact instant) before calling AWS",
    async (dueAt) => {
      const scheduler = new EventBridgeNudgeScheduler(new SchedulerClient({}), target);

      await expect(scheduler.create(entry(dueAt), "UTC")).rejects.toThrow(RangeError);
      expect(schedulerMock.calls()).toHaveLength(0);
    },
  );

  it("moves an existing schedule of the same name with a full update (snooze, repeated reconcile)", async () => {
    schedulerMock
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ message: "exists", Message: "exists", $metadata: {} }));
    schedulerMock.on(UpdateScheduleCommand).resolves({ ScheduleArn: "arn" });
    const scheduler = new EventBridgeNudgeScheduler(new SchedulerClient({}), target);

    await scheduler.create(entry("2026-03-09T14:00:00.000Z"), "America/New_York");

    const update = schedulerMock.commandCalls(UpdateScheduleCommand)[0]?.args[0].input;
    expect(update).toMatchObject({
      Name: "offer_review.acme.x",
      GroupName: "jobnudge-prod",
      ScheduleExpression: "at(2026-03-09T14:00:00)",
      ScheduleExpressionTimezone: "UTC",
      FlexibleTimeWindow: { Mode: "OFF" },
      ActionAfterCompletion: "DELETE",
      Target: { Arn: target.targetArn, RoleArn: target.roleArn },
    });
    expect(JSON.parse(update?.Target?.Input ?? "{}")).toEqual({
      nudgeId: "offer_review.acme.x",
      dueAt: "2026-03-09T14:00:00.000Z",
    });
  });

  it("lets other errors through", async () => {
    schedulerMock
      .on(CreateScheduleCommand)
      .rejects(new ValidationException({ message: "bad", Message: "bad", $metadata: {} }));
    const scheduler = new EventBridgeNudgeScheduler(new SchedulerClient({}), target);
    await expect(scheduler.create(entry("2026-03-06T14:00:00.000Z"), "UTC")).rejects.toBeInstanceOf(
      ValidationException,
    );
  });

  it("refuses a name Scheduler would reject, before calling AWS", async () => {
    const scheduler = new EventBridgeNudgeScheduler(new SchedulerClient({}), target);
    await expect(scheduler.create(entry("2026-03-06T14:00:00.000Z", "bad name/with slash"), "UTC")).rejects.toThrow(
      /invalid schedule name/,
    );
    expect(schedulerMock.calls()).toHaveLength(0);
  });
});

describe("EventBridgeNudgeScheduler.cancel", () => {
  it("deletes by name in the group", async () => {
    schedulerMock.on(DeleteScheduleCommand).resolves({});
    await new EventBridgeNudgeScheduler(new SchedulerClient({}), target).cancel("follow_up.acme.1");
    expect(schedulerMock.commandCalls(DeleteScheduleCommand)[0]?.args[0].input).toEqual({
      Name: "follow_up.acme.1",
      GroupName: "jobnudge-prod",
    });
  });

  it("treats 404 (already fired and auto-deleted) as done", async () => {
    schedulerMock
      .on(DeleteScheduleCommand)
      .rejects(new ResourceNotFoundException({ message: "gone", Message: "gone", $metadata: {} }));
    await expect(
      new EventBridgeNudgeScheduler(new SchedulerClient({}), target).cancel("follow_up.acme.1"),
    ).resolves.toBeUndefined();
  });
});
