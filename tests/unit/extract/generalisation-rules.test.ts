// Rules added for mail outside the shared corpus: wrapped prose, gentler wording, fuller company
// names, agencies, personal mail and receipts. Each rule has cases that must and must not fire.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { isAgencyLabel, looksLikeJobTitle } from "../../../functions/domain/extract/employer-forms";
import { extractMessage } from "../../../functions/domain/extract/extract";
import { classifyKind } from "../../../functions/domain/extract/kind";
import { joinWrappedLines } from "../../../functions/domain/extract/prose";
import { extractRole } from "../../../functions/domain/extract/role";
import { OWNER, sampleFacts } from "./sample-facts";

const IDENTITY = { messageId: null, originalDate: null };

describe("joinWrappedLines", () => {
  it.each([
    [
      "a wrapped sentence",
      "We'd need your answer to this offer from you, as we discussed, within\n5 business days.",
      "We'd need your answer to this offer from you, as we discussed, within 5 business days.",
    ],
    [
      "a name split by the wrap",
      "I'm delighted to offer you the position of Senior Data Analyst at Northwind\nAnalytics.",
      "I'm delighted to offer you the position of Senior Data Analyst at Northwind Analytics.",
    ],
  ])("joins %s", (_what, text, want) => {
    expect(joinWrappedLines(text)).toBe(want);
  });

  it.each([
    ["short signature lines", "Best,\nPriya Shah\nRecruiting Lead, Northwind"],
    ["paragraph breaks", "This line is long enough to be a wrapped line of prose text.\n\nNext paragraph"],
    ["a list after a long line", "Could you let me know which of these slots suits you best?\n- Tue 17.03., 10:00"],
    ["label rows", "Your interview is confirmed and the details are below for you:\nDate: Thursday"],
  ])("keeps %s apart", (_what, text) => {
    expect(joinWrappedLines(text)).toBe(text);
  });

  it("keeps the text length, so offsets stay valid", () => {
    const text = `${"a".repeat(60)}\nwrapped on\n\nnext`;
    expect(joinWrappedLines(text)).toHaveLength(text.length);
  });
});

describe("classifyKind: wording outside the corpus", () => {
  it.each([
    {
      want: "rejection",
      body: "After a lot of discussion, the team has chosen to continue with candidates whose experience lines up more closely with the role.",
    },
    {
      want: "rejection",
      body: "We have reviewed all applicants and we will not be advancing your application further at this time.",
    },
    {
      want: "rejection",
      body: "We know this isn't the news you were hoping for. We won't be moving your application forward.",
    },
    {
      want: "interview_invite",
      body: "The panel enjoyed Tuesday, and we'd like to move you to the final round. Could you send over your availability?",
    },
    {
      want: "interview_scheduled",
      body: "You're all set for a 45-minute technical screen with Owen on Wednesday, March 25 at 4:30 PM Central.",
    },
    {
      want: "update",
      body: "No problem at all, we're happy to push your decision date out to Monday, March 30, by noon Eastern.",
    },
  ])("$want: $body", ({ want, body }) => {
    expect(classifyKind(sampleFacts({ subject: "Your application", body }), false).kind).toBe(want);
  });

  it("a receipt with prices and a card is other", () => {
    const body =
      "Thanks for your order!\nOrder number: PCV-1\nPayment method: Visa ending 4417\nResume rewrite $249.00\nTotal ........ $249.00";
    expect(
      classifyKind(sampleFacts({ from: { name: "Shop", address: "orders@cvshop.example" }, body }), false).kind,
    ).toBe("other");
  });

  it("personal mail from a free-mail friend that mentions an interview is other", () => {
    const facts = sampleFacts({
      from: { name: "Nkechi A", address: "nkechi@gmail.com" },
      body: "Thursday at 7 works! I want to hear all about the interview.",
    });
    expect(classifyKind(facts, false).kind).toBe("other");
  });

  it("the same cue-less note from a company address stays an update", () => {
    const facts = sampleFacts({ body: "Thursday at 7 works! I want to hear all about the interview." });
    expect(classifyKind(facts, false).kind).toBe("update");
  });

  it("a final-round invite that mentions an offer decision is not an offer", () => {
    const body =
      "We'd like to move you to the final round. It's the last step before we make an offer decision. Please share your availability.";
    expect(classifyKind(sampleFacts({ body }), false).kind).toBe("interview_invite");
  });
});

