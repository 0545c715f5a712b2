// Issue 10 "timing and state" through `simulate`, each story told in New York and in Berlin with the
// same wall-clock times: the owner's move (PLAYBOOK §1b) and the cadence after their own follow-up
// (§2), the thank-you at the stated end (§1), the extension a business day after the expedite and a
// deadline that lapses (§3, §7), and an offer after an acceptance with the resignation planned back
// from the start date (§4).
import { describe, expect, it } from "vitest";
import { rows, runScenario, type ScenarioRun, wall, type ZoneCase } from "./run-scenario";

const zones = (story: string): ZoneCase[] => [
  { zone: "America/New_York", folder: `timing-${story}-new-york`, offset: "-04:00" },
  { zone: "Europe/Berlin", folder: `timing-${story}-berlin`, offset: "+02:00" },
];

/** The text part of the only email of this kind about this employer (at this local time when given). */
function text(run: ScenarioRun, kind: string, employer: string | null, at?: string): string {
  const found = run.result.emails.flatMap((e, i) =>
    e.kind === kind && e.employer === employer && (at === undefined || e.at === at) ? [run.bodies[i]?.text ?? ""] : [],
  );
  if (found.length !== 1) throw new Error(`expected one ${kind} about ${employer}, found ${found.length}`);
  return found[0] as string;
}

function drafts(run: ScenarioRun, kind: string, employer: string | null) {
  return run.result.emails.filter((e) => e.kind === kind && e.employer === employer).map((e) => e.drafts);
}

describe.each(zones("move"))("§1b your move, §1 thank-you, §2 cadence: owner in $zone", ({ zone, folder, offset }) => {
  it("asks the owner to move, then runs the interview and the follow-ups from the owner's own", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(rows(result.emails, zone)).toEqual([
      { at: "2026-04-06 10:15", kind: "ack", employer: "Wrenfield Systems" },
      // "Could you send me your availability?": the next business morning, to the owner, not the employer
      { at: "2026-04-07 09:00", kind: "your_move", employer: "Wrenfield Systems" },
      { at: "2026-04-07 12:00", kind: "ack", employer: "Wrenfield Systems" },
      { at: "2026-04-08 11:00", kind: "ack", employer: "Wrenfield Systems" },
      { at: "2026-04-13 08:00", kind: "digest", employer: null },
      { at: "2026-04-13 18:00", kind: "interview_prep", employer: "Wrenfield Systems" },
      // 10:30 - 1:30: at its stated end, not an hour after the start
      { at: "2026-04-14 13:30", kind: "thank_you", employer: "Wrenfield Systems" },
      { at: "2026-04-20 08:00", kind: "digest", employer: null },
      // the owner's own follow-up (BCC) on Mon 20 Apr counts as the first...
      { at: "2026-04-20 10:00", kind: "ack", employer: "Wrenfield Systems" },
      { at: "2026-04-27 08:00", kind: "digest", employer: null },
      // ...and the weekly cadence goes on from it, up to the limit
      { at: "2026-04-27 09:00", kind: "follow_up", employer: "Wrenfield Systems" },
      { at: "2026-05-04 08:00", kind: "digest", employer: null },
      { at: "2026-05-04 09:00", kind: "follow_up", employer: "Wrenfield Systems" },
      { at: "2026-05-11 08:00", kind: "digest", employer: null },
      { at: "2026-05-11 09:00", kind: "step_out", employer: "Wrenfield Systems" },
    ]);
    expect(result.emails.find((e) => e.kind === "thank_you")?.at).toBe(wall("2026-04-14 13:30", offset));
  });

  it("drafts the short reply with three windows in the owner's zone, and says no follow-up goes meanwhile", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const body = text(run, "your_move", "Wrenfield Systems");

    // Assess
    expect(drafts(run, "your_move", "Wrenfield Systems")).toEqual([
      [{ kind: "owner_reply", to: "nadia.brandt@wrenfieldsystems.com", subject: "Re: Platform Engineer" }],
    ]);
    expect(body).toContain("Wrenfield Systems asked you to send your availability (their mail of Mon 6 Apr)");
    // "your availability for next week" (asked Mon 6 Apr): windows in the week of Mon 13 Apr
    const zoneName = offset === "-04:00" ? "EDT" : "CEST";
    expect(body).toContain(`- Tuesday 14 April, 9:00 AM to 1:00 PM ${zoneName}`);
    expect(body).toContain(`- Wednesday 15 April, 1:00 PM to 5:00 PM ${zoneName}`);
    expect(body).toContain(`- Thursday 16 April, 9:00 AM to 1:00 PM ${zoneName}`);
    expect(body).not.toContain("Wednesday 8 April");
    expect(body).toContain('They asked for times in a window ("next week": Mon 13 Apr');
    expect(body).toContain("jobnudge sends you no follow-up to them meanwhile");
  });

  it("thanks each named interviewer by name, never the company", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const body = text(run, "thank_you", "Wrenfield Systems");

    // Assess
    expect(drafts(run, "thank_you", "Wrenfield Systems")[0]?.map((d) => d.kind)).toEqual([
      "thank_you",
      "thank_you",
      "thank_you",
    ]);
    for (const greeting of ["Hi Priya,", "Hi Tom,", "Hi Ana,"]) expect(body).toContain(greeting);
    // the company is never greeted (the recruiter may pass the notes on)
    expect(body).not.toMatch(/Hi Wrenfield/);
  });

  it("counts from the latest contact: the owner's own note, not their last mail", async () => {
    // Prepare / Act
    const run = await runScenario(folder);

    // Assess: their last mail was Wed 8 Apr, the interview Tue 14 Apr, the owner's note Mon 20 Apr
    expect(text(run, "follow_up", "Wrenfield Systems", wall("2026-04-27 09:00", offset))).toContain(
      "You last wrote to Wrenfield Systems on Mon 20 Apr; no news since.",
    );
    const stepOut = text(run, "step_out", "Wrenfield Systems");
    expect(stepOut).toContain("I have not had news since my note of Monday 20 April");
    expect(stepOut).toContain("You confirmed sending one of them; jobnudge does not know whether you sent the others.");
  });
});

