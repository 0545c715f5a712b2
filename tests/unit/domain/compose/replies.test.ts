import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../../functions/domain/commands/parse";
import { composeAck } from "../../../../functions/domain/compose/ack";
import { composeCommandReply } from "../../../../functions/domain/compose/command-reply";
import { composeError } from "../../../../functions/domain/compose/error-reply";
import type { EmailView } from "../../../../functions/domain/email-view";
import type { AskedField, EmployerRecord, UnsureFact } from "../../../../functions/domain/employer";
import { type Extraction, emptyExtraction } from "../../../../functions/domain/extraction";
import type { PlannedNudge } from "../../../../functions/domain/nudge";
import { employer, owner, ownerIn, readableLinks } from "../builders";

const NOW = "2026-03-04T15:00:00.000Z";

/** The acknowledgement of message k1, with nothing planned. */
function ackOf(extraction: Extraction, record: EmployerRecord): EmailView {
  return composeAck({
    extraction,
    employer: record,
    planned: [],
    owner: NY,
    now: NOW,
    links: readableLinks,
    messageKey: "k1",
  });
}

/** An unsure fact of message k1, as the lifecycle holds it. */
function held(field: AskedField, value: string): UnsureFact {
  return { field, value, confidence: 0.5, messageKey: "k1", at: "2026-03-04T14:00:00.000Z" };
}
const NY = owner();

function allText(view: EmailView): string {
  return [
    view.subject,
    view.headline,
    view.happened,
    ...view.sections.flatMap((s) => [s.title, ...s.items]),
    ...view.tables.flatMap((t) => [t.title, ...t.columns, ...t.rows.flat()]),
    ...view.actions.map((a) => a.label),
  ].join("\n");
}

const offerNudges: PlannedNudge[] = [
  {
    id: "offer_review.globex",
    kind: "offer_review",
    employerId: "globex",
    dueAt: NOW,
    drafts: ["clarify_offer"],
    reason: "offer",
  },
  {
    id: "decision_reminder.globex.20260313",
    kind: "decision_reminder",
    employerId: "globex",
    dueAt: "2026-03-11T13:00:00.000Z",
    drafts: [],
    reason: "deadline 2026-03-13",
  },
  {
    id: "follow_up.acme",
    kind: "follow_up",
    employerId: "acme",
    dueAt: "2026-03-09T13:00:00.000Z",
    drafts: ["follow_up"],
    reason: "silence",
  },
];

