// Issue 10, the content items the first review left open: thank-you notes when the interviewer's
// address is unknown, the expedite request while two offers are held, the comparison worksheet shown
// once, the call booked at the time the employer proposed, a follow-up after an expedite request the
// owner sent, and the discuss email of a declined process offering only what applies. Each is read
// in the view and, where the wording matters to the owner, in both rendered parts.
import { describe, expect, it } from "vitest";
import { composeNudge } from "../../../../functions/domain/compose";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import type { PlannedNudge } from "../../../../functions/domain/nudge";
import { planNudges } from "../../../../functions/domain/playbook";
import type { DraftKind, OwnerEmailKind } from "../../../../functions/domain/vocabularies";
import { renderEmail } from "../../../../templates/render";
import { BERLIN, employer, NEW_YORK, ownerIn, readableLinks } from "../builders";

const NOW = "2026-04-15T13:00:00.000Z"; // Wed 15 Apr, 9:00 AM EDT, 3:00 PM CEST

function nudge(kind: OwnerEmailKind, employerId: string, drafts: DraftKind[], reason = "test"): PlannedNudge {
  return { id: `${kind}.${employerId}.t`, kind, employerId, dueAt: NOW, drafts, reason };
}

function compose(n: PlannedNudge, employers: EmployerRecord[], now = NOW, zone = NEW_YORK) {
  return composeNudge(n, employers, ownerIn(zone), now, readableLinks);
}

