// PLAYBOOK §4 through `simulate`: `accept EMPLOYER` → at once a withdrawal nudge with one draft per
// other open process, whose own nudges are cancelled; "wait for the official letter" the next
// business morning; the offer letter (a PDF on a later email) → the resignation nudge.
import { describe, expect, it } from "vitest";
import { employerNamed, only, runScenario, wall, type ZoneCase } from "./run-scenario";

const ZONES: ZoneCase[] = [
  { zone: "America/New_York", folder: "accept-new-york", offset: "-04:00" },
  { zone: "Asia/Kolkata", folder: "accept-kolkata", offset: "+05:30" },
];

describe.each(ZONES)("§4 accept, owner in $zone", ({ folder, offset }) => {
  it("reminds before the deadline, then withdraws, checks for the letter and plans the resignation", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(result.emails.map((e) => ({ at: e.at, kind: e.kind, employer: e.employer }))).toEqual([
      { at: wall("2026-04-06 10:00", offset), kind: "offer_review", employer: "Oakmont Bank" },
      { at: wall("2026-04-06 10:00", offset), kind: "ack", employer: "Oakmont Bank" },
      { at: wall("2026-04-06 11:00", offset), kind: "ack", employer: "Pinecrest Media" },
      // deadline Thu Apr 9 5:00 PM: 2 business days before, in the morning...
      { at: wall("2026-04-07 09:00", offset), kind: "decision_reminder", employer: "Oakmont Bank" },
      { at: wall("2026-04-07 10:00", offset), kind: "ack", employer: "Quillon Games" },
      // ...and 3 h before the timed deadline
      { at: wall("2026-04-09 14:00", offset), kind: "decision_reminder", employer: "Oakmont Bank" },
      // `accept Oakmont` at 15:30: Quillon's prep (Apr 9 18:00) and thank-you, and Pinecrest's
      // follow-up after the missed Friday promise (Mon Apr 13 09:00) are cancelled
      { at: wall("2026-04-09 15:30", offset), kind: "withdrawal", employer: "Oakmont Bank" },
      { at: wall("2026-04-09 15:30", offset), kind: "command_reply", employer: "Oakmont Bank" },
      { at: wall("2026-04-10 09:00", offset), kind: "offer_letter_check", employer: "Oakmont Bank" },
      { at: wall("2026-04-13 08:00", offset), kind: "digest", employer: null },
      // the letter arrives Tue Apr 14 11:00: resign now; the weekly letter check of Fri Apr 17 is dropped
      { at: wall("2026-04-14 11:00", offset), kind: "resignation", employer: "Oakmont Bank" },
      { at: wall("2026-04-14 11:00", offset), kind: "ack", employer: "Oakmont Bank" },
      { at: wall("2026-04-20 08:00", offset), kind: "digest", employer: null },
    ]);
  });

  it("drafts one withdrawal per other open process, the acceptance and the resignation letter", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(only(result.emails, "withdrawal", "Oakmont Bank").drafts).toEqual([
      {
        kind: "withdrawal",
        to: "jonah.price@pinecrestmedia.com",
        subject: "Withdrawing my application: Product Engineer",
      },
      {
        kind: "withdrawal",
        to: "ines.carvalho@quillongames.com",
        subject: "Withdrawing my application: Gameplay Systems Engineer",
      },
    ]);
    expect(only(result.emails, "offer_letter_check", "Oakmont Bank").drafts).toEqual([
      {
        kind: "accept_offer",
        to: "miriam.cole@oakmontbank.com",
        subject: "Accepting the offer for Lead Backend Engineer",
      },
    ]);
    // The resignation letter goes to the owner's current manager, whom jobnudge does not know.
    expect(only(result.emails, "resignation", "Oakmont Bank").drafts).toEqual([
      { kind: "resignation_letter", to: null, subject: "Resignation: Sam Rivera" },
    ]);
  });

  it("ends with the offer accepted and the other processes left for the owner to withdraw", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(employerNamed(result, "Oakmont Bank")).toEqual({
      name: "Oakmont Bank",
      stage: "accepted",
      rank: null,
      respondBy: `2026-04-09T17:00:00${offset}`,
      expectDecisionBy: null,
      interviewAt: null,
      contactEmail: "miriam.cole@oakmontbank.com",
    });
    expect(employerNamed(result, "Pinecrest Media").stage).toBe("in_process");
    expect(employerNamed(result, "Quillon Games").interviewAt).toBe(`2026-04-10T15:00:00${offset}`);
  });
});