describe.each(zones("offers"))("§3 offers and lapsed deadlines: owner in $zone", ({ zone, folder, offset }) => {
  it("thanks at once on their 'thank you for interviewing', asks for time a business day after the expedite, and asks what happened after the deadline", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(rows(result.emails, zone)).toEqual([
      // "Thank you for interviewing with us today": proof the interview happened, no time on record
      { at: "2026-04-06 16:00", kind: "thank_you", employer: "Harborlight" },
      { at: "2026-04-06 16:00", kind: "ack", employer: "Harborlight" },
      { at: "2026-04-07 11:00", kind: "offer_review", employer: "Nimbus Works" },
      { at: "2026-04-07 11:00", kind: "ack", employer: "Nimbus Works" },
      { at: "2026-04-07 11:30", kind: "expedite_request", employer: "Harborlight" },
      { at: "2026-04-07 11:30", kind: "command_reply", employer: null },
      // deadline Tue 14 Apr, 5 business days out: Harborlight gets a business day first
      { at: "2026-04-08 09:00", kind: "extension_request", employer: "Nimbus Works" },
      { at: "2026-04-10 09:00", kind: "decision_reminder", employer: "Nimbus Works" },
      { at: "2026-04-13 08:00", kind: "digest", employer: null },
      // a week after the expedite request (also a request for news)
      { at: "2026-04-14 09:00", kind: "follow_up", employer: "Harborlight" },
      { at: "2026-04-14 14:00", kind: "decision_reminder", employer: "Nimbus Works" },
      // nothing recorded by Tue 5 PM: the next business morning
      { at: "2026-04-15 09:00", kind: "deadline_passed", employer: "Nimbus Works" },
      // an offer forwarded after its deadline: the ack says so, no deadline_passed on top
      { at: "2026-04-15 12:00", kind: "ack", employer: "Quillfeather" },
      { at: "2026-04-20 08:00", kind: "digest", employer: null },
      { at: "2026-04-21 09:00", kind: "follow_up", employer: "Harborlight" },
    ]);
    expect(result.emails.find((e) => e.kind === "deadline_passed")?.at).toBe(wall("2026-04-15 09:00", offset));
  });

  it("puts the call script first and the email second", async () => {
    // Prepare / Act
    const body = text(await runScenario(folder), "extension_request", "Nimbus Works");

    // Assess
    const call = body.indexOf("Call first:");
    expect(call).toBeGreaterThan(0);
    expect(body.indexOf("Then confirm by email:")).toBeGreaterThan(call);
    expect(body.indexOf("To: owen.park@nimbusworks.com")).toBeGreaterThan(body.indexOf("Then confirm by email:"));
  });

  it("offers the one-click fixes after the deadline, and the digest shows it lapsed", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const passed = text(run, "deadline_passed", "Nimbus Works");
    const digest = text(run, "digest", null, wall("2026-04-20 08:00", offset));

    // Assess
    for (const fix of [
      "I accepted Nimbus Works' offer:",
      "I declined Nimbus Works' offer:",
      "They gave me more time: set the new deadline:",
    ]) {
      expect(passed).toContain(fix);
    }
    expect(passed).toContain("Call Owen Park today");
    expect(digest).toMatch(/answer was due Tue 14 Apr, 5:00 PM (EDT|CEST) \(lapsed\)/);
    expect(digest).toContain("the answer deadline (Mon 13 Apr) has lapsed");
    expect(digest).not.toMatch(/answer due soon|answer by Tue 14 Apr/);
  });

  it("the acknowledgement of a late forward says the deadline is already over", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const body = text(run, "ack", "Quillfeather");

    // Assess
    expect(run.result.emails.find((e) => e.kind === "ack" && e.employer === "Quillfeather")?.subject).toBe(
      "Got it: Quillfeather, offer, the answer was due Mon 13 Apr (passed)",
    );
    expect(body).toContain("- Answer due by: Mon 13 Apr (already passed)");
    expect(body).toContain("has already passed: no reminders for it.");
  });
});

