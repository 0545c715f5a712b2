// Issue 10, draft content: follow-ups that differ and carry news without naming the other company, a
// step-out that claims nothing unknown, the first reply to every offer, the call booking and the
// polite "too late", dates as letters write them, and possessives of names ending in s.
import { describe, expect, it } from "vitest";
import { type DraftContext, writeDraft } from "../../../../functions/domain/drafts";
import { DRAFT_KINDS } from "../../../../functions/domain/vocabularies";
import { BERLIN, employer, KOLKATA, NEW_YORK, ownerIn } from "../builders";

const NOW = "2026-04-15T13:00:00.000Z"; // Wed 15 Apr, 9:00 AM in New York
const owner = ownerIn(NEW_YORK);
const ostrava = employer("Ostrava Works", {
  role: "Product Designer",
  contactName: "Ivo Marek",
  contactEmail: "ivo.marek@ostravaworks.com",
  lastContactAt: "2026-04-06T13:40:00.000Z",
});
const pellucid = employer("Pellucid Health", {
  stage: "offer",
  role: "Product Designer",
  respondBy: "2026-04-20T17:00:00-04:00",
});
const ctx = (fields: Partial<DraftContext> = {}): DraftContext => ({ owner, employer: ostrava, now: NOW, ...fields });

describe("follow-up drafts (PLAYBOOK §2)", () => {
  const drafts = [1, 2, 3].map((followUpNumber) => writeDraft("follow_up", ctx({ followUpNumber })));

  it("words the first, second and third differently, subject and body", () => {
    // Assess
    expect(new Set(drafts.map((d) => d.subject)).size).toBe(3);
    for (const [i, draft] of drafts.entries()) {
      for (const other of drafts.slice(i + 1)) {
        const sentences = new Set(draft.body.split(/(?<=[.?!])\s+/).slice(1, -1));
        const shared = other.body.split(/(?<=[.?!])\s+/).filter((s) => sentences.has(s));
        expect(shared, `follow-up ${i + 1}`).toEqual([]);
      }
    }
  });

  it("each offers a short call and stays a few lines long", () => {
    for (const draft of drafts) {
      expect(draft.body).toMatch(/call/);
      expect(draft.body.split("\n\n").length).toBeLessThanOrEqual(6);
    }
  });

  it.each([1, 2, 3])("follow-up %i shares a held offer and its deadline, never the other company's name", (n) => {
    // Act
    const draft = writeDraft("follow_up", ctx({ followUpNumber: n, heldOffer: pellucid }));

    // Assess
    // Worded differently each time (the first, second and third differ), always with the date.
    expect(draft.body).toMatch(/offer from another company|another company has made me an offer/);
    expect(draft.body).toContain("Monday 20 April at 5:00 PM EDT");
    expect(draft.body).not.toContain("Pellucid");
    expect(draft.body).not.toMatch(/first choice|top choice|final offer|unless/i);
  });

  it("a held offer without a deadline is still news, without a made-up date", () => {
    const draft = writeDraft("follow_up", ctx({ heldOffer: { ...pellucid, respondBy: null } }));
    expect(draft.body).toContain("before I decide");
    expect(draft.body).not.toMatch(/answer by/);
  });

  it.each([
    { name: "their last mail", fields: {}, says: "since we spoke on Monday 6 April" },
    {
      name: "the interview after it",
      fields: { interviewAt: "2026-04-09T14:00:00-04:00" },
      says: "since we spoke on Thursday 9 April",
    },
    {
      name: "the owner's own confirmed follow-up",
      fields: { followUpsSent: 1, lastFollowUpAt: "2026-04-13T14:00:00.000Z" },
      says: "since my note of Monday 13 April",
    },
    {
      name: "an unconfirmed reminder (not a note the owner sent)",
      fields: { followUpsSent: 0, lastFollowUpAt: "2026-04-13T14:00:00.000Z" },
      says: "since we spoke on Monday 6 April",
    },
  ])("'since' names the last exchange: $name", ({ fields, says }) => {
    const draft = writeDraft("follow_up", ctx({ employer: { ...ostrava, ...fields } }));
    expect(draft.body).toContain(says);
  });
});

