// Rules added after the fourth held-out set (tests/fixtures/unseen-4): clock times written
// "14h30" and "1400 GMT", "now" is no date, a bare day of the month after "no later than" or with
// a clock time, subject-only interview times, confirmation / moved / "works for us" cues, "would
// like to offer you the X role", an offer recapped in the owner's note, "you'll hear from us"
// promises, employer names (sentence ends, "The", an "AI" suffix), contacts on subdomains and
// unmonitored senders, title specialisations, letters attached as PDF text.
import { describe, expect, it } from "vitest";
import { extractContact, unmonitoredAddresses } from "../../../functions/domain/extract/contact";
import { findDatePhrases } from "../../../functions/domain/extract/date-phrases";
import { isNotADate, writtenClockTimes } from "../../../functions/domain/extract/date-readings";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { untilSentenceEnd, withLeadingThe } from "../../../functions/domain/extract/employer-forms";
import { extractMessage } from "../../../functions/domain/extract/extract";
import { classifyKind, ownerReportsOffer } from "../../../functions/domain/extract/kind";
import { unquoteLines } from "../../../functions/domain/extract/prose";
import { extractRole } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

// Wed 6 May 2026 16:48 BST.
const BST_FRAME = {
  referenceMs: Date.parse("2026-05-06T16:48:00+01:00"),
  zone: "Europe/London",
  dayFirst: false,
} as const;
const values = (text: string) => findDatePhrases(text, BST_FRAME).map((p) => p.value);
const MAY_6 = { dateMs: BST_FRAME.referenceMs, zone: "Europe/London" };

describe("clock times chrono does not read", () => {
  it.each([
    ["at 14h30 CEST", "at 14:30 CEST"],
    ["at 9h05", "at 9:05"],
    ["at 1400 GMT", "at 14:00 GMT"],
    ["from 0930hrs", "from 09:30hrs"],
    ["Thu 7 May, 2.30pm", "Thu 7 May, 2:30pm"],
  ])("%j -> %j", (text, want) => {
    expect(writtenClockTimes(text)).toBe(want);
  });
  it.each([
    ["13 May 2026 GMT"],
    ["call 0800 1400 today"],
    ["Room 1400"],
    ["the 4th floor"],
    ["sh30 token"],
    ["version 2.30 pmf"],
  ])("%j is left alone", (text) => {
    expect(writtenClockTimes(text)).toBe(text);
  });
  it("'Wednesday 13 May at 1400 GMT' is 14:00 UTC, not 14:00 in the message's zone", () => {
    expect(values("on Wednesday 13 May at 1400 GMT. Our team")).toEqual(["2026-05-13T14:00:00+00:00"]);
  });
  it("'Thursday 14 May at 14h30 CEST' is 14:30 +02:00", () => {
    expect(values("on Thursday 14 May at 14h30 CEST at our Lyon office")).toEqual(["2026-05-14T14:30:00+02:00"]);
  });
});

describe("'now' is not a date", () => {
  it.each([
    ["now", true],
    ["right now", true],
    ["tomorrow", false],
    ["Friday", false],
  ])("%j -> %s", (t, want) => {
    expect(isNotADate(t)).toBe(want);
  });
  it("'the panel is now reviewing ... within 5 working days' yields only the working-day date", () => {
    expect(values("The panel is now reviewing all submissions and we will be in touch within 5 working days.")).toEqual(
      ["2026-05-13"],
    );
  });
});

describe("a bare day of the month", () => {
  it.each([
    ["you'll hear from us no later than the 12th.", ["2026-05-12"]],
    ["not later than the 3rd", ["2026-06-03"]],
    ["Tuesday the 12th at 10:00 works well for us.", ["2026-05-12T10:00:00+01:00"]],
    ["by Friday the 8th at 5pm ET", ["2026-05-08T17:00:00-04:00"]],
    ["on the 12th at 3 we meet", ["2026-05-12T15:00:00+01:00"]],
  ])("%j -> %j", (text, want) => {
    expect(values(text)).toEqual(want);
  });
  it.each([["no later than the 12th floor"], ["the 14th of never"], ["later than the others"]])(
    "%j has no day-of-month date",
    (text) => {
      expect(values(text).filter((v) => v.endsWith("-12") || v.endsWith("-14"))).toEqual([]);
    },
  );
});

