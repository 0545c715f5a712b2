import { describe, expect, it } from "vitest";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { planNudges } from "../../../../functions/domain/playbook";
import { BERLIN, employer, NEW_YORK, ownerIn } from "../builders";

const plan = (zone: string, now: string, fields: Partial<EmployerRecord>) =>
  planNudges([employer("Globex", fields)], ownerIn(zone), now).filter(
    (n) => n.kind === "follow_up" || n.kind === "step_out",
  );

describe("PLAYBOOK §2 follow-up", () => {
  it.each<{ name: string; zone: string; now: string; fields: Partial<EmployerRecord>; kind: string; due: string }>([
    {
      name: "7 days of silence → the morning of the 7th day",
      zone: NEW_YORK,
      now: "2026-03-02T16:00:00Z",
      fields: { lastContactAt: "2026-03-02T15:15:00.000Z" },
      kind: "follow_up",
      due: "2026-03-09T13:00:00.000Z", // Mon 9 Mar 09:00 EDT (after the US change)
    },
    {
      name: "7 days from a Saturday mail land on a Saturday → Monday morning",
      zone: BERLIN,
      now: "2026-03-21T16:00:00Z",
      fields: { lastContactAt: "2026-03-21T10:00:00.000Z" },
      kind: "follow_up",
      due: "2026-03-30T07:00:00.000Z", // Mon 30 Mar 09:00 CEST
    },
    {
      name: "silence counts from the end of the interview",
      zone: NEW_YORK,
      now: "2026-03-11T16:00:00Z",
      fields: { lastContactAt: "2026-03-02T15:15:00.000Z", interviewAt: "2026-03-10T14:00:00-04:00" },
      kind: "follow_up",
      due: "2026-03-17T13:00:00.000Z",
    },
    {
      name: "missed promised Friday → Monday 09:00",
      zone: NEW_YORK,
      now: "2026-03-10T16:00:00Z",
      fields: { lastContactAt: "2026-03-09T15:15:00.000Z", expectDecisionBy: "2026-03-13" },
      kind: "follow_up",
      due: "2026-03-16T13:00:00.000Z",
    },
    {
      name: "missed promised Friday in Berlin's DST week → Monday 09:00 CEST",
      zone: BERLIN,
      now: "2026-03-24T16:00:00Z",
      fields: { lastContactAt: "2026-03-23T10:00:00.000Z", expectDecisionBy: "2026-03-27" },
      kind: "follow_up",
      due: "2026-03-30T07:00:00.000Z",
    },
    {
      name: "missed timed promise on a Wednesday → Thursday 09:00",
      zone: NEW_YORK,
      now: "2026-03-10T16:00:00Z",
      fields: { lastContactAt: "2026-03-09T15:15:00.000Z", expectDecisionBy: "2026-03-11T17:00:00-04:00" },
      kind: "follow_up",
      due: "2026-03-12T13:00:00.000Z",
    },
    {
      name: "a promise further out than 7 days is waited for",
      zone: NEW_YORK,
      now: "2026-03-03T16:00:00Z",
      fields: { lastContactAt: "2026-03-02T15:15:00.000Z", expectDecisionBy: "2026-03-20" },
      kind: "follow_up",
      due: "2026-03-23T13:00:00.000Z",
    },
    {
      name: "a promise older than the latest news is superseded",
      zone: NEW_YORK,
      now: "2026-03-17T16:00:00Z",
      fields: { lastContactAt: "2026-03-16T15:15:00.000Z", expectDecisionBy: "2026-03-13" },
      kind: "follow_up",
      due: "2026-03-23T13:00:00.000Z",
    },
    {
      name: "at most one a week: the second comes 7 days after the first",
      zone: NEW_YORK,
      now: "2026-03-16T16:00:00Z",
      fields: {
        lastContactAt: "2026-03-02T15:15:00.000Z",
        followUpsSent: 1,
        lastFollowUpAt: "2026-03-16T14:00:00.000Z",
        expectDecisionBy: "2026-03-13",
      },
      kind: "follow_up",
      due: "2026-03-23T13:00:00.000Z",
    },
    {
      name: "after 3 unanswered follow-ups: step out a week after the third",
      zone: NEW_YORK,
      now: "2026-03-31T16:00:00Z",
      fields: {
        lastContactAt: "2026-03-02T15:15:00.000Z",
        followUpsSent: 3,
        lastFollowUpAt: "2026-03-31T14:00:00.000Z",
      },
      kind: "step_out",
      due: "2026-04-07T13:00:00.000Z",
    },
  ])("$name", ({ zone, now, fields, kind, due }) => {
    // Prepare / Act
    const nudges = plan(zone, now, fields);

    // Assess
    expect(nudges).toHaveLength(1);
    expect(nudges[0]).toMatchObject({ kind, dueAt: due, employerId: "globex", drafts: [kind] });
  });

  it.each<{ name: string; fields: Partial<EmployerRecord> }>([
    { name: "an interview is still ahead", fields: { interviewAt: "2026-03-20T14:00:00-04:00" } },
    { name: "the process is at the offer stage", fields: { stage: "offer" } },
    { name: "the process is closed", fields: { stage: "rejected", closedAt: "2026-03-03T12:00:00.000Z" } },
  ])("no follow-up when $name", ({ fields }) => {
    // Prepare / Act
    const nudges = plan(NEW_YORK, "2026-03-12T16:00:00Z", { lastContactAt: "2026-03-02T15:15:00.000Z", ...fields });

    // Assess
    expect(nudges).toEqual([]);
  });

  it("new mail from the employer yields a new follow-up id", () => {
    // Prepare
    const before = plan(NEW_YORK, "2026-03-03T16:00:00Z", { lastContactAt: "2026-03-02T15:15:00.000Z" });

    // Act
    const after = plan(NEW_YORK, "2026-03-05T16:00:00Z", { lastContactAt: "2026-03-05T15:15:00.000Z" });

    // Assess
    expect(after[0]?.id).not.toBe(before[0]?.id);
    expect(after[0]?.dueAt).toBe("2026-03-12T13:00:00.000Z");
  });
});

