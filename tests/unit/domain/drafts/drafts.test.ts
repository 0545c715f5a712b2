import { describe, expect, it } from "vitest";
import { writeDraft } from "../../../../functions/domain/drafts";
import { DRAFT_KINDS, type DraftKind } from "../../../../functions/domain/vocabularies";
import { employer, NEW_YORK, ownerIn } from "../builders";

const NOW = "2026-03-18T14:00:00.000Z"; // Wed 18 Mar
const owner = ownerIn(NEW_YORK, { targetBase: 160000 });
const kestrel = employer("Kestrel Pay", {
  stage: "offer",
  role: "Senior Data Analyst",
  contactName: "Priya Shah",
  contactEmail: "priya.shah@kestrel.io",
  respondBy: "2026-03-27T17:00:00-04:00",
  expectDecisionBy: "2026-03-13",
  lastContactAt: "2026-03-10T15:00:00.000Z",
  interviewAt: "2026-03-10T14:00:00-04:00",
  offer: { base: 140000, currency: "USD", startDate: "2026-04-20" },
});
const globex = employer("Globex", {
  role: "Analytics Lead",
  contactName: "Lee Park",
  contactEmail: "lee@globex.com",
  rank: 1,
});
const context = (kind: DraftKind) => ({
  owner,
  now: NOW,
  employer: kind === "expedite_request" ? globex : kestrel,
  offering: kind === "expedite_request" ? kestrel : null,
});

// Tone rules: not apologetic, no ultimatums, no money trouble or impatience as the reason.
const FORBIDDEN = [
  /sorry/i,
  /apolog/i,
  /final offer/i,
  /or else/i,
  /unless you/i,
  /need the money/i,
  /impatient/i,
  /<[a-z]/i,
];