describe("scheduling, offer and owner-note cues", () => {
  const kindOf = (body: string, subject = "Interview", ownerNote: string | null = null) =>
    classifyKind(sampleFacts({ subject, body, ownerNote }), false).kind;
  it.each([
    ["We are pleased to confirm your interview for the UX Researcher position on Thursday 30 April at 14h30."],
    ["Confirming your panel interview for the Staff Data Engineer role on Wednesday 13 May at 1400 GMT."],
    ["We've moved your final interview to Friday 8 May at 2.30pm (UK time), same place."],
    ["Tuesday the 5th at 10:00 works well for us. See you then."],
    ["Perfect, that works. You're locked in!"],
  ])("%j is interview_scheduled", (body) => {
    expect(kindOf(body)).toBe("interview_scheduled");
  });
  it.each([
    ["Would Tuesday at 10:00 work for you? Let me know which slot suits."],
    ["We need to move your interview. What times work for you next week?"],
    ["I'm writing to confirm we received your application for the role."],
  ])("%j is not interview_scheduled", (body) => {
    expect(kindOf(body)).not.toBe("interview_scheduled");
  });
  it("'Signal would like to offer you the Senior Backend Engineer role' is an offer", () => {
    expect(kindOf("Great news: Signal would like to offer you the Senior Backend Engineer role!", "Signal")).toBe(
      "offer",
    );
  });
  it("'we'd like to offer you the chance to interview for the role' is not an offer", () => {
    expect(kindOf("We'd like to offer you the chance to interview for the Data Analyst role.", "Hello")).not.toBe(
      "offer",
    );
  });
  it.each([
    ["They offered 150k on the phone, answer by Friday.", true],
    ["Verbal offer!! recap below", true],
    ["she offered me the job", true],
    ["Final round!!! not an offer yet lol", false],
    ["if they offered 150k I'd take it", false],
    ["good tips for if the Sorvik thing gets to an offer", false],
    ["They offered to move the interview", false],
  ])("owner note %j reports an offer: %s", (note, want) => {
    expect(ownerReportsOffer(note)).toBe(want);
  });
  it("a letter-to-follow update forwarded under 'They offered 150k' is an offer with the note's deadline", () => {
    const facts = sampleFacts({
      subject: "Great speaking today",
      body: "As discussed, I'll have the written offer for the Senior Platform Engineer role over to you in the next day or two.",
      ownerNote: "They offered 150k on the phone, answer by Friday.",
      ...MAY_6,
    });
    const extraction = extractMessage(facts, { messageId: null, originalDate: null });
    expect([extraction.kind, extraction.respondBy]).toEqual(["offer", "2026-05-08"]);
  });
});

describe("dates: promises and subject-only times", () => {
  it("the date 'you'll hear from us' leads up to beats another date in the sentence", () => {
    const facts = sampleFacts({
      body: "The team is meeting on Friday to compare notes, and you'll hear from us no later than the 12th.",
      ...MAY_6,
    });
    expect(extractDates(facts, "update").expectDecisionBy).toBe("2026-05-12");
  });
  it("'you'll hear from HackerPath today' about a take-home is no decision promise", () => {
    const facts = sampleFacts({ body: "You'll get an email from HackerPath today with the exercise.", ...MAY_6 });
    expect(extractDates(facts, "update").expectDecisionBy).toBeNull();
  });
  it("a confirmation whose time is only in the subject takes it", () => {
    const facts = sampleFacts({
      subject: "Interview confirmed - Thu 7 May, 2.30pm (UK time)",
      body: "Thanks for confirming. Ask for me at reception.",
      ...MAY_6,
    });
    expect(extractDates(facts, "interview_scheduled").interviewAt).toBe("2026-05-07T14:30:00+01:00");
  });
  it("the body's own time wins over the subject's", () => {
    const facts = sampleFacts({
      subject: "Re: Onsite Thursday 3pm?",
      body: "Thursday doesn't work after all; you're confirmed for Friday 8 May at 11:00 instead.",
      ...MAY_6,
    });
    expect(extractDates(facts, "interview_scheduled").interviewAt).toBe("2026-05-08T11:00:00+01:00");
  });
});

describe("employer names", () => {
  it.each([
    ["Signal. They build payment rails", "Signal"],
    ["Hartwell & Co. Recruitment", "Hartwell & Co. Recruitment"],
    ["Acme Inc. Careers", "Acme Inc. Careers"],
    ["J. Crew", "J. Crew"],
  ])("%j stops at a sentence end -> %j", (raw, want) => {
    expect(untilSentenceEnd(raw)).toBe(want);
  });
  it.each([
    ["Fold", "Thank you for your interest in The Fold and for your time.", "The Fold"],
    ["Fold", "Best,\nThe Fold Talent Team", "Fold"],
    ["Kestrel Pay", "The Kestrel Pay team will reach out.", "Kestrel Pay"],
    ["Home Depot", "we spoke to the Home Depot team", "Home Depot"],
    // Every place the name is written counts, and only the name as a whole word.
    ["Fold", "Fold is hiring.\nThanks for your interest in The Fold.", "The Fold"],
    ["Fold", "your interest in The Folder app", "Fold"],
  ])("%j in %j -> %j", (name, text, want) => {
    expect(withLeadingThe(name, text)).toBe(want);
  });
  it("a client named at a sentence end is the employer", () => {
    const facts = sampleFacts({
      from: { name: "Dana Whitlock", address: "dana@northpointtalent.co.uk" },
      body: "Here are the details on the role with my client, Signal. They build payment rails.",
    });
    expect(extractEmployer(facts, false).name).toBe("Signal");
  });
  it("'Ferrule AI' at ferrule.ai keeps AI when the text never writes 'Ferrule' alone", () => {
    const facts = sampleFacts({
      from: { name: "Priya Menon", address: "priya@ferrule.ai" },
      subject: "Ferrule AI - technical interview confirmed",
      body: "Priya Menon | Recruiting | Ferrule AI\nFerrule AI, Inc. 500 Howard St",
    });
    expect(extractEmployer(facts, false).name).toBe("Ferrule AI");
  });
  it("a short name also written alone drops the 'AI' it sometimes carries", () => {
    const facts = sampleFacts({
      from: { name: "Priya Menon", address: "priya@ferrule.ai" },
      subject: "Ferrule - interview",
      body: "Thanks for your time with Ferrule. Ferrule AI is our research group.\nPriya | Ferrule",
    });
    expect(extractEmployer(facts, false).name).toBe("Ferrule");
  });
});

