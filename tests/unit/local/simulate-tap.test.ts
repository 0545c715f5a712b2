// A scenario's `tap` step: the owner presses a one-click link of an email already sent (found by its
// label in the text part), through the real actions use case (POST), on the virtual clock.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../functions/domain/errors";
import { loadScenario, type Scenario, simulate } from "../../../functions/local/simulate";

const DIR = join(import.meta.dirname, "../../fixtures/scenarios/offer-new-york");

/** The scenario up to the Northgate offer (Wed 8 Apr 11:00 EDT), then `extra` steps. */
async function offerThen(extra: Scenario["steps"]): Promise<Scenario> {
  const scenario = await loadScenario(DIR);
  const offer = scenario.steps.filter((s) => "email" in s && s.email === "northgate-offer.eml");
  return { ...scenario, end: "2026-04-09T12:00:00-04:00", steps: [...offer, ...extra] };
}

describe("simulate: tap steps", () => {
  it("pressing the acknowledgement's accept link records the acceptance", async () => {
    // Prepare
    const scenario = await offerThen([{ at: "2026-04-08T11:30:00-04:00", tap: "Accept Northgate Analytics' offer" }]);

    // Act
    const result = await simulate(DIR, scenario);

    // Assess
    expect(result.employers.find((e) => e.name === "Northgate Analytics")?.stage).toBe("accepted");
    expect(result.emails.map((e) => e.kind)).toContain("offer_letter_check");
  });

  it("without the tap the offer stays open", async () => {
    // Act
    const result = await simulate(DIR, await offerThen([]));

    // Assess
    expect(result.employers.find((e) => e.name === "Northgate Analytics")?.stage).toBe("offer");
  });

  it("an optional tap that no email shows is skipped", async () => {
    // Prepare
    const scenario = await offerThen([
      { at: "2026-04-08T11:30:00-04:00", tap: "Accept Globex's offer", optional: true },
    ]);

    // Act
    const result = await simulate(DIR, scenario);

    // Assess
    expect(result.employers.find((e) => e.name === "Northgate Analytics")?.stage).toBe("offer");
  });

  it("a label no email has is a clear scenario error", async () => {
    // Prepare
    const scenario = await offerThen([{ at: "2026-04-08T11:30:00-04:00", tap: "Accept Globex's offer" }]);

    // Act / Assess
    await expect(simulate(DIR, scenario)).rejects.toThrow(
      new ConfigError(`tap "Accept Globex's offer": no email so far has a link with that label`),
    );
  });
});
