import { describe, expect, it } from "vitest";
import type { EmployerRecord } from "../../../functions/domain/employer";
import { InvalidRequestError } from "../../../functions/domain/errors";
import { applyMessage } from "../../../functions/domain/lifecycle";
import { employer, mail } from "./builders";

const NOW = "2026-03-20T12:00:00.000Z";

describe("applyMessage: mail from the employer", () => {
  it.each<{
    name: string;
    before: Partial<EmployerRecord>;
    fields: Parameters<typeof mail>[2];
    expected: Partial<EmployerRecord>;
  }>([
    {
      name: "an interview confirmation sets the interview and resets follow-ups",
      before: { followUpsSent: 2, lastFollowUpAt: "2026-03-05T12:00:00.000Z" },
      fields: {
        kind: "interview_scheduled",
        interviewAt: "2026-03-24T14:00:00-04:00",
        interviewMinutes: 45,
        originalDate: "2026-03-10T12:00:00Z",
      },
      expected: {
        interviewAt: "2026-03-24T14:00:00-04:00",
        interviewMinutes: 45,
        followUpsSent: 0,
        lastContactAt: "2026-03-10T12:00:00.000Z",
      },
    },
    {
      name: "an offer moves to the offer stage with its deadline and terms",
      before: {},
      fields: { kind: "offer", respondBy: "2026-03-27T17:00:00-04:00", offerTerms: { base: 140000, currency: "USD" } },
      expected: {
        stage: "offer",
        respondBy: "2026-03-27T17:00:00-04:00",
        offer: { base: 140000, currency: "USD" },
        offerReceivedAt: "2026-03-10T12:00:00.000Z",
      },
    },
    {
      name: "a revised offer updates the deadline and keeps earlier terms",
      before: {
        stage: "offer",
        respondBy: "2026-03-20",
        offer: { base: 140000, bonus: "10%" },
        offerReceivedAt: "2026-03-02T12:00:00.000Z",
      },
      fields: { kind: "offer", respondBy: "2026-03-27", offerTerms: { base: 150000 } },
      expected: {
        stage: "offer",
        respondBy: "2026-03-27",
        offer: { base: 150000, bonus: "10%" },
        offerReceivedAt: "2026-03-10T12:00:00.000Z",
      },
    },
    {
      name: "an extension granted (update) moves the deadline",
      before: { stage: "offer", respondBy: "2026-03-20" },
      fields: { kind: "update", respondBy: "2026-03-27" },
      expected: { stage: "offer", respondBy: "2026-03-27" },
    },
    {
      name: "an update with a promised date sets expectDecisionBy",
      before: {},
      fields: { kind: "update", expectDecisionBy: "2026-03-13" },
      expected: { expectDecisionBy: "2026-03-13", stage: "in_process" },
    },
    {
      name: "a low-confidence promised date is not acted on",
      before: {},
      fields: { kind: "update", expectDecisionBy: "2026-03-13", confidence: { expectDecisionBy: 0.3 } },
      expected: { expectDecisionBy: null },
    },
    {
      name: "a malformed deadline is ignored",
      before: { stage: "offer", respondBy: "2026-03-20" },
      fields: { kind: "offer", respondBy: "next friday" },
      expected: { respondBy: "2026-03-20" },
    },
    {
      name: "a rejection closes the process at the message's date",
      before: { stage: "in_process" },
      fields: { kind: "rejection" },
      expected: { stage: "rejected", closedAt: "2026-03-10T12:00:00.000Z" },
    },
    {
      name: "the offer letter after acceptance is recorded",
      before: { stage: "accepted", acceptedAt: "2026-03-05T12:00:00.000Z" },
      fields: { kind: "offer", offerLetterAttached: true },
      expected: { stage: "accepted", offerLetterReceived: true },
    },
    {
      name: "asking to talk after a decline sets asksToTalk",
      before: { stage: "declined", closedAt: "2026-03-05T12:00:00.000Z" },
      fields: { kind: "update", asksToTalk: true },
      expected: { stage: "declined", asksToTalk: true },
    },
    {
      name: "an update to a declined employer without a request to talk changes nothing",
      before: { stage: "declined", closedAt: "2026-03-05T12:00:00.000Z" },
      fields: { kind: "update" },
      expected: { stage: "declined", asksToTalk: false },
    },
    {
      name: "the contact address and its domain are remembered",
      before: {},
      fields: { kind: "interview_invite", contactEmail: "priya.shah@kestrel.io", contactName: "Priya Shah" },
      expected: {
        contactEmail: "priya.shah@kestrel.io",
        contactName: "Priya Shah",
        domains: ["kestrel.io"],
        stage: "in_process",
      },
    },
  ])("$name", ({ before, fields, expected }) => {
    // Prepare
    const record = employer("Kestrel Pay", before);

    // Act
    const next = applyMessage(
      record,
      mail("m-1", "2026-03-10T12:05:00Z", { originalDate: "2026-03-10T12:00:00Z", ...fields }),
      NOW,
    );

    // Assess
    expect(next).toMatchObject(expected);
    expect(next.timeline.at(-1)).toMatchObject({ messageKey: "m-1", at: "2026-03-10T12:00:00.000Z" });
    expect(next.updatedAt).toBe(NOW);
  });

  it("creates the record from the first message naming the employer", () => {
    // Prepare / Act
    const created = applyMessage(
      null,
      mail("m-1", "2026-03-10T12:00:00Z", { kind: "interview_invite", role: "Data Analyst" }),
      NOW,
    );

    // Assess
    expect(created).toMatchObject({
      id: "kestrel-pay",
      name: "Kestrel Pay",
      role: "Data Analyst",
      stage: "in_process",
    });
  });

  it("refuses to create a record without an employer name", () => {
    // Prepare / Act / Assess
    expect(() =>
      applyMessage(null, mail("m-1", "2026-03-10T12:00:00Z", { kind: "other", employer: null }), NOW),
    ).toThrow(InvalidRequestError);
  });

  it("is idempotent per message key", () => {
    // Prepare
    const message = mail("m-1", "2026-03-10T12:00:00Z", { kind: "update", expectDecisionBy: "2026-03-13" });
    const once = applyMessage(employer("Kestrel Pay"), message, NOW);

    // Act
    const twice = applyMessage(once, message, "2026-03-21T12:00:00.000Z");

    // Assess
    expect(twice).toBe(once);
  });

  it("does not reopen a closed process on mail older than the closing event", () => {
    // Prepare: rejected on the 10th; a quoted invite from the 5th arrives late
    const record = employer("Kestrel Pay", { stage: "rejected", closedAt: "2026-03-10T12:00:00.000Z" });

    // Act
    const next = applyMessage(
      record,
      mail("late", "2026-03-11T12:00:00Z", {
        kind: "offer",
        originalDate: "2026-03-05T12:00:00Z",
        respondBy: "2026-03-20",
      }),
      NOW,
    );

    // Assess
    expect(next).toMatchObject({ stage: "rejected", respondBy: null, lastContactAt: null });
    expect(next.timeline.at(-1)?.summary).toContain("ignored");
  });

  it("does not let an older, late-arriving message override newer facts", () => {
    // Prepare: the newer mail moved the interview to the 24th
    const newer = applyMessage(
      employer("Kestrel Pay"),
      mail("new", "2026-03-12T12:00:00Z", {
        kind: "interview_scheduled",
        interviewAt: "2026-03-24T14:00:00-04:00",
        contactEmail: "new@kestrel.io",
      }),
      NOW,
    );

    // Act
    const next = applyMessage(
      newer,
      mail("old", "2026-03-13T12:00:00Z", {
        kind: "interview_scheduled",
        originalDate: "2026-03-09T12:00:00Z",
        interviewAt: "2026-03-17T14:00:00-04:00",
        contactEmail: "old@kestrel.io",
      }),
      NOW,
    );

    // Assess
    expect(next).toMatchObject({
      interviewAt: "2026-03-24T14:00:00-04:00",
      contactEmail: "new@kestrel.io",
      lastContactAt: "2026-03-12T12:00:00.000Z",
    });
  });

  it("falls back to the received time when the original date is in the future", () => {
    // Prepare / Act
    const next = applyMessage(
      employer("Kestrel Pay"),
      mail("m", "2026-03-10T12:00:00Z", { kind: "update", originalDate: "2026-03-15T12:00:00Z" }),
      NOW,
    );

    // Assess
    expect(next.lastContactAt).toBe("2026-03-10T12:00:00.000Z");
  });
});

