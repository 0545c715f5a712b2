// Issue 10 "timing and state", rule by rule: the owner's own follow-ups keep the weekly cadence, the
// employer waiting on the owner (PLAYBOOK §1b), the thank-you at the stated end, an offer after an
// acceptance, and the one "last contact". Dates in three zones; business days and weekends.
import { describe, expect, it } from "vitest";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { applyMessage, applyOwnerAction } from "../../../../functions/domain/lifecycle";
import type { PlannedNudge } from "../../../../functions/domain/nudge";
import { lastContact, planNudges, withdrawalTargets } from "../../../../functions/domain/playbook";
import { BERLIN, employer, KOLKATA, mail, NEW_YORK, ownerIn } from "../builders";

/** The record after the nudge was delivered at `at`, as the app records it. */
function delivered(r: EmployerRecord, nudge: PlannedNudge | undefined, at: string): EmployerRecord {
  if (!nudge) throw new Error("no such nudge planned");
  return {
    ...r,
    sentNudges: [...r.sentNudges, nudge.id],
    timeline: [...r.timeline, { at, kind: "nudge", summary: `${nudge.kind} sent`, nudgeId: nudge.id }],
  };
}

const waiting = (nudges: PlannedNudge[]) =>
  nudges.filter((n) => ["follow_up", "step_out", "your_move"].includes(n.kind)).map((n) => [n.kind, n.dueAt]);

describe("PLAYBOOK §2 the weekly cadence goes on from the owner's own follow-up", () => {
  it.each([
    // NY: their mail Mon 2 Mar; the owner BCCs a follow-up Tue 10 Mar 10:00 EDT (before any reminder)
    {
      zone: NEW_YORK,
      bcc: "2026-03-10T14:00:00.000Z",
      second: "2026-03-17T13:00:00.000Z", // Tue 17 Mar 09:00 EDT
      third: "2026-03-24T13:00:00.000Z",
      stepOut: "2026-03-31T13:00:00.000Z",
    },
    // Berlin across the EU DST change (Sun 29 Mar): 09:00 CET, then 09:00 CEST
    {
      zone: BERLIN,
      bcc: "2026-03-17T09:00:00.000Z",
      second: "2026-03-24T08:00:00.000Z",
      third: "2026-03-31T07:00:00.000Z",
      stepOut: "2026-04-07T07:00:00.000Z",
    },
  ])("$zone: reminders 2 and 3 a week apart, then step out", ({ zone, bcc, second, third, stepOut }) => {
    // Prepare: their news, then the owner's own BCC'd follow-up
    const owner = ownerIn(zone);
    let r = applyMessage(null, mail("m1", "2026-03-02T15:00:00.000Z", { kind: "update" }), "2026-03-02T15:00:00.000Z");
    r = applyMessage(r, mail("o1", bcc, { kind: "outgoing", outgoingKind: "follow_up" }), bcc);

    // Act / Assess: the next follow-up is the second, a week after the owner's
    let plan = planNudges([r], owner, bcc);
    expect(waiting(plan)).toEqual([["follow_up", second]]);
    expect(plan[0]?.id).toMatch(/^follow_up\.kestrel-pay\.2\./);
    r = delivered(r, plan[0], second);

    // the third a week later (it stopped here before: the second reminder re-used a sent id)
    plan = planNudges([r], owner, second);
    expect(waiting(plan)).toEqual([["follow_up", third]]);
    expect(plan[0]?.id).toMatch(/^follow_up\.kestrel-pay\.3\./);
    r = delivered(r, plan[0], third);

    // three follow-ups unanswered: step out a week after the last
    plan = planNudges([r], owner, third);
    expect(waiting(plan)).toEqual([["step_out", stepOut]]);
  });

  it("a reminder and the owner's follow-up sent after it are one follow-up, dated by the owner's", () => {
    // Prepare: reminder 1 Mon 9 Mar 09:00 EDT, the owner sends it Wed 11 Mar (BCC)
    const owner = ownerIn(NEW_YORK);
    let r = applyMessage(null, mail("m1", "2026-03-02T15:00:00.000Z", { kind: "update" }), "2026-03-02T15:00:00.000Z");
    r = delivered(r, planNudges([r], owner, "2026-03-02T15:00:00.000Z")[0], "2026-03-09T13:00:00.000Z");
    r = applyMessage(
      r,
      mail("o1", "2026-03-11T15:00:00.000Z", { kind: "outgoing", outgoingKind: "follow_up" }),
      "2026-03-11T15:00:00.000Z",
    );

    // Act
    const plan = planNudges([r], owner, "2026-03-11T15:00:00.000Z");

    // Assess: the second, a week after the owner's (Wed 18 Mar), not a third
    expect(waiting(plan)).toEqual([["follow_up", "2026-03-18T13:00:00.000Z"]]);
    expect(plan[0]?.id).toMatch(/^follow_up\.kestrel-pay\.2\./);
  });
});

