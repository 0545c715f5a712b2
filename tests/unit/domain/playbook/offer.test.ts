import { describe, expect, it } from "vitest";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { applyMessage, applyOwnerAction } from "../../../../functions/domain/lifecycle";
import { planNudges } from "../../../../functions/domain/playbook";
import { BERLIN, employer, mail, NEW_YORK, ownerIn } from "../builders";

const RECEIVED = "2026-03-16T15:15:00.000Z"; // Mon 16 Mar, 11:15 EDT / 16:15 CET
const offer = (fields: Partial<EmployerRecord> = {}) =>
  employer("Kestrel Pay", { stage: "offer", offerReceivedAt: RECEIVED, lastContactAt: RECEIVED, ...fields });
const pending = (name: string, rank: number | null) =>
  employer(name, { rank, lastContactAt: "2026-03-12T15:00:00.000Z" });
const summary = (nudges: ReturnType<typeof planNudges>) => nudges.map((n) => `${n.kind}@${n.dueAt}`);

describe("PLAYBOOK §3 offer review and decision reminders", () => {
  it.each([
    {
      name: "timed deadline (NY): review at once, 2 business days before, 3 h before",
      zone: NEW_YORK,
      respondBy: "2026-03-27T17:00:00-04:00",
      expected: [
        `offer_review@${RECEIVED}`,
        "decision_reminder@2026-03-25T13:00:00.000Z",
        "decision_reminder@2026-03-27T18:00:00.000Z",
        // PLAYBOOK §3: no answer recorded by Fri 5 PM → the next business morning, Mon 30 Mar 09:00 EDT
        "deadline_passed@2026-03-30T13:00:00.000Z",
      ],
    },
    {
      name: "date-only deadline (NY): the deadline morning",
      zone: NEW_YORK,
      respondBy: "2026-03-27",
      expected: [
        `offer_review@${RECEIVED}`,
        "decision_reminder@2026-03-25T13:00:00.000Z",
        "decision_reminder@2026-03-27T13:00:00.000Z",
        "deadline_passed@2026-03-30T13:00:00.000Z",
      ],
    },
    {
      name: "date-only deadline across the EU DST change (Berlin)",
      zone: BERLIN,
      respondBy: "2026-03-31",
      expected: [
        `offer_review@${RECEIVED}`,
        "decision_reminder@2026-03-27T08:00:00.000Z",
        "decision_reminder@2026-03-31T07:00:00.000Z",
        "deadline_passed@2026-04-01T07:00:00.000Z", // Wed 1 Apr 09:00 CEST
      ],
    },
    {
      name: "deadline on a Monday: 2 business days before is the Thursday",
      zone: NEW_YORK,
      respondBy: "2026-03-23",
      expected: [
        `offer_review@${RECEIVED}`,
        "decision_reminder@2026-03-19T13:00:00.000Z",
        "decision_reminder@2026-03-23T13:00:00.000Z",
        "deadline_passed@2026-03-24T13:00:00.000Z",
      ],
    },
    {
      name: "deadline the next day: the early reminder would precede the offer and is dropped",
      zone: NEW_YORK,
      respondBy: "2026-03-17",
      expected: [
        `offer_review@${RECEIVED}`,
        "decision_reminder@2026-03-17T13:00:00.000Z",
        "deadline_passed@2026-03-18T13:00:00.000Z",
      ],
    },
    {
      name: "timed deadline at 08:00: 3 h before is quiet time, moved to 07:00",
      zone: NEW_YORK,
      respondBy: "2026-03-27T08:00:00-04:00",
      expected: [
        `offer_review@${RECEIVED}`,
        "decision_reminder@2026-03-25T13:00:00.000Z",
        "decision_reminder@2026-03-27T11:00:00.000Z",
        // over at 08:00: asked about at 09:00 the same (business) morning
        "deadline_passed@2026-03-27T13:00:00.000Z",
      ],
    },
  ])("$name", ({ zone, respondBy, expected }) => {
    // Prepare / Act
    const nudges = planNudges([offer({ respondBy })], ownerIn(zone), "2026-03-16T15:20:00Z");

    // Assess
    expect(summary(nudges)).toEqual(expected);
    expect(nudges[0]?.drafts).toEqual([]);
  });

  it("asks for the deadline when none was given, and plans no reminders", () => {
    // Prepare / Act
    const nudges = planNudges([offer()], ownerIn(NEW_YORK), "2026-03-16T15:20:00Z");

    // Assess
    expect(nudges).toEqual([expect.objectContaining({ kind: "offer_review", drafts: ["clarify_offer"] })]);
  });

  it("reschedules the reminders with new ids when the deadline is revised", () => {
    // Prepare
    const before = planNudges([offer({ respondBy: "2026-03-20" })], ownerIn(NEW_YORK), "2026-03-16T15:20:00Z");

    // Act
    const after = planNudges([offer({ respondBy: "2026-03-27" })], ownerIn(NEW_YORK), "2026-03-16T15:20:00Z");

    // Assess
    const reminderIds = (ns: typeof before) => ns.filter((n) => n.kind === "decision_reminder").map((n) => n.id);
    expect(reminderIds(after)).toHaveLength(2);
    expect(reminderIds(after).some((id) => reminderIds(before).includes(id))).toBe(false);
    expect(after.find((n) => n.kind === "offer_review")?.id).toBe(before.find((n) => n.kind === "offer_review")?.id);
  });

  it("drops the reminders of an offer whose deadline is over, and asks what happened on the next business morning", () => {
    // Prepare / Act: Sat 21 Mar, the day after a Friday deadline with nothing recorded
    const nudges = planNudges([offer({ respondBy: "2026-03-20" })], ownerIn(NEW_YORK), "2026-03-21T14:00:00Z");

    // Assess
    expect(summary(nudges)).toEqual(["deadline_passed@2026-03-23T13:00:00.000Z"]);
    expect(nudges[0]).toMatchObject({ id: "deadline_passed.kestrel-pay.20260320", drafts: ["owner_reply"] });
  });

  it.each([
    {
      name: "Berlin, timed deadline Friday 17:00",
      zone: BERLIN,
      respondBy: "2026-04-10T17:00:00+02:00",
      due: "2026-04-13T07:00:00.000Z",
    },
    {
      name: "Kolkata, date-only deadline on a Friday",
      zone: "Asia/Kolkata",
      respondBy: "2026-04-10",
      due: "2026-04-13T03:30:00.000Z",
    },
    {
      name: "New York, deadline on the eve of a weekend",
      zone: NEW_YORK,
      respondBy: "2026-04-10T23:00:00-04:00",
      due: "2026-04-13T13:00:00.000Z",
    },
  ])("deadline passed, $name: the next business morning in the owner's zone", ({ zone, respondBy, due }) => {
    // Prepare / Act
    const nudges = planNudges(
      [offer({ respondBy, offerReceivedAt: "2026-04-06T10:00:00.000Z" })],
      ownerIn(zone),
      "2026-04-10T22:30:00Z",
    );

    // Assess
    expect(nudges.filter((n) => n.kind === "deadline_passed").map((n) => n.dueAt)).toEqual([due]);
  });

  it.each([
    { name: "more than a week after the deadline", now: "2026-03-31T14:00:00Z", received: RECEIVED },
    // the acknowledgement of a forward that arrives after its deadline already says so
    {
      name: "an offer forwarded after its deadline",
      now: "2026-03-21T14:00:00Z",
      received: "2026-03-21T13:00:00.000Z",
    },
  ])("no deadline_passed nudge for $name", ({ now, received }) => {
    // Prepare / Act
    const nudges = planNudges([offer({ respondBy: "2026-03-20", offerReceivedAt: received })], ownerIn(NEW_YORK), now);

    // Assess
    expect(nudges.map((n) => n.kind)).not.toContain("deadline_passed");
  });

  it.each<{ name: string; action: Parameters<typeof applyOwnerAction>[1] }>([
    { name: "accepted", action: { type: "accept" } },
    { name: "declined", action: { type: "decline" } },
    { name: "extended", action: { type: "deadline", respondBy: "2026-03-27" } },
  ])("no deadline_passed nudge once the owner $name", ({ action }) => {
    // Prepare
    const answered = applyOwnerAction(offer({ respondBy: "2026-03-20" }), action, "2026-03-20T15:00:00.000Z");

    // Act
    const nudges = planNudges([answered], ownerIn(NEW_YORK), "2026-03-21T14:00:00Z");

    // Assess
    expect(nudges.filter((n) => n.kind === "deadline_passed" && n.id.endsWith("20260320"))).toEqual([]);
  });

  it("keeps only the last reminder when both are past due but the deadline is not", () => {
    // Prepare / Act
    const nudges = planNudges(
      [offer({ respondBy: "2026-03-20T17:00:00-04:00" })],
      ownerIn(NEW_YORK),
      "2026-03-20T19:00:00Z",
    );

    // Assess
    expect(nudges.filter((n) => n.kind === "decision_reminder").map((n) => n.id)).toEqual([
      "decision_reminder.kestrel-pay.20260320T2100.3h",
    ]);
  });
});

