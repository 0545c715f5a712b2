// Rules added after the third held-out set (tests/fixtures/unseen-3): durations and bare small
// hours in date phrases, numeric dates read in the other order when one reading is in the past,
// refused dates, schedule tables, accept-or-decline deadlines, invitation and application cues,
// bulk footers, lower-case-prefixed titles and requisition ids, background-check vendors.
import { describe, expect, it } from "vitest";
import { findDatePhrases } from "../../../functions/domain/extract/date-phrases";
import { businessHour, isDurationNotDate, swappedNumericDate } from "../../../functions/domain/extract/date-readings";
import { extractDates, isRefusedDate } from "../../../functions/domain/extract/deadlines";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { classifyKind } from "../../../functions/domain/extract/kind";
import { extractRole } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

const EDT_FRAME = {
  referenceMs: Date.parse("2026-03-12T15:40:00-04:00"),
  zone: { kind: "fixed", offsetMinutes: -240 },
} as const;
const phrases = (text: string, dayFirst = false) =>
  findDatePhrases(text, { ...EDT_FRAME, dayFirst }).map((p) => p.value);

describe("date phrases: lengths of time are not dates", () => {
  it.each([["30 min"], ["45 minutes"], ["24 hours before"], ["2 hours prior"], ["an hour early"], ["3 days before"]])(
    "%s is a duration",
    (text) => {
      expect(isDurationNotDate(text)).toBe(true);
    },
  );
  it.each([["Thursday at 2pm"], ["in March"], ["tomorrow"], ["March 30"]])("%s is not a duration", (text) => {
    expect(isDurationNotDate(text)).toBe(false);
  });
  it("a call length in parentheses does not become a date; the real slot does", () => {
    expect(phrases("Phone screen (30 min)\nThursday, March 19, 2026 at 2:00pm")).toEqual(["2026-03-19T14:00:00-04:00"]);
  });
  it("'24 hours before your interview' yields nothing", () => {
    expect(phrases("Please reschedule at least 24 hours before your interview.")).toEqual([]);
  });
});

describe("date phrases: a bare small hour is afternoon", () => {
  it.each([
    [2, false, "tomorrow at 2", 14],
    [5, false, "Friday at 5", 17],
    [9, false, "at 9", 9],
    [2, true, "2am", 2],
    [2, false, "at 02:00", 2],
    [6, false, "by 6.30", 18],
  ])("hour %i (meridiem stated: %s) in %j -> %i", (hour, stated, text, want) => {
    expect(businessHour(hour, stated, text)).toBe(want);
  });
  it("'you're all set for tomorrow at 2' is 14:00 the next day", () => {
    expect(phrases("you're all set for tomorrow at 2 with Priyanka")).toEqual(["2026-03-13T14:00:00-04:00"]);
  });
});

describe("date phrases: numeric dates in the past are read in the other order", () => {
  const reference = Date.parse("2026-03-27T12:00:00Z");
  it("03/04/2026 read as 4 March in a message of 27 March becomes 3 April", () => {
    expect(swappedNumericDate("03/04/2026", { year: 2026, month: 3, day: 4 }, reference)).toEqual({
      year: 2026,
      month: 4,
      day: 3,
    });
  });
  it.each([
    ["a future month-first reading", "04/03/2026", { year: 2026, month: 4, day: 3 }],
    ["a day over 12 (unambiguous)", "03/14/2026", { year: 2026, month: 3, day: 14 }],
    ["both readings in the past", "02/01/2026", { year: 2026, month: 2, day: 1 }],
    ["a written-out date", "March 4, 2026", { year: 2026, month: 3, day: 4 }],
  ])("keeps %s", (_what, text, read) => {
    expect(swappedNumericDate(text, read, reference)).toBeNull();
  });
});