describe("composeAck", () => {
  it.each([
    {
      record: employer("Northwind", { stage: "offer", respondBy: "2026-02-27T17:00:00-05:00" }),
      says: "Nothing planned for Northwind: the offer waits on your answer.",
    },
    {
      record: employer("Globex", { ownerMove: { move: "send your availability", at: NOW } }),
      says: "Nothing planned for Globex: they wait on you to send your availability.",
    },
    {
      record: employer("Initech"),
      says: "Nothing planned for Initech yet; I will nudge you if they go quiet.",
    },
  ])("with nothing planned, promises a follow-up only when one can come ($record.name)", ({ record, says }) => {
    // Act
    const view = ackOf(emptyExtraction({ kind: "update", employer: record.name, subject: "News" }), record);

    // Assess
    const plan = view.sections.find((s) => s.title === "What I will do")?.items ?? [];
    expect(plan).toContain(says);
  });

  it("says what was understood, what comes when, and offers the fixes for an offer", () => {
    // Prepare
    const extraction = emptyExtraction({
      kind: "offer",
      employer: "Globex",
      respondBy: "2026-03-13",
      offerTerms: { base: 145000, currency: "USD", bonus: "10%" },
      contactEmail: "dana@globex.com",
      contactName: "Dana Li",
      subject: "Your offer from Globex",
      confidence: { kind: 0.95, employer: 0.9, respondBy: 0.9 },
    });
    const record = employer("Globex", { stage: "offer", respondBy: "2026-03-13" });
    // Act
    const view = composeAck({
      extraction,
      employer: record,
      planned: offerNudges,
      owner: NY,
      now: NOW,
      links: readableLinks,
      messageKey: "k1",
    });
    // Assess
    expect(view.kind).toBe("ack");
    expect(view.subject).toBe("Got it: Globex, offer, answer by Fri 13 Mar");
    const text = allText(view);
    expect(text).toContain("Offer terms: base 145,000 USD, bonus 10%");
    expect(text).toContain("Contact: Dana Li <dana@globex.com>");
    expect(text).toContain("Now: offer review with drafts");
    expect(text).toContain("Wed 11 Mar, 9:00 AM EDT: decision reminder");
    expect(text).not.toContain("follow-up"); // Acme's nudge is not about this forward
    expect(view.actions.map((a) => a.url)).toEqual([
      "https://actions.test/a/not_employer/globex",
      "https://actions.test/a/not_offer/globex",
      "https://actions.test/a/accept/globex",
      "https://actions.test/a/decline/globex",
      "https://actions.test/a/prefer/globex",
      "https://actions.test/a/view/globex?message=k1",
    ]);
    expect(view.deadline).toBe("Fri 13 Mar");
    expect(view.attachments.map((a) => a.filename)).toEqual(["deadline-globex.ics"]);
    expect(view.attachments[0]?.content).toContain("DTSTART;VALUE=DATE:20260313");
  });

  it("shows the year of a deadline that passed months ago (the sample forwarded in December)", () => {
    // Prepare
    const extraction = emptyExtraction({
      kind: "offer",
      employer: "Northwind",
      respondBy: "2026-03-13T17:00:00-04:00",
      confidence: { kind: 0.95, employer: 0.9, respondBy: 0.9 },
    });
    const record = employer("Northwind", { stage: "offer", respondBy: "2026-03-13T17:00:00-04:00" });

    // Act
    const view = composeAck({
      extraction,
      employer: record,
      planned: [],
      owner: NY,
      now: "2026-12-02T11:00:00.000Z",
      links: readableLinks,
    });

    // Assess
    // ...and says it is over (issue 10: acks say when a stated deadline is already in the past)
    expect(view.subject).toBe("Got it: Northwind, offer, the answer was due Fri 13 Mar 2026, 5:00 PM EDT (passed)");
    expect(view.deadline).toBe("Fri 13 Mar 2026, 5:00 PM EDT (passed)");
    const items = view.sections.flatMap((s) => s.items);
    expect(items).toContain("Answer due by: Fri 13 Mar 2026, 5:00 PM EDT (already passed)");
    expect(items.join("\n")).toContain(
      'has already passed: no reminders for it. If they gave you more time, send "deadline Northwind <new date>"',
    );
  });

  it.each([
    { zone: "America/New_York", at: "2026-04-09T14:00:00-04:00", shown: "Thu 9 Apr, 2:00 PM EDT" },
    { zone: "Europe/Berlin", at: "2026-04-09T14:00:00+02:00", shown: "Thu 9 Apr, 2:00 PM CEST" },
  ])("says an interview forwarded after it took place is in the past ($zone)", ({ zone, at, shown }) => {
    // Prepare
    const extraction = emptyExtraction({ kind: "interview_scheduled", employer: "Acme", interviewAt: at });
    const record = employer("Acme", { interviewAt: at });

    // Act
    const view = composeAck({
      extraction,
      employer: record,
      planned: [],
      owner: ownerIn(zone),
      now: "2026-04-10T09:00:00.000Z",
      links: readableLinks,
    });

    // Assess
    expect(view.subject).toBe(`Got it: Acme, interview ${shown} (past)`);
    expect(view.sections.flatMap((s) => s.items)).toContain(
      `The interview time (${shown}) is already in the past: no preparation reminder for it.`,
    );
  });

  it("attaches the interview to the calendar, in UTC", () => {
    const extraction = emptyExtraction({
      kind: "interview_scheduled",
      employer: "Acme",
      interviewAt: "2026-03-10T14:00:00-04:00",
      confidence: { interviewAt: 0.9 },
    });
    const record = employer("Acme", { interviewAt: "2026-03-10T14:00:00-04:00", interviewMinutes: 45 });
    const view = composeAck({ extraction, employer: record, planned: [], owner: NY, now: NOW, links: readableLinks });
    expect(view.subject).toBe("Got it: Acme, interview Tue 10 Mar, 2:00 PM EDT");
    expect(view.attachments[0]?.content).toContain("DTSTART:20260310T180000Z");
  });

  it("does not put an unsure interview time in the calendar", () => {
    const extraction = emptyExtraction({
      kind: "interview_scheduled",
      employer: "Acme",
      interviewAt: "2026-03-10T14:00:00-04:00",
      confidence: { interviewAt: 0.2 },
    });
    const record = employer("Acme", { unsure: [held("interviewAt", "2026-03-10T14:00:00-04:00")] });
    const view = composeAck({ extraction, employer: record, planned: [], owner: NY, now: NOW, links: readableLinks });
    expect(view.attachments).toEqual([]);
  });

  it("asks about each unsure fact it holds, with one-tap answers first among the links", () => {
    // Prepare
    const extraction = emptyExtraction({
      kind: "offer",
      employer: "Acme",
      respondBy: "2026-03-13T17:00:00-04:00",
      confidence: { kind: 0.7, employer: 0.4, respondBy: 0.5 },
    });
    const record = employer("Acme", {
      unsure: [held("kind", "offer"), held("employer", "Acme"), held("respondBy", "2026-03-13T17:00:00-04:00")],
    });
    // Act
    const view = ackOf(extraction, record);
    // Assess
    const check = view.sections.find((s) => s.title === "Please check");
    expect(check?.items).toEqual([
      "Is this an offer from Acme? Answer with a link below.",
      "Is this from Acme? Answer with a link below.",
      "Deadline Fri 13 Mar, 5:00 PM EDT? Answer with a link below.",
    ]);
    expect(view.actions.slice(0, 7)).toEqual([
      { label: "Is this an offer from Acme? Yes", url: "https://actions.test/a/confirm/acme?field=kind&value=offer" },
      {
        label: "Is this an offer from Acme? It is an update",
        url: "https://actions.test/a/reclassify/acme?message=k1&kind=update",
      },
      {
        label: "Is this an offer from Acme? Not a job mail",
        url: "https://actions.test/a/reclassify/acme?message=k1&kind=other",
      },
      { label: "Is this from Acme? Yes", url: "https://actions.test/a/confirm/acme?field=employer&value=Acme" },
      { label: "Is this from Acme? Not Acme? Tell me who it is", url: "https://actions.test/a/not_employer/acme" },
      {
        label: "Deadline Fri 13 Mar, 5:00 PM EDT? Yes",
        url: "https://actions.test/a/confirm/acme?field=respondBy&value=2026-03-13T17%3A00%3A00-04%3A00",
      },
      { label: "Deadline Fri 13 Mar, 5:00 PM EDT? Change", url: "https://actions.test/a/change/acme?field=respondBy" },
    ]);
    // Unsure facts are neither stated nor put in the calendar, and the owner is told why.
    expect(view.sections[0]?.items.join("\n")).not.toMatch(/Fri 13 Mar|Kind:|Employer:/);
    expect(view.subject).toBe("Got it: Acme?, offer? Please check");
    expect(view.attachments).toEqual([]);
    expect(allText(view)).toContain("Nothing that depends on an unchecked fact is planned until you answer.");
    expect(view.actions.filter((a) => a.url.includes("not_employer"))).toHaveLength(1);
  });

  it("asks only about this message's unsure facts, and states what the employer waits on", () => {
    const extraction = emptyExtraction({
      kind: "update",
      employer: "Acme",
      role: "Data Analyst",
      ownerMove: "send references",
      confidence: { kind: 0.99, employer: 0.99, role: 0.6 },
    });
    const record = employer("Acme", {
      unsure: [held("role", "Data Analyst"), { ...held("contactEmail", "x@acme.com"), messageKey: "older" }],
    });
    const view = ackOf(extraction, record);
    expect(view.sections.find((s) => s.title === "Please check")?.items).toEqual([
      "Is the role Data Analyst? Answer with a link below.",
    ]);
    expect(allText(view)).toContain("They wait on you to: send references");
  });

  it("without an employer record, asks in words only", () => {
    const extraction = emptyExtraction({
      kind: "update",
      employer: "Acme",
      expectDecisionBy: "2026-03-13",
      confidence: { kind: 0.99, employer: 0.99, expectDecisionBy: 0.3 },
    });
    const view = composeAck({ extraction, employer: null, planned: [], owner: NY, now: NOW, links: readableLinks });
    expect(view.sections.find((s) => s.title === "Please check")?.items).toEqual(["News promised by Fri 13 Mar?"]);
    expect(view.actions).toEqual([]);
  });

  it("for mail about no employer, says nothing will happen", () => {
    const view = composeAck({
      extraction: emptyExtraction({ subject: "Newsletter" }),
      employer: null,
      planned: [],
      owner: NY,
      now: NOW,
      links: readableLinks,
    });
    expect(view.subject).toBe("Got it, but I could not tell what this is");
    expect(allText(view)).toContain("Nothing: I could not tell which employer this is about.");
    expect(view.actions).toEqual([]);
  });

  it("flattens line breaks from mail out of the subject", () => {
    const extraction = emptyExtraction({ kind: "rejection", employer: "Evil\r\nBcc: x@y" });
    const view = composeAck({ extraction, employer: null, planned: [], owner: NY, now: NOW, links: readableLinks });
    expect(view.subject).not.toMatch(/[\r\n]/);
  });
});

