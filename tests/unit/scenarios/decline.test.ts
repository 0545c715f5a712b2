// PLAYBOOK §5 through `simulate`: `decline EMPLOYER` → a decline nudge with its draft (after quiet
// hours when the command comes at night); the employer then asks to talk → "always discuss";
// `withdraw EMPLOYER` on an offer already accepted → the back-out nudge.
import { describe, expect, it } from "vitest";
import { employerNamed, only, runScenario, wall, type ZoneCase } from "./run-scenario";

const ZONES: ZoneCase[] = [
  { zone: "America/New_York", folder: "decline-new-york", offset: "-04:00" },
  { zone: "Europe/Berlin", folder: "decline-berlin", offset: "+02:00" },
];

describe.each(ZONES)("§5 decline and back out, owner in $zone", ({ folder, offset }) => {
  it("answers the late-night decline at once and sends the decline nudge when quiet hours end", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    const redwood = result.emails.filter((e) => e.employer === "Redwood Labs");
    expect(redwood.map((e) => ({ at: e.at, kind: e.kind }))).toEqual([
      { at: wall("2026-04-06 10:00", offset), kind: "offer_review" },
      { at: wall("2026-04-06 10:00", offset), kind: "ack" },
      // `decline Redwood` at 22:30
      { at: wall("2026-04-08 22:30", offset), kind: "command_reply" },
      { at: wall("2026-04-09 07:00", offset), kind: "decline" },
      // Redwood asks to talk on Fri Apr 10; the reminders for Fri Apr 17 are gone
      { at: wall("2026-04-10 10:00", offset), kind: "discuss_offer" },
      { at: wall("2026-04-10 10:00", offset), kind: "ack" },
    ]);
    // PLAYBOOK §5: first what would change the answer (a counteroffer to ask for), then the decline.
    expect(only(result.emails, "decline", "Redwood Labs").drafts).toEqual([
      {
        kind: "counteroffer",
        to: "carla.jensen@redwoodlabs.ai",
        subject: "Offer for Machine Learning Engineer: before I answer",
      },
      { kind: "decline_offer", to: "carla.jensen@redwoodlabs.ai", subject: "Offer for Machine Learning Engineer" },
    ]);
    // The reply books the call; the counteroffer stays notes for the call, never a written commitment.
    expect(only(result.emails, "discuss_offer", "Redwood Labs").drafts).toEqual([
      { kind: "owner_reply", to: "carla.jensen@redwoodlabs.ai", subject: "Re: Machine Learning Engineer" },
    ]);
  });

  it("backs out of the accepted offer when the owner withdraws from it", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    const saltmarsh = result.emails.filter((e) => e.employer === "Saltmarsh Energy");
    expect(saltmarsh.map((e) => ({ at: e.at, kind: e.kind }))).toEqual([
      { at: wall("2026-04-06 11:00", offset), kind: "offer_review" },
      { at: wall("2026-04-06 11:00", offset), kind: "ack" },
      { at: wall("2026-04-08 09:00", offset), kind: "decision_reminder" },
      // `accept Saltmarsh` on Fri Apr 10 11:00: no other open process, so no withdrawal nudge; the
      // reminder 3 h before the 5:00 PM deadline is dropped
      { at: wall("2026-04-10 11:00", offset), kind: "command_reply" },
      { at: wall("2026-04-13 09:00", offset), kind: "offer_letter_check" },
      // `withdraw Saltmarsh` on Tue Apr 14 10:00
      { at: wall("2026-04-14 10:00", offset), kind: "back_out" },
      { at: wall("2026-04-14 10:00", offset), kind: "command_reply" },
    ]);
    expect(only(result.emails, "back_out", "Saltmarsh Energy").drafts).toEqual([
      {
        kind: "back_out",
        to: "tobias.reed@saltmarshenergy.com",
        subject: "Grid Software Engineer: a change in my plans",
      },
    ]);
  });

  it("ends with the offer declined and the accepted one backed out of", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(employerNamed(result, "Redwood Labs")).toEqual({
      name: "Redwood Labs",
      stage: "declined",
      rank: null,
      respondBy: "2026-04-17",
      expectDecisionBy: null,
      interviewAt: null,
      contactEmail: "carla.jensen@redwoodlabs.ai",
    });
    expect(employerNamed(result, "Saltmarsh Energy")).toEqual({
      name: "Saltmarsh Energy",
      stage: "withdrawn",
      rank: null,
      respondBy: `2026-04-10T17:00:00${offset}`,
      expectDecisionBy: null,
      interviewAt: null,
      contactEmail: "tobias.reed@saltmarshenergy.com",
    });
  });
});
