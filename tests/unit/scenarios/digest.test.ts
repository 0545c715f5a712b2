// PLAYBOOK §7 through `simulate`: the weekly digest goes out on the owner's day and hour (default
// Monday 08:00 owner-local), among the nudges, in time order.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, simulate } from "../../../functions/local/simulate";
import { runScenario, SCENARIOS_DIR, wall, type ZoneCase } from "./run-scenario";

const ZONES: ZoneCase[] = [
  { zone: "America/New_York", folder: "interview-new-york", offset: "-04:00" },
  { zone: "Europe/Berlin", folder: "interview-berlin", offset: "+02:00" },
];

describe.each(ZONES)("§7 weekly digest, owner in $zone", ({ folder, offset }) => {
  it("goes out on Monday at 08:00 by default", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    const digests = result.emails.filter((e) => e.kind === "digest");
    expect(digests.map((e) => ({ at: e.at, employer: e.employer, drafts: e.drafts }))).toEqual([
      { at: wall("2026-04-13 08:00", offset), employer: null, drafts: [] },
    ]);
    expect(digests[0]?.subject).toBe("Your week: 2 open processes, no offers");
  });

  it("goes out on the owner's chosen day and hour", async () => {
    // Prepare
    const dir = join(SCENARIOS_DIR, folder);
    const scenario = await loadScenario(dir);
    const fridayEvening = {
      ...scenario,
      owner: { ...scenario.owner, digestDay: "friday" as const, digestTime: "17:30" },
    };

    // Act
    const result = await simulate(dir, fridayEvening);

    // Assess
    const digests = result.emails.filter((e) => e.kind === "digest");
    expect(digests.map((e) => e.at)).toEqual([wall("2026-04-10 17:30", offset)]);
    // Larkspur (interviewed) and Tidewater (forwarded that morning) are open by then
    expect(digests[0]?.subject).toBe("Your week: 2 open processes, no offers");
    const nudges = result.emails.filter((e) => e.kind !== "digest");
    const { result: mondayDigest } = await runScenario(folder);
    expect(nudges).toEqual(mondayDigest.emails.filter((e) => e.kind !== "digest"));
  });
});
