// The broad kind signals added after the fifth held-out set (tests/fixtures/unseen-5): a time asked
// about vs a time settled, an offer made vs an offer promised, a stage ending vs a stage paused,
// phrases mentioned in quotation marks, agendas, and personal mail that talks about the search.
// Each table holds hard pairs: the same words on both sides of a kind boundary.
import { describe, expect, it } from "vitest";
import { classifyKind } from "../../../functions/domain/extract/kind";
import {
  agendaRows,
  slotTalk,
  soundsPersonal,
  withoutMentions,
  withoutPromisedOffers,
} from "../../../functions/domain/extract/kind-signals";
import { sampleFacts } from "./sample-facts";

const kindOf = (body: string, subject = "Senior Engineer role", more: Parameters<typeof sampleFacts>[0] = {}) =>
  classifyKind(sampleFacts({ subject, body, ...more }), false).kind;

describe("a time asked about vs a time settled", () => {
  it.each([
    ["Could you do Tuesday at 3 (Eastern)? If not, send me a few times.", { proposals: 1, confirmations: 0 }],
    ["How about Wednesday 22 April at 10:00?", { proposals: 1, confirmations: 0 }],
    ["Got 30 min for a call sometime this week or next?", { proposals: 1, confirmations: 0 }],
    [
      "Would one of these work?\n- Monday 20 April, 10:00\n- Tuesday 21 April, 11:00",
      { proposals: 1, confirmations: 0 },
    ],
    ["Tuesday at 3 it is. See you then!", { proposals: 0, confirmations: 1 }],
    [
      "I've moved your panel interview for the Analyst role to Monday 20 April at 14:00 BST.",
      { proposals: 0, confirmations: 1 },
    ],
    ["You're all set for your phone screen tomorrow (Thursday) at 9:30am PT.", { proposals: 0, confirmations: 1 }],
    ["Thursday at 10am works for us.", { proposals: 0, confirmations: 1 }],
    // Hedged or unsettled: neither.
    ["If Tuesday at 3 works for you, I'll send the invite.", { proposals: 0, confirmations: 0 }],
    [
      "Jonas, who was going to run your interview on Thursday at 14:00, is out sick.",
      { proposals: 0, confirmations: 0 },
    ],
    ["Thanks for your time today.", { proposals: 0, confirmations: 0 }],
  ])("%j", (text, want) => {
    expect(slotTalk(text)).toEqual(want);
  });

  it.each([
    ["interview_invite", "Next step is a 60-minute conversation with me. Could you do Tuesday at 3?"],
    ["interview_scheduled", "Tuesday at 3 it is. See you then! I'll send a calendar hold."],
    [
      "interview_invite",
      "Our interviewer is out sick on Thursday, so we need to move your interview. Would one of these work for you instead?\n- Monday 20 April, 10:00\n- Monday 20 April, 15:30",
    ],
    [
      "interview_scheduled",
      "Thanks for being flexible. I've moved your panel interview for the Senior Analytics Engineer role to Monday 20 April at 14:00 BST.",
    ],
  ])("%s: %j", (want, body) => {
    expect(kindOf(body)).toBe(want);
  });

  it("a settled time with no job word anywhere is social, not an interview", () => {
    expect(kindOf("Saturday at 7 it is, see you then!", "dinner")).toBe("other");
  });

  it("a short confirmation counts when the quoted thread is about the role", () => {
    const quoted = "Could you do Tuesday at 3 or Wednesday morning for the Staff Engineer role?";
    expect(kindOf("Tuesday at 3 it is. See you then!", "Re: chat", { quoted })).toBe("interview_scheduled");
    expect(kindOf("Tuesday at 3 it is. See you then!", "Re: chat")).toBe("other");
  });
});

describe("an agenda of sessions", () => {
  const agenda = "9:30 - 10:15 AM Product sense\n10:15 - 11:00 AM Analytics\n11:00 - 11:45 AM Partners";
  it("counts session time ranges, also when wrapped rows were joined", () => {
    expect(agendaRows(agenda)).toBe(3);
    expect(agendaRows(agenda.replace(/\n/g, " "))).toBe(3);
    expect(agendaRows("Call 303-555-0199, or on 2026-03-17.")).toBe(0);
  });
  it("makes a final-round itinerary a scheduled interview", () => {
    expect(kindOf(`We're excited to host you next Friday for your final round.\n\n${agenda}`)).toBe(
      "interview_scheduled",
    );
  });
});

describe("an offer made vs an offer promised", () => {
  it.each([
    ["I'm now putting together an offer package, which needs sign-off before I can share numbers.", 1],
    ["The offer is pending final approval. Once it's approved, you'll receive the formal offer.", 2],
    ["I'm aiming to have the written offer to you by Tuesday.", 1],
    ["We'd like to extend you an offer for the Staff Engineer role!", 0],
    ["I've attached your formal offer letter.", 0],
  ])("%j has %i promised offer sentence(s)", (text, promised) => {
    expect(withoutPromisedOffers(text).promised).toBe(promised);
  });

  it.each([
    [
      "offer",
      "We'd like to extend you an offer for the Staff Engineer role! Sofia will send you the formal offer letter tomorrow.",
    ],
    [
      "offer",
      "They want you for the role. They're offering $138,000 base. The written offer will follow once you say yes.",
    ],
    ["offer", "As promised, I've attached your formal offer letter. Please sign by Friday, April 24."],
    [
      "update",
      "The team would like to move forward. I'm now putting together an offer, which needs sign-off from Finance.",
    ],
    [
      "update",
      "You're our preferred candidate! The offer is pending final approval. Once approved, you'll receive the formal offer.",
    ],
  ])("%s: %j", (want, body) => {
    expect(kindOf(body)).toBe(want);
  });
});

