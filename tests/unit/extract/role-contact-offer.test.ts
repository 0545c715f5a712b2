import { describe, expect, it } from "vitest";
import { extractContact } from "../../../functions/domain/extract/contact";
import { extractOfferTerms } from "../../../functions/domain/extract/offer-terms";
import { classifyOutgoing } from "../../../functions/domain/extract/outgoing";
import { extractRole } from "../../../functions/domain/extract/role";
import { OWNER, sampleFacts } from "./sample-facts";

describe("extractRole", () => {
  const cases = [
    {
      subject: "",
      body: "Thanks for your interest in the Staff Software Engineer, Payments Platform role at Kestrel Pay!",
      want: "Staff Software Engineer, Payments Platform",
    },
    {
      subject: "",
      body: "I'm delighted to offer you the position of Lead Infrastructure Engineer at Ashcombe.",
      want: "Lead Infrastructure Engineer",
    },
    {
      subject: "Interview Confirmation: Senior Platform Engineer (R-10482)",
      body: "Hello",
      want: "Senior Platform Engineer",
    },
    {
      subject: "Thank you - Senior Data Platform Engineer onsite",
      body: "Thanks for today.",
      want: "Senior Data Platform Engineer",
    },
    {
      subject: "References - Lead Data Analyst",
      body: "As a next step for the Lead Data Analyst, Customer Insights role, could you send references?",
      want: "Lead Data Analyst, Customer Insights",
    },
    {
      subject: "Offer – Senior Product Designer, Lanternfish Labs",
      body: "Your offer letter for the Senior Product Designer role is attached.",
      want: "Senior Product Designer",
    },
    {
      subject: "Onsite",
      body: "Your onsite for the Senior Data Platform Engineer role is confirmed.\n4:15 PM Hugo Ferreira, Staff Engineer - architecture",
      want: "Senior Data Platform Engineer",
    },
  ];

  it.each(cases)("$want", ({ subject, body, want }) => {
    expect(extractRole(sampleFacts({ subject, body })).role).toBe(want);
  });

  it.each(["Hi, are you free for lunch?", "Thanks for the update."])("finds no role in %j", (body) => {
    expect(extractRole(sampleFacts({ body })).role).toBeNull();
  });
});

describe("extractContact", () => {
  it("prefers a human named in the body over a no-reply sender", () => {
    const facts = sampleFacts({
      from: { name: "Kestrel Pay", address: "no-reply@us.greenhouse-mail.io" },
      body: "If you have questions, contact Tessa Lindqvist at tessa.lindqvist@kestrelpay.com.",
    });
    expect(extractContact(facts, false, null)).toMatchObject({
      email: "tessa.lindqvist@kestrelpay.com",
      name: "Tessa Lindqvist",
    });
  });

  it("takes a human Reply-To behind a robot", () => {
    const facts = sampleFacts({
      from: { name: "Brightline", address: "no-reply@ashbyhq.com" },
      replyTo: [{ name: "Jonah Feld", address: "jonah.feld@brightlinefreight.com" }],
    });
    expect(extractContact(facts, false, null).email).toBe("jonah.feld@brightlinefreight.com");
  });

  it.each([
    {
      name: "only a robot",
      from: { name: "Halvorsen", address: "halvorsen@myworkday.com" },
      body: "Please do not reply.",
    },
    {
      name: "only no-reply",
      from: { name: "Marrow & Pine", address: "no-reply@hire.lever.co" },
      body: "Best, Noor Haddad",
    },
    { name: "only the owner", from: { name: "Sam", address: OWNER }, body: `reach me at ${OWNER}` },
  ])("gives null with $name", ({ from, body }) => {
    expect(extractContact(sampleFacts({ from, body }), false, null).email).toBeNull();
  });

  it("uses the first employer recipient for the owner's own mail", () => {
    const facts = sampleFacts({
      from: { name: "Sam", address: OWNER },
      to: [{ name: "Renata Quispe", address: "renata@brightlinefreight.com" }],
      cc: [{ name: "Jonah", address: "jonah@brightlinefreight.com" }],
    });
    expect(extractContact(facts, true, null).email).toBe("renata@brightlinefreight.com");
  });
});

describe("extractOfferTerms", () => {
  it("reads stated terms", () => {
    const text =
      "Base salary: £92,000 per annum\nBonus: up to 15% discretionary\nHoliday: 27 days plus bank holidays\nHybrid working: 2 days per week in our Clerkenwell office";
    expect(extractOfferTerms(text, null)).toMatchObject({
      base: 92000,
      currency: "GBP",
      bonus: "15%",
      pto: 27,
      remote: "hybrid",
      location: "Clerkenwell",
    });
  });

  it("reads base and sign-on written inline", () => {
    expect(
      extractOfferTerms("your revised offer is $158,000 base with a $10,000 sign-on bonus", "2026-06-01"),
    ).toMatchObject({
      base: 158000,
      signOn: 10000,
      startDate: "2026-06-01",
    });
  });

  it.each([
    ["a base salary of $150,000 and equity of $40,000 over four years.", "$40,000 over four years"],
    ["Equity: 12,000 RSUs vesting over four years", "12,000 RSUs vesting over four years"],
    ["an equity grant worth $60,000", "$60,000"],
  ])("equity is the value, not the words before it: %j", (text, equity) => {
    expect(extractOfferTerms(text, null)?.equity).toBe(equity);
  });

  it.each(["We'd like to move you to the final round.", "Thanks for your time today."])(
    "finds no terms in %j",
    (text) => {
      expect(extractOfferTerms(text, null)).toBeNull();
    },
  );
});

describe("classifyOutgoing", () => {
  it.each([
    ["Thank you for taking the time to meet with me this afternoon", "thank_you"],
    ["I'm delighted to accept Pinebrook Mutual's offer", "accept_offer"],
    ["I've accepted a position elsewhere, so I'd like to withdraw my application", "withdrawal"],
    [
      "I've received an offer from another company and need to give them an answer by Thursday. Could you share a decision or next steps before then?",
      "expedite_request",
    ],
    ["Would it be possible to extend my deadline to next Wednesday?", "extension_request"],
    ["After a lot of thought I have decided to decline the offer.", "decline_offer"],
    ["Just following up on my application.", "follow_up"],
  ])("%s -> %s", (body, want) => {
    expect(classifyOutgoing("", body)).toBe(want);
  });

  it("returns null for mail that resembles no draft", () => {
    expect(classifyOutgoing("Lunch", "See you at noon.")).toBeNull();
  });
});
