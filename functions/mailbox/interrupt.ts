// Ctrl-C during an import: finish the message in hand, stop, and say how far it got, so the caller
// can keep the resume point. A second Ctrl-C quits at once, as a terminal user expects.
import type { ProgressReporter } from "./progress";

/** Something that can interrupt a run: SIGINT by default, a fake in tests. */
export interface InterruptSource {
  /** Calls `onInterrupt` at each interrupt until the returned function is called. */
  subscribe(onInterrupt: () => void): () => void;
}

export const sigint: InterruptSource = {
  subscribe(onInterrupt) {
    process.on("SIGINT", onInterrupt);
    return () => process.off("SIGINT", onInterrupt);
  },
};

export interface InterruptOptions {
  source?: InterruptSource;
  /** Told once, at the first interrupt ("stopping after the current message"). */
  onFirst?: () => void;
  /** At the second interrupt. Default: stop listening and raise SIGINT again (Node's default: exit). */
  onSecond?: () => void;
}

/**
 * An AbortSignal that aborts at the first interrupt, for `indexMailbox` and `replay`. Call
 * `dispose()` when the run ends: while subscribed, SIGINT no longer ends the process.
 */
export function abortOnInterrupt(options: InterruptOptions = {}): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const source = options.source ?? sigint;
  let unsubscribe = () => {};
  unsubscribe = source.subscribe(() => {
    if (!controller.signal.aborted) {
      controller.abort();
      options.onFirst?.();
      return;
    }
    unsubscribe();
    (options.onSecond ?? (() => process.kill(process.pid, "SIGINT")))();
  });
  return { signal: controller.signal, dispose: () => unsubscribe() };
}

export interface ReplayOutcome<T> {
  /** Items whose step completed. */
  done: number;
  /** Stopped by the signal before the end of `items`. */
  interrupted: boolean;
  /** The last item whose step completed: the resume point. */
  last: T | null;
}

export interface ReplayOptions {
  signal?: AbortSignal;
  progress?: ProgressReporter;
  /** Counts shown on the progress line after each item ("problems 2"). */
  counts?: () => Readonly<Record<string, number>>;
}

/**
 * Runs `step` on each item in turn. When `signal` aborts, the step in progress finishes and no other
 * starts; leaving the loop closes the source (its readers' `finally`).
 */
export async function replay<T>(
  items: AsyncIterable<T> | Iterable<T>,
  step: (item: T) => Promise<void>,
  options: ReplayOptions = {},
): Promise<ReplayOutcome<T>> {
  const outcome: ReplayOutcome<T> = { done: 0, interrupted: false, last: null };
  try {
    if (options.signal?.aborted) return { ...outcome, interrupted: true };
    for await (const item of items) {
      await step(item);
      outcome.done += 1;
      outcome.last = item;
      options.progress?.update(outcome.done, options.counts?.());
      if (options.signal?.aborted) {
        outcome.interrupted = true;
        break;
      }
    }
    return outcome;
  } finally {
    options.progress?.stop();
  }
}