describe("PLAYBOOK §1b the employer waits on the owner", () => {
  const invite = (at: string, ownerMove: string) =>
    applyMessage(null, mail("i1", at, { kind: "interview_invite", ownerMove, contactName: "Nadia Brandt" }), at);

  it.each([
    // Mon 6 Apr 10:15 EDT → Tue 7 Apr 09:00 EDT
    { zone: NEW_YORK, at: "2026-04-06T14:15:00.000Z", due: "2026-04-07T13:00:00.000Z" },
    // Fri 10 Apr 16:00 CEST → Mon 13 Apr 09:00 CEST
    { zone: BERLIN, at: "2026-04-10T14:00:00.000Z", due: "2026-04-13T07:00:00.000Z" },
    // Sat 11 Apr 11:00 IST → Mon 13 Apr 09:00 IST
    { zone: KOLKATA, at: "2026-04-11T05:30:00.000Z", due: "2026-04-13T03:30:00.000Z" },
  ])("$zone: your_move the next business morning with a reply draft, and no follow-up", ({ zone, at, due }) => {
    // Prepare
    const r = invite(at, "send availability");

    // Act: three weeks later, still no answer from the owner
    const later = new Date(Date.parse(at) + 21 * 86_400_000).toISOString();
    const now = planNudges([r], ownerIn(zone), at);
    const then = planNudges([delivered(r, now[0], due)], ownerIn(zone), later);

    // Assess
    expect(now.map((n) => [n.kind, n.dueAt, n.drafts])).toEqual([["your_move", due, ["owner_reply"]]]);
    expect(then).toEqual([]);
  });

  it("a move with no reply to draft (an assessment) still nudges, without a draft", () => {
    const plan = planNudges(
      [invite("2026-04-06T14:15:00.000Z", "complete the assessment")],
      ownerIn(NEW_YORK),
      "2026-04-06T14:15:00.000Z",
    );
    expect(plan.map((n) => [n.kind, n.drafts])).toEqual([["your_move", []]]);
  });

  it.each([
    {
      name: "a BCC'd reply",
      answer: (r: EmployerRecord) =>
        applyMessage(
          r,
          mail("o1", "2026-04-06T20:00:00.000Z", { kind: "outgoing", outgoingKind: "follow_up" }),
          "2026-04-06T20:00:00.000Z",
        ),
    },
    {
      name: "the sent command",
      answer: (r: EmployerRecord) => applyOwnerAction(r, { type: "sent" }, "2026-04-06T20:00:00.000Z"),
    },
  ])("answered with $name: no your_move, and silence counts from the owner's answer", ({ answer }) => {
    // Prepare
    const r = answer(invite("2026-04-06T14:15:00.000Z", "send availability"));

    // Act
    const plan = planNudges([r], ownerIn(NEW_YORK), "2026-04-06T20:00:00.000Z");

    // Assess: the answer is no follow-up; the first follow-up is a week after it (Mon 13 Apr 09:00 EDT)
    expect(r.ownerMove).toBeNull();
    expect(r.followUpsSent).toBe(0);
    expect(waiting(plan)).toEqual([["follow_up", "2026-04-13T13:00:00.000Z"]]);
    expect(plan[0]?.id).toMatch(/^follow_up\.kestrel-pay\.1\./);
  });

  it("their next mail that asks nothing hands the move back to them", () => {
    const r = applyMessage(
      invite("2026-04-06T14:15:00.000Z", "pick a slot"),
      mail("u1", "2026-04-07T14:00:00.000Z", { kind: "update" }),
      "2026-04-07T14:00:00.000Z",
    );
    expect(r.ownerMove).toBeNull();
    expect(planNudges([r], ownerIn(NEW_YORK), "2026-04-07T14:00:00.000Z").map((n) => n.kind)).toEqual(["follow_up"]);
  });
});