describe("step-out draft", () => {
  it("says only that there has been no news, and keeps the door open", () => {
    const draft = writeDraft("step_out", ctx());
    expect(draft.body).toContain("I have not had news since we spoke on Monday 6 April");
    expect(draft.body).not.toMatch(/ignored|three|follow-ups|no reply to my/i);
    expect(draft.body).toMatch(/keep you in mind/);
    expect(draft.label).toBe("Stepping out of Ostrava Works' process");
  });
});

describe("backing out of an accepted offer", () => {
  const accepted = employer("Saltmarsh Energy", {
    stage: "withdrawn",
    backedOut: true,
    role: "Grid Software Engineer",
  });

  it.each([
    { name: "another offer in hand", heldOffer: pellucid, says: "accept another opportunity" },
    { name: "no other offer", heldOffer: null, says: "My circumstances have changed" },
  ])("gives another opportunity as the reason only when there is one ($name)", ({ heldOffer, says }) => {
    const draft = writeDraft("back_out", ctx({ employer: accepted, heldOffer }));
    expect(draft.body).toContain(says);
    if (!heldOffer) expect(`${draft.body}\n${draft.callScript?.join("\n")}`).not.toMatch(/another opportunity/);
  });
});

describe("first reply to an offer (clarify_offer)", () => {
  const asks = (fields: Partial<typeof pellucid>) =>
    writeDraft("clarify_offer", ctx({ employer: { ...pellucid, contactName: "Grace Obi", ...fields } })).body;

  it("thanks them, is enthusiastic, and asks for the written offer, benefits and their cost, start date, salary", () => {
    const body = asks({});
    expect(body).toMatch(
      /^Hi Grace,\n\nThank you for the offer for the Product Designer role at Pellucid Health; I am excited/,
    );
    expect(body).toContain("the written offer");
    expect(body).toContain("plan descriptions and what each costs me as an employee");
    expect(body).toContain("the start date you have in mind");
    expect(body).toContain("flexibility on the base salary");
  });

  it("asks when they need an answer only when no deadline was given", () => {
    expect(asks({})).not.toContain("by when you would like my answer");
    expect(asks({ respondBy: null })).toContain("by when you would like my answer");
  });

  it("confirms a known start date instead of asking for it, and does not ask for a letter that came", () => {
    const body = asks({ offer: { startDate: "2026-05-04" }, offerLetterReceived: true });
    expect(body).toContain("confirmation of the start date of Monday 4 May");
    expect(body).toContain("thank you for sending the offer letter");
    expect(body).not.toContain("the written offer,");
  });
});