/** The text part without link targets, and the HTML part as a reader sees it. */
function parts(view: ReturnType<typeof compose>) {
  const { html, text } = renderEmail(view);
  const shown = html
    .replace(/<head[\s\S]*?<\/head>/i, "")
    .replace(/<div style="display:none[^>]*>[\s\S]*?<\/div>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
  return { text: text.replace(/https?:\/\/\S+/g, "").replace(/\s+/g, " "), html: shown };
}

describe("thank-you notes: the address that is known, or plainly whom to send it to", () => {
  const larkspur = (fields: Partial<EmployerRecord> = {}) =>
    employer("Larkspur Robotics", {
      role: "Robotics Software Engineer",
      contactName: "Nadia Brandt",
      contactEmail: "nadia.brandt@larkspurrobotics.com",
      interviewAt: "2026-04-14T18:00:00.000Z",
      interviewers: ["Priya Nair", "Nadia Brandt"],
      ...fields,
    });
  const thanks = nudge("thank_you", "larkspur-robotics", ["thank_you", "thank_you"]);

  it("an interviewer without an address: the note goes to the process contact, who is asked to pass it on", () => {
    // Act
    const view = compose(thanks, [larkspur()]);
    const [toPriya, toNadia] = view.drafts;

    // Assess
    expect(toPriya?.to).toBe("nadia.brandt@larkspurrobotics.com");
    expect(toPriya?.label).toBe("Thank-you to Priya Nair, through Nadia Brandt");
    expect(toPriya?.subject).toBe("Thank you: Robotics Software Engineer (a note for Priya Nair)");
    expect(toPriya?.body).toMatch(/^Hi Nadia,\n\nCould you pass the note below on to Priya Nair\?[^\n]*\n\nHi Priya,/);
    // The interviewer who is the contact gets their own note, directly, thanked for arranging the day.
    expect(toNadia?.to).toBe("nadia.brandt@larkspurrobotics.com");
    expect(toNadia?.body).toMatch(/^Hi Nadia,\n\nThank you for arranging my interviews on [^\n]* with Priya Nair,/);
    expect(view.sections[0]?.items.join("\n")).toContain("jobnudge has no address for Priya Nair");
    for (const part of Object.values(parts(view))) {
      expect(part).not.toContain("(add the recipient)");
      expect(part).toContain("To: nadia.brandt@larkspurrobotics.com");
    }
  });

  it("no address at all: the To line names the person and where to find the address, in both parts", () => {
    // Act
    const view = compose(thanks, [larkspur({ contactEmail: null, contactName: null })], NOW, BERLIN);

    // Assess
    expect(view.drafts[0]?.to).toBeNull();
    expect(view.drafts[0]?.body).toMatch(/^Hi Priya,/);
    for (const part of Object.values(parts(view))) {
      expect(part).toContain(
        "To: Priya Nair (jobnudge has no address: use the one from the invitation, or ask Larkspur Robotics to pass it on)",
      );
      expect(part).not.toContain("(add the recipient)");
    }
  });
});

describe("expedite request while two offers are held", () => {
  const harborview = employer("Harborview Systems", {
    rank: 1,
    role: "Staff Platform Engineer",
    contactName: "Rosa Delgado",
    contactEmail: "rosa.delgado@harborviewsystems.com",
    lastContactAt: "2026-04-06T14:00:00.000Z",
  });
  const offer = (name: string, respondBy: string | null, rank: number) =>
    employer(name, { stage: "offer", rank, respondBy, offerReceivedAt: "2026-04-08T15:00:00.000Z" });
  const juniper = offer("Juniper Atlas", null, 2);
  const northgate = offer("Northgate Analytics", "2026-04-22", 3);
  const expedite = nudge("expedite_request", "harborview-systems", ["expedite_request"], "offer from juniper-atlas");

  it("gives the nearest deadline of all the offers, without naming either company to the employer", () => {
    // Act
    const view = compose(expedite, [harborview, juniper, northgate]);
    const body = view.drafts[0]?.body ?? "";

    // Assess
    expect(body).toContain(
      "I have received offers from two other companies, and the first answer is due by Wednesday 22 April.",
    );
    expect(body).toContain("before Wednesday 22 April?");
    expect(body).not.toMatch(/Juniper|Northgate/);
    expect(view.deadline).toBe("Wed 22 Apr");
    expect(view.subject).toBe("Harborview Systems: ask them to speed up (2 offers, first due Wed 22 Apr)");
    // The owner is told which offer the date comes from.
    expect(view.happened).toContain("You also hold Northgate Analytics' offer; its answer is due Wed 22 Apr");
  });

  it("a second expedite request after one the owner sent reads as an update; unconfirmed, as news", () => {
    const asked = {
      ...harborview,
      timeline: [
        {
          at: "2026-04-08T16:00:00.000Z",
          kind: "nudge" as const,
          summary: "expedite_request sent",
          nudgeId: "expedite_request.harborview-systems.northgate-analytics.a",
        },
      ],
    };
    const unconfirmed = compose(expedite, [asked, juniper, northgate]).drafts[0]?.body ?? "";
    expect(unconfirmed).toContain("I want to let you know where things stand. I have received offers");
    const sent = { at: "2026-04-08T17:00:00.000Z", kind: "action" as const, summary: "follow-up 1 sent" };
    const confirmed = { ...asked, timeline: [...asked.timeline, sent] };
    const body = compose(expedite, [confirmed, juniper, northgate]).drafts[0]?.body ?? "";
    expect(body).toContain(
      "A quick update since my last note: I have received offers from two other companies, and the first answer is due by Wednesday 22 April.",
    );
  });

  it("a deadline already over is not given as news", () => {
    const view = compose(expedite, [harborview, juniper, offer("Northgate Analytics", "2026-04-10", 3)]);
    expect(view.drafts[0]?.body).toContain(
      "I have received offers from two other companies that I will need to answer soon.",
    );
    expect(view.deadline).toBeNull();
  });

  it("one offer: as before, its own deadline", () => {
    const view = compose(
      nudge("expedite_request", "harborview-systems", ["expedite_request"], "offer from northgate-analytics"),
      [harborview, northgate],
    );
    expect(view.drafts[0]?.body).toContain(
      "I have received an offer from another company, and they have asked for my answer by Wednesday 22 April.",
    );
  });
});

describe("the side-by-side: a worksheet once, then only the facts known", () => {
  const first = employer("Northgate Analytics", {
    stage: "offer",
    respondBy: "2026-04-22",
    offerReceivedAt: "2026-04-08T15:00:00.000Z",
    offer: { base: 142000, currency: "USD", bonus: "10%" },
  });
  const second = employer("Juniper Atlas", {
    stage: "offer",
    offerReceivedAt: "2026-04-14T15:00:00.000Z",
    offer: { base: 158000, currency: "USD" },
  });
  const review = (r: EmployerRecord) => nudge("offer_review", r.id, []);

  it("the review of the first offer carries the worksheet with the current job, pros and cons", () => {
    const table = compose(review(first), [first])?.tables[0];
    expect(table?.columns).toEqual(["Term", "Northgate Analytics", "Current job"]);
    expect(table?.rows.map((row) => row[0])).toContain("Pros");
    expect(table?.rows.flat()).toContain("[fill in]");
  });

  it("a later offer review and every decision reminder show only what is known, no blanks", () => {
    for (const view of [
      compose(review(second), [first, second]),
      compose(nudge("decision_reminder", first.id, []), [first, second]),
    ]) {
      const table = view.tables[0];
      expect(table?.columns).not.toContain("Current job");
      expect(table?.rows.map((row) => row[0])).toEqual(["Base", "Bonus", "Answer due"]);
      for (const part of Object.values(parts(view))) expect(part).not.toContain("[fill in]");
    }
  });
});

describe("booking the call they asked for", () => {
  const redwood = (fields: Partial<EmployerRecord> = {}) =>
    employer("Redwood Labs", {
      stage: "declined",
      role: "Machine Learning Engineer",
      contactName: "Carla Jensen",
      contactEmail: "carla.jensen@redwoodlabs.ai",
      lastContactAt: "2026-04-15T12:35:00.000Z",
      asksToTalk: true,
      callWith: ["Dana Whitfield"],
      ...fields,
    });
  const discuss = nudge("discuss_offer", "redwood-labs", ["owner_reply"]);
  const thisAfternoon = {
    text: "this afternoon",
    from: "2026-04-15T16:00:00.000Z",
    until: "2026-04-15T21:00:00.000Z",
    hasTime: false,
    part: "afternoon" as const,
  };

  it("takes up the time they proposed while it is ahead, and tells the owner so", () => {
    // Act
    const view = compose(discuss, [redwood({ callProposal: thisAfternoon })]);

    // Assess
    expect(view.drafts[0]?.body).toContain("This afternoon works for me, as you suggested: what time would suit you?");
    expect(view.drafts[0]?.body).not.toMatch(/Would .* or .* work\?/);
    const advice = view.sections.find((s) => s.title === "Before the call")?.items[0];
    expect(advice).toBe(
      'They proposed "this afternoon" (Wed 15 Apr): the draft accepts it. If that does not suit you, offer another time instead.',
    );
  });

  it("a proposal on another day is given with its date; a stated time with its clock", () => {
    const thursday = { ...thisAfternoon, text: "Thursday", from: "2026-04-16T13:00:00.000Z" };
    thursday.until = "2026-04-16T21:00:00.000Z";
    expect(compose(discuss, [redwood({ callProposal: { ...thursday, part: null } })]).drafts[0]?.body).toContain(
      "Tomorrow works for me, as you suggested",
    );
    const friday = { ...thursday, text: "Friday at 2pm", from: "2026-04-17T18:00:00.000Z", hasTime: true };
    friday.until = "2026-04-17T19:00:00.000Z";
    expect(compose(discuss, [redwood({ callProposal: { ...friday, part: null } })]).drafts[0]?.body).toContain(
      "Friday 17 April at 2:00 PM EDT works for me, as you suggested.",
    );
  });

  it("their proposal has passed: two new times, called suggestions plainly", () => {
    // Act: composed the next morning
    const view = compose(discuss, [redwood({ callProposal: thisAfternoon })], "2026-04-16T13:00:00.000Z");

    // Assess
    expect(view.drafts[0]?.body).toMatch(
      /Would Friday 17 April at 10:00 AM EDT or Monday 20 April at 2:00 PM EDT work\?/,
    );
    expect(view.sections.find((s) => s.title === "Before the call")?.items[0]).toBe(
      'They proposed "this afternoon" (Wed 15 Apr), which has passed; the draft offers two new times. jobnudge cannot see your calendar: the two times in the draft are only suggestions, so change them to ones that suit you before you send it.',
    );
  });

  it("no proposal: the email says plainly the times are suggestions", () => {
    const view = compose(discuss, [redwood()]);
    expect(view.sections.find((s) => s.title === "Before the call")?.items[0]).toMatch(
      /^jobnudge cannot see your calendar: the two times in the draft are only suggestions/,
    );
  });

  it("the process is declined: no snooze or stop, in either part; the same controls in both", () => {
    // Act
    const view = compose(discuss, [
      redwood({ timeline: [{ at: NOW, kind: "update", summary: "x", messageKey: "k1" }] }),
    ]);
    const { html, text } = parts(view);

    // Assess
    expect(view.actions.map((a) => a.label)).toEqual(["View Redwood Labs' latest message"]);
    for (const part of [html, text]) {
      expect(part).not.toMatch(/Snooze|Stop nudges/);
      expect(part).toContain("View Redwood Labs' latest message");
    }
  });
});

describe("a follow-up after an expedite request", () => {
  const quiet = (timeline: EmployerRecord["timeline"]) =>
    employer("Harborview Systems", {
      role: "Staff Platform Engineer",
      contactName: "Rosa Delgado",
      contactEmail: "rosa.delgado@harborviewsystems.com",
      lastContactAt: "2026-04-06T14:00:00.000Z",
      timeline,
    });
  const held = employer("Northgate Analytics", {
    stage: "offer",
    rank: 2,
    respondBy: "2026-04-22",
    offerReceivedAt: "2026-04-08T15:00:00.000Z",
  });
  const expedited = {
    at: "2026-04-08T16:00:00.000Z",
    kind: "nudge" as const,
    summary: "expedite_request sent",
    nudgeId: "expedite_request.harborview-systems.northgate-analytics.x",
  };
  const followUpDraft = (timeline: EmployerRecord["timeline"]) => {
    const employers = [quiet(timeline), held];
    const planned = planNudges(employers, ownerIn(NEW_YORK), NOW).find(
      (n) => n.kind === "follow_up" && n.employerId === "harborview-systems",
    );
    return compose(planned ?? nudge("follow_up", "harborview-systems", ["follow_up"]), employers).drafts[0]?.body ?? "";
  };

  it("the owner confirmed sending it: the offer is recalled, not announced again", () => {
    const body = followUpDraft([
      expedited,
      { at: "2026-04-08T17:00:00.000Z", kind: "action", summary: "follow-up 1 sent" },
    ]);
    expect(body).toContain(
      "As I mentioned, I have an offer from another company with an answer due by Wednesday 22 April",
    );
    expect(body).not.toContain("To keep you informed");
  });

  it("not confirmed: the news is given as news", () => {
    const body = followUpDraft([expedited]);
    expect(body).toContain("To keep you informed: I have received an offer from another company");
    expect(body).not.toContain("As I mentioned");
  });
});

describe("a later follow-up and a date promised since the last one", () => {
  const reminder = (at: string, n: number) => ({
    at,
    kind: "nudge" as const,
    summary: "follow_up sent",
    nudgeId: `follow_up.cobalt-ridge.${n}.x`,
  });
  const cobalt = (expectDecisionBy: string) =>
    employer("Cobalt Ridge", {
      role: "Site Reliability Engineer",
      contactName: "Aisha Raman",
      contactEmail: "aisha.raman@cobaltridge.io",
      lastContactAt: "2026-04-01T14:00:00.000Z",
      expectDecisionBy,
      timeline: [reminder("2026-04-08T13:00:00.000Z", 1)],
    });
  const second = nudge("follow_up", "cobalt-ridge", ["follow_up"], "silence");

  it("a promise made after the last reminder and now passed: the second follow-up asks about it", () => {
    // Act: promised Fri 10 Apr (after the first reminder of Wed 8 Apr); now Wed 15 Apr
    const view = compose(second, [cobalt("2026-04-10")]);

    // Assess
    expect(view.drafts[0]?.subject).toBe("Site Reliability Engineer: following up");
    expect(view.drafts[0]?.body).toContain(
      "You mentioned you hoped to decide by Friday 10 April; is there any news on that?",
    );
    expect(view.whyNow).toMatch(/^They promised news by Fri 10 Apr, and that date has passed\. A week has passed/);
  });

  it("a promise the first follow-up already asked about is not repeated", () => {
    const view = compose(second, [cobalt("2026-04-06")]);
    expect(view.drafts[0]?.body).not.toContain("You mentioned");
    expect(view.whyNow).toMatch(/^A week has passed/);
  });
});

describe("follow-ups and the offer held elsewhere", () => {
  const reminder = (at: string, n: number) => ({
    at,
    kind: "nudge" as const,
    summary: "follow_up sent",
    nudgeId: `follow_up.ostrava-works.${n}.x`,
  });
  const ostrava = (timeline: EmployerRecord["timeline"] = []) =>
    employer("Ostrava Works", {
      rank: 1,
      role: "Product Designer",
      contactName: "Ivo Marek",
      contactEmail: "ivo.marek@ostravaworks.com",
      lastContactAt: "2026-04-06T13:40:00.000Z",
      timeline,
    });
  const pellucid = (respondBy: string) =>
    employer("Pellucid Health", { stage: "offer", rank: 2, respondBy, offerReceivedAt: "2026-04-08T15:00:00.000Z" });
  const draftOf = (timeline: EmployerRecord["timeline"], respondBy: string, now = NOW) =>
    compose(nudge("follow_up", "ostrava-works", ["follow_up"]), [ostrava(timeline), pellucid(respondBy)], now);

  it("a deadline that has passed is never given; the owner is told it lapsed", () => {
    // Act: the offer was due Mon 20 Apr; the follow-up goes out Wed 22 Apr
    const view = draftOf([], "2026-04-20T17:00:00-04:00", "2026-04-22T13:00:00.000Z");

    // Assess
    expect(view.drafts[0]?.body).not.toMatch(/20 April/);
    expect(view.drafts[0]?.body).toContain(
      "To keep you informed: I have received an offer from another company, so it would help to hear from you before I decide.",
    );
    expect(view.sections[0]?.items[0]).toContain("its answer date has passed");
  });

  it("the news is worded differently in the first, second and third follow-up", () => {
    const due = "2026-04-24T17:00:00-04:00";
    const bodies = [
      draftOf([], due),
      draftOf([reminder("2026-04-09T13:00:00.000Z", 1)], due),
      draftOf([reminder("2026-04-09T13:00:00.000Z", 1), reminder("2026-04-10T13:00:00.000Z", 2)], due),
    ].map((view) => view.drafts[0]?.body ?? "");
    const news = bodies.map((body) => body.split("\n\n").find((p) => p.includes("Friday 24 April")));
    expect(news.every(Boolean)).toBe(true);
    expect(new Set(news).size).toBe(3);
  });
});

describe("a revised offer", () => {
  it("says it is revised, thanks them for revisiting it, and does not repeat the worksheet", () => {
    // Prepare: the first offer was reviewed on Wed 8 Apr
    const pellucid = employer("Pellucid Health", {
      stage: "offer",
      role: "Product Designer",
      respondBy: "2026-04-20T17:00:00-04:00",
      offerReceivedAt: "2026-04-10T19:00:00.000Z",
      offer: { base: 136000, currency: "USD" },
      timeline: [
        {
          at: "2026-04-08T15:00:00.000Z",
          kind: "nudge",
          summary: "offer_review sent",
          nudgeId: "offer_review.pellucid-health.a",
        },
      ],
    });

    // Act
    const view = compose(nudge("offer_review", "pellucid-health", []), [pellucid]);

    // Assess
    expect(view.headline).toBe("Pellucid Health revised its offer");
    expect(view.happened).toMatch(/^Pellucid Health sent you a revised offer for the Product Designer role/);
    expect(view.drafts[0]?.body).toContain(
      "Thank you for the revised offer for the Product Designer role at Pellucid Health",
    );
    expect(view.tables[0]?.rows.flat()).not.toContain("[fill in]");
  });
});