describe("extractEmployer: company forms", () => {
  const cases = [
    {
      name: "a short domain stands for the fuller name in the subject and signature",
      facts: sampleFacts({
        subject: "Your offer from Northwind Analytics",
        body: "Hi Sam, welcome aboard at Northwind.\n\nPriya Shah\nRecruiting Lead, Northwind Analytics",
      }),
      want: "Northwind Analytics",
    },
    {
      name: "the signed fuller name wins over the subject's short form",
      facts: sampleFacts({
        from: { name: "Eliza", address: "eliza@quarrylane.com" },
        subject: "Quarry Lane - offer letter",
        body: "Attached is your offer letter.\n\nEliza Moreno\nHead of Talent, Quarry Lane Capital",
      }),
      want: "Quarry Lane Capital",
    },
    {
      name: "a domain that ends in an industry word keeps its form when a signature line writes it alone",
      facts: sampleFacts({
        from: { name: "Kathleen", address: "kdonnelly@pinebrookmutual.com" },
        subject: "Revised offer",
        body: "Please find the revised offer.\n\nKathleen Donnelly\nPinebrook Mutual Insurance\nPinebrook Mutual",
      }),
      want: "Pinebrook Mutual",
    },
    {
      name: "an added word that is not an industry word is not part of the name",
      facts: sampleFacts({ body: "Thanks for meeting Northwind Priya yesterday.\n\nNorthwind" }),
      want: "Northwind",
    },
    {
      name: "the owner's mail to an agency names the client in the subject and body",
      facts: sampleFacts({
        from: { name: "Sam", address: OWNER },
        to: [{ name: "Declan Price", address: "declan.price@talentbridge-search.com" }],
        subject: "Re: Harbor Mutual - final interview",
        body: "I'd like to withdraw from consideration for the Harbor Mutual role.",
      }),
      outgoing: true,
      want: "Harbor Mutual",
    },
    {
      name: "a job title leading the subject is not a company",
      facts: sampleFacts({
        from: { name: "Paloma", address: "preyes@wrenfieldlearning.org" },
        subject: "Instructional Designer - quick update",
        body: "We're still finishing up for the Instructional Designer role.\n\nPaloma Reyes\nWrenfield Learning",
      }),
      want: "Wrenfield Learning",
    },
  ];
  it.each(cases)("$name", ({ facts, outgoing, want }) => {
    expect(extractEmployer(facts, outgoing ?? false).name).toBe(want);
  });
});

describe("looksLikeJobTitle / isAgencyLabel", () => {
  it.each(["Senior Backend Engineer", "Instructional Designer", "Staff Data Platform"])("%s is a title", (name) => {
    expect(looksLikeJobTitle(name)).toBe(true);
  });
  it.each(["Harbor Mutual", "Northwind Analytics", "Quayside Bank"])("%s is not a title", (name) => {
    expect(looksLikeJobTitle(name)).toBe(false);
  });
  it.each([
    ["talentbridge-search", true],
    ["hayesrecruitment", true],
    ["northwind", false],
    ["pinebrookmutual", false],
  ])("%s agency: %s", (label, want) => {
    expect(isAgencyLabel(label)).toBe(want);
  });
});

describe("extractRole: more title nouns", () => {
  it.each([
    ["the panel would like to offer you the position of Pricing Actuary in Dublin.", "Pricing Actuary"],
    ["Thank you for your interest in the Senior IT Auditor (2600412) position.", "Senior IT Auditor"],
  ])("%s", (body, want) => {
    expect(extractRole(sampleFacts({ body })).role).toBe(want);
  });

  it("no title noun, no role", () => {
    expect(extractRole(sampleFacts({ body: "Thanks for your interest in the Pricing position." })).role).toBeNull();
  });
});

describe("dates across a hard wrap", () => {
  it("finds a deadline whose cue words sit on the previous line", () => {
    const facts = sampleFacts({
      body: "Your offer letter is attached to your candidate profile. We'd need your answer\nwithin 5 business days so we can close out the search.",
    });
    const extraction = extractMessage(facts, IDENTITY);
    expect(extraction.kind).toBe("offer");
    expect(extraction.respondBy).toBe("2026-03-09");
  });

  it("without the cue words the same date is no deadline", () => {
    const facts = sampleFacts({
      body: "Your offer letter is attached to your candidate profile. The portal stays open\nwithin 5 business days for edits.",
    });
    expect(extractDates(facts, "offer").respondBy).toBeNull();
  });
});
