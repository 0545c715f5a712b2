// How long the interview runs, whom the owner meets, and what the employer waits on the owner for.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { interviewersOf, interviewMinutes } from "../../../functions/domain/extract/interview-details";
import { ownerMoveOf, ownerMoveWeekOf } from "../../../functions/domain/extract/owner-move";
import type { CalendarFacts } from "../../../functions/domain/mail-facts";
import { OWNER, sampleFacts } from "./sample-facts";

const START = "2026-03-10T10:30:00-04:00";

describe("interviewMinutes", () => {
  it.each([
    ["Your interview is on Tuesday, 10:30 AM - 1:30 PM ET.", 180],
    ["Tuesday 10:30–11:15 with the team", 45],
    ["Tuesday from 10.30 to 12.00", 90],
    ["Please plan for 90 minutes.", 90],
    ["It's a 45-minute video call.", 45],
    ["The conversation will take about an hour.", 60],
    ["10:30 - 11:15 Coding\n11:15 - 12:00 System design\n12:00 - 12:45 Lunch with the team", 135],
  ])("%j -> %i", (body, minutes) => {
    expect(interviewMinutes(sampleFacts({ body }), START)).toBe(minutes);
  });

  it.each([
    ["Office hours are 9:00 - 17:00.", "a range that does not start with the interview"],
    ["You'll have 90 minutes to complete the assessment.", "a length that belongs to something else"],
    ["We need 5 - 7 years of experience.", "bare numbers are no clock times"],
  ])("%j gives nothing (%s)", (body) => {
    expect(interviewMinutes(sampleFacts({ body }), START)).toBeNull();
  });

  it("takes the calendar file's length first", () => {
    const calendar = { minutes: 50 } as CalendarFacts;
    expect(interviewMinutes(sampleFacts({ body: "Plan for 90 minutes.", calendar }), START)).toBe(50);
  });
});

describe("interviewersOf", () => {
  const context = { employer: "Northwind", sender: { name: "Priya Shah", address: "priya.shah@northwind.io" } };
  it.each([
    ["You'll meet with Dana Li (Engineering Manager) and Omar Haddad.", ["Dana Li", "Omar Haddad"]],
    ["Interviewers: Kim Ortega, Lars Beck", ["Kim Ortega", "Lars Beck"]],
    ["Your panel: Théo Marchand and Siobhán O'Neill", ["Théo Marchand", "Siobhán O'Neill"]],
    [
      "10:00 - 10:45  Sunil Rao, Staff Engineer\n10:45 - 11:30  Systems design with Bettina Kraus",
      ["Sunil Rao", "Bettina Kraus"],
    ],
    ["I'd love to chat about the role next week.", ["Priya Shah"]],
    // Negatives: the company, a coordinator who only arranges, a weekday after "with".
    ["Your interview with Northwind is confirmed.", []],
    ["Priya Shah will send the invite.", []],
    ["Call confirmed with Tuesday May 12 as the date.", []],
  ])("%j -> %j", (body, names) => {
    expect(interviewersOf(sampleFacts({ body }), context)).toEqual(names);
  });

  it("takes calendar attendees but the owner, robots, team mailboxes and the company", () => {
    const calendar = {
      attendees: [
        { name: "Sam Rivera", address: OWNER },
        { name: "Marcus Hale", address: "marcus@northwind.io" },
        { name: "Northwind", address: "calendar@northwind.io" },
        { name: "Recruiting Team", address: "recruiting@northwind.io" },
        { name: "Greenhouse", address: "no-reply@greenhouse.io" },
      ],
    } as CalendarFacts;
    expect(interviewersOf(sampleFacts({ calendar }), context)).toEqual(["Marcus Hale"]);
  });
});

describe("ownerMoveOf", () => {
  it.each([
    ["Could you send me a few times that work for you next week?", "send availability"],
    ["Please use the link below to pick a time that suits you.", "pick a slot"],
    ["Please provide two references by Friday.", "send references"],
    ["Please upload your passport and bank details to the portal.", "send documents"],
    ["Could you complete the take-home exercise by Monday 9am?", "complete the assessment"],
    ["Please fill in the pre-onsite questionnaire.", "fill in a form"],
    ["Can you confirm the new time works?", "confirm the time"],
    ["What is your notice period?", "answer a question"],
  ])("%j -> %s", (body, move) => {
    expect(ownerMoveOf("update", body)).toBe(move);
  });

  it.each([
    "If that time doesn't work, let me know.",
    "Nothing is needed from you for now.",
    "Please join a few minutes early to test your audio.",
    "Please bring photo ID for reception.",
    "Let me know if you have any questions.",
    "We look forward to speaking with you!",
  ])("%j asks nothing", (body) => {
    expect(ownerMoveOf("interview_scheduled", body)).toBeNull();
  });

  it("an offer waits on the owner's answer; a rejection or the owner's own mail waits on nothing", () => {
    expect(ownerMoveOf("offer", "We're delighted to offer you the role.")).toBe("answer the offer");
    expect(ownerMoveOf("rejection", "Please let us know if you'd like feedback.")).toBeNull();
    expect(ownerMoveOf("outgoing", "Could you send me the details?")).toBeNull();
  });
});

describe("an interview laid out as a day and a time range", () => {
  it("starts at the range, not at a bare day in a closing sentence", () => {
    const body =
      "Your onsite interview is confirmed.\n\nThursday, 21 May 2026\n14:00 – 16:30 BST\nOur office, Dublin 2\n\nSee you on the 21st!";
    const facts = sampleFacts({ body, dateMs: Date.parse("2026-05-11T10:31:00Z"), zone: "Europe/London" });
    expect(extractDates(facts, "interview_scheduled").interviewAt).toBe("2026-05-21T14:00:00+01:00");
  });
});

describe("ownerMoveWeekOf", () => {
  it.each([
    ["Could you send me your availability for next week? A few half-day windows would be ideal.", "next"],
    ["Please send a few times that suit you the following week.", "next"],
    ["Could you send me your availability? We hope to meet next week.", null],
    ["Could you send me a few times that work for you?", null],
  ])("%j -> %s", (body, week) => {
    expect(ownerMoveWeekOf("interview_invite", body)).toBe(week);
  });
});
