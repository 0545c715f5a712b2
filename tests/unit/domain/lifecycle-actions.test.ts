import { describe, expect, it } from "vitest";
import type { EmployerRecord } from "../../../functions/domain/employer";
import { InvalidRequestError } from "../../../functions/domain/errors";
import { applyOwnerAction, type OwnerAction, TransitionError } from "../../../functions/domain/lifecycle";
import type { Stage } from "../../../functions/domain/vocabularies";
import { employer } from "./builders";

const NOW = "2026-03-20T12:00:00.000Z";

describe("applyOwnerAction: allowed transitions", () => {
  it.each<{ stage: Stage; action: OwnerAction; expected: Partial<EmployerRecord> }>([
    { stage: "offer", action: { type: "accept" }, expected: { stage: "accepted", acceptedAt: NOW } },
    { stage: "in_process", action: { type: "accept" }, expected: { stage: "accepted" } },
    { stage: "offer", action: { type: "decline" }, expected: { stage: "declined", closedAt: NOW } },
    { stage: "in_process", action: { type: "withdraw" }, expected: { stage: "withdrawn", closedAt: NOW } },
    { stage: "offer", action: { type: "rejected" }, expected: { stage: "rejected" } },
    { stage: "accepted", action: { type: "back_out" }, expected: { stage: "withdrawn", backedOut: true } },
    // `withdraw EMPLOYER` (command or link) on an accepted offer is how the owner backs out of it.
    {
      stage: "accepted",
      action: { type: "withdraw" },
      expected: { stage: "withdrawn", backedOut: true, closedAt: NOW },
    },
    { stage: "in_process", action: { type: "prefer" }, expected: { rank: 1 } },
    { stage: "in_process", action: { type: "rank", rank: 3 }, expected: { rank: 3 } },
    { stage: "in_process", action: { type: "rank", rank: null }, expected: { rank: null } },
    { stage: "in_process", action: { type: "sent" }, expected: { followUpsSent: 1, lastFollowUpAt: NOW } },
    {
      stage: "in_process",
      action: { type: "snooze", until: "2026-03-22T12:00:00Z" },
      expected: { snoozedUntil: "2026-03-22T12:00:00.000Z" },
    },
    { stage: "in_process", action: { type: "stop" }, expected: { stopped: true } },
    { stage: "offer", action: { type: "deadline", respondBy: "2026-03-27" }, expected: { respondBy: "2026-03-27" } },
    {
      stage: "in_process",
      action: { type: "expect", expectDecisionBy: "2026-03-25T17:00:00-04:00" },
      expected: { expectDecisionBy: "2026-03-25T17:00:00-04:00" },
    },
    {
      stage: "in_process",
      action: { type: "offer", terms: { base: 145000 } },
      expected: { stage: "offer", offer: { base: 145000 }, offerReceivedAt: NOW },
    },
    { stage: "offer", action: { type: "not_offer" }, expected: { stage: "in_process", offer: null, respondBy: null } },
    {
      stage: "in_process",
      action: { type: "rename", name: "Kestrel Payments" },
      expected: { name: "Kestrel Payments", id: "kestrel-pay", aliases: ["kestrel pay"] },
    },
  ])("$action.type from $stage", ({ stage, action, expected }) => {
    // Prepare
    const record = employer("Kestrel Pay", { stage, respondBy: stage === "offer" ? "2026-03-25" : null });

    // Act
    const next = applyOwnerAction(record, action, NOW);

    // Assess
    expect(next).toMatchObject(expected);
    expect(next.timeline.at(-1)).toMatchObject({ at: NOW, kind: "action" });
    expect(record.timeline).toHaveLength(0); // the input is not mutated
  });

  it("resume clears stop and snooze", () => {
    // Prepare
    const record = employer("Kestrel Pay", { stopped: true, snoozedUntil: "2026-03-25T12:00:00.000Z" });

    // Act
    const next = applyOwnerAction(record, { type: "resume" }, NOW);

    // Assess
    expect(next).toMatchObject({ stopped: false, snoozedUntil: null });
  });

  it.each<{ stage: Stage; action: OwnerAction }>([
    { stage: "accepted", action: { type: "accept" } },
    { stage: "declined", action: { type: "decline" } },
    { stage: "withdrawn", action: { type: "withdraw" } },
    { stage: "rejected", action: { type: "rejected" } },
  ])("repeating $action.type is a no-op", ({ stage, action }) => {
    // Prepare
    const record = employer("Kestrel Pay", { stage });

    // Act / Assess
    expect(applyOwnerAction(record, action, NOW)).toBe(record);
  });
});

describe("applyOwnerAction: refused transitions", () => {
  it.each<{ stage: Stage; action: OwnerAction; says: string }>([
    { stage: "rejected", action: { type: "accept" }, says: "Kestrel Pay is rejected" },
    { stage: "withdrawn", action: { type: "accept" }, says: "withdrawn" },
    { stage: "in_process", action: { type: "decline" }, says: "there is no offer" },
    { stage: "accepted", action: { type: "decline" }, says: "to back out of an accepted offer, withdraw from it" },
    { stage: "offer", action: { type: "back_out" }, says: "only an accepted offer" },
    { stage: "declined", action: { type: "rejected" }, says: "already closed" },
    { stage: "rejected", action: { type: "sent" }, says: "nothing to follow up" },
    { stage: "in_process", action: { type: "not_offer" }, says: "no offer to undo" },
    { stage: "rejected", action: { type: "offer", terms: { base: 1 } }, says: "closed" },
  ])("$action.type from $stage", ({ stage, action, says }) => {
    // Prepare
    const record = employer("Kestrel Pay", { stage });

    // Act / Assess
    expect(() => applyOwnerAction(record, action, NOW)).toThrow(TransitionError);
    expect(() => applyOwnerAction(record, action, NOW)).toThrow(says);
  });

  it.each<OwnerAction>([
    { type: "rank", rank: 0 },
    { type: "rank", rank: 1.5 },
    { type: "snooze", until: "2026-03-19T12:00:00Z" },
    { type: "snooze", until: "tomorrow" },
    { type: "deadline", respondBy: "2026-02-30" },
    { type: "expect", expectDecisionBy: "friday" },
    { type: "rename", name: "  " },
  ])("rejects bad input %j", (action) => {
    // Prepare
    const record = employer("Kestrel Pay", { stage: "offer" });

    // Act / Assess
    expect(() => applyOwnerAction(record, action, NOW)).toThrow(InvalidRequestError);
  });
});
