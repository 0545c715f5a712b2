import { describe, expect, it } from "vitest";
import { classifyKind } from "../../../functions/domain/extract/kind";
import { sampleFacts } from "./sample-facts";

describe("classifyKind", () => {
  const cases = [
    {
      want: "offer",
      subject: "Your offer",
      body: "We're delighted to offer you the position of Data Analyst. Base salary: $120,000.",
    },
    {
      want: "offer",
      subject: "Offer",
      body: "Congratulations! Acme has sent you an offer. Review and sign your offer in the portal.",
    },
    {
      want: "offer",
      subject: "Revised offer",
      body: "Your revised offer for the role is $158,000 base with a $10,000 sign-on bonus.",
    },
    {
      want: "offer",
      subject: "Offer",
      body: "I'm pleased to extend an offer. As we're holding other candidates in the process, we need your decision within 48 hours.",
    },
    {
      want: "interview_invite",
      subject: "Next steps",
      body: "We'd like to move you to the final round. Please share your availability for next week.",
    },
    { want: "interview_invite", subject: "Interview", body: "Would any of these times work? Tue 10am, Wed 2pm." },
    {
      want: "interview_scheduled",
      subject: "Interview confirmed",
      body: "You're confirmed for Thursday at 3:00 pm CT with Arjun.",
    },
    {
      want: "rejection",
      subject: "Your application",
      body: "Unfortunately, we've decided not to move forward with your candidacy at this time. We were genuinely impressed and would love to keep in touch.",
    },
    {
      want: "rejection",
      subject: "Update",
      body: "After careful consideration we have decided to move forward with other candidates whose experience more closely matches. We will keep your information on file.",
    },
    { want: "update", subject: "Next steps", body: "Could you send me two references? We'll be in touch after that." },
    {
      want: "update",
      subject: "Re: Offer",
      body: "We can extend your deadline to Wednesday, March 25 at 12:00 pm PT.",
    },
    {
      want: "update",
      subject: "Timeline",
      body: "We expect to have a decision for you by the end of next week. If you get another offer with a deadline, let me know.",
    },
    {
      want: "other",
      subject: "8 new jobs match your alert",
      body: "Acme - Senior Engineer - Interviews this week. Unsubscribe: https://x",
    },
    {
      want: "other",
      subject: "Issue #12: negotiating offers",
      body: "You're receiving this because you subscribed. Ask for a deadline by 5pm Friday. Unsubscribe",
    },
    { want: "other", subject: "Dinner Saturday?", body: "Hey, are you around Saturday evening? Mum says hi." },
  ] as const;

  it.each(cases)("$want: $body", ({ want, subject, body }) => {
    // Prepare
    const facts = sampleFacts({ subject, body });

    // Act
    const guess = classifyKind(facts, false);

    // Assess
    expect(guess.kind).toBe(want);
    expect(guess.evidence[`kind_${want}`]).toBe(1);
  });

  it("calls the owner's own mail outgoing", () => {
    expect(classifyKind(sampleFacts({ body: "Thank you for the offer" }), true).kind).toBe("outgoing");
  });

  it("ignores an offer that is only in the quoted older message", () => {
    const facts = sampleFacts({
      subject: "Re: Offer",
      body: "Thanks, we'll let you know by Friday.",
      quoted: "We're delighted to offer you the position. Base salary: $100,000.",
    });
    expect(classifyKind(facts, false).kind).toBe("update");
  });

  it("treats bulk mail as other even with job words", () => {
    const facts = sampleFacts({
      bulk: true,
      subject: "Jobs for you",
      body: "New jobs match your profile. Interview tips inside.",
    });
    expect(classifyKind(facts, false).kind).toBe("other");
  });
});
