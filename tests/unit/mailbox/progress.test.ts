import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress } from "../../../functions/mailbox";
import { describeProgress } from "../../../functions/mailbox/progress";

/** A stream that keeps what it is given; `isTTY` as a terminal or a pipe would say. */
function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 120 },
  );
  return { stream, output: () => chunks.join("") };
}

describe("describeProgress", () => {
  it.each([
    [
      { label: "importing", total: 400 },
      100,
      10_000,
      { problems: 2 },
      "importing: 25% (100 of 400), problems 2, 10 messages/s, ETA 30s",
    ],
    [{ label: "importing", total: 400 }, 400, 20_000, undefined, "importing: 100% (400 of 400), 20 messages/s"],
    [
      { label: "reading", total: null },
      12_345,
      5_000,
      { kept: 310 },
      "reading: 12,345 messages, kept 310, 2,469 messages/s",
    ],
    [
      { label: "reading", total: 3 * 1024 ** 3, unit: "bytes" as const },
      1024 ** 3,
      25_000,
      undefined,
      "reading: 33% (1.0 GB of 3.0 GB), 41.0 MB/s, ETA 50s",
    ],
    [
      { label: "importing", total: 10_000 },
      10,
      1_000,
      undefined,
      "importing: 0% (10 of 10,000), 10 messages/s, ETA 16m39s",
    ],
  ])("%o at %d after %d ms", (options, value, elapsed, counts, line) => {
    expect(describeProgress(options, value, elapsed, counts)).toBe(line);
  });
});

describe("createProgress, not on a terminal: plain lines", () => {
  it("writes a line every N updates or S seconds, whichever comes first, and a final one", () => {
    const { stream, output } = sink(false);
    let now = 0;
    const progress = createProgress({
      label: "importing",
      total: 100,
      stream,
      everyUpdates: 10,
      everyMs: 5000,
      now: () => now,
    });
    for (let done = 1; done <= 25; done += 1) {
      now += 100; // 10 messages a second
      progress.update(done, { problems: 0 });
    }
    now += 6000; // a slow message: the time bound writes a line
    progress.update(26, { problems: 1 });
    progress.stop();
    expect(output().split("\n")).toEqual([
      "importing: 10% (10 of 100), problems 0, 10 messages/s, ETA 9s",
      "importing: 20% (20 of 100), problems 0, 10 messages/s, ETA 8s",
      "importing: 26% (26 of 100), problems 1, 3 messages/s, ETA 24s",
      "importing: 26 messages, problems 1, 3 messages/s, done in 9s",
      "",
    ]);
  });
});

describe("createProgress, on a terminal: a bar", () => {
  it("draws a bar with the counts, rate and ETA, and leaves it drawn when stopped", () => {
    const { stream, output } = sink(true);
    const progress = createProgress({ label: "importing", total: 200, stream });
    progress.update(50, { problems: 1 });
    progress.stop();
    const last = output().split("\u001b[1G").at(-1) ?? "";
    expect(last).toMatch(/^importing \[=+-+\] 25% \| 50 \/ 200 \| problems 1 \| \d[\d,]* messages\/s \| ETA \d+s/);
    expect(output()).toContain("\u001b[?25l"); // cursor hidden while drawing ...
    expect(output()).toContain("\u001b[?25h"); // ... and shown again
  });

  it("shows a count without a bar when the total is unknown", () => {
    const { stream, output } = sink(true);
    const progress = createProgress({ label: "reading", total: null, stream });
    progress.update(1234, { kept: 12 });
    progress.stop();
    expect(output()).toMatch(/reading 1,234 messages \| kept 12 \| [\d,]+ messages\/s/);
  });
});
