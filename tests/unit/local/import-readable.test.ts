// `jobnudge import` lines are for a person: dates in the owner's zone as they read them ("Fri 13 Mar,
// 5:00 PM EDT"), kinds and stages in words ("interview scheduled", "in process"); the --json object
// (DESIGN.md import contract) keeps the stored values.
import { describe, expect, it } from "vitest";
import { importJson, importText } from "../../../functions/local/cli/import-report";
import { forwardsFromOthers, type ImportOutcome } from "../../../functions/local/cli/import-run";

const NOW = "2026-03-16T14:00:00.000Z";

const outcome: ImportOutcome = {
  format: "mbox",
  messages: 3,
  kept: 3,
  skipped: {},
  replayed: 3,
  applied: 3,
  jobMessages: 3,
  errors: [],
  interrupted: false,
  forwardsFromOthers: [],
  report: {
    headline: "imported 3 messages, 2 employers, 1 needs your answer",
    unsure: 1,
    overdue: [],
    summary: "none",
    employers: [
      {
        name: "Globex Systems",
        role: "Senior Data Engineer",
        stage: "in_process",
        respondBy: null,
        expectDecisionBy: "2026-03-20",
        interviewAt: "2026-03-05T19:00:00.000Z",
        messages: [
          {
            at: "2026-03-02T15:15:00.000Z",
            kind: "interview_scheduled",
            summary: "interview_scheduled: interview 2026-03-05T14:00:00-05:00",
          },
          { at: "2026-03-06T02:30:00.000Z", kind: "outgoing", summary: "outgoing thank_you: noted" },
        ],
        unsure: [{ field: "expectDecisionBy", value: "2026-03-20", confidence: 0.42, at: "2026-03-06T21:05:00.000Z" }],
      },
      {
        name: "Northwind Analytics",
        role: null,
        stage: "offer",
        respondBy: "2026-03-13T17:00:00-04:00",
        expectDecisionBy: null,
        interviewAt: null,
        messages: [
          {
            at: "2026-03-09T15:00:00.000Z",
            kind: "offer",
            summary: "offer: offer received, answer by 2026-03-13T17:00:00-04:00",
          },
        ],
        unsure: [],
      },
    ],
  },
};

function text(timezone: string) {
  return importText(outcome, { dryRun: true, timezone, target: "dry run: nothing is changed", now: NOW });
}

describe("jobnudge import --dry-run lines", () => {
  it("say stages and kinds in words, never as stored", () => {
    const out = text("America/New_York");

    expect(out).toContain("Globex Systems (Senior Data Engineer): in process\n");
    expect(out).toContain("Northwind Analytics: offer\n");
    expect(out).toMatch(/ {2}Mon 2 Mar +interview scheduled +interview Thu 5 Mar, 2:00 PM EST\n/);
    expect(out).toMatch(/ {2}Thu 5 Mar +your own mail +thank you: noted\n/);
    expect(out).toMatch(/ {2}Mon 9 Mar +offer +offer received, answer by Fri 13 Mar, 5:00 PM EDT\n/);
    expect(out).toContain(
      "  unsure: date they promised news by Fri 20 Mar (confidence 0.42, from mail of Fri 6 Mar)\n",
    );
    expect(out).not.toMatch(/in_process|interview_scheduled|thank_you|\d{4}-\d{2}-\d{2}/);
  });

  it("read every date in the owner's zone (a mail late in the New York evening is the next day in Berlin)", () => {
    const out = text("Europe/Berlin");

    expect(out).toContain("interview Thu 5 Mar, 8:00 PM CET");
    expect(out).toMatch(/ {2}Fri 6 Mar +your own mail/);
    expect(out).toContain("answer by Fri 13 Mar, 10:00 PM CET");
  });

  it("show the year of a date in another year than today's", () => {
    const out = importText(outcome, {
      dryRun: true,
      timezone: "America/New_York",
      target: "x",
      now: "2027-01-10T12:00:00.000Z",
    });

    expect(out).toContain("answer by Fri 13 Mar 2026, 5:00 PM EDT");
  });

  it("leave the --json object as the contract says: stored values", () => {
    const json = importJson(outcome) as { employers: { stage: string; respondBy: string }[] };

    expect(json.employers[0]?.stage).toBe("in_process");
    expect(json.employers[1]?.respondBy).toBe("2026-03-13T17:00:00-04:00");
  });

  it("say nothing of forwarders when every forward is the owner's", () => {
    expect(text("America/New_York")).not.toContain("not yours");
  });

  it("name forwards from addresses that are not the owner's, and what to do if one is", () => {
    const others = [
      { address: "robin@work.example", messages: 12 },
      ...["a", "b", "c", "d", "e"].map((x) => ({ address: `${x}@friends.example`, messages: 1 })),
    ];
    const out = importText(
      { ...outcome, forwardsFromOthers: others },
      { dryRun: true, timezone: "America/New_York", target: "x", now: NOW },
    );

    expect(out).toContain(
      "17 forwarded message(s) came from addresses that are not yours: robin@work.example (12), a@friends.example (1), b@friends.example (1), c@friends.example (1), d@friends.example (1), 1 more.",
    );
    expect(out).toContain("list it in owner.aliases");
    expect(importJson({ ...outcome, forwardsFromOthers: others })).toMatchObject({ forwardsFromOthers: others });
  });
});

describe("forwardsFromOthers", () => {
  it("counts forwards by address, leaving out the owner's addresses in any case, most first", () => {
    const entries = [
      { forwardedBy: "me@home.example" },
      { forwardedBy: "friend@mail.example" },
      { forwardedBy: null },
      { forwardedBy: "old@work.example" },
      { forwardedBy: "friend@mail.example" },
    ];

    expect(forwardsFromOthers(entries, ["Me@Home.example"])).toEqual([
      { address: "friend@mail.example", messages: 2 },
      { address: "old@work.example", messages: 1 },
    ]);
    expect(forwardsFromOthers(entries, ["me@home.example", "friend@mail.example", "old@work.example"])).toEqual([]);
  });
});
