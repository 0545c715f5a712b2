// PLAYBOOK §6 through `simulate`: a rejection email closes the process, cancels its nudges (here the
// prep for the interview it cancels) and offers a gracious reply.
import { describe, expect, it } from "vitest";
import { employerNamed, only, runScenario, wall, type ZoneCase } from "./run-scenario";

// The rejection is part of the decline story (tests/fixtures/scenarios/decline-*).
const ZONES: ZoneCase[] = [
  { zone: "America/New_York", folder: "decline-new-york", offset: "-04:00" },
  { zone: "Europe/Berlin", folder: "decline-berlin", offset: "+02:00" },
];

describe.each(ZONES)("§6 rejection, owner in $zone", ({ folder, offset }) => {
  it("sends the rejection nudge with a reply draft at once and nothing else about that employer", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    const tallis = result.emails.filter((e) => e.employer === "Tallis Bio");
    expect(tallis.map((e) => ({ at: e.at, kind: e.kind }))).toEqual([
      { at: wall("2026-04-06 12:00", offset), kind: "ack" },
      // rejected Wed Apr 8 10:00: the prep of Thu Apr 9 18:00 and the thank-you are cancelled
      { at: wall("2026-04-08 10:00", offset), kind: "rejection" },
      { at: wall("2026-04-08 10:00", offset), kind: "ack" },
    ]);
    expect(only(result.emails, "rejection", "Tallis Bio").drafts).toEqual([
      { kind: "rejection_reply", to: "yuki.tanaka@tallisbio.com", subject: "Re: Bioinformatics Engineer" },
    ]);
    expect(employerNamed(result, "Tallis Bio").stage).toBe("rejected");
  });
});