describe("deadlines: refused dates, accept-or-decline, schedule tables", () => {
  it.each([
    ["We can't go all the way to next Wednesday, but we can extend", "next Wednesday", true],
    ["We cannot push it to Friday.", "Friday", true],
    ["We can't go to Wednesday, but we can extend your deadline to Monday 3/30", "Monday 3/30", false],
    ["We can't share an answer until Friday.", "Friday", false],
    ["Please let us know by Friday.", "Friday", false],
  ])("%j: %s refused = %s", (text, date, want) => {
    expect(isRefusedDate(text, text.indexOf(date))).toBe(want);
  });

  const facts = (body: string, dateMs = Date.parse("2026-03-26T14:02:00-07:00")) =>
    sampleFacts({ body, dateMs, zone: { kind: "fixed", offsetMinutes: -420 } });
  it("a partial extension moves the deadline to the granted day, not the refused one", () => {
    const body =
      "We can't go all the way to next Wednesday since we have another finalist, but we can extend your deadline to Monday 3/30 at 12pm PT.";
    expect(extractDates(facts(body), "update").respondBy).toBe("2026-03-30T12:00:00-07:00");
  });
  it("'accept or decline the offer by' is the offer deadline", () => {
    const body = "Please review the details and accept or decline the offer by April 3, 2026.";
    expect(extractDates(facts(body), "offer").respondBy).toBe("2026-04-03");
  });
  it("an onsite schedule under a heading starts at its first session", () => {
    const body =
      "Here is your schedule:\n\nWednesday, March 18, 2026 (all times CET)\n13:30 – 14:15  Coding\n14:30 – 15:15  Design";
    const got = extractDates(
      sampleFacts({ body, dateMs: Date.parse("2026-03-13T10:11:00Z"), zone: { kind: "fixed", offsetMinutes: 0 } }),
      "interview_scheduled",
    );
    expect(got.interviewAt).toBe("2026-03-18T13:30:00+01:00");
  });
  it("a day-first deadline from a relay sender is read day-first when month-first is in the past", () => {
    const body = "Please accept or decline the offer by 03/04/2026.";
    const got = extractDates(
      sampleFacts({
        body,
        from: { name: "Bravia", address: "noreply@smartrecruiters.com" },
        dateMs: Date.parse("2026-03-27T12:15:00Z"),
      }),
      "offer",
    );
    expect(got.respondBy).toBe("2026-04-03");
  });
});

const kindOf = (body: string, subject = "", extra = {}) =>
  classifyKind(sampleFacts({ body, subject, ...extra }), false).kind;

describe("kind: invitations, acknowledgements and bulk footers", () => {
  it.each([
    [
      "select the times that work",
      "Please use the link below to select the times that work for you over the next two weeks.",
    ],
    ["are you free", "My client would love to interview you for the opening. Are you free Wed 3/18 or Thu 3/19?"],
    [
      "let me know what works",
      "The hiring manager would like to meet you. Let me know what works and I'll lock it in.",
    ],
  ])("%s is an invite", (_what, body) => {
    expect(kindOf(body)).toBe("interview_invite");
  });
  it("a confirmed interview that says 'are you free to join 5 minutes early' stays scheduled", () => {
    const body =
      "Your interview is confirmed for Tuesday at 10:00. Are you free to join 5 minutes early? See you then!";
    expect(kindOf(body, "Interview confirmed")).toBe("interview_scheduled");
  });

  it("an application acknowledgement with an unsubscribe footer and bulk headers is an update", () => {
    const body =
      "Thank you for applying for the position of Data Engineer. We have received your application and will review it.\nUnsubscribe | Privacy Policy";
    expect(kindOf(body, "Thank you for applying", { bulk: true })).toBe("update");
  });
  it("a job alert with the same footer is still other", () => {
    const body = "New jobs for you: Data Engineer at Acme. Apply now.\nUnsubscribe | Manage alerts";
    expect(kindOf(body, "Job alert", { bulk: true })).toBe("other");
  });
  it("'You received this email because you are a member' marks a forwarded event mail as other", () => {
    const body =
      "New event: Staff+ interviewing panel with hiring managers, offers and negotiation. RSVP by Wednesday.\nYou received this email because you are a member of Bay Area Data. Unsubscribe";
    expect(kindOf(body)).toBe("other");
  });
});

describe("role: product words with a lower-case prefix, requisition ids, dash specialisations", () => {
  it.each([
    ["I'm recruiting for a Senior iOS Engineer role on our patient app team.", "Senior iOS Engineer"],
    ["Thank you for your interest in the IT Risk Analyst (Req ID 2026-1187) position.", "IT Risk Analyst"],
    [
      "Thank you for applying for the position of Senior Software Engineer - Risk Platform (R-0048213) at Ferrow Bank.",
      "Senior Software Engineer - Risk Platform",
    ],
    ["Thanks for applying to the eCommerce Manager position.", "eCommerce Manager"],
  ])("%j -> %s", (body, want) => {
    expect(extractRole(sampleFacts({ body })).role).toBe(want);
  });
  it("a dash after a title without a role word or requisition id is not a specialisation", () => {
    expect(extractRole(sampleFacts({ body: "Interview for the Data Engineer - Tuesday works role." })).role).not.toBe(
      "Data Engineer - Tuesday",
    );
  });
});

describe("employer: background-check vendors write for the employer", () => {
  it("the employer named in a vendor's mail wins over the vendor's name and domain", () => {
    const facts = sampleFacts({
      from: { name: "Sterling", address: "noreply@sterlingcheck.com" },
      subject: "Action required: background screening for Meridia Pharma",
      body: "Meridia Pharma has requested that you complete a background screening as part of your application.",
    });
    expect(extractEmployer(facts, false).name).toBe("Meridia Pharma");
  });
  it("an ordinary sender's display name still counts when no other evidence exists", () => {
    const facts = sampleFacts({
      from: { name: "Acme Robotics", address: "noreply@ashbyhq.com" },
      subject: "Your interview",
      body: "Your interview is confirmed.",
    });
    expect(extractEmployer(facts, false).name).toBe("Acme Robotics");
  });
});
