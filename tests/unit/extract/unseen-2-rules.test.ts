// Rules added after the second held-out set (tests/fixtures/unseen-2): invitations worded as
// booking links and slot lists, bookings by a person, onsite schedules, calendar files in bulk mail,
// days of the month without a month, spelled-out zone names, relay "via" names, title levels.
import { describe, expect, it } from "vitest";
import { canonicalCompany } from "../../../functions/domain/extract/company-names";
import { findDatePhrases } from "../../../functions/domain/extract/date-phrases";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { classifyKind } from "../../../functions/domain/extract/kind";
import { extractRole } from "../../../functions/domain/extract/role";
import { zoneMentionedIn } from "../../../functions/domain/extract/time-zones";
import { offsetMinutesAt, type Zone } from "../../../functions/domain/time";
import { sampleFacts } from "./sample-facts";

const kindOf = (body: string, subject = "", extra = {}) =>
  classifyKind(sampleFacts({ body, subject, ...extra }), false).kind;

describe("kind: invitations and bookings written in other words", () => {
  it.each([
    ["a booking link", "Grab any time on his calendar here: https://calendly.com/anders-h/45min", "interview_invite"],
    ["grab an open slot", "Next step is a chat with our CTO. Grab an open slot that suits you.", "interview_invite"],
    [
      "a slot list",
      "They've offered the following slots:\n- Tue 12 May, 14:00\n- Wed 13 May, 10:30\nLet me know which works best.",
      "interview_invite",
    ],
    [
      "asking for half-days",
      "The team would like to bring you in for the final round. Could you send me two or three half-days?",
      "interview_invite",
    ],
    [
      "a one-way video interview",
      "Acme has invited you to complete an on-demand video interview. Please complete it by Sunday.",
      "interview_invite",
    ],
    ["a person booking the slot", "I've booked you in for next Wednesday at 10 at our studio.", "interview_scheduled"],
    [
      "an onsite schedule",
      "We're excited to host you for your onsite interview. Here is your schedule.\n\n9:30 AM Coding",
      "interview_scheduled",
    ],
  ])("%s", (_what, body, want) => {
    expect(kindOf(body)).toBe(want);
  });

  it.each([
    ["a Calendly footer without a link path", "Your event is scheduled and confirmed.\nPowered by Calendly.com"],
    ["a booked table at a restaurant (no 'you in')", "I've booked a table for Friday. The interview went well?"],
  ])("does not make an invite of %s", (_what, body) => {
    expect(kindOf(body)).not.toBe("interview_invite");
  });

  const webinarCalendar = { start: "2026-05-21T12:00:00-04:00", cancelled: false } as never;
  it("a calendar file in bulk marketing mail is other", () => {
    const body = "Live webinar: nail your final-round interview. Save your seat. Unsubscribe any time.";
    expect(kindOf(body, "You're invited", { bulk: true, calendar: webinarCalendar })).toBe("other");
  });
  it("a calendar file in personal (non-bulk) mail still counts as a confirmed interview", () => {
    const body = "Your interview is confirmed. Details are in the invite. Unsubscribe from reminders here.";
    expect(kindOf(body, "Interview confirmed", { calendar: webinarCalendar })).toBe("interview_scheduled");
  });
});

describe("dates: a day of the month with no month", () => {
  const ref = Date.parse("2026-05-06T16:18:00+02:00");
  const frame = { referenceMs: ref, zone: "Europe/Paris", dayFirst: false };
  it.each([
    ["on the 14th", "I'll come back to you with a decision on the 14th.", "2026-05-14"],
    ["a day already past this month", "We'll decide by the 3rd.", "2026-06-03"],
    ["a weekday that fits", "We'll get back to you by Wednesday the 20th at the latest.", "2026-05-20"],
    ["a weekday that fits only next month", "Answer by Monday the 15th, please.", "2026-06-15"],
  ])("%s", (_what, text, want) => {
    expect(findDatePhrases(text, frame).map((p) => p.value)).toContain(want);
  });
  it.each([
    ["a floor", "Come to the 14th floor."],
    ["a date chrono already reads", "on the 14th of June"],
    ["no preposition or weekday", "She finished 14th in the race."],
  ])("ignores %s", (_what, text) => {
    expect(findDatePhrases(text, frame).filter((p) => /the 14th$/.test(p.text))).toEqual([]);
  });
});

