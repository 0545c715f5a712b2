// PLAYBOOK §3 through `simulate`: the offer review at once; after `rank`, an expedite request to each
// employer ranked above the offer and an extension request when the deadline is under 7 days away;
// decision reminders 2 business days before (morning) and 3 h before a timed deadline or the morning
// of a dated one; an extension (by mail or `deadline`) reschedules them; every review carries the first reply (clarify_offer).
import { describe, expect, it } from "vitest";
import { only, runScenario, wall, type ZoneCase } from "./run-scenario";

const ZONES: ZoneCase[] = [
  { zone: "America/New_York", folder: "offer-new-york", offset: "-04:00" },
  { zone: "Europe/Berlin", folder: "offer-berlin", offset: "+02:00" },
];

const OFFER_KINDS = ["offer_review", "expedite_request", "extension_request", "decision_reminder"];

describe.each(ZONES)("§3 offer, owner in $zone", ({ folder, offset }) => {
  it("reviews the offer at once, then expedites, asks for time and reminds on the current deadline", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    const offerEmails = result.emails.filter((e) => OFFER_KINDS.includes(e.kind));
    expect(offerEmails.map((e) => ({ at: e.at, kind: e.kind, employer: e.employer }))).toEqual([
      // the offer arrives Wed Apr 8 11:00, nothing ranked yet
      { at: wall("2026-04-08 11:00", offset), kind: "offer_review", employer: "Northgate Analytics" },
      // `rank Harborview, Juniper, Northgate` at 12:00: both employers above the offer...
      { at: wall("2026-04-08 12:00", offset), kind: "expedite_request", employer: "Harborview Systems" },
      { at: wall("2026-04-08 12:00", offset), kind: "expedite_request", employer: "Juniper Atlas" },
      // ...and more time (deadline Tue Apr 14 5:00 PM is under 7 days away, but more than 3 business
      // days): they get a business day to answer the expedite requests first, Thu Apr 9 09:00
      { at: wall("2026-04-09 09:00", offset), kind: "extension_request", employer: "Northgate Analytics" },
      // extended by mail on Thu Apr 9 to Mon Apr 20 5:00 PM (read surely, or asked about and confirmed
      // by the owner in one tap at 15:10: the same plan either way): Fri Apr 10 09:00 and Tue Apr 14
      // 14:00 are dropped; 2 business days before Mon Apr 20 is Thu Apr 16
      { at: wall("2026-04-16 09:00", offset), kind: "decision_reminder", employer: "Northgate Analytics" },
      // `deadline Northgate april 22` on Fri Apr 17: Mon Apr 20 14:00 is dropped; Mon Apr 20 09:00
      // (2 business days before) and the morning of Wed Apr 22
      { at: wall("2026-04-20 09:00", offset), kind: "decision_reminder", employer: "Northgate Analytics" },
      // Juniper's offer (no deadline) on Mon Apr 20 10:00: Harborview is still ranked above it
      { at: wall("2026-04-20 10:00", offset), kind: "expedite_request", employer: "Harborview Systems" },
      { at: wall("2026-04-20 10:00", offset), kind: "offer_review", employer: "Juniper Atlas" },
      { at: wall("2026-04-22 09:00", offset), kind: "decision_reminder", employer: "Northgate Analytics" },
    ]);
  });

  it("addresses each draft to the employer it is for", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    const draftsOf = (kind: string, employer: string, at: string) =>
      result.emails.find((e) => e.kind === kind && e.employer === employer && e.at === wall(at, offset))?.drafts;
    // Every offer review carries the first reply, also when a deadline was given (PLAYBOOK §3).
    expect(draftsOf("offer_review", "Northgate Analytics", "2026-04-08 11:00")).toEqual([
      {
        kind: "clarify_offer",
        to: "priya.shah@northgateanalytics.com",
        subject: "Offer for Senior Data Analyst: thank you, and a few details",
      },
    ]);
    expect(draftsOf("expedite_request", "Harborview Systems", "2026-04-08 12:00")).toEqual([
      {
        kind: "expedite_request",
        to: "rosa.delgado@harborviewsystems.com",
        subject: "Staff Platform Engineer: a timing question",
      },
    ]);
    expect(draftsOf("expedite_request", "Juniper Atlas", "2026-04-08 12:00")).toEqual([
      { kind: "expedite_request", to: "felix.wu@juniperatlas.com", subject: "Engineering Manager: a timing question" },
    ]);
    expect(only(result.emails, "extension_request", "Northgate Analytics").drafts).toEqual([
      {
        kind: "extension_request",
        to: "priya.shah@northgateanalytics.com",
        subject: "Offer for Senior Data Analyst: timing of my answer",
      },
    ]);
    expect(only(result.emails, "offer_review", "Juniper Atlas").drafts).toEqual([
      {
        kind: "clarify_offer",
        to: "felix.wu@juniperatlas.com",
        subject: "Offer for Engineering Manager: thank you, and a few details",
      },
    ]);
    expect(result.emails.filter((e) => e.kind === "decision_reminder").every((e) => e.drafts.length === 0)).toBe(true);
  });

  it("names the deadline that holds when each email goes out", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    const reminders = result.emails.filter((e) => e.kind === "decision_reminder").map((e) => e.subject);
    expect(reminders[0]).toMatch(/answer due Mon 20 Apr, 5:00 PM (EDT|CEST)$/);
    expect(reminders.slice(1)).toEqual([
      "Northgate Analytics offer: answer due Wed 22 Apr",
      "Northgate Analytics offer: answer due Wed 22 Apr",
    ]);
    expect(only(result.emails, "offer_review", "Juniper Atlas").subject).toBe(
      "Juniper Atlas offer: ask when they need an answer",
    );
  });

  it("ends with the ranks, stages and the latest deadline on the records", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(result.employers).toEqual([
      {
        name: "Harborview Systems",
        stage: "in_process",
        rank: 1,
        respondBy: null,
        expectDecisionBy: null,
        interviewAt: null,
        contactEmail: "rosa.delgado@harborviewsystems.com",
      },
      {
        name: "Juniper Atlas",
        stage: "offer",
        rank: 2,
        respondBy: null,
        expectDecisionBy: null,
        interviewAt: null,
        contactEmail: "felix.wu@juniperatlas.com",
      },
      {
        name: "Northgate Analytics",
        stage: "offer",
        rank: 3,
        respondBy: "2026-04-22",
        expectDecisionBy: null,
        interviewAt: null,
        contactEmail: "priya.shah@northgateanalytics.com",
      },
    ]);
  });
});