describe("composeError", () => {
  it("gives the reason and what to do, under one heading per part and without internal keys", () => {
    const view = composeError({
      reason: "the message is larger than 10 MB",
      subject: "Fwd: offer",
      owner: NY,
      now: NOW,
    });
    expect(view.kind).toBe("error");
    const text = allText(view);
    expect(text).toContain("the message is larger than 10 MB. Nothing about your employers changed");
    expect(text).toContain("It was too large: forward it again without its attachments");
    // The summary already heads "What happened" and "Why now": no section repeats them.
    expect(view.sections.map((s) => s.title)).toEqual(["What you can do"]);
    expect(text).not.toMatch(/\bkey\b|inbox\/|step-\d|rawKey/);
  });
});

describe("composeCommandReply", () => {
  const employers = [
    employer("Globex", { stage: "offer", respondBy: "2026-03-13" }),
    employer("Acme", { lastContactAt: "2026-03-02T15:00:00.000Z" }),
    employer("Initech", { stage: "rejected" }),
  ];
  const reply = (
    subject: string,
    outcome: Parameters<typeof composeCommandReply>[0]["outcome"] = { status: "applied" },
  ) =>
    composeCommandReply({
      subject,
      command: parseCommand(subject, employers, NY, NOW),
      outcome,
      employers,
      planned: offerNudges,
      owner: NY,
      now: NOW,
      links: readableLinks,
    });

  it("help lists every command", () => {
    const view = reply("help");
    const items = view.sections[0]?.items ?? [];
    for (const verb of [
      "status",
      "help",
      "accept",
      "decline",
      "withdraw",
      "rejected",
      "rank",
      "prefer",
      "sent",
      "snooze",
      "stop",
      "resume",
      "deadline",
      "expect",
      "offer",
      "rename",
      "merge",
      "export",
    ]) {
      expect(items.some((i) => i.startsWith(verb))).toBe(true);
    }
  });

  it("status shows every open process with stage, last contact, next nudge and deadlines", () => {
    const view = reply("status");
    expect(view.subject).toBe("jobnudge: status, 2 open processes, 1 closed");
    expect(view.tables[0]?.columns).toEqual(["Employer", "Stage", "Last contact", "Next nudge", "Deadlines"]);
    expect(view.tables[0]?.rows).toEqual([
      ["Acme", "in process", "Mon 2 Mar, 10:00 AM EST", "follow-up, Mon 9 Mar, 9:00 AM EDT", "none"],
      ["Globex", "offer", "never", "offer review, now", "answer by Fri 13 Mar"],
    ]);
  });

  it("an applied command says what was recorded and what comes next", () => {
    const view = reply("deadline globex mar 13");
    expect(view.subject).toBe("jobnudge: recorded, your answer to Globex is due Fri 13 Mar");
    expect(view.headline).toBe("Recorded: your answer to Globex is due Fri 13 Mar");
    expect(view.sections[0]?.items).toEqual(["Now: offer review", "Wed 11 Mar, 9:00 AM EDT: decision reminder"]);
  });

  it("a refused command says nothing changed and why", () => {
    const view = reply("accept initech", {
      status: "refused",
      reason: "Initech is rejected, so accept does not apply",
    });
    expect(view.headline).toBe("Nothing changed");
    expect(view.happened).toBe('You sent "accept initech". Initech is rejected, so accept does not apply.');
  });

  it.each(["accept", "accept zzz", "frobnicate Acme", "snooze acme forever", "acept"])(
    "%j: what was understood and the choices",
    (subject) => {
      const view = reply(subject);
      expect(view.subject.startsWith("jobnudge: not understood")).toBe(true);
      expect(view.happened).toContain("Nothing changed.");
      expect(view.sections[0]?.title).toBe("What I understood");
      expect(view.sections[1]?.items.length).toBeGreaterThan(0);
    },
  );

  it("export attaches CSV and JSON", () => {
    const view = reply("export");
    expect(view.attachments.map((a) => a.contentType)).toEqual([
      "text/csv; charset=utf-8",
      "text/csv; charset=utf-8",
      "application/json",
    ]);
  });

  it("no reply subject reads as a command when the owner answers it", () => {
    for (const subject of ["status", "accept globex", "nonsense"]) {
      const view = reply(subject);
      expect(parseCommand(`Re: ${view.subject}`, employers, NY, NOW).type).toBe("invalid");
    }
  });
});
