import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { abortOnInterrupt, type InterruptSource, replay } from "../../../functions/mailbox";

function fakeSource() {
  const listeners = new Set<() => void>();
  const source: InterruptSource = {
    subscribe(onInterrupt) {
      listeners.add(onInterrupt);
      return () => listeners.delete(onInterrupt);
    },
  };
  const press = () => {
    for (const listener of [...listeners]) listener();
  };
  return { source, press, listening: () => listeners.size };
}

describe("replay", () => {
  it("finishes the step in hand when stopped, starts no other, and closes the source", async () => {
    const controller = new AbortController();
    let closed = false;
    async function* source() {
      try {
        for (let i = 1; i <= 10; i += 1) yield i;
      } finally {
        closed = true;
      }
    }
    const finished: number[] = [];
    const outcome = await replay(
      source(),
      async (item) => {
        if (item === 3) controller.abort(); // Ctrl-C while message 3 is being applied
        await Promise.resolve();
        finished.push(item);
      },
      { signal: controller.signal },
    );
    expect(outcome).toEqual({ done: 3, interrupted: true, last: 3 });
    expect(finished).toEqual([1, 2, 3]);
    expect(closed).toBe(true);
  });

  it("runs to the end when not stopped, and updates and stops the progress", async () => {
    const progress = { update: vi.fn(), stop: vi.fn() };
    const outcome = await replay([1, 2, 3], async () => {}, { progress, counts: () => ({ problems: 0 }) });
    expect(outcome).toEqual({ done: 3, interrupted: false, last: 3 });
    expect(progress.update.mock.calls).toEqual([
      [1, { problems: 0 }],
      [2, { problems: 0 }],
      [3, { problems: 0 }],
    ]);
    expect(progress.stop).toHaveBeenCalledOnce();
  });

  it("starts nothing when already stopped", async () => {
    const controller = new AbortController();
    controller.abort();
    const step = vi.fn(async () => {});
    expect(await replay([1, 2], step, { signal: controller.signal })).toEqual({
      done: 0,
      interrupted: true,
      last: null,
    });
    expect(step).not.toHaveBeenCalled();
  });
});

describe("abortOnInterrupt", () => {
  it("aborts at the first interrupt, hands over at the second, and stops listening when disposed", () => {
    const { source, press, listening } = fakeSource();
    const onFirst = vi.fn();
    const onSecond = vi.fn();
    const stop = abortOnInterrupt({ source, onFirst, onSecond });
    expect(stop.signal.aborted).toBe(false);
    press();
    expect(stop.signal.aborted).toBe(true);
    expect(onFirst).toHaveBeenCalledOnce();
    expect(onSecond).not.toHaveBeenCalled();
    press();
    expect(onSecond).toHaveBeenCalledOnce();
    expect(listening()).toBe(0);

    const other = abortOnInterrupt({ source });
    expect(listening()).toBe(1);
    other.dispose();
    expect(listening()).toBe(0);
  });

  it("a real Ctrl-C (SIGINT) stops an import after the current message and says how far it got", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "sigint-child.ts")], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let sent = false;
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (!sent && stdout.includes("step 2\n")) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code, stderr).toBe(0);
    const outcome = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
    const steps = stdout.split("\n").filter((line) => line.startsWith("step "));
    expect(outcome.interrupted).toBe(true);
    expect(outcome.done).toBe(steps.length);
    expect(outcome.done).toBeGreaterThanOrEqual(3);
    expect(outcome.done).toBeLessThan(200);
    expect(outcome.resumeAfter).toMatch(/^mbox:\d+:/);
    expect(stderr).toContain("stopping after the current message");
    expect(stderr).toMatch(/importing: \d+ messages, \d+ messages\/s, done in/);
  }, 60_000);
});