describe("contacts", () => {
  it("a person on the employer's main domain beats a shared mailbox on its careers subdomain", () => {
    const facts = sampleFacts({
      from: { name: "Wren Talent", address: "talent@careers.wren.io" },
      body: "Pick a slot here.\n\nMaya Torres\nTechnical Recruiter, Wren\nmaya.torres@wren.io",
    });
    expect(extractContact(facts, false, "careers.wren.io").email).toBe("maya.torres@wren.io");
  });
  it("a sender the text calls unmonitored is not the contact", () => {
    const facts = sampleFacts({
      from: { name: "Acme Recruitment", address: "recruitment@careers.acme.co.uk" },
      body: "Imogen Price\nimogen.price@acme.co.uk\n\nThis email was sent from an unmonitored mailbox; please do not reply to recruitment@careers.acme.co.uk.",
    });
    expect(extractContact(facts, false, "careers.acme.co.uk").email).toBe("imogen.price@acme.co.uk");
  });
  it.each([
    ["Please do not reply to jobs@acme.com, write to ana@acme.com instead.", ["jobs@acme.com"]],
    ["ana@acme.com\nThis mailbox is not monitored.", []],
    ["Questions? Contact ana@acme.com.", []],
  ])("unread addresses in %j", (text, want) => {
    expect([...unmonitoredAddresses(text)]).toEqual(want);
  });
});

describe("role titles", () => {
  it.each([
    [
      "",
      "pleased to offer you the role of Engineering Manager, Platform at Pellucid Software Ltd.",
      "Engineering Manager, Platform",
    ],
    ["Your application - Risk Analyst, Treasury", "Thank you for meeting the team.", "Risk Analyst, Treasury"],
    ["Your application - Risk Analyst, London", "Thank you.", "Risk Analyst"],
    ["Your application - Risk Analyst, Remote", "Thank you.", "Risk Analyst"],
    ["Senior Backend Engineer, Signal", "Details on the role with my client, Signal.", "Senior Backend Engineer"],
    ["Risk Analyst, Treasury", "Thanks for applying for the Risk Analyst role.", "Risk Analyst"],
  ])("subject %j, body %j -> %j", (subject, body, want) => {
    expect(extractRole(sampleFacts({ subject, body })).role).toBe(want);
  });
  it("a title wrapped over two quoted lines is read whole", () => {
    const quoted =
      ">> The team would love to bring you onsite for the Analytics Engineering\n>> Manager role next week.";
    expect(unquoteLines(quoted)).toBe(
      "The team would love to bring you onsite for the Analytics Engineering\nManager role next week.",
    );
    const extraction = extractMessage(sampleFacts({ subject: "Re: Onsite", body: "Perfect.", quoted }), {
      messageId: null,
      originalDate: null,
    });
    expect(extraction.role).toBe("Analytics Engineering Manager");
  });
});

describe("a letter attached as a PDF", () => {
  const letter =
    "We are pleased to offer you the position of Senior Product Designer at Bolt.\nThis offer will remain open until 5:00 PM Pacific Time on Friday, May 8, 2026.";
  const coverNote = sampleFacts({
    subject: "Your offer from Bolt",
    body: "As promised, attached is your offer letter. Give me a shout with any questions.",
    attachments: [{ filename: "Offer_Letter.pdf", mimeType: "application/pdf", textSample: letter }],
    ...MAY_6,
  });
  it("fills the title and deadline a cover note leaves out", () => {
    const extraction = extractMessage(coverNote, { messageId: null, originalDate: null });
    expect([extraction.kind, extraction.role, extraction.respondBy]).toEqual([
      "offer",
      "Senior Product Designer",
      "2026-05-08T17:00:00-07:00",
    ]);
  });
  it("does not override a deadline the message states", () => {
    const facts = { ...coverNote, body: `${coverNote.body}\nPlease let us know by Thursday, May 7.` };
    expect(extractMessage(facts, { messageId: null, originalDate: null }).respondBy).toBe("2026-05-07");
  });
  it("without text the attachment adds nothing", () => {
    const facts = { ...coverNote, attachments: [{ filename: "Offer_Letter.pdf", mimeType: "application/pdf" }] };
    expect(extractMessage(facts, { messageId: null, originalDate: null }).respondBy).toBeNull();
  });
});
