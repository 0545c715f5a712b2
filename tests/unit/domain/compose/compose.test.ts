import { describe, expect, it } from "vitest";
import { composeNudge } from "../../../../functions/domain/compose";
import type { EmailView } from "../../../../functions/domain/email-view";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { InvalidRequestError } from "../../../../functions/domain/errors";
import type { LinkMaker } from "../../../../functions/domain/link-actions";
import type { PlannedNudge } from "../../../../functions/domain/nudge";
import { planNudges } from "../../../../functions/domain/playbook";
import type { OwnerEmailKind } from "../../../../functions/domain/vocabularies";
import { employer, NEW_YORK, ownerIn } from "../builders";

const links: LinkMaker = (action, employerId) => `https://jobnudge.example/a/${action}/${employerId ?? "-"}`;
const owner = ownerIn(NEW_YORK, { targetBase: 160000 });
const NOW = "2026-03-16T15:20:00.000Z";

const kestrelOffer = (fields: Partial<EmployerRecord> = {}) =>
  employer("Kestrel Pay", {
    stage: "offer",
    rank: 2,
    role: "Senior Data Analyst",
    contactName: "Priya Shah",
    contactEmail: "priya.shah@kestrel.io",
    offerReceivedAt: "2026-03-16T15:15:00.000Z",
    lastContactAt: "2026-03-16T15:15:00.000Z",
    respondBy: "2026-03-20T17:00:00-04:00",
    offer: { base: 140000, currency: "USD", bonus: "10%" },
    ...fields,
  });
const globex = (fields: Partial<EmployerRecord> = {}) =>
  employer("Globex", {
    rank: 1,
    lastContactAt: "2026-03-03T15:00:00.000Z",
    expectDecisionBy: "2026-03-13",
    interviewers: [],
    ...fields,
  });

/** One state per nudge kind, planned by the real planner so compose sees what it will see in production. */
const SCENARIOS: Array<{ kind: OwnerEmailKind; employers: EmployerRecord[]; now: string }> = [
  {
    kind: "interview_prep",
    employers: [globex({ interviewAt: "2026-03-18T14:00:00-04:00", interviewers: ["Ana Ruiz"] })],
    now: NOW,
  },
  {
    kind: "thank_you",
    employers: [globex({ interviewAt: "2026-03-18T14:00:00-04:00", interviewers: ["Ana Ruiz", "Tom Lee"] })],
    now: NOW,
  },
  { kind: "follow_up", employers: [globex()], now: NOW },
  { kind: "step_out", employers: [globex({ followUpsSent: 3, lastFollowUpAt: "2026-03-10T15:00:00.000Z" })], now: NOW },
  { kind: "offer_review", employers: [kestrelOffer(), globex()], now: NOW },
  { kind: "expedite_request", employers: [kestrelOffer(), globex()], now: NOW },
  { kind: "extension_request", employers: [kestrelOffer(), globex()], now: NOW },
  { kind: "decision_reminder", employers: [kestrelOffer(), globex()], now: NOW },
  {
    kind: "withdrawal",
    employers: [kestrelOffer({ stage: "accepted", acceptedAt: NOW }), globex(), employer("Acme")],
    now: NOW,
  },
  { kind: "offer_letter_check", employers: [kestrelOffer({ stage: "accepted", acceptedAt: NOW })], now: NOW },
  {
    kind: "resignation",
    employers: [kestrelOffer({ stage: "accepted", acceptedAt: NOW, offerLetterReceived: true })],
    now: NOW,
  },
  { kind: "decline", employers: [kestrelOffer({ stage: "declined", closedAt: NOW })], now: NOW },
  {
    kind: "discuss_offer",
    employers: [kestrelOffer({ stage: "declined", closedAt: NOW, asksToTalk: true })],
    now: NOW,
  },
  { kind: "back_out", employers: [kestrelOffer({ stage: "withdrawn", backedOut: true, closedAt: NOW })], now: NOW },
  { kind: "rejection", employers: [globex({ stage: "rejected", closedAt: NOW })], now: NOW },
];

