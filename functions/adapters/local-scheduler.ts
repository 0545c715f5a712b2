// NudgeScheduler for the local stack: a durable timer loop. Schedules live in a JSON file in the data
// dir (so a restart keeps them); due ones fire through the same nudge use case as the Lambda, then
// are deleted, like Scheduler's ActionAfterCompletion=DELETE. A firing that fails (SES or DynamoDB
// down) is retried with a growing delay (5 s, 10 s, ... at most 5 min apart) for an hour from its
// first failure, like Scheduler's own retries plus Lambda's; only then is it given up, and the
// owner told.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { LiveSchedule, Logger, NudgeFiring, NudgeScheduler, ScheduleEntry } from "../app/ports";

interface StoredSchedule extends ScheduleEntry {
  createdAt: string;
  attempts: number;
  /** First failure (UTC ISO): the retry budget counts from here. */
  firstFailedAt: string | null;
  /** When a failed firing is tried again (UTC ISO); null = at its due time. */
  retryAt: string | null;
}

export interface RetryPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  /** Give up once a firing still fails this long after its first failure. */
  budgetMs: number;
}

export const LOCAL_RETRY: RetryPolicy = { firstDelayMs: 5_000, maxDelayMs: 5 * 60_000, budgetMs: 60 * 60_000 };

/** The delay before attempt `attempts + 1`: doubling from the first delay, capped. */
export function retryDelayMs(policy: RetryPolicy, attempts: number): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempts - 1));
}

export interface FiringHandlers {
  fire(firing: NudgeFiring, name: string): Promise<void>;
  /** The retry budget ran out: tell the owner (best effort). */
  giveUp(schedule: ScheduleEntry, error: unknown): Promise<void>;
}

export class LocalNudgeScheduler implements NudgeScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly log: Logger,
    private readonly clock: { now(): Date } = { now: () => new Date() },
    private readonly policy: RetryPolicy = LOCAL_RETRY,
  ) {}

  async create(entry: ScheduleEntry): Promise<void> {
    const createdAt = this.clock.now().toISOString();
    await this.mutate((all) => {
      all[entry.name] ??= { ...entry, createdAt, attempts: 0, firstFailedAt: null, retryAt: null };
    });
  }

  async cancel(name: string): Promise<void> {
    await this.mutate((all) => {
      delete all[name];
    });
  }

  async list(): Promise<LiveSchedule[]> {
    return Object.values(await this.load()).map((s) => ({ name: s.name, createdAt: s.createdAt }));
  }

  /** Every stored schedule, with its retry state (for `status` and tests). */
  async pending(): Promise<StoredSchedule[]> {
    return Object.values(await this.load());
  }

  /** Starts the loop: every `intervalMs`, fires what is due at the clock's now. */
  start(handlers: FiringHandlers, intervalMs = 1000): void {
    this.timer = setInterval(() => {
      this.running = this.running
        .then(async () => {
          await this.fireDue(handlers, this.clock.now());
        })
        .catch((err: unknown) => this.log.error("local scheduler tick failed", { error: String(err) }));
    }, intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Fires every schedule due at `at` (or whose retry is), oldest first; returns how many it tried. */
  async fireDue(handlers: FiringHandlers, at: Date): Promise<number> {
    const due = Object.values(await this.load())
      .filter((s) => Date.parse(s.retryAt ?? s.dueAt) <= at.getTime())
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    for (const schedule of due) {
      try {
        await handlers.fire({ nudgeId: schedule.id, dueAt: schedule.dueAt }, schedule.name);
        await this.cancel(schedule.name);
      } catch (err) {
        await this.failed(handlers, schedule, err, at);
      }
    }
    return due.length;
  }

  private async failed(handlers: FiringHandlers, schedule: StoredSchedule, err: unknown, at: Date): Promise<void> {
    const attempts = schedule.attempts + 1;
    const firstFailedAt = schedule.firstFailedAt ?? at.toISOString();
    const retryAt = at.getTime() + retryDelayMs(this.policy, attempts);
    const exhausted = retryAt - Date.parse(firstFailedAt) > this.policy.budgetMs;
    this.log.error(exhausted ? "local schedule failed; giving up" : "local schedule failed; will retry", {
      nudgeId: schedule.id,
      attempts,
      ...(exhausted ? {} : { retryAt: new Date(retryAt).toISOString() }),
      error: String(err),
    });
    if (exhausted) {
      await handlers.giveUp(schedule, err).catch((tellErr: unknown) => {
        this.log.error("could not tell the owner about a failed nudge", {
          nudgeId: schedule.id,
          error: String(tellErr),
        });
      });
      await this.cancel(schedule.name);
      return;
    }
    await this.mutate((all) => {
      const stored = all[schedule.name];
      if (!stored) return;
      stored.attempts = attempts;
      stored.firstFailedAt = firstFailedAt;
      stored.retryAt = new Date(retryAt).toISOString();
    });
  }

  private queue: Promise<unknown> = Promise.resolve();

  /** Serialises read-modify-write of the file within this process. */
  private mutate(change: (all: Record<string, StoredSchedule>) => void): Promise<void> {
    const next = this.queue.then(async () => {
      const all = await this.load();
      change(all);
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(`${this.file}.tmp`, JSON.stringify(all, null, 2));
      await rename(`${this.file}.tmp`, this.file);
    });
    this.queue = next.catch(() => {});
    return next;
  }

  private async load(): Promise<Record<string, StoredSchedule>> {
    let stored: Record<string, Partial<StoredSchedule>>;
    try {
      stored = JSON.parse(await readFile(this.file, "utf8")) as Record<string, Partial<StoredSchedule>>;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
      throw err;
    }
    // Files written by earlier versions: keyed by nudge id (then also the name), without the retry fields.
    const all: Record<string, StoredSchedule> = {};
    for (const [key, s] of Object.entries(stored)) {
      const name = s.name ?? key;
      all[name] = {
        name,
        id: s.id ?? key,
        dueAt: s.dueAt ?? new Date(0).toISOString(),
        employerId: s.employerId ?? null,
        kind: s.kind ?? "follow_up",
        createdAt: s.createdAt ?? s.dueAt ?? new Date(0).toISOString(),
        attempts: s.attempts ?? 0,
        firstFailedAt: s.firstFailedAt ?? null,
        retryAt: s.retryAt ?? null,
      };
    }
    return all;
  }
}
