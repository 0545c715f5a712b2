// Issue 10 through `simulate`, read as the owner reads it (the text part, drafts in full), in two time
// zones where the words depend on time: follow-ups that differ, a step-out that says what is known,
// the call booked in the owner's zone with the people the employer named, a polite "too late", and a
// digest that does not push new applications against the owner's word.
import { describe, expect, it } from "vitest";
import { runScenario, type ScenarioRun } from "./run-scenario";

/** The text parts of the emails of one kind (about one employer). */
function texts(run: ScenarioRun, kind: string, employer?: string): string[] {
  return run.result.emails.flatMap((email, i) =>
    email.kind === kind && (employer === undefined || email.employer === employer) ? [run.bodies[i]?.text ?? ""] : [],
  );
}

/** A draft's body as the text part prints it: from its "Subject:" line to the sign-off. */
function draftBody(text: string): string {
  const start = text.indexOf("\nSubject: ");
  const end = text.indexOf("Sam Rivera", start);
  return text.slice(start, end);
}

describe.each([
  { zone: "America/New_York", folder: "silence-new-york" },
  { zone: "Asia/Kolkata", folder: "silence-kolkata" },
])("follow-ups and step-out ($zone)", ({ folder }) => {
  it("Fernwood's three follow-ups are worded differently, each offers a short call", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const drafts = texts(run, "follow_up", "Fernwood Analytics").map(draftBody);

    // Assess
    expect(drafts).toHaveLength(3);
    expect(new Set(drafts.map((d) => d.split("\n")[1])).size).toBe(3); // three subjects
    expect(drafts[0]).toContain("since we spoke on Monday 6 April");
    for (const draft of drafts) expect(draft).toMatch(/call/);
  });

  it("the step-out counts follow-ups the owner confirmed sending as such", async () => {
    const run = await runScenario(folder);
    const [stepOut] = texts(run, "step_out", "Fernwood Analytics");
    expect(stepOut).toContain("You sent Fernwood Analytics three follow-ups since their last news on Mon 6 Apr");
  });
});

describe("step-out after reminders the owner never confirmed (New York)", () => {
  it("says three reminders and no news, not that the employer ignored three follow-ups", async () => {
    const run = await runScenario("review-silence-unconfirmed");
    const [stepOut] = texts(run, "step_out", "Marlow Labs");
    expect(stepOut).toContain("jobnudge reminded you three times to follow up with Marlow Labs");
    expect(stepOut).toContain("jobnudge does not know whether you sent them.");
    expect(stepOut).not.toMatch(/ignored|not answered your|follow-ups unanswered/);
  });
});

describe.each([
  { zone: "America/New_York", folder: "decline-new-york", abbreviation: "EDT" },
  { zone: "Europe/Berlin", folder: "decline-berlin", abbreviation: "CEST" },
])("declining, then asked to talk ($zone)", ({ folder, abbreviation }) => {
  it("the decline asks first whether a counteroffer would change the answer", async () => {
    const run = await runScenario(folder);
    const [decline] = texts(run, "decline", "Redwood Labs");
    const question = decline?.indexOf("would a counteroffer change your answer?") ?? -1;
    expect(question).toBeGreaterThan(0);
    expect(question).toBeLessThan(decline?.search(/Drafts? ready to send/) ?? 0);
  });

  it("the reply books the call in the owner's zone and names who will join; the counteroffer stays notes", async () => {
    // Prepare / Act: Redwood asks on Fri 10 Apr
    const run = await runScenario(folder);
    const [discuss] = texts(run, "discuss_offer", "Redwood Labs");

    // Assess
    expect(discuss).toContain("they said Dana Whitfield will join");
    expect(discuss).toContain("talk it through with you and Dana Whitfield");
    // They proposed "a quick call this afternoon", still ahead when the email goes out at 10:00.
    expect(discuss).toContain("This afternoon works for me, as you suggested: what time would suit you?");
    expect(discuss).toContain('They proposed "this afternoon" (Fri 10 Apr): the draft accepts it.');
    expect(discuss).not.toMatch(new RegExp(`Would Monday 13 April at 10:00 AM ${abbreviation}`));
    expect(discuss).toContain("Your counteroffer: notes for the call, not to send");
  });
});