describe("a stage ending vs a stage paused", () => {
  it.each([
    [
      "rejection",
      "We've made the decision to pause hiring for this role and are closing the search. Unfortunately, this means we are unable to continue with your candidacy.",
    ],
    [
      "rejection",
      "We have decided not to move forward with your application at this time. We will keep your details on file.",
    ],
    ["rejection", "Quick update: the team met this afternoon and decided not to proceed."],
    [
      "update",
      "The req has been put on hold while leadership finalizes the budget. To be clear, this isn't a no: your candidacy is still active.",
    ],
    ["update", "We won't be making a final decision this week. I'll be in touch by Friday, May 15."],
  ])("%s: %j", (want, body) => {
    expect(kindOf(body)).toBe(want);
  });
});

describe("phrases in quotation marks are mentioned, not said", () => {
  it("blanks short quoted spans and keeps offsets", () => {
    const text = `Decode it: "We've decided to move forward with other candidates" is a no.`;
    const out = withoutMentions(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/candidates/);
    expect(withoutMentions("It's a no.")).toBe("It's a no.");
  });
  it("a newsletter quoting a rejection is not a rejection; the rejection itself is", () => {
    const quoting = `"We've decided to move forward with other candidates" is a no, however warmly phrased. You're receiving this because you subscribed. Unsubscribe`;
    expect(kindOf(quoting, "When the recruiter goes quiet")).toBe("other");
    expect(kindOf("We've decided to move forward with other candidates.", "Your application")).toBe("rejection");
  });
});

describe("marketing that uses interview words", () => {
  it.each([
    "You're invited to join our next live cohort of the Interview Bootcamp. Early-bird pricing ends Friday. Reserve your seat.",
    "Webinar Thursday: ace your final-round interview. Register now. Unsubscribe",
  ])("%j is other", (body) => {
    expect(kindOf(body, "You're invited")).toBe("other");
  });
});

describe("personal mail about the search", () => {
  const friend = { from: { name: "Alex Rivera", address: "alexriv88@gmail.com" } };
  it.each([
    ["Would you be up for referring me? Also, could you do coffee Tuesday at 3 before I interview?", true],
    ["CONGRATS on the offer!! Can you do Saturday at 7? Our treat.", true],
    ["How did the interview go yesterday? Drinks Friday at 7?", true],
    ["Could you do Tuesday at 3 for the panel interview?", false],
  ])("%j personal: %s", (body, personal) => {
    expect(soundsPersonal(body)).toBe(personal);
    expect(kindOf(body, "hey", friend)).toBe(personal ? "other" : "interview_invite");
  });
  it("the same words from an employer address are not dismissed as personal", () => {
    expect(kindOf("I'd love to hear your thoughts. Could you do Tuesday at 3 for the panel interview?")).toBe(
      "interview_invite",
    );
  });
});

// Wordings written after the rules, to check they carry beyond the set they were built on.
describe("fresh wordings of the same boundaries", () => {
  it.each([
    ["interview_invite", "Can we pencil you in for Thursday at 2pm for the panel interview?"],
    ["interview_invite", "We'd love for you to come in and meet the team. Does Wednesday 10am or Thursday 2pm suit?"],
    ["interview_invite", "We need to reschedule your interview for the Data role. What times work for you next week?"],
    ["interview_scheduled", "Confirmed for Thursday at 2pm for the panel interview, calendar invite to follow."],
    ["interview_scheduled", "Great, let's lock in Friday at 11am for your interview with Sam."],
    ["interview_scheduled", "Your interview for the Data role has been rescheduled to Monday, May 4 at 10:00 AM ET."],
    ["interview_scheduled", "Just confirming we're still on for 2pm tomorrow for your interview?"],
    ["interview_scheduled", "Thanks for picking a slot! Your video interview is on Tuesday, May 5 at 1:00 PM EDT."],
    ["interview_scheduled", "Booked! Wednesday 3pm with Priya for your interview. Zoom link below."],
    ["update", "Unfortunately we have to cancel tomorrow's interview; we'll be in touch to reschedule."],
    ["update", "Could you complete the attached background check consent form by Friday for the role?"],
    ["update", "We'll be sending over an offer for the role in the next couple of days."],
    ["update", "Hiring for the role is temporarily on hold; your application is still under consideration."],
    ["rejection", "We are not able to proceed with your application for the role."],
    ["rejection", "We regret that we cannot offer you the position at this stage."],
    ["rejection", "After much deliberation, the panel has decided to offer the role to another candidate."],
    ["rejection", "We've filled the position, thanks so much for your interest in the role."],
    ["offer", "Following our call, please find attached the revised offer for the Analyst role."],
    ["other", "Top 10 interview questions for product managers. Unsubscribe"],
  ])("%s: %j", (want, body) => {
    expect(kindOf(body, "Re: your application")).toBe(want);
  });
});