describe("PLAYBOOK §2 last contact: their mail, the owner's own mail, the interview", () => {
  const NOW = Date.parse("2026-04-20T12:00:00.000Z");
  it.each<{ name: string; fields: Partial<EmployerRecord>; at: string; source: string }>([
    {
      name: "their mail only",
      fields: { lastContactAt: "2026-04-06T14:00:00.000Z" },
      at: "2026-04-06T14:00:00.000Z",
      source: "employer",
    },
    {
      name: "the interview after their mail",
      fields: { lastContactAt: "2026-04-06T14:00:00.000Z", interviewAt: "2026-04-09T10:30:00-04:00" },
      at: "2026-04-09T14:30:00.000Z",
      source: "interview",
    },
    {
      name: "the owner's own mail after the interview",
      fields: {
        lastContactAt: "2026-04-06T14:00:00.000Z",
        interviewAt: "2026-04-09T10:30:00-04:00",
        ownerMailAt: "2026-04-10T13:00:00.000Z",
      },
      at: "2026-04-10T13:00:00.000Z",
      source: "owner",
    },
    {
      name: "an interview still ahead does not count",
      fields: { lastContactAt: "2026-04-06T14:00:00.000Z", interviewAt: "2026-04-29T10:30:00-04:00" },
      at: "2026-04-06T14:00:00.000Z",
      source: "employer",
    },
  ])("$name", ({ fields, at, source }) => {
    expect(lastContact(employer("Kestrel Pay", fields), NOW)).toEqual({ at: Date.parse(at), source });
  });

  it("none at all", () => {
    expect(lastContact(employer("Kestrel Pay"), NOW)).toBeNull();
  });
});

describe("PLAYBOOK §1 the thank-you at the stated end, one draft per interviewer", () => {
  it.each([
    // 10:30-13:30 final round (180 min): at 13:30, not 11:30
    { zone: NEW_YORK, start: "2026-04-14T10:30:00-04:00", minutes: 180, due: "2026-04-14T17:30:00.000Z" },
    { zone: BERLIN, start: "2026-04-14T10:30:00+02:00", minutes: 180, due: "2026-04-14T11:30:00.000Z" },
    // ends 20:30 IST: the next business morning
    { zone: KOLKATA, start: "2026-04-14T19:00:00+05:30", minutes: 90, due: "2026-04-15T03:30:00.000Z" },
  ])("$zone: $minutes minutes from $start", ({ zone, start, minutes, due }) => {
    // Prepare
    const r = employer("Kestrel Pay", {
      interviewAt: start,
      interviewMinutes: minutes,
      interviewers: ["Priya Nair", "Tom Becker", "Ana Silva"],
    });

    // Act
    const thanks = planNudges([r], ownerIn(zone), "2026-04-13T12:00:00.000Z").filter((n) => n.kind === "thank_you");

    // Assess
    expect(thanks.map((n) => [n.dueAt, n.drafts.length])).toEqual([[due, 3]]);
  });

  it("learns the length from a later mail about the same interview (the agenda)", () => {
    // Prepare: confirmed for 10:30 with no length, then the agenda for the same start says 10:30-13:30
    const at = "2026-04-08T14:00:00.000Z";
    let r = applyMessage(
      null,
      mail("c1", at, { kind: "interview_scheduled", interviewAt: "2026-04-14T10:30:00-04:00" }),
      at,
    );
    r = applyMessage(
      r,
      mail("a1", "2026-04-09T14:00:00.000Z", {
        kind: "interview_scheduled",
        interviewAt: "2026-04-14T10:30:00-04:00",
        interviewMinutes: 180,
        interviewers: ["Priya Nair", "Tom Becker"],
      }),
      "2026-04-09T14:00:00.000Z",
    );

    // Act
    const thanks = planNudges([r], ownerIn(NEW_YORK), "2026-04-09T14:00:00.000Z").filter((n) => n.kind === "thank_you");

    // Assess
    expect(r.interviewMinutes).toBe(180);
    expect(thanks.map((n) => [n.dueAt, n.drafts.length])).toEqual([["2026-04-14T17:30:00.000Z", 2]]);
  });

  it("'thank you for interviewing with us today' before the stated end: the thank-you at once", () => {
    // Prepare: 10:30-13:30, their note at 12:50
    let r = employer("Kestrel Pay", { interviewAt: "2026-04-14T10:30:00-04:00", interviewMinutes: 180 });
    r = applyMessage(
      r,
      mail("h1", "2026-04-14T16:50:00.000Z", { kind: "update", interviewHeld: true }),
      "2026-04-14T16:50:00.000Z",
    );

    // Act
    const thanks = planNudges([r], ownerIn(NEW_YORK), "2026-04-14T16:50:00.000Z").filter((n) => n.kind === "thank_you");

    // Assess
    expect(thanks.map((n) => [n.id, n.dueAt])).toEqual([
      ["thank_you.kestrel-pay.20260414T1430", "2026-04-14T16:50:00.000Z"],
    ]);
  });

  it("'thank you for interviewing with us today' about an interview with no time on record: a thank-you at once", () => {
    // Prepare: the owner booked through a link; jobnudge never learned the time
    const r = applyMessage(
      null,
      mail("h1", "2026-04-14T09:30:00.000Z", { kind: "update", interviewHeld: true, interviewers: [] }),
      "2026-04-14T09:30:00.000Z",
    );

    // Act
    const plan = planNudges([r], ownerIn(BERLIN), "2026-04-14T09:30:00.000Z");

    // Assess: 11:30 CEST, with a draft to the contact (and the follow-up a week later)
    expect(plan.map((n) => [n.kind, n.dueAt, n.drafts])).toEqual([
      ["thank_you", "2026-04-14T09:30:00.000Z", ["thank_you"]],
      ["follow_up", "2026-04-21T07:00:00.000Z", ["follow_up"]],
    ]);
    expect(plan.map((n) => [n.kind, n.dueAt, n.drafts]).slice(0, 1)).toEqual([
      ["thank_you", "2026-04-14T09:30:00.000Z", ["thank_you"]],
    ]);
  });

  it("a thank-you already sent is not sent again", () => {
    let r = employer("Kestrel Pay", { interviewAt: "2026-04-14T10:30:00-04:00", interviewMinutes: 180 });
    r = delivered(
      r,
      planNudges([r], ownerIn(NEW_YORK), "2026-04-14T17:30:00.000Z").find((n) => n.kind === "thank_you"),
      "2026-04-14T17:30:00.000Z",
    );
    r = applyMessage(
      r,
      mail("h1", "2026-04-14T18:00:00.000Z", { kind: "update", interviewHeld: true }),
      "2026-04-14T18:00:00.000Z",
    );
    expect(planNudges([r], ownerIn(NEW_YORK), "2026-04-14T18:00:00.000Z").map((n) => n.kind)).not.toContain(
      "thank_you",
    );
  });

  it("a team signing as the company is no one to greet", () => {
    const r = applyMessage(
      null,
      mail("c1", "2026-04-08T14:00:00.000Z", {
        employer: "Acme",
        kind: "interview_scheduled",
        contactName: "Acme Talent Team",
      }),
      "2026-04-08T14:00:00.000Z",
    );
    expect(r.contactName).toBeNull();
  });
});

