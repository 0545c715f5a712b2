// `npm run demo`'s virtual clock: at 7,200x a second of processing is two virtual hours, so the
// clock stands still while a step is delivered, and a step is waited for to its own instant.
import { describe, expect, it } from "vitest";
import { DemoClock } from "../../../functions/local/demo-clock";

const START = Date.parse("2026-03-02T13:00:00.000Z");
const END = Date.parse("2026-03-16T16:00:00.000Z");
const HOUR = 3_600_000;

function clockAt(speed = 7200) {
  let real = 1_000_000;
  const clock = new DemoClock(START, END, speed, () => real);
  return { clock, advance: (ms: number) => (real += ms) };
}

describe("the demo's clock", () => {
  it("reads the scenario's start until it begins, then runs speed times real time", () => {
    const { clock, advance } = clockAt();
    advance(5000);
    expect(clock.now().getTime()).toBe(START);
    clock.begin();
    advance(1000);
    expect(clock.now().getTime()).toBe(START + 2 * HOUR);
  });

  it("stands still while a step is delivered, so the next step is not played hours late", async () => {
    // Prepare
    const { clock, advance } = clockAt();
    clock.begin();
    advance(500); // one virtual hour

    // Act: the inbox takes two real seconds (four virtual hours) to answer
    const during = await clock.holding(async () => {
      advance(2000);
      return clock.now().getTime();
    });

    // Assess
    expect(during).toBe(START + HOUR);
    expect(clock.now().getTime()).toBe(START + HOUR);
    advance(500);
    expect(clock.now().getTime()).toBe(START + 2 * HOUR);
  });

  it("names the real wait to a step's instant, and none once it has come", () => {
    const { clock, advance } = clockAt();
    clock.begin();
    expect(clock.realMsUntil(START + 3 * HOUR)).toBe(1500);
    advance(1500);
    expect(clock.realMsUntil(START + 3 * HOUR)).toBe(0);
    advance(1000);
    expect(clock.realMsUntil(START + 3 * HOUR)).toBe(0);
  });

  it("stops at the scenario's end", () => {
    const { clock, advance } = clockAt();
    clock.begin();
    advance(3_600_000);
    expect(clock.now().getTime()).toBe(END);
    expect(clock.realMsUntil(END + HOUR)).toBe(0);
  });

  it("a failed delivery still releases the clock", async () => {
    const { clock, advance } = clockAt();
    clock.begin();
    await expect(
      clock.holding(async () => {
        advance(1000);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    advance(500);
    expect(clock.now().getTime()).toBe(START + HOUR);
  });
});
