import { describe, expect, it } from "vitest";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { isValidNudgeId } from "../../../../functions/domain/nudge";
import { isStillDue, planNudges } from "../../../../functions/domain/playbook";
import { BERLIN, employer, KOLKATA, NEW_YORK, ownerIn } from "../builders";

const offerAt = (receivedAt: string, fields: Partial<EmployerRecord> = {}) =>
  employer("Kestrel Pay", { stage: "offer", offerReceivedAt: receivedAt, lastContactAt: receivedAt, ...fields });

describe("planNudges: shared timing rules", () => {
  it.each([
    // an offer arriving at 22:30 local waits for 07:00
    {
      zone: NEW_YORK,
      received: "2026-03-17T02:30:00.000Z",
      now: "2026-03-17T02:31:00Z",
      due: "2026-03-17T11:00:00.000Z",
    },
    {
      zone: BERLIN,
      received: "2026-03-28T21:30:00.000Z",
      now: "2026-03-28T21:31:00Z",
      due: "2026-03-29T05:00:00.000Z",
    },
    {
      zone: KOLKATA,
      received: "2026-03-31T17:00:00.000Z",
      now: "2026-03-31T17:01:00Z",
      due: "2026-04-01T01:30:00.000Z",
    },
    // arrived in the afternoon but planned at 23:00: not at once in the owner's night
    {
      zone: NEW_YORK,
      received: "2026-03-16T19:00:00.000Z",
      now: "2026-03-17T03:00:00Z",
      due: "2026-03-17T11:00:00.000Z",
    },
    // arrived in the afternoon, planned in the evening: past due, kept as is (sent at once)
    {
      zone: NEW_YORK,
      received: "2026-03-16T19:00:00.000Z",
      now: "2026-03-16T23:00:00Z",
      due: "2026-03-16T19:00:00.000Z",
    },
  ])("quiet hours in $zone: offer at $received planned at $now → $due", ({ zone, received, now, due }) => {
    // Prepare / Act
    const nudges = planNudges([offerAt(received)], ownerIn(zone), now);

    // Assess
    expect(nudges.find((n) => n.kind === "offer_review")?.dueAt).toBe(due);
  });

  it("never plans a nudge already sent", () => {
    // Prepare
    const record = offerAt("2026-03-16T15:00:00.000Z", { respondBy: "2026-03-27" });
    const all = planNudges([record], ownerIn(NEW_YORK), "2026-03-16T15:05:00Z");

    // Act
    const rest = planNudges([{ ...record, sentNudges: [all[0]?.id ?? ""] }], ownerIn(NEW_YORK), "2026-03-16T15:05:00Z");

    // Assess
    expect(rest.map((n) => n.id)).toEqual(all.slice(1).map((n) => n.id));
  });

  it("plans nothing for a stopped employer", () => {
    // Prepare / Act
    const nudges = planNudges(
      [offerAt("2026-03-16T15:00:00.000Z", { stopped: true })],
      ownerIn(NEW_YORK),
      "2026-03-16T15:05:00Z",
    );

    // Assess
    expect(nudges).toEqual([]);
  });

  it("holds a snoozed employer's nudges until the snooze ends (then outside quiet hours)", () => {
    // Prepare: snoozed until 02:00 local
    const record = offerAt("2026-03-16T15:00:00.000Z", { snoozedUntil: "2026-03-18T06:00:00.000Z" });

    // Act
    const during = planNudges([record], ownerIn(NEW_YORK), "2026-03-16T15:05:00Z");
    const after = planNudges([record], ownerIn(NEW_YORK), "2026-03-18T12:00:00Z");

    // Assess
    expect(during.map((n) => n.dueAt)).toEqual(["2026-03-18T11:00:00.000Z"]);
    expect(after.map((n) => n.dueAt)).toEqual(["2026-03-16T15:00:00.000Z"]);
  });

  it("yields stable, schedule-safe ids for the same state", () => {
    // Prepare
    const employers = [
      offerAt("2026-03-16T15:00:00.000Z", { rank: 2, respondBy: "2026-03-20T17:00:00-04:00" }),
      employer("A Very Long Employer Name That Goes On And On Holdings", {
        rank: 1,
        interviewAt: "2026-03-19T10:00:00-04:00",
      }),
    ];

    // Act
    const first = planNudges(employers, ownerIn(NEW_YORK), "2026-03-16T15:05:00Z");
    const later = planNudges(employers, ownerIn(NEW_YORK), "2026-03-16T18:00:00Z");

    // Assess
    expect(first.length).toBeGreaterThan(4);
    expect(first.every((n) => isValidNudgeId(n.id))).toBe(true);
    expect(later.map((n) => n.id)).toEqual(first.map((n) => n.id));
    expect(new Set(first.map((n) => n.id)).size).toBe(first.length);
  });
});

describe("isStillDue", () => {
  const record = employer("Globex", { lastContactAt: "2026-03-02T15:15:00.000Z" });
  const planned = planNudges([record], ownerIn(NEW_YORK), "2026-03-02T16:00:00Z")[0];
  if (!planned) throw new Error("fixture plans a follow-up");

  it.each([
    { name: "fired on time", firedAt: planned.dueAt, due: true },
    { name: "fired a little early (scheduler jitter)", firedAt: "2026-03-09T12:57:00Z", due: true },
    { name: "fired late", firedAt: "2026-03-09T15:00:00Z", due: true },
    { name: "fired far too early", firedAt: "2026-03-09T12:00:00Z", due: false },
  ])("$name → $due", ({ firedAt, due }) => {
    // Prepare / Act
    const result = isStillDue(planned.id, [record], ownerIn(NEW_YORK), firedAt);

    // Assess
    expect(result !== null).toBe(due);
    if (due) expect(result?.id).toBe(planned.id);
  });

  it.each<{ name: string; change: Partial<EmployerRecord> }>([
    { name: "the employer wrote back", change: { lastContactAt: "2026-03-06T15:15:00.000Z" } },
    { name: "the owner sent a follow-up", change: { followUpsSent: 1, lastFollowUpAt: "2026-03-06T15:15:00.000Z" } },
    { name: "the nudge was already sent", change: { sentNudges: [planned.id] } },
    { name: "the employer rejected", change: { stage: "rejected", closedAt: "2026-03-06T15:15:00.000Z" } },
    { name: "the owner stopped nudges", change: { stopped: true } },
  ])("null when $name", ({ change }) => {
    // Prepare / Act
    const result = isStillDue(planned.id, [{ ...record, ...change }], ownerIn(NEW_YORK), planned.dueAt);

    // Assess
    expect(result).toBeNull();
  });
});
