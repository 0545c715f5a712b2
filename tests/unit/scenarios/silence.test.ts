// PLAYBOOK §2 through `simulate`: a missed promised date → the next business morning (Friday missed →
// Monday 09:00); 7 days of silence → a follow-up; at most one a week; the owner's BCC'd follow-up or
// `sent EMPLOYER` counts; a reminder the owner did not confirm counts too (the next one waits a week);
// after 3 unanswered → step out; new mail from the employer resets the count.
import { describe, expect, it } from "vitest";
import { employerNamed, only, runScenario, wall, type ZoneCase } from "./run-scenario";

const ZONES: ZoneCase[] = [
  { zone: "America/New_York", folder: "silence-new-york", offset: "-04:00" },
  { zone: "Asia/Kolkata", folder: "silence-kolkata", offset: "+05:30" },
];

describe.each(ZONES)("§2 silence, owner in $zone", ({ folder, offset }) => {
  const nudgesAbout = async (employer: string) => {
    const { result } = await runScenario(folder);
    return result.emails
      .filter((e) => e.employer === employer && (e.kind === "follow_up" || e.kind === "step_out"))
      .map((e) => ({ at: e.at, kind: e.kind }));
  };

  it("follows up on Monday 09:00 after a missed Friday promise, weekly while the owner keeps following up, then steps out", async () => {
    // Prepare / Act
    const fernwood = await nudgesAbout("Fernwood Analytics");

    // Assess
    expect(fernwood).toEqual([
      // "decision by Friday, April 10" missed: next business morning
      { at: wall("2026-04-13 09:00", offset), kind: "follow_up" },
      // `sent Fernwood` on Apr 13 10:00: not before a week later
      { at: wall("2026-04-20 09:00", offset), kind: "follow_up" },
      // the owner's BCC'd follow-up on Apr 20 11:30 counts as the second
      { at: wall("2026-04-27 09:00", offset), kind: "follow_up" },
      // `sent fernwood` on Apr 27: three unanswered, step out a week later
      { at: wall("2026-05-04 09:00", offset), kind: "step_out" },
    ]);
    const { result } = await runScenario(folder);
    expect(only(result.emails, "step_out", "Fernwood Analytics").drafts).toEqual([
      { kind: "step_out", to: "hannah.moss@fernwoodanalytics.com", subject: "Senior Analyst: stepping back for now" },
    ]);
  });

  it("follows up after 7 days of silence and starts over when the employer writes again", async () => {
    // Prepare / Act
    const brightline = await nudgesAbout("Brightline Freight");

    // Assess
    expect(brightline).toEqual([
      // last contact Tue Apr 7
      { at: wall("2026-04-14 09:00", offset), kind: "follow_up" },
      // the reply of Thu Apr 16 answers the follow-up counted on Apr 14: a fresh week from the reply
      { at: wall("2026-04-23 09:00", offset), kind: "follow_up" },
      // the owner did not confirm that follow-up (no BCC, no `sent`): reminded again a week later
      { at: wall("2026-04-30 09:00", offset), kind: "follow_up" },
    ]);
  });

  it("holds a missed promise to one follow-up a week after the owner's own follow-up", async () => {
    // Prepare / Act
    const cobalt = await nudgesAbout("Cobalt Ridge");

    // Assess
    expect(cobalt).toEqual([
      { at: wall("2026-04-15 09:00", offset), kind: "follow_up" },
      // promised Friday Apr 17 (owner's `expect`), missed: Monday Apr 20 would be next, but the owner's
      // BCC'd follow-up went out Wed Apr 15 10:00, so not before Wed Apr 22
      { at: wall("2026-04-22 09:00", offset), kind: "follow_up" },
      // unconfirmed: the third and last reminder a week later (a step-out would follow after it)
      { at: wall("2026-04-29 09:00", offset), kind: "follow_up" },
    ]);
  });

  it("answers every step at once and sends the weekly digest on Monday 08:00", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    const replies = result.emails.filter((e) => e.kind === "ack" || e.kind === "command_reply");
    expect(replies.map((e) => ({ at: e.at, kind: e.kind, employer: e.employer }))).toEqual([
      { at: wall("2026-04-06 10:00", offset), kind: "ack", employer: "Fernwood Analytics" },
      { at: wall("2026-04-07 14:05", offset), kind: "ack", employer: "Brightline Freight" },
      { at: wall("2026-04-08 11:02", offset), kind: "ack", employer: "Cobalt Ridge" },
      { at: wall("2026-04-13 10:00", offset), kind: "command_reply", employer: "Fernwood Analytics" },
      { at: wall("2026-04-14 12:00", offset), kind: "command_reply", employer: "Brightline Freight" },
      { at: wall("2026-04-15 10:00", offset), kind: "ack", employer: "Cobalt Ridge" },
      { at: wall("2026-04-16 15:00", offset), kind: "ack", employer: "Brightline Freight" },
      { at: wall("2026-04-16 17:30", offset), kind: "command_reply", employer: "Cobalt Ridge" },
      { at: wall("2026-04-20 11:30", offset), kind: "ack", employer: "Fernwood Analytics" },
      { at: wall("2026-04-27 10:00", offset), kind: "command_reply", employer: "Fernwood Analytics" },
    ]);
    expect(result.emails.filter((e) => e.kind === "digest").map((e) => e.at)).toEqual(
      ["2026-04-13", "2026-04-20", "2026-04-27", "2026-05-04"].map((day) => wall(`${day} 08:00`, offset)),
    );
    // Brightline's "Thanks for speaking with me today" proves the screen call happened: its thank-you
    // at once (PLAYBOOK §1), besides the ten follow-up and step-out nudges
    expect(only(result.emails, "thank_you", "Brightline Freight").at).toBe(wall("2026-04-07 14:05", offset));
    expect(result.emails).toHaveLength(replies.length + 4 + 10 + 1);
  });

  it("keeps the promised dates on the records and every process open", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(result.employers.map((e) => e.stage)).toEqual(["in_process", "in_process", "in_process"]);
    expect(employerNamed(result, "Fernwood Analytics").expectDecisionBy).toBe("2026-04-10");
    expect(employerNamed(result, "Cobalt Ridge").expectDecisionBy).toBe("2026-04-17");
    expect(employerNamed(result, "Brightline Freight")).toEqual({
      name: "Brightline Freight",
      stage: "in_process",
      rank: null,
      respondBy: null,
      expectDecisionBy: null,
      interviewAt: null,
      contactEmail: "victor.lindqvist@brightlinefreight.com",
    });
  });
});