describe("PLAYBOOK §3 expedite and extension requests", () => {
  it.each<{ name: string; others: EmployerRecord[]; offerRank: number | null; expedite: string[] }>([
    { name: "one higher-ranked process", others: [pending("Globex", 1)], offerRank: 2, expedite: ["globex"] },
    {
      name: "every higher-ranked process",
      others: [pending("Globex", 1), pending("Acme", 2), pending("Initech", 4)],
      offerRank: 3,
      expedite: ["acme", "globex"],
    },
    {
      name: "a ranked process is above an unranked offer",
      others: [pending("Globex", 2)],
      offerRank: null,
      expedite: ["globex"],
    },
    {
      name: "nothing ranked: nothing to expedite (the review asks)",
      others: [pending("Globex", null)],
      offerRank: null,
      expedite: [],
    },
    { name: "the offer is the top choice", others: [pending("Globex", 2)], offerRank: 1, expedite: [] },
    {
      name: "a closed process is not expedited",
      others: [{ ...pending("Globex", 1), stage: "rejected", closedAt: "2026-03-13T12:00:00.000Z" }],
      offerRank: 2,
      expedite: [],
    },
    {
      name: "a process with its own offer is not expedited",
      others: [{ ...pending("Globex", 1), stage: "offer" }],
      offerRank: 2,
      expedite: [],
    },
  ])("$name", ({ others, offerRank, expedite }) => {
    // Prepare / Act
    const nudges = planNudges(
      [offer({ rank: offerRank, respondBy: "2026-03-27" }), ...others],
      ownerIn(NEW_YORK),
      "2026-03-16T15:20:00Z",
    );

    // Assess
    const requests = nudges.filter((n) => n.kind === "expedite_request");
    expect(requests.map((n) => n.employerId).sort()).toEqual(expedite);
    for (const request of requests) expect(request).toMatchObject({ dueAt: RECEIVED, drafts: ["expedite_request"] });
  });

  it.each([
    // PLAYBOOK §3: the preferred employer gets one business day to answer the expedite request
    {
      name: "deadline Fri, 4 business days away: the next business morning (Tue 09:00)",
      respondBy: "2026-03-20",
      due: "2026-03-17T13:00:00.000Z",
    },
    // ...unless the deadline is within 3 business days: both at once (Mon 11:15, business hours)
    { name: "deadline Thu, within 3 business days: at once", respondBy: "2026-03-19", due: RECEIVED },
    // 7 days before Fri 17:00 is Fri 17:00: the call is advised in business hours, Mon 09:00
    {
      name: "deadline 11 days away at 17:00: once 7 days remain, in business hours",
      respondBy: "2026-03-27T17:00:00-04:00",
      due: "2026-03-23T13:00:00.000Z",
    },
    // 7 days before a date-only Friday is Saturday 00:00: never a weekend (it was Saturday 07:00)
    {
      name: "date-only deadline 11 days away: Monday 09:00, not the weekend",
      respondBy: "2026-03-27",
      due: "2026-03-23T13:00:00.000Z",
    },
  ])("extension request, $name", ({ respondBy, due }) => {
    // Prepare / Act
    const nudges = planNudges(
      [offer({ rank: 2, respondBy }), pending("Globex", 1)],
      ownerIn(NEW_YORK),
      "2026-03-16T15:20:00Z",
    );

    // Assess
    expect(nudges.filter((n) => n.kind === "extension_request")).toEqual([
      expect.objectContaining({ employerId: "kestrel-pay", dueAt: due, drafts: ["extension_request"] }),
    ]);
  });

  it.each([
    // Saturday 10:00 CEST with a Tuesday deadline: the expedite request at once, the call on Monday 09:00
    { zone: BERLIN, received: "2026-04-11T08:00:00.000Z", respondBy: "2026-04-14", due: "2026-04-13T07:00:00.000Z" },
    // Friday 18:30 IST after office hours, deadline Wednesday: Monday 09:00 IST
    {
      zone: "Asia/Kolkata",
      received: "2026-04-10T13:00:00.000Z",
      respondBy: "2026-04-15",
      due: "2026-04-13T03:30:00.000Z",
    },
    // Wednesday 08:00 EDT, deadline Friday: within 3 business days, at once but not before 09:00
    { zone: NEW_YORK, received: "2026-04-08T12:00:00.000Z", respondBy: "2026-04-10", due: "2026-04-08T13:00:00.000Z" },
  ])(
    "extension request in $zone: phone advice only in business hours ($received)",
    ({ zone, received, respondBy, due }) => {
      // Prepare / Act
      const nudges = planNudges(
        [offer({ rank: 2, respondBy, offerReceivedAt: received }), pending("Globex", 1)],
        ownerIn(zone),
        received,
      );

      // Assess
      expect(nudges.find((n) => n.kind === "expedite_request")?.dueAt).toBe(received);
      expect(nudges.find((n) => n.kind === "extension_request")?.dueAt).toBe(due);
    },
  );

  it.each<{ name: string; fields: Partial<EmployerRecord>; others: EmployerRecord[] }>([
    {
      name: "no higher-ranked employer is pending",
      fields: { rank: 1, respondBy: "2026-03-20" },
      others: [pending("Globex", 2)],
    },
    { name: "no deadline", fields: { rank: 2 }, others: [pending("Globex", 1)] },
  ])("no extension request when $name", ({ fields, others }) => {
    // Prepare / Act
    const nudges = planNudges([offer(fields), ...others], ownerIn(NEW_YORK), "2026-03-16T15:20:00Z");

    // Assess
    expect(nudges.map((n) => n.kind)).not.toContain("extension_request");
  });

  it("does not ask for a second extension after the deadline moved", () => {
    // Prepare
    const first = planNudges(
      [offer({ rank: 2, respondBy: "2026-03-20" }), pending("Globex", 1)],
      ownerIn(NEW_YORK),
      "2026-03-16T15:20:00Z",
    );

    // Act
    const extended = planNudges(
      [offer({ rank: 2, respondBy: "2026-03-24" }), pending("Globex", 1)],
      ownerIn(NEW_YORK),
      "2026-03-18T15:20:00Z",
    );

    // Assess
    const id = (ns: typeof first) => ns.find((n) => n.kind === "extension_request")?.id;
    expect(id(extended)).toBe(id(first));
  });

  it.each([
    // PLAYBOOK §3: a revised offer updates the deadline and reschedules the reminders; the employers were
    // already asked for speed and for time about this offer, asking again would be pushy
    { name: "a revised offer: a fresh review and reminders, the same requests", undone: false, sameRequests: true },
    // after `not_offer` the first mail was no offer: the one that follows is a new offer, asked about anew
    { name: "an offer after `not_offer`: new requests", undone: true, sameRequests: false },
  ])("$name", ({ undone, sameRequests }) => {
    // Prepare
    const owner = ownerIn(NEW_YORK);
    const globex = pending("Globex", 1);
    const firstMail = mail("offer-1", "2026-03-16T15:15:00.000Z", { kind: "offer", respondBy: "2026-03-20" });
    const first = { ...applyMessage(null, firstMail, "2026-03-16T15:15:00.000Z"), rank: 2 };
    const before = planNudges([first, globex], owner, "2026-03-16T15:20:00Z");
    const between = undone ? applyOwnerAction(first, { type: "not_offer" }, "2026-03-17T14:00:00.000Z") : first;
    const revisedMail = mail("offer-2", "2026-03-18T14:00:00.000Z", { kind: "offer", respondBy: "2026-03-24" });

    // Act
    const revised = applyMessage(between, revisedMail, "2026-03-18T14:00:00.000Z");
    const after = planNudges([revised, globex], owner, "2026-03-18T14:05:00Z");

    // Assess
    const ids = (nudges: typeof before, kind: string) => nudges.filter((n) => n.kind === kind).map((n) => n.id);
    expect(ids(after, "offer_review")).toHaveLength(1);
    expect(ids(after, "offer_review")).not.toEqual(ids(before, "offer_review"));
    expect(ids(after, "decision_reminder")).not.toEqual(ids(before, "decision_reminder"));
    for (const kind of ["expedite_request", "extension_request"]) {
      expect(ids(before, kind)).toHaveLength(1);
      expect(ids(after, kind)).toHaveLength(1);
      expect(ids(after, kind)[0] === ids(before, kind)[0]).toBe(sameRequests);
    }
  });
});