describe("applyMessage: mail the owner sent", () => {
  it.each<{ name: string; before: Partial<EmployerRecord>; outgoingKind: string; expected: Partial<EmployerRecord> }>([
    {
      name: "a follow-up counts",
      before: { lastContactAt: "2026-03-01T12:00:00.000Z" },
      outgoingKind: "follow_up",
      expected: { followUpsSent: 1, lastFollowUpAt: "2026-03-10T12:00:00.000Z" },
    },
    {
      name: "an expedite request counts as a follow-up",
      before: { lastContactAt: "2026-03-01T12:00:00.000Z", followUpsSent: 1 },
      outgoingKind: "expedite_request",
      expected: { followUpsSent: 2 },
    },
    {
      name: "a follow-up older than the employer's latest mail does not count",
      before: { lastContactAt: "2026-03-11T12:00:00.000Z" },
      outgoingKind: "follow_up",
      expected: { followUpsSent: 0 },
    },
    {
      name: "a withdrawal closes the process",
      before: {},
      outgoingKind: "withdrawal",
      expected: { stage: "withdrawn", backedOut: false, closedAt: "2026-03-10T12:00:00.000Z" },
    },
    {
      name: "an acceptance",
      before: { stage: "offer" },
      outgoingKind: "accept_offer",
      expected: { stage: "accepted", acceptedAt: "2026-03-10T12:00:00.000Z" },
    },
    { name: "a decline", before: { stage: "offer" }, outgoingKind: "decline_offer", expected: { stage: "declined" } },
    {
      name: "a withdrawal after acceptance is backing out",
      before: { stage: "accepted" },
      outgoingKind: "back_out",
      expected: { stage: "withdrawn", backedOut: true },
    },
    {
      name: "a thank-you note changes no state",
      before: {},
      outgoingKind: "thank_you",
      expected: { stage: "in_process", followUpsSent: 0 },
    },
    {
      name: "an acceptance of a rejected process changes nothing",
      before: { stage: "rejected", closedAt: "2026-03-01T12:00:00.000Z" },
      outgoingKind: "accept_offer",
      expected: { stage: "rejected" },
    },
  ])("$name", ({ before, outgoingKind, expected }) => {
    // Prepare
    const record = employer("Kestrel Pay", before);

    // Act
    const next = applyMessage(record, mail("out-1", "2026-03-10T12:00:00Z", { kind: "outgoing", outgoingKind }), NOW);

    // Assess
    expect(next).toMatchObject(expected);
  });
});