describe.each(zones("accept"))("§4 an offer after accepting another: owner in $zone", ({ zone, folder, offset }) => {
  it("reviews the new offer instead of withdrawing from it, and plans the resignation from the start date", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(rows(result.emails, zone)).toEqual([
      { at: "2026-04-06 10:00", kind: "offer_review", employer: "Globex" },
      { at: "2026-04-06 10:00", kind: "ack", employer: "Globex" },
      // nothing else open: no withdrawal email
      { at: "2026-04-07 15:00", kind: "command_reply", employer: "Globex" },
      { at: "2026-04-08 09:00", kind: "offer_letter_check", employer: "Globex" },
      { at: "2026-04-09 11:00", kind: "resignation", employer: "Globex" },
      { at: "2026-04-09 11:00", kind: "ack", employer: "Globex" },
      // Acme's offer after the acceptance: reviewed, never withdrawn from
      { at: "2026-04-10 14:00", kind: "offer_review", employer: "Acme Robotics" },
      { at: "2026-04-10 14:00", kind: "ack", employer: "Acme Robotics" },
      { at: "2026-04-13 08:00", kind: "digest", employer: null },
      { at: "2026-04-14 10:00", kind: "decline", employer: "Acme Robotics" },
      { at: "2026-04-14 10:00", kind: "command_reply", employer: "Acme Robotics" },
      { at: "2026-04-20 08:00", kind: "digest", employer: null },
    ]);
  });

  it("drafts both routes side by side with the accepted offer", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const body = text(run, "offer_review", "Acme Robotics");

    // Assess
    expect(drafts(run, "offer_review", "Acme Robotics")).toEqual([
      [
        { kind: "clarify_offer", to: "rafael.ortiz@acmerobotics.com", subject: expect.any(String) },
        { kind: "back_out", to: "maya.lindqvist@globex.com", subject: expect.any(String) },
        { kind: "decline_offer", to: "rafael.ortiz@acmerobotics.com", subject: expect.any(String) },
      ],
    ]);
    expect(body).toMatch(/Term +Acme Robotics +Globex/);
    // Globex's offer is answered: its old deadline is no longer due
    const answerDue = body.split("\n").find((line) => line.startsWith("Answer due"));
    expect(answerDue).toMatch(/accepted Tue 7 Apr$/);
    expect(
      run.bodies[run.result.emails.findIndex((e) => e.kind === "offer_review" && e.employer === "Acme Robotics")]?.html,
    ).toContain("accepted Tue 7 Apr");
    expect(body).toContain("Back out of Globex: call the hiring manager first");
    expect(body).toContain("I have decided to accept another opportunity");
  });

  it("plans the last day back from the start date and says when to give notice", async () => {
    // Prepare / Act
    const body = text(await runScenario(folder), "resignation", "Globex");

    // Assess: Globex starts Mon 4 May
    expect(body).toContain("My last day will be Friday 1 May.");
    expect(body).toContain(
      "You start on Mon 4 May, so your last day is Fri 1 May: give notice by Fri 17 Apr at the latest.",
    );
  });

  it("the digests name the newer offer, then never count zero processes to close", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const [first, second] = run.result.emails.filter((e) => e.kind === "digest");

    // Assess
    expect(first?.subject).toBe("Your week: you accepted Globex, a newer offer from Acme Robotics");
    expect(second?.subject).toBe("Your week: you accepted Globex");
    expect(run.bodies.map((b) => b.text).join("\n")).not.toMatch(/\b0 open process/);
  });

  it("acknowledges the signed letter of the accepted offer without saying it waits on an answer", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const body = text(run, "ack", "Globex", wall("2026-04-09 11:00", offset));

    // Assess
    expect(body).toContain("The process is accepted: nothing more is planned for Globex.");
    expect(body).not.toContain("They wait on you to");
  });
});

describe.each(zones("window"))("§1b the window they named: owner in $zone", ({ folder, offset }) => {
  it("offers times inside 'Thursday or Friday', not the next business days", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const body = text(run, "your_move", "Larkspur Data");

    // Assess: asked on Mon 6 Apr; Tue 7 and Wed 8 Apr are outside the window they named
    const zoneName = offset === "-04:00" ? "EDT" : "CEST";
    expect(body).toContain(`- Thursday 9 April, 9:00 AM to 1:00 PM ${zoneName}`);
    expect(body).toContain(`- Friday 10 April, 9:00 AM to 1:00 PM ${zoneName}`);
    expect(body).not.toMatch(/Tuesday 7 April|Wednesday 8 April/);
    expect(body).toContain('They asked for times in a window ("Thursday or Friday": Thu 9 Apr, Fri 10 Apr)');
    expect(run.result.emails.some((e) => e.kind === "follow_up")).toBe(false);
  });
});
