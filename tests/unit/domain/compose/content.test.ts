// Issue 10, email content: what each owner email says around its drafts (follow-up news and count,
// the decline's first question, booking the call or "too late", the rejection's reflection, every
// offer's first reply) and the digest (no "keep applying" against a promise, no doubled bullets,
// the year on dates outside this year, lapsed and passed dates). Both parts of the rendered email
// carry the same lead line.
import { describe, expect, it } from "vitest";
import { composeNudge } from "../../../../functions/domain/compose";
import { composeDigest } from "../../../../functions/domain/compose/digest";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { planNudges } from "../../../../functions/domain/playbook";
import type { OwnerEmailKind } from "../../../../functions/domain/vocabularies";
import { renderEmail } from "../../../../templates/render";
import { BERLIN, employer, NEW_YORK, ownerIn, readableLinks } from "../builders";

const NOW = "2026-04-15T13:00:00.000Z"; // Wed 15 Apr, 9:00 AM EDT

const quiet = (fields: Partial<EmployerRecord> = {}) =>
  employer("Ostrava Works", {
    role: "Product Designer",
    contactName: "Ivo Marek",
    contactEmail: "ivo.marek@ostravaworks.com",
    lastContactAt: "2026-04-06T13:40:00.000Z",
    ...fields,
  });
const heldOffer = employer("Pellucid Health", {
  stage: "offer",
  rank: 2,
  role: "Product Designer",
  respondBy: "2026-04-20T17:00:00-04:00",
  offerReceivedAt: "2026-04-08T15:00:00.000Z",
  lastContactAt: "2026-04-08T15:00:00.000Z",
  sentNudges: [],
});
const reminderAt = (at: string, n: number) => ({
  at,
  kind: "nudge" as const,
  summary: "follow_up sent",
  nudgeId: `follow_up.ostrava-works.${n}.x`,
});

function compose(kind: OwnerEmailKind, employers: EmployerRecord[], now = NOW, zone = NEW_YORK) {
  const who = ownerIn(zone);
  const nudge = planNudges(employers, who, now).find((n) => n.kind === kind);
  if (!nudge) throw new Error(`no ${kind} planned`);
  return composeNudge(nudge, employers, who, now, readableLinks);
}

describe("follow-up email", () => {
  it("the first one: no claim of a missed date when none was promised, in both parts", () => {
    // Act
    const view = compose("follow_up", [quiet()]);
    const { html, text } = renderEmail(view);

    // Assess
    expect(view.whyNow).toBe("A week without news is the right moment for a short, friendly check-in.");
    for (const part of [html, text]) {
      expect(part).not.toMatch(/date they gave|has passed without news/);
      expect(part).toContain("An employer has gone quiet. A short, friendly follow-up is ready for you to send.");
    }
    expect(view.deadline).toBeNull();
  });

  it("after a promise: the promised date, named as a promise, not as the owner's deadline", () => {
    const view = compose("follow_up", [quiet({ expectDecisionBy: "2026-04-10" })]);
    expect(view.whyNow).toBe("They promised news by Fri 10 Apr, and that date has passed.");
    expect(view.deadline).toBeNull();
  });

  it("the third one: says which it is, counts what the owner confirmed, and drafts the third wording", () => {
    // Prepare: two reminders delivered since their news, one of them confirmed sent
    const record = quiet({
      followUpsSent: 1,
      lastFollowUpAt: "2026-04-13T14:00:00.000Z",
      timeline: [reminderAt("2026-04-07T13:00:00.000Z", 1), reminderAt("2026-04-08T13:00:00.000Z", 2)],
    });

    // Act
    const view = compose("follow_up", [record], "2026-04-20T13:00:00.000Z");

    // Assess
    expect(view.subject).toBe("Ostrava Works: follow-up 3 of 3");
    expect(view.happened).toContain(
      "This is the third follow-up reminder since then; you confirmed sending one follow-up.",
    );
    expect(view.drafts[0]?.label).toBe("Follow-up 3 to Ostrava Works");
    expect(view.drafts[0]?.subject).toBe("Product Designer: where things stand");
  });

  it("shares a held offer as news: named to the owner, never in the draft", () => {
    // Act
    const view = compose("follow_up", [quiet(), heldOffer]);

    // Assess
    const news = view.sections.find((s) => s.title === "News you can share");
    expect(news?.items[0]).toContain(
      "You hold an offer from Pellucid Health with an answer due Mon 20 Apr, 5:00 PM EDT",
    );
    expect(view.drafts[0]?.body).toContain("answer by Monday 20 April at 5:00 PM EDT");
    expect(view.drafts[0]?.body).not.toContain("Pellucid");
  });
});

describe("offer review", () => {
  it.each([
    { name: "with a deadline", respondBy: "2026-04-20T17:00:00-04:00", asksWhen: false },
    { name: "without a deadline", respondBy: null, asksWhen: true },
  ])("always carries the first reply ($name)", ({ respondBy, asksWhen }) => {
    const view = compose("offer_review", [{ ...heldOffer, respondBy, contactName: "Grace Obi" }]);
    expect(view.drafts.map((d) => d.kind)).toEqual(["clarify_offer"]);
    expect(view.drafts[0]?.label).toBe("First reply to Pellucid Health's offer");
    expect(view.drafts[0]?.body.includes("by when you would like my answer")).toBe(asksWhen);
  });
});

