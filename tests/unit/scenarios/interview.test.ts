// PLAYBOOK §1 through `simulate`: prep the evening before at 18:00 (or at once when learned on the
// day, more than 2 h ahead), thank-you when the interview ends, next morning when it ends after 20:00.
import { describe, expect, it } from "vitest";
import { employerNamed, only, runScenario, wall, type ZoneCase } from "./run-scenario";

const ZONES: ZoneCase[] = [
  { zone: "America/New_York", folder: "interview-new-york", offset: "-04:00" },
  { zone: "Europe/Berlin", folder: "interview-berlin", offset: "+02:00" },
];

describe.each(ZONES)("§1 interview, owner in $zone", ({ folder, offset }) => {
  it("sends prep the evening before at 18:00 and the thank-you when the interview ends", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(result.emails.map((e) => ({ at: e.at, kind: e.kind, employer: e.employer }))).toEqual([
      { at: wall("2026-04-06 10:15", offset), kind: "ack", employer: "Larkspur Robotics" },
      { at: wall("2026-04-08 18:00", offset), kind: "interview_prep", employer: "Larkspur Robotics" },
      // 2:00 PM + 90 minutes
      { at: wall("2026-04-09 15:30", offset), kind: "thank_you", employer: "Larkspur Robotics" },
      { at: wall("2026-04-10 11:00", offset), kind: "ack", employer: "Tidewater Health" },
      { at: wall("2026-04-13 08:00", offset), kind: "digest", employer: null },
      { at: wall("2026-04-13 18:00", offset), kind: "interview_prep", employer: "Tidewater Health" },
      // 7:00 PM + 90 minutes ends at 20:30: the thank-you waits for the next business morning
      { at: wall("2026-04-15 09:00", offset), kind: "thank_you", employer: "Tidewater Health" },
      // Learned at 08:10 for a 1:00 PM call: prep at once, with the ack
      { at: wall("2026-04-16 08:10", offset), kind: "interview_prep", employer: "Quarry Labs" },
      { at: wall("2026-04-16 08:10", offset), kind: "ack", employer: "Quarry Labs" },
      // A week of silence after the Larkspur interview ended
      { at: wall("2026-04-16 09:00", offset), kind: "follow_up", employer: "Larkspur Robotics" },
      // 1:00 PM + 45 minutes
      { at: wall("2026-04-16 13:45", offset), kind: "thank_you", employer: "Quarry Labs" },
    ]);
  });

  it("offers one thank-you draft per interviewer and a follow-up to the recruiter", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    const larkspurThanks = only(result.emails, "thank_you", "Larkspur Robotics");
    expect(larkspurThanks.drafts.map((d) => d.kind)).toEqual(["thank_you", "thank_you"]);
    // No address for either interviewer: each note goes to the recruiter, asking her to pass it on.
    expect(larkspurThanks.drafts.map((d) => [d.to, d.subject])).toEqual([
      ["nadia.brandt@larkspurrobotics.com", "Thank you: Robotics Software Engineer (a note for Priya Nair)"],
      ["nadia.brandt@larkspurrobotics.com", "Thank you: Robotics Software Engineer (a note for Tom Becker)"],
    ]);
    expect(only(result.emails, "thank_you", "Tidewater Health").drafts).toHaveLength(1);
    expect(only(result.emails, "follow_up", "Larkspur Robotics").drafts).toEqual([
      {
        kind: "follow_up",
        to: "nadia.brandt@larkspurrobotics.com",
        subject: "Checking in: Robotics Software Engineer",
      },
    ]);
    expect(only(result.emails, "interview_prep", "Quarry Labs").subject).toMatch(/prepare before it starts$/);
    expect(only(result.emails, "interview_prep", "Larkspur Robotics").subject).toMatch(/prepare tonight$/);
  });

  it("keeps each interview on its employer's record", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(result.employers).toHaveLength(3);
    expect(employerNamed(result, "Larkspur Robotics")).toEqual({
      name: "Larkspur Robotics",
      stage: "in_process",
      rank: null,
      respondBy: null,
      expectDecisionBy: null,
      interviewAt: `2026-04-09T14:00:00${offset}`,
      contactEmail: "nadia.brandt@larkspurrobotics.com",
    });
    expect(employerNamed(result, "Tidewater Health").interviewAt).toBe(`2026-04-14T19:00:00${offset}`);
    expect(employerNamed(result, "Quarry Labs").interviewAt).toBe(`2026-04-16T13:00:00${offset}`);
  });
});