function composeFirst(
  kind: OwnerEmailKind,
  employers: EmployerRecord[],
  now: string,
): { nudge: PlannedNudge; view: EmailView } {
  const nudge = planNudges(employers, owner, now).find((n) => n.kind === kind);
  if (!nudge) throw new Error(`scenario plans no ${kind}`);
  return { nudge, view: composeNudge(nudge, employers, owner, now, links) };
}

function allText(view: EmailView): string[] {
  return [
    view.subject,
    view.preheader,
    view.headline,
    view.happened,
    view.whyNow,
    view.deadline ?? "",
    ...view.sections.flatMap((s) => [s.title, ...s.items]),
    ...view.tables.flatMap((t) => [t.title, ...t.columns, ...t.rows.flat()]),
    ...view.drafts.flatMap((d) => [d.label, d.subject, d.body, ...(d.callScript ?? [])]),
    ...view.actions.map((a) => a.label),
  ];
}

/**
 * The drafts an email carries when the composer, not the planner, decides them: every offer review
 * has a first reply (PLAYBOOK §3), and a request to talk gets a reply that books the call (§5).
 */
const COMPOSED_DRAFTS: Partial<Record<OwnerEmailKind, (planned: PlannedNudge) => string[]>> = {
  offer_review: (planned) => [...new Set(["clarify_offer", ...planned.drafts])],
  discuss_offer: () => ["owner_reply"],
};