describe("asked to talk after accepting elsewhere (New York)", () => {
  it("a polite 'too late' instead of booking a call", async () => {
    const run = await runScenario("review-too-late");
    const [discuss] = texts(run, "discuss_offer", "Redwood Labs");
    expect(discuss).toContain("Subject: Re: offer for Machine Learning Engineer");
    expect(discuss).toContain("Too late: a polite reply to Redwood Labs");
    expect(discuss).toContain("it is too late for me to reconsider");
    expect(discuss).not.toContain("Book the call");
  });
});

describe("an extension request is out (New York)", () => {
  it("the digests stop pushing new applications; the follow-up shares the offer without naming it", async () => {
    // Prepare / Act: the extension request to Pellucid went out Wed 8 Apr
    const run = await runScenario("review-revised-offer");
    const digests = texts(run, "digest");
    const [followUp] = texts(run, "follow_up", "Ostrava Works");

    // Assess
    // Mon 13 and 20 Apr: the (extended) deadline Mon 20 Apr 5:00 PM is ahead. Mon 27 Apr: it lapsed.
    expect(digests).toHaveLength(3);
    for (const digest of digests.slice(0, 2)) {
      expect(digest).not.toMatch(/Keep applying|apply for this week/);
      expect(digest).toContain("Your extension request to Pellucid Health says you are not starting new processes.");
    }
    const lapsed = digests[2] ?? "";
    expect(lapsed).toContain("that answer was due Mon 20 Apr, 5:00 PM EDT and has lapsed, so that promise has ended");
    expect(lapsed).toMatch(/Keep applying/);
    expect(lapsed).not.toContain("says you are not starting new processes");
    const body = draftBody(followUp ?? "");
    expect(body).toContain(
      "I have received an offer from another company and have been asked to answer by Monday 20 April",
    );
    expect(body).not.toContain("Pellucid");
  });
});

describe.each([
  { zone: "America/New_York", folder: "offer-new-york" },
  { zone: "Europe/Berlin", folder: "offer-berlin" },
])("two offers held, and the comparison worksheet ($zone)", ({ folder }) => {
  it("the second expedite request to Harborview gives the nearest deadline of both offers, no names", async () => {
    // Prepare / Act: Northgate's offer is due Wed 22 Apr when Juniper's (no deadline) arrives on Mon 20 Apr
    const run = await runScenario(folder);
    const requests = texts(run, "expedite_request", "Harborview Systems");

    // Assess
    expect(requests).toHaveLength(2);
    const second = draftBody(requests[1] ?? "");
    // The first request was never confirmed sent: this one gives the news afresh, not "since my last note".
    expect(second).toContain(
      "I have received offers from two other companies, and the first answer is due by Wednesday 22 April.",
    );
    expect(second).not.toContain("since my last note");
    expect(second).not.toMatch(/Northgate|Juniper/);
  });

  it("the worksheet with blanks appears once, in the first offer review", async () => {
    const run = await runScenario(folder);
    const withBlanks = run.result.emails.filter((_, i) => run.bodies[i]?.text.includes("[fill in]"));
    expect(withBlanks.map((e) => [e.kind, e.employer])).toEqual([["offer_review", "Northgate Analytics"]]);
  });
});

describe("a follow-up after the held offer's deadline passed (New York)", () => {
  it("never gives the passed date, and the revised offer is reviewed as revised", async () => {
    // Prepare / Act: Pellucid's revised offer was due Mon 20 Apr; Ostrava is followed up on 22 and 29 Apr
    const run = await runScenario("review-revised-offer");
    const [first, second, third] = texts(run, "follow_up", "Ostrava Works").map(draftBody);

    // Assess
    expect(first).toContain("Monday 20 April at 5:00 PM EDT");
    for (const late of [second, third]) {
      expect(late).toContain("another company");
      expect(late).not.toContain("20 April");
    }
    const reviews = texts(run, "offer_review", "Pellucid Health");
    expect(reviews[1]).toContain("Pellucid Health revised its offer");
    expect(reviews[1]).not.toContain("[fill in]");
  });
});
