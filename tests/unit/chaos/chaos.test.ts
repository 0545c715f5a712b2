// `npm run chaos` at a CI-fitting size: every fourth AWS call of each scenario under every fault
// that applies, and small concurrency runs. The full run (every call, 48 x 20 offers at once) is
// `npm run chaos`; its figures are in docs/reliability.md.
import { describe, expect, it } from "vitest";
import { runChaos } from "../../chaos/run-chaos";

describe("chaos: faults at AWS calls, Lambda's retries, concurrency", () => {
  it("converges every run: nothing lost, no book drift, a duplicate only as one thread", async () => {
    // Act
    const report = await runChaos({
      stride: 4,
      repeats: 2,
      offers: 8,
      copies: 8,
      copyRepeats: 2,
      seed: 14,
      print: () => {},
    });

    // Assess
    expect(report.failures).toEqual([]);
    expect(report.converged).toBe(report.runs);
    expect(report.lost).toBe(0);
    expect(report.drift).toBe(0);
    expect(report.sameIdDuplicates).toBe(report.duplicates);
    // Copies of one forward arriving at once: none fails its first attempt for want of a re-read.
    expect(report.copies.firstAttemptFailures).toBe(0);
    expect(report.summary).toMatch(/^chaos: (\d+)\/\1 converged, 0 lost, \d+ duplicates, 0 book drift$/);
  }, 300_000);
});
