import { describe, expect, it } from "vitest";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { planNudges } from "../../../../functions/domain/playbook";
import { BERLIN, employer, NEW_YORK, ownerIn } from "../builders";

const ACCEPTED_AT = "2026-03-18T16:00:00.000Z"; // Wed 18 Mar, 12:00 EDT / 17:00 CET
const accepted = (fields: Partial<EmployerRecord> = {}) =>
  employer("Kestrel Pay", {
    stage: "accepted",
    acceptedAt: ACCEPTED_AT,
    lastContactAt: "2026-03-16T15:00:00.000Z",
    ...fields,
  });
const open = (name: string, fields: Partial<EmployerRecord> = {}) =>
  employer(name, { lastContactAt: "2026-03-02T15:00:00.000Z", rank: 1, ...fields });

describe("PLAYBOOK §4 the owner accepts", () => {
  it.each([
    { zone: NEW_YORK, letterCheck: "2026-03-19T13:00:00.000Z" },
    { zone: BERLIN, letterCheck: "2026-03-19T08:00:00.000Z" },
  ])("withdrawal drafts at once, one per open process; letter check next morning ($zone)", ({ zone, letterCheck }) => {
    // Prepare: Globex has an overdue follow-up and an interview; Acme has an offer
    const employers = [
      accepted(),
      open("Globex", { interviewAt: "2026-03-25T14:00:00-04:00" }),
      open("Acme", { stage: "offer", offerReceivedAt: "2026-03-17T12:00:00.000Z", respondBy: "2026-03-27" }),
      open("Initech", { stage: "rejected", closedAt: "2026-03-01T12:00:00.000Z" }),
    ];

    // Act
    const nudges = planNudges(employers, ownerIn(zone), "2026-03-18T16:05:00Z");

    // Assess
    expect(nudges.map((n) => [n.kind, n.employerId, n.dueAt, n.drafts])).toEqual([
      ["withdrawal", "kestrel-pay", ACCEPTED_AT, ["withdrawal", "withdrawal"]],
      ["offer_letter_check", "kestrel-pay", letterCheck, ["accept_offer"]],
    ]);
  });

  it("keeps an unsent withdrawal nudge however late (it still matters)", () => {
    // Prepare / Act
    const nudges = planNudges(
      [accepted({ offerLetterReceived: true }), open("Globex")],
      ownerIn(NEW_YORK),
      "2026-04-15T16:00:00Z",
    );

    // Assess
    expect(nudges.find((n) => n.kind === "withdrawal")?.dueAt).toBe(ACCEPTED_AT);
  });

  it("plans no withdrawal once no other process is open", () => {
    // Prepare / Act
    const nudges = planNudges(
      [accepted(), open("Globex", { stage: "withdrawn", closedAt: "2026-03-18T17:00:00.000Z" })],
      ownerIn(NEW_YORK),
      "2026-03-18T18:00:00Z",
    );

    // Assess
    expect(nudges.map((n) => n.kind)).toEqual(["offer_letter_check"]);
  });

  it("checks for the letter weekly, at most 3 times", () => {
    // Prepare
    const sent = ["offer_letter_check.kestrel-pay.20260318T1600.1", "offer_letter_check.kestrel-pay.20260318T1600.2"];

    // Act
    const third = planNudges([accepted({ sentNudges: sent.slice(0, 1) })], ownerIn(NEW_YORK), "2026-03-20T12:00:00Z");
    const after = planNudges(
      [accepted({ sentNudges: [...sent, "offer_letter_check.kestrel-pay.20260318T1600.3"] })],
      ownerIn(NEW_YORK),
      "2026-04-20T12:00:00Z",
    );

    // Assess
    expect(third).toEqual([
      expect.objectContaining({ kind: "offer_letter_check", dueAt: "2026-03-26T13:00:00.000Z", drafts: [] }),
    ]);
    expect(after).toEqual([]);
  });

  it("plans the resignation once the letter is in", () => {
    // Prepare / Act
    const nudges = planNudges(
      [accepted({ offerLetterReceived: true, lastContactAt: "2026-03-20T14:00:00.000Z" })],
      ownerIn(NEW_YORK),
      "2026-03-20T14:05:00Z",
    );

    // Assess
    expect(nudges).toEqual([
      expect.objectContaining({
        kind: "resignation",
        dueAt: "2026-03-20T14:00:00.000Z",
        drafts: ["resignation_letter"],
      }),
    ]);
  });
});

describe("PLAYBOOK §5-§6 declines, back-outs and rejections", () => {
  const closedAt = "2026-03-18T16:00:00.000Z";
  it.each<{
    name: string;
    fields: Partial<EmployerRecord>;
    timeline?: EmployerRecord["timeline"];
    expected: [string, string[]][];
  }>([
    {
      name: "decline → decline draft",
      fields: { stage: "declined", closedAt },
      expected: [["decline", ["counteroffer", "decline_offer"]]],
    },
    {
      name: "declined by the owner's own BCC'd mail → nothing to draft",
      fields: { stage: "declined", closedAt },
      timeline: [
        { at: closedAt, kind: "outgoing", summary: "outgoing decline_offer: offer declined", messageKey: "m" },
      ],
      expected: [],
    },
    {
      name: "they ask to talk after the decline → always discuss",
      fields: { stage: "declined", closedAt, asksToTalk: true, lastContactAt: "2026-03-19T14:00:00.000Z" },
      expected: [
        ["decline", ["counteroffer", "decline_offer"]],
        ["discuss_offer", ["owner_reply"]],
      ],
    },
    {
      name: "back out of an accepted offer",
      fields: { stage: "withdrawn", backedOut: true, closedAt },
      expected: [["back_out", ["back_out"]]],
    },
    { name: "a plain withdrawal needs no nudge", fields: { stage: "withdrawn", closedAt }, expected: [] },
    {
      name: "rejection → gracious reply",
      fields: { stage: "rejected", closedAt },
      expected: [["rejection", ["rejection_reply"]]],
    },
  ])("$name", ({ fields, timeline, expected }) => {
    // Prepare
    const record = employer("Kestrel Pay", { ...fields, timeline: timeline ?? [] });

    // Act
    const nudges = planNudges([record], ownerIn(NEW_YORK), "2026-03-19T15:00:00Z");

    // Assess
    expect(nudges.map((n) => [n.kind, n.drafts])).toEqual(expected);
  });

  it("drops an unsent rejection reply after two weeks", () => {
    // Prepare / Act
    const nudges = planNudges(
      [employer("Kestrel Pay", { stage: "rejected", closedAt })],
      ownerIn(NEW_YORK),
      "2026-04-10T15:00:00Z",
    );

    // Assess
    expect(nudges).toEqual([]);
  });
});