describe("PLAYBOOK §4 an offer after the owner accepted another", () => {
  const ACCEPTED = "2026-04-06T15:00:00.000Z";
  const globex = employer("Globex", {
    stage: "accepted",
    acceptedAt: ACCEPTED,
    offerReceivedAt: "2026-04-02T15:00:00.000Z",
  });
  const initech = employer("Initech", { lastContactAt: "2026-04-01T15:00:00.000Z" });
  const acme = employer("Acme", {
    stage: "offer",
    offerReceivedAt: "2026-04-08T14:00:00.000Z",
    lastContactAt: "2026-04-08T14:00:00.000Z",
    respondBy: "2026-04-15",
    createdAt: "2026-03-20T12:00:00.000Z",
  });

  it.each([NEW_YORK, BERLIN])("%s: reviewed with both routes drafted, never withdrawn from", (zone) => {
    // Act
    const plan = planNudges([globex, initech, acme], ownerIn(zone), "2026-04-08T14:00:00.000Z");

    // Assess
    const review = plan.find((n) => n.kind === "offer_review");
    expect(review).toMatchObject({
      employerId: "acme",
      dueAt: "2026-04-08T14:00:00.000Z",
      drafts: ["clarify_offer", "back_out", "decline_offer"],
    });
    expect(plan.find((n) => n.kind === "withdrawal")?.drafts).toEqual(["withdrawal"]);
    expect(withdrawalTargets(globex, [globex, initech, acme]).map((e) => e.id)).toEqual(["initech"]);
    // no request to speed up or wait: the owner is not shopping the acceptance around
    expect(plan.map((n) => n.kind)).not.toContain("expedite_request");
    expect(plan.map((n) => n.kind)).not.toContain("extension_request");
  });

  it("an offer from a process open before the acceptance is a withdrawal target until it becomes an offer", () => {
    const before = employer("Acme", { lastContactAt: "2026-04-01T15:00:00.000Z" });
    expect(withdrawalTargets(globex, [globex, before]).map((e) => e.id)).toEqual(["acme"]);
  });
});
