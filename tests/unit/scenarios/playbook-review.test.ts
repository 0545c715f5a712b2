// Conformance review against PLAYBOOK.md through `simulate` (fixtures tests/fixtures/scenarios/review-*):
// unconfirmed reminders lead to a step-out that counts them; a revised offer is reviewed again with its
// reminders rescheduled, but neither employer is asked twice; quiet hours hold back prep and review.
import { describe, expect, it } from "vitest";
import { rows, runScenario } from "./run-scenario";

const ZONE = "America/New_York";
const NUDGES = (kind: string) => !["ack", "digest", "command_reply"].includes(kind);

describe("PLAYBOOK review scenarios (owner in New York)", () => {
  it("§2 a promise missed on Friday, then three unconfirmed reminders a week apart and a step-out", async () => {
    // Prepare / Act
    const { result } = await runScenario("review-silence-unconfirmed");

    // Assess
    const nudges = result.emails.filter((e) => NUDGES(e.kind));
    expect(rows(nudges, ZONE)).toEqual([
      { at: "2026-04-13 09:00", kind: "follow_up", employer: "Marlow Labs" }, // promised Fri Apr 10
      { at: "2026-04-20 09:00", kind: "follow_up", employer: "Marlow Labs" },
      { at: "2026-04-27 09:00", kind: "follow_up", employer: "Marlow Labs" },
      { at: "2026-05-04 09:00", kind: "step_out", employer: "Marlow Labs" },
    ]);
    // The owner never confirmed sending them: the email says what is known (PLAYBOOK §2).
    expect(nudges.at(-1)?.subject).toBe("Marlow Labs: three reminders and no news, step out gracefully");
  });

  it("§3 a revised offer: a new review and reminders on the new deadline, no second expedite or extension", async () => {
    // Prepare / Act
    const { result } = await runScenario("review-revised-offer");

    // Assess
    expect(
      rows(
        result.emails.filter((e) => NUDGES(e.kind)),
        ZONE,
      ),
    ).toEqual([
      { at: "2026-04-08 11:00", kind: "offer_review", employer: "Pellucid Health" },
      // `rank Ostrava, Pellucid` at 12:00
      { at: "2026-04-08 12:00", kind: "expedite_request", employer: "Ostrava Works" },
      // deadline Wed Apr 15 5:00 PM, more than 3 business days away: Ostrava gets a business day to
      // answer the expedite request first (the 7-days-before point, Apr 8 17:00, has passed by then)
      { at: "2026-04-09 09:00", kind: "extension_request", employer: "Pellucid Health" },
      // revised offer Fri Apr 10, answer by Mon Apr 20 5:00 PM
      { at: "2026-04-10 15:00", kind: "offer_review", employer: "Pellucid Health" },
      // a week after the expedite request (a request for news), then weekly
      { at: "2026-04-15 09:00", kind: "follow_up", employer: "Ostrava Works" },
      { at: "2026-04-16 09:00", kind: "decision_reminder", employer: "Pellucid Health" },
      { at: "2026-04-20 14:00", kind: "decision_reminder", employer: "Pellucid Health" },
      // nothing recorded by Mon Apr 20 5:00 PM: what happened? the next business morning
      { at: "2026-04-21 09:00", kind: "deadline_passed", employer: "Pellucid Health" },
      { at: "2026-04-22 09:00", kind: "follow_up", employer: "Ostrava Works" },
      { at: "2026-04-29 09:00", kind: "follow_up", employer: "Ostrava Works" },
    ]);
  });

  it("quiet hours: an interview learned at 22:30 is prepped at 07:00, an offer forwarded at 23:30 reviewed at 07:00", async () => {
    // Prepare / Act
    const { result } = await runScenario("review-late-hours");

    // Assess
    expect(
      rows(
        result.emails.filter((e) => NUDGES(e.kind)),
        ZONE,
      ),
    ).toEqual([
      { at: "2026-04-09 07:00", kind: "interview_prep", employer: "Quenby Foods" },
      { at: "2026-04-09 11:45", kind: "thank_you", employer: "Quenby Foods" }, // 11:00 + 45 min
      { at: "2026-04-11 07:00", kind: "offer_review", employer: "Rowan Freight" },
      { at: "2026-04-13 09:00", kind: "decision_reminder", employer: "Rowan Freight" }, // 2 business days before Wed 15
    ]);
  });

  it("snooze: the follow-up due Mon Apr 13 comes when the snooze ends, then a week later", async () => {
    // Prepare / Act
    const { result } = await runScenario("review-snooze");

    // Assess: `snooze Marlow 3d` on Sun Apr 12 10:00
    expect(
      rows(
        result.emails.filter((e) => NUDGES(e.kind)),
        ZONE,
      ),
    ).toEqual([
      { at: "2026-04-15 10:00", kind: "follow_up", employer: "Marlow Labs" },
      { at: "2026-04-22 09:00", kind: "follow_up", employer: "Marlow Labs" },
    ]);
  });
});
