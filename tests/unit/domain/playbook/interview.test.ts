import { describe, expect, it } from "vitest";
import { planNudges } from "../../../../functions/domain/playbook";
import { BERLIN, employer, KOLKATA, NEW_YORK, ownerIn } from "../builders";

const plan = (zone: string, now: string, fields: Parameters<typeof employer>[1]) =>
  planNudges([employer("Kestrel Pay", { lastContactAt: "2026-03-02T15:00:00.000Z", ...fields })], ownerIn(zone), now);

describe("PLAYBOOK §1 interview prep", () => {
  it.each([
    // the evening before at 18:00 local, in the US DST week (Sunday 8 Mar is already EDT)
    {
      zone: NEW_YORK,
      interviewAt: "2026-03-09T10:00:00-04:00",
      now: "2026-03-02T15:00:00Z",
      due: "2026-03-08T22:00:00.000Z",
    },
    {
      zone: NEW_YORK,
      interviewAt: "2026-03-06T10:00:00-05:00",
      now: "2026-03-02T15:00:00Z",
      due: "2026-03-05T23:00:00.000Z",
    },
    // EU DST week: Sunday 29 Mar 18:00 CEST
    {
      zone: BERLIN,
      interviewAt: "2026-03-30T10:00:00+02:00",
      now: "2026-03-20T10:00:00Z",
      due: "2026-03-29T16:00:00.000Z",
    },
    // month boundary: interview 1 Apr → 31 Mar 18:00 IST
    {
      zone: KOLKATA,
      interviewAt: "2026-04-01T11:00:00+05:30",
      now: "2026-03-20T10:00:00Z",
      due: "2026-03-31T12:30:00.000Z",
    },
    // learned the same morning, more than 2 h ahead: kept with its past dueAt (sent at once)
    {
      zone: NEW_YORK,
      interviewAt: "2026-03-10T14:00:00-04:00",
      now: "2026-03-10T12:00:00Z",
      due: "2026-03-09T22:00:00.000Z",
    },
  ])("$zone interview $interviewAt → prep $due", ({ zone, interviewAt, now, due }) => {
    // Prepare / Act
    const prep = plan(zone, now, { interviewAt }).filter((n) => n.kind === "interview_prep");

    // Assess
    expect(prep).toHaveLength(1);
    expect(prep[0]?.dueAt).toBe(due);
    expect(prep[0]?.drafts).toEqual([]);
  });

  it.each([
    { name: "learned less than 2 h ahead", now: "2026-03-10T16:30:00Z" },
    { name: "interview already over", now: "2026-03-11T12:00:00Z" },
  ])("no prep when $name", ({ now }) => {
    // Prepare / Act
    const nudges = plan(NEW_YORK, now, { interviewAt: "2026-03-10T14:00:00-04:00" });

    // Assess
    expect(nudges.map((n) => n.kind)).not.toContain("interview_prep");
  });

  it.each(["rejected", "withdrawn", "accepted"] as const)("no interview nudges once the process is %s", (stage) => {
    // Prepare / Act
    const nudges = plan(NEW_YORK, "2026-03-02T15:00:00Z", {
      stage,
      interviewAt: "2026-03-10T14:00:00-04:00",
      closedAt: "2026-03-02T14:00:00.000Z",
    });

    // Assess
    expect(nudges.map((n) => n.kind).filter((k) => k === "interview_prep" || k === "thank_you")).toEqual([]);
  });
});

describe("PLAYBOOK §1 thank-you", () => {
  it.each([
    // right after the end: start + 60 min by default
    { zone: NEW_YORK, interviewAt: "2026-03-10T14:00:00-04:00", minutes: null, due: "2026-03-10T19:00:00.000Z" },
    { zone: NEW_YORK, interviewAt: "2026-03-10T14:00:00-04:00", minutes: 45, due: "2026-03-10T18:45:00.000Z" },
    // ends at 20:30 → next (business) morning 09:00
    { zone: NEW_YORK, interviewAt: "2026-03-10T19:30:00-04:00", minutes: null, due: "2026-03-11T13:00:00.000Z" },
    // Friday evening in Berlin before the EU change → Monday 09:00 CEST
    { zone: BERLIN, interviewAt: "2026-03-27T19:30:00+01:00", minutes: 30, due: "2026-03-30T07:00:00.000Z" },
    // ends exactly 20:00 → next morning
    { zone: KOLKATA, interviewAt: "2026-03-31T19:00:00+05:30", minutes: 60, due: "2026-04-01T03:30:00.000Z" },
    // ends 19:59 → same evening
    { zone: BERLIN, interviewAt: "2026-03-31T19:14:00+02:00", minutes: 45, due: "2026-03-31T17:59:00.000Z" },
  ])("$zone interview $interviewAt ($minutes min) → $due", ({ zone, interviewAt, minutes, due }) => {
    // Prepare / Act
    const thanks = plan(zone, "2026-03-02T15:00:00Z", { interviewAt, interviewMinutes: minutes }).filter(
      (n) => n.kind === "thank_you",
    );

    // Assess
    expect(thanks).toHaveLength(1);
    expect(thanks[0]?.dueAt).toBe(due);
  });

  it.each([
    { interviewers: [], drafts: 1 },
    { interviewers: ["Priya Shah", "Tom Lee"], drafts: 2 },
  ])("one thank-you draft per interviewer ($interviewers)", ({ interviewers, drafts }) => {
    // Prepare / Act
    const thanks = plan(NEW_YORK, "2026-03-02T15:00:00Z", {
      interviewAt: "2026-03-10T14:00:00-04:00",
      interviewers,
    }).find((n) => n.kind === "thank_you");

    // Assess
    expect(thanks?.drafts).toEqual(Array(drafts).fill("thank_you"));
  });

  it("drops a thank-you that was never sent once days have passed", () => {
    // Prepare / Act
    const nudges = plan(NEW_YORK, "2026-03-20T15:00:00Z", { interviewAt: "2026-03-10T14:00:00-04:00" });

    // Assess
    expect(nudges.map((n) => n.kind)).not.toContain("thank_you");
  });

  it("gives a new interview time new ids", () => {
    // Prepare
    const first = plan(NEW_YORK, "2026-03-02T15:00:00Z", { interviewAt: "2026-03-10T14:00:00-04:00" });

    // Act
    const moved = plan(NEW_YORK, "2026-03-02T15:00:00Z", { interviewAt: "2026-03-11T14:00:00-04:00" });

    // Assess
    expect(moved.map((n) => n.id).filter((id) => first.some((f) => f.id === id))).toEqual([]);
  });
});