describe("PLAYBOOK §2 reminders the owner did not confirm", () => {
  const reminded = (...ats: string[]): Partial<EmployerRecord> => ({
    lastContactAt: "2026-03-02T15:15:00.000Z",
    timeline: ats.map((at, i) => ({
      at,
      kind: "nudge" as const,
      summary: "follow_up sent",
      nudgeId: `follow_up.globex.${i + 1}.x`,
    })),
  });

  it("reminds again a week after an unconfirmed follow-up nudge", () => {
    const nudges = plan(NEW_YORK, "2026-03-10T16:00:00Z", reminded("2026-03-09T13:00:00.000Z"));

    expect(nudges.map((n) => [n.kind, n.dueAt])).toEqual([["follow_up", "2026-03-16T13:00:00.000Z"]]);
  });

  it("steps out after three unconfirmed reminders", () => {
    const nudges = plan(
      NEW_YORK,
      "2026-03-24T16:00:00Z",
      reminded("2026-03-09T13:00:00.000Z", "2026-03-16T13:00:00.000Z", "2026-03-23T13:00:00.000Z"),
    );

    expect(nudges.map((n) => n.kind)).toEqual(["step_out"]);
  });

  it("ignores reminders from before the employer's latest news", () => {
    const nudges = plan(NEW_YORK, "2026-03-10T16:00:00Z", {
      ...reminded("2026-02-20T14:00:00.000Z", "2026-02-27T14:00:00.000Z"),
    });

    expect(nudges.map((n) => [n.kind, n.dueAt])).toEqual([["follow_up", "2026-03-09T13:00:00.000Z"]]);
  });
});

describe("PLAYBOOK §2 an expedite request is also a request for news", () => {
  const delivered = (...nudges: Array<[string, string]>): Partial<EmployerRecord> => ({
    lastContactAt: "2026-03-02T15:15:00.000Z",
    timeline: nudges.map(([nudgeId, at]) => ({ at, kind: "nudge" as const, summary: "sent", nudgeId })),
  });

  it.each<{ name: string; fields: Partial<EmployerRecord>; now: string; expected: Array<[string, string]> }>([
    {
      name: "no expedite: the 7-day follow-up (Mon 9 Mar)",
      fields: delivered(),
      now: "2026-03-05T16:00:00Z",
      expected: [["follow_up", "2026-03-09T13:00:00.000Z"]],
    },
    {
      name: "expedite request Thu 5 Mar: the follow-up waits a week after it (Thu 12 Mar)",
      fields: delivered(["expedite_request.globex.kestrel.20260305T1500", "2026-03-05T15:00:00.000Z"]),
      now: "2026-03-05T16:00:00Z",
      expected: [["follow_up", "2026-03-12T13:00:00.000Z"]],
    },
    {
      name: "expedite request before the employer's latest news: ignored",
      fields: delivered(["expedite_request.globex.kestrel.20260301T1500", "2026-03-01T15:00:00.000Z"]),
      now: "2026-03-05T16:00:00Z",
      expected: [["follow_up", "2026-03-09T13:00:00.000Z"]],
    },
    {
      name: "two follow-ups and an expedite unconfirmed: a third follow-up, not a step-out from a preferred process",
      fields: delivered(
        ["follow_up.globex.1.x", "2026-03-09T13:00:00.000Z"],
        ["expedite_request.globex.kestrel.20260311T1500", "2026-03-11T15:00:00.000Z"],
        ["follow_up.globex.2.x", "2026-03-18T13:00:00.000Z"],
      ),
      now: "2026-03-19T16:00:00Z",
      expected: [["follow_up", "2026-03-25T13:00:00.000Z"]],
    },
  ])("$name", ({ fields, now, expected }) => {
    // Prepare / Act
    const nudges = plan(NEW_YORK, now, fields);

    // Assess
    expect(nudges.map((n) => [n.kind, n.dueAt])).toEqual(expected);
  });
});