describe("writeDraft: every draft kind", () => {
  it.each(DRAFT_KINDS.map((kind) => ({ kind })))("$kind is short, signed, specific and plain", ({ kind }) => {
    // Prepare
    const ctx = context(kind);

    // Act
    const draft = writeDraft(kind, ctx);

    // Assess
    expect(draft.kind).toBe(kind);
    expect(draft.subject.length).toBeGreaterThan(5);
    expect(draft.body.trim().endsWith("Sam Rivera")).toBe(true);
    expect(draft.body.length).toBeLessThan(1200);
    if (kind !== "resignation_letter") expect(`${draft.label} ${draft.body}`).toContain(ctx.employer.name);
    for (const pattern of FORBIDDEN) expect(draft.body).not.toMatch(pattern);
  });

  it.each<{ kind: DraftKind; lines: number | null }>([
    { kind: "extension_request", lines: 3 },
    { kind: "withdrawal", lines: 3 },
    { kind: "back_out", lines: 3 },
    { kind: "follow_up", lines: null },
    { kind: "decline_offer", lines: null },
  ])("$kind has a call script of $lines lines", ({ kind, lines }) => {
    // Prepare / Act
    const draft = writeDraft(kind, context(kind));

    // Assess
    expect(draft.callScript?.length ?? null).toBe(lines);
  });

  it.each<{ kind: DraftKind; mentions: string[] }>([
    // Dates as people write them in a letter, never as stored ("2026-04-20").
    { kind: "expedite_request", mentions: ["Friday 27 March at 5:00 PM EDT", "Globex remains my first choice"] },
    {
      kind: "extension_request",
      mentions: ["Friday 27 March at 5:00 PM EDT", "Friday 3 April", "one other company"],
    },
    { kind: "follow_up", mentions: ["Friday 13 March", "Senior Data Analyst", "since we spoke on Tuesday 10 March"] },
    { kind: "thank_you", mentions: ["Tuesday 10 March", "first six months"] },
    // the new job starts Monday 20 April: the last day is planned back from it, not two weeks from today
    { kind: "resignation_letter", mentions: ["My last day will be Friday 17 April"] },
    { kind: "accept_offer", mentions: ["Monday 20 April", "written offer letter"] },
    { kind: "counteroffer", mentions: ["USD 160,000"] },
    { kind: "withdrawal", mentions: ["accepted another position"] },
    { kind: "clarify_offer", mentions: ["what each costs me", "start date of Monday 20 April"] },
    // your_move (no call asked for): availability on the next three business days, in the owner's zone
    {
      kind: "owner_reply",
      mentions: [
        "Thursday 19 March, 9:00 AM to 1:00 PM EDT",
        "Friday 20 March, 1:00 PM to 5:00 PM EDT",
        "Monday 23 March, 9:00 AM to 1:00 PM EDT",
      ],
    },
  ])("$kind spells out names and dates", ({ kind, mentions }) => {
    // Prepare / Act
    const draft = writeDraft(kind, context(kind));

    // Assess
    for (const text of mentions) expect(draft.body).toContain(text);
  });

  it("addresses the contact by first name, or a neutral greeting without one", () => {
    // Prepare / Act
    const named = writeDraft("follow_up", context("follow_up"));
    const anonymous = writeDraft("follow_up", {
      ...context("follow_up"),
      employer: { ...kestrel, contactName: null, contactEmail: null },
    });

    // Assess
    expect(named.body.startsWith("Hi Priya,")).toBe(true);
    expect(named.to).toBe("priya.shah@kestrel.io");
    expect(anonymous.body.startsWith("Hello,")).toBe(true);
    expect(anonymous.to).toBeNull();
  });

  it.each([
    { name: "ranked 1, nothing said", topChoice: undefined, rank: 1, firstChoice: true },
    { name: "ranked 2, nothing said", topChoice: undefined, rank: 2, firstChoice: false },
    { name: "ranked 2, the top open process", topChoice: true, rank: 2, firstChoice: true },
    { name: "ranked 1, but another open process ranks higher", topChoice: false, rank: 1, firstChoice: false },
  ])(
    "expedite request calls the employer the first choice only when it is ($name)",
    ({ topChoice, rank, firstChoice }) => {
      // Prepare / Act
      const draft = writeDraft("expedite_request", {
        ...context("expedite_request"),
        employer: { ...globex, rank },
        topChoice,
      });

      // Assess: never a bluff; the deadline and the employer are named either way
      expect(/first choice|top choice/.test(draft.body)).toBe(firstChoice);
      expect(draft.body).toContain("Globex");
      expect(draft.body).toContain("Friday 27 March at 5:00 PM EDT");
    },
  );

  it.each([
    { preferredPending: undefined, says: "one other company", script: "one other company" },
    { preferredPending: 1, says: "one other company", script: "one other company" },
    { preferredPending: 2, says: "two other companies", script: "two other companies" },
    { preferredPending: 7, says: "seven other companies", script: "seven other companies" },
    { preferredPending: 12, says: "12 other companies", script: "12 other companies" },
  ])(
    "extension request states $preferredPending pending processes as they are",
    ({ preferredPending, says, script }) => {
      // Prepare / Act
      const draft = writeDraft("extension_request", { ...context("extension_request"), preferredPending });

      // Assess
      expect(draft.body).toContain(`final stage with ${says}`);
      expect(draft.body).toContain("not starting any new processes");
      expect(draft.body).toContain("I would do the same for you");
      expect(draft.callScript?.join("\n")).toContain(script);
      if (says !== "one other company") expect(draft.body).not.toContain("one other company");
    },
  );

  it("never claims a deadline the owner was not given", () => {
    // Prepare / Act
    const draft = writeDraft("expedite_request", {
      ...context("expedite_request"),
      offering: { ...kestrel, respondBy: null },
    });

    // Assess
    expect(draft.body).not.toMatch(/by (Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* /);
    expect(draft.body).toContain("answer soon");
  });
});

describe("owner_reply availability windows", () => {
  const wrenfield = (ownerMove: { move: string; at: string; week?: "next" }) =>
    employer("Wrenfield", { role: "Platform Engineer", contactName: "Nadia Brandt", ownerMove });
  const windows = (ownerMove: { move: string; at: string; week?: "next" }, now = NOW) =>
    writeDraft("owner_reply", { owner, now, employer: wrenfield(ownerMove), offering: null }).body;

  it("offers the next business days when no week was named", () => {
    // asked Wed 18 Mar, drafted the same day: Thu 19, Fri 20, Mon 23
    const body = windows({ move: "send availability", at: NOW });
    expect(body).toContain("- Thursday 19 March, 9:00 AM to 1:00 PM EDT");
    expect(body).toContain("- Monday 23 March, 9:00 AM to 1:00 PM EDT");
  });

  it("offers Tuesday to Thursday of the following week when the request named next week", () => {
    const body = windows({ move: "send availability", at: NOW, week: "next" });
    expect(body).toContain("- Tuesday 24 March, 9:00 AM to 1:00 PM EDT");
    expect(body).toContain("- Wednesday 25 March, 1:00 PM to 5:00 PM EDT");
    expect(body).toContain("- Thursday 26 March, 9:00 AM to 1:00 PM EDT");
    expect(body).not.toContain("19 March");
  });

  it("keeps to the days of that week still ahead, or the next business days once it is nearly over", () => {
    // asked Fri 13 Mar about next week; drafted Tue 17 Mar: Wed 18 to Fri 20
    const tuesday = windows(
      { move: "send availability", at: "2026-03-13T14:00:00.000Z", week: "next" },
      "2026-03-17T14:00:00.000Z",
    );
    expect(tuesday).toContain("- Wednesday 18 March, 9:00 AM");
    expect(tuesday).toContain("- Friday 20 March, 9:00 AM");
    // drafted Wed 18 Mar: only Thu and Fri left, so the next three business days
    expect(windows({ move: "send availability", at: "2026-03-13T14:00:00.000Z", week: "next" })).toContain(
      "- Monday 23 March, 9:00 AM",
    );
  });
});
