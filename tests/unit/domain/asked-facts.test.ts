// The rule for unsure facts: they wait for the owner's answer. Nothing that depends on one is
// planned (no decision reminder for an unsure deadline); a "Yes" applies it with confidence 1.
import { describe, expect, it } from "vitest";
import { CONFIDENCE_THRESHOLD } from "../../../functions/domain/extraction";
import { applyMessage, applyOwnerAction } from "../../../functions/domain/lifecycle";
import { planNudges } from "../../../functions/domain/playbook";
import { employer, mail, owner } from "./builders";

const NOW = "2026-03-10T15:00:00.000Z";
const SURE = 0.99;
const UNSURE = CONFIDENCE_THRESHOLD - 0.2;

const offerWithDeadline = (deadlineConfidence: number, kindConfidence = SURE) =>
  mail("m1", NOW, {
    kind: "offer",
    employer: "Kestrel Pay",
    respondBy: "2026-03-20T17:00:00-04:00",
    originalDate: "2026-03-10T14:00:00Z",
    confidence: { kind: kindConfidence, employer: SURE, respondBy: deadlineConfidence },
  });

const kinds = (record: ReturnType<typeof employer>) => planNudges([record], owner(), NOW).map((n) => n.kind);

describe("unsure facts wait for the answer", () => {
  it("a sure deadline is acted on: a decision reminder is planned", () => {
    const record = applyMessage(employer("Kestrel Pay"), offerWithDeadline(SURE), NOW);
    expect(record.respondBy).toBe("2026-03-20T17:00:00-04:00");
    expect(record.unsure).toEqual([]);
    expect(kinds(record)).toContain("decision_reminder");
  });

  it("an unsure deadline is held and asked about, and no decision reminder is planned for it", () => {
    const record = applyMessage(employer("Kestrel Pay"), offerWithDeadline(UNSURE), NOW);
    expect(record.stage).toBe("offer");
    expect(record.respondBy).toBeNull();
    expect(record.unsure).toEqual([
      expect.objectContaining({ field: "respondBy", value: "2026-03-20T17:00:00-04:00", messageKey: "m1" }),
    ]);
    expect(kinds(record)).not.toContain("decision_reminder");
  });

  it("one 'Yes' applies it with confidence 1, and the reminder is planned", () => {
    const held = applyMessage(employer("Kestrel Pay"), offerWithDeadline(UNSURE), NOW);
    const confirmed = applyOwnerAction(
      held,
      { type: "confirm", field: "respondBy", value: "2026-03-20T17:00:00-04:00" },
      NOW,
    );
    expect(confirmed.respondBy).toBe("2026-03-20T17:00:00-04:00");
    expect(confirmed.factConfidence.respondBy).toBe(1);
    expect(confirmed.unsure).toEqual([]);
    expect(kinds(confirmed)).toContain("decision_reminder");
  });

  it("'Change' (the deadline command) replaces the question with the owner's date", () => {
    const held = applyMessage(employer("Kestrel Pay"), offerWithDeadline(UNSURE), NOW);
    const changed = applyOwnerAction(held, { type: "deadline", respondBy: "2026-03-24" }, NOW);
    expect(changed.respondBy).toBe("2026-03-24");
    expect(changed.factConfidence.respondBy).toBe(1);
    expect(changed.unsure).toEqual([]);
  });

  it("a later message that states the field surely answers the question", () => {
    const held = applyMessage(employer("Kestrel Pay"), offerWithDeadline(UNSURE), NOW);
    const later = mail("m2", NOW, {
      kind: "update",
      employer: "Kestrel Pay",
      respondBy: "2026-03-23",
      originalDate: "2026-03-11T14:00:00Z",
      confidence: { kind: SURE, employer: SURE, respondBy: SURE },
    });
    const record = applyMessage(held, later, NOW);
    expect(record.respondBy).toBe("2026-03-23");
    expect(record.unsure).toEqual([]);
  });

  it("an old link for a replaced question changes nothing", () => {
    const held = applyMessage(employer("Kestrel Pay"), offerWithDeadline(UNSURE), NOW);
    expect(() => applyOwnerAction(held, { type: "confirm", field: "respondBy", value: "2026-03-19" }, NOW)).toThrow(
      /already answered or replaced/,
    );
  });

  it("an unsure offer counts as an update: no offer stage until confirmed", () => {
    const held = applyMessage(employer("Kestrel Pay"), offerWithDeadline(SURE, UNSURE), NOW);
    expect(held.stage).toBe("in_process");
    expect(held.unsure.map((f) => f.field)).toEqual(["kind"]);
    expect(kinds(held)).not.toContain("offer_review");
    const confirmed = applyOwnerAction(held, { type: "confirm", field: "kind", value: "offer" }, NOW);
    expect(confirmed.stage).toBe("offer");
    expect(confirmed.offerReceivedAt).toBe("2026-03-10T14:00:00.000Z");
    expect(kinds(confirmed)).toContain("offer_review");
  });

  it("an unsure interview confirmation holds its time until the kind is confirmed", () => {
    const message = mail("m1", NOW, {
      kind: "interview_scheduled",
      employer: "Kestrel Pay",
      interviewAt: "2026-03-16T14:00:00-04:00",
      interviewMinutes: 45,
      originalDate: "2026-03-10T14:00:00Z",
      confidence: { kind: UNSURE, employer: SURE, interviewAt: SURE },
    });
    const held = applyMessage(employer("Kestrel Pay"), message, NOW);
    expect(held.interviewAt).toBeNull();
    const confirmed = applyOwnerAction(held, { type: "confirm", field: "kind", value: "interview_scheduled" }, NOW);
    expect(confirmed).toMatchObject({ interviewAt: "2026-03-16T14:00:00-04:00", interviewMinutes: 45, unsure: [] });
  });

  it("'It is an update' drops the question; 'Not a job mail' takes the message off the timeline", () => {
    const held = applyMessage(employer("Kestrel Pay"), offerWithDeadline(SURE, UNSURE), NOW);
    const update = applyOwnerAction(held, { type: "reclassify", messageKey: "m1", kind: "update" }, NOW);
    expect(update.unsure).toEqual([]);
    expect(update.stage).toBe("in_process");
    const other = applyOwnerAction(held, { type: "reclassify", messageKey: "m1", kind: "other" }, NOW);
    expect(other.timeline.some((e) => e.messageKey === "m1")).toBe(false);
    expect(other.lastContactAt).toBeNull();
  });

  it("an unsure employer name is asked about once; a sure one settles it", () => {
    const unsureName = mail("m1", NOW, { kind: "update", employer: "Kestrel Pay", confidence: { employer: UNSURE } });
    const held = applyMessage(employer("Kestrel Pay"), unsureName, NOW);
    expect(held.unsure.map((f) => f.field)).toEqual(["employer"]);
    const sure = mail("m2", NOW, { kind: "update", employer: "Kestrel Pay", confidence: { employer: SURE } });
    expect(applyMessage(held, sure, NOW).unsure).toEqual([]);
  });
});