describe("declining and being asked to talk", () => {
  const redwood = (fields: Partial<EmployerRecord> = {}) =>
    employer("Redwood Labs", {
      stage: "declined",
      role: "Machine Learning Engineer",
      contactName: "Carla Jensen",
      contactEmail: "carla.jensen@redwoodlabs.ai",
      closedAt: "2026-04-14T14:00:00.000Z",
      lastContactAt: "2026-04-15T12:55:00.000Z",
      offer: { base: 150000, currency: "USD" },
      ...fields,
    });

  it("the decline asks first whether a counteroffer would change the answer, before the draft in both parts", () => {
    // Act
    const view = compose("decline", [redwood()], "2026-04-14T14:00:00.000Z");
    const { html, text } = renderEmail(view);

    // Assess
    expect(view.sections[0]?.title).toBe("First: would a counteroffer change your answer?");
    for (const part of [html, text]) {
      expect(part.indexOf("would a counteroffer change your answer?")).toBeLessThan(
        part.indexOf("After careful thought"),
      );
    }
  });

  it("asked to talk: a reply that books the call with the people they named; the counteroffer as call notes", () => {
    // Act
    const view = compose("discuss_offer", [redwood({ asksToTalk: true, callWith: ["Dana Whitfield"] })]);

    // Assess
    expect(view.subject).toBe("Redwood Labs wants to talk: book the call");
    expect(view.happened).toContain("they said Dana Whitfield will join");
    expect(view.drafts.map((d) => d.kind)).toEqual(["owner_reply"]);
    expect(view.drafts[0]?.body).toContain("with you and Dana Whitfield");
    expect(view.drafts[0]?.body).toContain("Thursday 16 April at 10:00 AM EDT or Friday 17 April at 2:00 PM EDT");
    const notes = view.sections.find((s) => s.title === "Your counteroffer: notes for the call, not to send");
    expect(notes?.items.join("\n")).toMatch(/they offered 150,000 USD/);
    expect(view.drafts.some((d) => d.kind === "counteroffer")).toBe(false);
  });

  it("asked to talk after accepting elsewhere: a polite 'too late', no booking", () => {
    // Prepare
    const accepted = employer("Saltmarsh Energy", { stage: "accepted", acceptedAt: "2026-04-14T15:00:00.000Z" });

    // Act
    const view = compose("discuss_offer", [redwood({ asksToTalk: true }), accepted]);

    // Assess
    expect(view.subject).toBe('Redwood Labs wants to talk: a polite "too late"');
    expect(view.happened).toContain("In the meantime you accepted Saltmarsh Energy's offer.");
    expect(view.drafts.map((d) => [d.kind, d.label])).toEqual([
      ["decline_offer", "Too late: a polite reply to Redwood Labs"],
    ]);
  });
});

describe("rejection", () => {
  it("adds a short reflection for the next interviews", () => {
    const view = compose("rejection", [quiet({ stage: "rejected", closedAt: NOW })]);
    const reflection = view.sections.find((s) => s.title === "For your next interviews");
    expect(reflection?.items.map((i) => i.split(":")[0])).toEqual(["Homework", "Confidence", "Thank-you notes"]);
    expect(view.drafts.map((d) => d.kind)).toEqual(["rejection_reply"]);
  });
});

describe("weekly digest", () => {
  const digest = (employers: EmployerRecord[], now = NOW, zone = NEW_YORK) =>
    composeDigest(employers, [], ownerIn(zone), now, readableLinks);
  const extensionSent = {
    at: "2026-04-08T21:00:00.000Z",
    kind: "nudge" as const,
    summary: "extension_request sent",
    nudgeId: "extension_request.pellucid-health.x",
  };

  it("no push to keep applying while an extension request that promised no new processes is out", () => {
    // Act
    const view = digest([quiet({ rank: 1 }), { ...heldOffer, timeline: [extensionSent] }]);

    // Assess
    const text = view.sections.flatMap((s) => [s.title, ...s.items]).join("\n");
    expect(text).not.toMatch(/Keep applying|apply for this week|speed the search up/);
    expect(text).toContain("Your extension request to Pellucid Health says you are not starting new processes.");
  });

  it("the push comes back once no extension request is out", () => {
    const text = digest([quiet({ rank: 1 }), heldOffer])
      .sections.flatMap((s) => s.items)
      .join("\n");
    expect(text).toContain("Keep applying");
  });

  it("no doubled bullets in either part", () => {
    // Act
    const { html, text } = renderEmail(digest([quiet(), heldOffer]));

    // Assess
    expect(text).not.toMatch(/^- [-+•] /m);
    expect(html).not.toMatch(/<li[^>]*>\s*[-+•] /);
    expect(text).toMatch(/^- Con: /m);
  });

  it.each([NEW_YORK, BERLIN])("dates outside this year carry the year (%s)", (zone) => {
    // Prepare: the digest of Mon 28 Dec 2026; an answer due Mon 4 Jan 2027
    const offer = { ...heldOffer, respondBy: "2027-01-04", lastContactAt: "2026-12-21T15:00:00.000Z" };

    // Act
    const view = digest([offer], "2026-12-28T13:00:00.000Z", zone);
    const all = [view.deadline, ...view.tables.flatMap((t) => t.rows.flat())].join("\n");

    // Assess
    expect(all).toContain("Mon 4 Jan 2027");
    expect(all).toMatch(/Mon 21 Dec, /);
    expect(all).not.toContain("Dec 2026");
  });

  it("a passed interview is no deadline; a passed answer deadline reads as lapsed, never due", () => {
    // Prepare
    const lapsed = { ...heldOffer, respondBy: "2026-04-10", interviewAt: "2026-04-02T14:00:00-04:00" };

    // Act
    const view = digest([lapsed]);
    const row = view.tables[0]?.rows[0] ?? [];

    // Assess
    expect(row.at(-1)).toBe("answer was due Fri 10 Apr (lapsed)");
    expect(view.deadline).toBeNull();
    expect(view.sections.flatMap((s) => s.items).join("\n")).not.toMatch(/due soon/);
  });
});