describe("after a decline, when they ask to talk", () => {
  const redwood = employer("Redwood Labs", {
    stage: "declined",
    role: "Machine Learning Engineer",
    contactName: "Carla Jensen",
    contactEmail: "carla.jensen@redwoodlabs.ai",
  });

  it.each([
    { zone: NEW_YORK, first: "Thursday 16 April at 10:00 AM EDT", second: "Friday 17 April at 2:00 PM EDT" },
    { zone: BERLIN, first: "Thursday 16 April at 10:00 AM CEST", second: "Friday 17 April at 2:00 PM CEST" },
  ])("the reply books the call: two times in $zone, and the people they named", ({ zone, first, second }) => {
    // Act
    const draft = writeDraft("owner_reply", {
      owner: ownerIn(zone),
      employer: redwood,
      now: NOW,
      callWith: ["Dana Whitfield", "Carla Jensen"],
    });

    // Assess
    expect(draft.kind).toBe("owner_reply");
    expect(draft.body).toContain("talk it through with you and Dana Whitfield");
    expect(draft.body).toContain(`Would ${first} or ${second} work?`);
    expect(draft.body).not.toMatch(/I would accept|ready to say yes|my number/i);
  });

  it("skips the weekend when offering times (asked on a Friday)", () => {
    const draft = writeDraft("owner_reply", { owner, employer: redwood, now: "2026-04-17T14:00:00.000Z" });
    expect(draft.body).toContain("Monday 20 April at 10:00 AM EDT or Tuesday 21 April at 2:00 PM EDT");
  });

  it("writes a polite 'too late' when the owner accepted elsewhere", () => {
    const draft = writeDraft("decline_offer", { owner, employer: redwood, now: NOW, acceptedElsewhere: true });
    expect(draft.label).toBe("Too late: a polite reply to Redwood Labs");
    expect(draft.body).toContain("accepted another position");
    expect(draft.body).toContain("too late");
    expect(draft.body).toMatch(/paths cross again/);
    expect(draft.body).not.toMatch(/sorry|apolog/i);
  });

  it("the counteroffer, when written at all, opens a conversation and commits to nothing", () => {
    const draft = writeDraft("counteroffer", {
      owner: ownerIn(NEW_YORK, { targetBase: 160000 }),
      employer: redwood,
      now: NOW,
    });
    expect(draft.body).toContain("160,000");
    expect(draft.body).not.toMatch(/ready to say yes|I will accept/i);
  });
});

describe("every draft kind", () => {
  const offerCtx = (zone: string): DraftContext => ({
    owner: ownerIn(zone, { targetBase: 150000 }),
    now: NOW,
    employer: employer("Acme Robotics", {
      stage: "offer",
      role: "Robotics Engineer",
      contactName: "Lena Fuchs",
      contactEmail: "lena@acmerobotics.example",
      respondBy: "2026-04-24",
      expectDecisionBy: "2026-04-10T17:00:00+02:00",
      lastContactAt: "2026-04-08T09:00:00.000Z",
      interviewAt: "2026-04-07T10:00:00+02:00",
      offer: { base: 140000, currency: "USD", startDate: "2026-06-01" },
    }),
    offering: pellucid,
    heldOffer: pellucid,
    callWith: ["Dana Whitfield"],
  });

  it.each([NEW_YORK, BERLIN, KOLKATA].flatMap((zone) => DRAFT_KINDS.map((kind) => ({ zone, kind }))))(
    "$kind ($zone): dates as people write them, names spelled out, no stored forms",
    ({ zone, kind }) => {
      // Act
      const draft = writeDraft(kind, offerCtx(zone));
      const text = `${draft.label}\n${draft.subject}\n${draft.body}\n${(draft.callScript ?? []).join("\n")}`;

      // Assess
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(
        /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/,
      );
      expect(text).not.toContain("Robotics's");
      expect(text).not.toMatch(/\[(role|interviewer|start date|company)\]|<role>|\{\{|TODO|your role/i);
    },
  );

  it("a date outside this year carries its year", () => {
    const draft = writeDraft("accept_offer", {
      ...offerCtx(NEW_YORK),
      now: "2026-12-10T15:00:00.000Z",
      employer: { ...offerCtx(NEW_YORK).employer, offer: { startDate: "2027-01-04" } },
    });
    expect(draft.body).toContain("starting on Monday 4 January 2027");
  });
});

describe("the acceptance sent while waiting for the letter (PLAYBOOK §4)", () => {
  it("confirms the acceptance in writing (the owner may have said yes by phone) and asks for the letter", () => {
    const draft = writeDraft("accept_offer", ctx({ employer: { ...pellucid, offer: { startDate: "2026-05-04" } } }));
    expect(draft.body).toContain(
      "I am delighted to confirm that I accept the offer for the Product Designer role at Pellucid Health. I look forward to starting on Monday 4 May.",
    );
    expect(draft.body).toContain("Could you send me the written offer letter to review and sign?");
  });
});