describe("composeNudge: every nudge kind", () => {
  it.each(SCENARIOS)("$kind says what happened and why now, with its drafts in full", ({ kind, employers, now }) => {
    // Prepare / Act
    const { nudge, view } = composeFirst(kind, employers, now);

    // Assess
    expect(view.kind).toBe(kind);
    expect(view.subject).toMatch(/Kestrel Pay|Globex/);
    expect(view.happened.length).toBeGreaterThan(10);
    expect(view.whyNow.length).toBeGreaterThan(10);
    expect(view.drafts.map((d) => d.kind)).toEqual(COMPOSED_DRAFTS[kind]?.(nudge) ?? nudge.drafts);
    for (const draft of view.drafts) expect(draft.body).toContain("Sam Rivera");
    for (const action of view.actions) expect(action.url).toMatch(/^https:\/\/jobnudge\.example\/a\/[a-z0-9]+\//);
    for (const text of allText(view)) expect(text).not.toMatch(/<\/?[a-z][^>]*>|undefined|NaN|null/);
  });
});

describe("composeNudge: the PLAYBOOK advice each nudge carries", () => {
  const advice: Array<{ kind: OwnerEmailKind; says: RegExp[] }> = [
    {
      kind: "interview_prep",
      says: [
        /mission and values/,
        /recent news/,
        /social media/,
        /strengths/,
        /gaps/,
        /pitch/,
        /behavioural/,
        /your own questions/i,
        /what to wear and what to bring/,
        /where are you in the process/i,
        /timeline/,
        /how many candidates/i,
        /ideal candidate/,
      ],
    },
    { kind: "thank_you", says: [/first six months/, /one blank/i, /one note per interviewer/] },
    {
      kind: "follow_up",
      says: [/where things stand/i, /move things forward/, /never needy/, /few lines/, /short call/],
    },
    { kind: "step_out", says: [/keep you in mind/, /pick the conversation up again/] },
    { kind: "expedite_request", says: [/not an ultimatum/, /Never invent a deadline or a second offer/] },
    {
      kind: "extension_request",
      says: [/Call the person who made the offer/, /small risk they keep the original deadline/],
    },
    { kind: "decision_reminder", says: [/Where the others stand/, /Globex \(top choice\)/] },
    { kind: "withdrawal", says: [/Call the hiring manager first/, /accepted another position/, /No details/] },
    { kind: "offer_letter_check", says: [/do not resign/, /[Ss]ign it/, /written offer letter/] },
    {
      kind: "resignation",
      says: [
        /sign it before you resign/,
        /manager first, in person, before anyone else/,
        /Two weeks' notice/,
        /[Tt]hank/,
      ],
    },
    {
      kind: "decline",
      says: [/would a counteroffer change your answer\?/, /Thank you for the offer/, /stay in touch/, /glad to/],
    },
    {
      kind: "discuss_offer",
      says: [/book the call/i, /gracious/, /notes for the call, not to send/, /Pay:/, /Level or title/, /too late/],
    },
    {
      kind: "back_out",
      says: [
        /[Cc]all the hiring manager first, then/,
        /about money\? Then know the number/,
        /more than money\? Then a counteroffer changes nothing/,
      ],
    },
    {
      kind: "rejection",
      says: [/future roles/, /[Tt]hank you/, /weekly digest keeps/, /Homework/, /Confidence/, /Thank-you notes/],
    },
  ];

  it.each(advice)("$kind", ({ kind, says }) => {
    // Prepare
    const scenario = SCENARIOS.find((s) => s.kind === kind);
    if (!scenario) throw new Error(`no scenario for ${kind}`);

    // Act
    const { view } = composeFirst(kind, scenario.employers, scenario.now);

    // Assess
    const text = allText(view).join("\n");
    for (const phrase of says) expect(text).toMatch(phrase);
  });
});

describe("composeNudge: calendar entries", () => {
  const CALENDAR: Array<[OwnerEmailKind, string | null]> = [
    ["interview_prep", "DTSTART:20260318T180000Z"], // 14:00 EDT
    ["offer_review", "DTSTART:20260320T"],
    ["extension_request", "DTSTART:20260320T"],
    ["decision_reminder", "DTSTART:20260320T"],
    ["follow_up", null],
    ["thank_you", null],
    ["withdrawal", null],
  ];

  it.each(CALENDAR)("%s carries %s", (kind, dtstart) => {
    const scenario = SCENARIOS.find((s) => s.kind === kind);
    if (!scenario) throw new Error(`no scenario for ${kind}`);

    const { view } = composeFirst(kind, scenario.employers, scenario.now);

    const ics = view.attachments.filter((a) => a.contentType.startsWith("text/calendar"));
    if (dtstart === null) {
      expect(ics).toEqual([]);
    } else {
      expect(ics).toHaveLength(1);
      expect(ics[0]?.content).toContain(dtstart);
    }
  });
});

describe("composeNudge: the offer review", () => {
  it("names the deadline in the subject and carries the checklist, comparison and negotiation prep", () => {
    // Prepare / Act
    const { view } = composeFirst(
      "offer_review",
      [
        kestrelOffer(),
        globex(),
        employer("Acme", { stage: "offer", offer: { base: 150000 }, offerReceivedAt: "2026-03-16T15:18:00.000Z" }),
      ],
      NOW,
    );

    // Assess
    expect(view.subject).toBe("Kestrel Pay offer: answer by Fri 20 Mar, 5:00 PM EDT");
    expect(view.deadline).toBe("Fri 20 Mar, 5:00 PM EDT");
    expect(view.sections.map((s) => s.title)).toEqual(
      expect.arrayContaining(["Evaluate the whole offer", "Negotiation prep", "Your other processes"]),
    );
    expect(view.sections.find((s) => s.title === "Evaluate the whole offer")?.items.join(" ")).toMatch(
      /retirement match.*PTO|Paid time off/s,
    );
    expect(view.tables[0]?.columns).toEqual(["Term", "Kestrel Pay", "Acme", "Current job"]);
    // The same words for the terms as the digest and the acknowledgement (plain-words offerTermLines).
    expect(view.tables[0]?.rows[0]).toEqual(["Base", "140,000 USD", "150,000", "[fill in]"]);
    expect(view.actions.map((a) => a.url)).toEqual(
      expect.arrayContaining([links("accept", "kestrel-pay"), links("decline", "kestrel-pay")]),
    );
  });

  it.each([
    { name: "at or above target", fields: { offer: { base: 170000 } }, prep: false },
    { name: "no base stated", fields: { offer: null }, prep: false },
    { name: "below target", fields: { offer: { base: 120000 } }, prep: true },
  ])("negotiation prep only when pay is below target ($name)", ({ fields, prep }) => {
    // Prepare / Act
    const { view } = composeFirst("offer_review", [kestrelOffer(fields)], NOW);

    // Assess
    expect(view.sections.some((s) => s.title === "Negotiation prep")).toBe(prep);
  });

  it("asks which process is the top choice when nothing is ranked, with prefer controls", () => {
    // Prepare / Act
    const { view } = composeFirst("offer_review", [kestrelOffer({ rank: null }), globex({ rank: null })], NOW);

    // Assess
    expect(view.sections.some((s) => s.title === "Which one is your top choice?")).toBe(true);
    expect(view.actions.map((a) => a.url)).toEqual(
      expect.arrayContaining([links("prefer", "kestrel-pay"), links("prefer", "globex")]),
    );
  });

  it("asks when they need an answer when no deadline was given", () => {
    // Prepare / Act
    const { view } = composeFirst("offer_review", [kestrelOffer({ respondBy: null })], NOW);

    // Assess
    expect(view.subject).toBe("Kestrel Pay offer: ask when they need an answer");
    expect(view.deadline).toBeNull();
    expect(view.drafts.map((d) => d.kind)).toEqual(["clarify_offer"]);
  });
});

describe("composeNudge: specifics", () => {
  it("addresses each withdrawal draft to a different open process", () => {
    // Prepare / Act
    const { view } = composeFirst("withdrawal", SCENARIOS.find((s) => s.kind === "withdrawal")?.employers ?? [], NOW);

    // Assess
    expect(view.drafts.map((d) => d.label)).toEqual(["Withdrawal from Globex", "Withdrawal from Acme"]);
    expect(view.drafts.every((d) => d.callScript?.length === 3)).toBe(true);
  });

  it("writes the expedite request to the preferred employer about the offer's deadline", () => {
    // Prepare / Act
    const { view } = composeFirst("expedite_request", [kestrelOffer(), globex()], NOW);

    // Assess
    expect(view.subject).toBe("Globex: ask them to speed up (Kestrel Pay offer due Fri 20 Mar, 5:00 PM EDT)");
    expect(view.drafts[0]?.body).toContain("Friday 20 March at 5:00 PM EDT");
  });

  it.each([
    // Globex 1, Initech 2, the offer 3: both get an expedite request, only Globex is the first choice
    { target: "Globex", globexStage: "in_process", firstChoice: true },
    { target: "Initech", globexStage: "in_process", firstChoice: false },
    // Globex (ranked 1) is closed: Initech is now the top open process, and saying so is true
    { target: "Initech", globexStage: "rejected", firstChoice: true },
  ] as const)(
    "calls $target the top choice only when it is (Globex $globexStage): $firstChoice",
    ({ target, globexStage, firstChoice }) => {
      // Prepare
      const initech = employer("Initech", {
        rank: 2,
        contactName: "Luis Ortega",
        lastContactAt: "2026-03-03T15:00:00.000Z",
      });
      const employers = [kestrelOffer({ rank: 3 }), globex({ stage: globexStage }), initech];
      const nudge = planNudges(employers, owner, NOW).find(
        (n) => n.kind === "expedite_request" && n.employerId === target.toLowerCase(),
      );
      if (!nudge) throw new Error(`no expedite request to ${target}`);

      // Act
      const view = composeNudge(nudge, employers, owner, NOW, links);

      // Assess
      const draft = view.drafts[0]?.body ?? "";
      expect(/first choice|top choice/.test(draft)).toBe(firstChoice);
      expect(draft).toContain("Friday 20 March at 5:00 PM EDT");
      const tone = view.sections.find((s) => s.title === "Tone")?.items.join(" ") ?? "";
      expect(tone.startsWith("Say they are your top choice")).toBe(firstChoice);
    },
  );

  it.each([
    {
      name: "confirmed by the owner",
      followUpsSent: 3,
      reminders: 0,
      subject: "Globex: three follow-ups unanswered, step out gracefully",
      happened: "You sent Globex three follow-ups since their last news on Tue 3 Mar, and none was answered.",
    },
    {
      name: "reminders the owner never confirmed",
      followUpsSent: 0,
      reminders: 3,
      subject: "Globex: three reminders and no news, step out gracefully",
      happened: "jobnudge does not know whether you sent them.",
    },
    {
      name: "one of three confirmed",
      followUpsSent: 1,
      reminders: 3,
      subject: "Globex: three reminders and no news, step out gracefully",
      happened: "You confirmed sending one follow-up.",
    },
  ])("states only what is known in the step-out ($name)", ({ followUpsSent, reminders, subject, happened }) => {
    // Prepare
    const timeline = Array.from({ length: reminders }, (_, i) => ({
      at: `2026-03-0${4 + i}T13:00:00.000Z`,
      kind: "nudge" as const,
      summary: "follow_up sent",
      nudgeId: `follow_up.globex.${i + 1}.x`,
    }));
    const employers = [globex({ followUpsSent, lastFollowUpAt: "2026-03-06T13:00:00.000Z", timeline })];

    // Act
    const { view } = composeFirst("step_out", employers, NOW);

    // Assess
    expect(view.subject).toBe(subject);
    expect(view.happened).toContain(happened);
    if (followUpsSent < 3)
      expect(allText(view).join("\n")).not.toMatch(/ignored|unanswered follow-ups|you sent three/i);
  });

  it("asks for more time naming how many preferred processes are pending", () => {
    // Prepare
    const initech = employer("Initech", { rank: 2, lastContactAt: "2026-03-03T15:00:00.000Z" });

    // Act
    const { view } = composeFirst("extension_request", [kestrelOffer({ rank: 3 }), globex(), initech], NOW);

    // Assess
    expect(view.happened).toContain("Globex and Initech have not decided yet");
    expect(view.drafts[0]?.body).toContain("final stage with two other companies");
  });

  it.each([
    { name: "the evening before", now: "2026-03-17T22:00:00.000Z", says: "prepare tonight" },
    { name: "the morning of the interview", now: "2026-03-18T12:10:00.000Z", says: "prepare before it starts" },
  ])("interview prep sent $name says when to prepare", ({ now, says }) => {
    // Prepare
    const employers = [globex({ interviewAt: "2026-03-18T14:00:00-04:00", interviewers: ["Ana Ruiz"] })];

    // Act
    const { view } = composeFirst("interview_prep", employers, now);

    // Assess
    expect(view.subject).toBe(`Globex interview Wed 18 Mar, 2:00 PM EDT: ${says}`);
  });

  it("addresses one thank-you per interviewer", () => {
    // Prepare / Act
    const { view } = composeFirst("thank_you", SCENARIOS.find((s) => s.kind === "thank_you")?.employers ?? [], NOW);

    // Assess
    expect(view.drafts.map((d) => d.body.split("\n")[0])).toEqual(["Hi Ana,", "Hi Tom,"]);
  });

  it.each([
    { kind: "digest", employerId: "globex" },
    { kind: "follow_up", employerId: "nobody" },
  ] as const)("refuses to compose $kind for $employerId", ({ kind, employerId }) => {
    // Prepare
    const nudge: PlannedNudge = { id: "x", kind, employerId, dueAt: NOW, drafts: [], reason: "" };

    // Act / Assess
    expect(() => composeNudge(nudge, [globex()], owner, NOW, links)).toThrow(InvalidRequestError);
  });
});