describe("dates: offers to accept within a time, onsite schedules", () => {
  it("'accept your offer ... within 72 hours' is the answer deadline", () => {
    const facts = sampleFacts({
      body: "Please review and accept your offer in the portal within 72 hours of receiving this message.",
    });
    expect(extractDates(facts, "offer").respondBy).toBe("2026-03-05T10:00:00-05:00");
  });

  const schedule = (rows: string) =>
    sampleFacts({
      body: `Here is your schedule.\n\nTuesday, March 10, 2026 (all times Pacific)\n\nTime Session\n\n${rows}`,
    });
  it.each([
    ["12-hour rows", "9:30 AM – 10:15 AM Coding\n\n10:30 AM – 11:15 AM Design", "2026-03-10T09:30:00-07:00"],
    ["24-hour rows", "13:00 – 13:45 Coding\n14:00 – 14:45 Design", "2026-03-10T13:00:00-07:00"],
  ])("the first session of a schedule under the day line (%s)", (_what, rows, want) => {
    expect(extractDates(schedule(rows), "interview_scheduled").interviewAt).toBe(want);
  });
  it("no session lines under the day: date only", () => {
    const facts = sampleFacts({
      body: "Your onsite is confirmed for Tuesday, March 10, 2026.\n\nPlease arrive by 9:15 AM.",
    });
    expect(extractDates(facts, "interview_scheduled").interviewAt).toBe("2026-03-10");
  });
});

describe("zones written out in full", () => {
  // Compared by the offset on a June and a January day, so equivalent zones (Paris, Warsaw) both pass.
  const offsets = (zone: Zone | null) =>
    zone
      ? [
          offsetMinutesAt(Date.parse("2026-06-08T08:00:00Z"), zone),
          offsetMinutesAt(Date.parse("2026-01-08T08:00:00Z"), zone),
        ]
      : null;
  it.each([
    ["11:30am - 12:00pm (India Standard Time)", [330, 330]],
    ["10:00 AM Central European Summer Time (Amsterdam)", [120, 60]],
    ["9am British Summer Time", [60, 0]],
    ["9:30 Australian Eastern Standard Time", [600, 660]],
    ["2pm Pacific Daylight Time", [-420, -480]],
  ])("%s", (text, want) => {
    expect(offsets(zoneMentionedIn(text))).toEqual(want);
  });
  it("'Central' alone is still US Central", () => {
    expect(zoneMentionedIn("3pm Central")).toEqual("America/Chicago");
  });
  it("a capitalised phrase that is not a zone", () => {
    expect(zoneMentionedIn("Happy Summer Time everyone")).toBeNull();
  });
});

describe("names and titles", () => {
  it.each([
    ["Canterwood Bank via HireVue", "Canterwood Bank"],
    ["Kowhai Software via GoodTime", "Kowhai Software"],
    ["Viatris", "Viatris"],
  ])("canonicalCompany(%s)", (raw, want) => {
    expect(canonicalCompany(raw)).toBe(want);
  });

  it.each([
    ["a roman level", "we'd like to offer you the Supply Chain Analyst II position", "Supply Chain Analyst II"],
    [
      "a labelled line",
      "Your interview is confirmed.\nRole: Senior Mobile Engineer (iOS)\nWhen: Tuesday",
      "Senior Mobile Engineer (iOS)",
    ],
    ["years after the title", "the Data Engineer role needs 5 years of Spark", "Data Engineer"],
    [
      "a bare Recruiter is not the job",
      "Event Type:\nRecruiter screen - Senior Analytics Engineer role",
      "Senior Analytics Engineer",
    ],
  ])("%s", (_what, body, want) => {
    expect(extractRole(sampleFacts({ body })).role).toBe(want);
  });
  it("a years count is not a level", () => {
    expect(extractRole(sampleFacts({ body: "for the Data Engineer 5 years role" })).role).not.toMatch(/ 5$/);
  });
});
