// NudgeScheduler for the local stack: a durable timer loop. Schedules live in a JSON file in the data
// dir (so a restart keeps them); due ones fire through the same nudge use case as the Lambda, then
// are deleted, like Scheduler's ActionAfterCompletion=DELETE. Failed firings are retried 3 times.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Logger, NudgeFiring, NudgeScheduler, ScheduleEntry } from "../app/ports";

interface StoredSchedule extends ScheduleEntry {
  attempts: number;
}

const MAX_ATTEMPTS = 3;

export class LocalNudgeScheduler implements NudgeScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly log: Logger,
  ) {}

  async create(entry: ScheduleEntry): Promise<void> {
    await this.mutate((all) => {
      if (all[entry.id]?.dueAt !== entry.dueAt) all[entry.id] = { ...entry, attempts: 0 };
    });
  }

  async cancel(id: string): Promise<void> {
    await this.mutate((all) => {
      delete all[id];
    });
  }

  async list(): Promise<ScheduleEntry[]> {
    return Object.values(await this.load());
  }

  /** Starts the loop: every `intervalMs`, fires what is due at `now()`. */
  start(fire: (firing: NudgeFiring) => Promise<void>, now: () => Date, intervalMs = 1000): void {
    this.timer = setInterval(() => {
      this.running = this.running
        .then(async () => {
          await this.fireDue(fire, now());
        })
        .catch(() => {});
    }, intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Fires every schedule due at `at`, oldest first. */
  async fireDue(fire: (firing: NudgeFiring) => Promise<void>, at: Date): Promise<number> {
    const due = Object.values(await this.load())
      .filter((s) => Date.parse(s.dueAt) <= at.getTime())
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    for (const schedule of due) {
      try {
        await fire({ nudgeId: schedule.id, dueAt: schedule.dueAt });
        await this.cancel(schedule.id);
      } catch (err) {
        const attempts = schedule.attempts + 1;
        this.log.error("local schedule failed", { nudgeId: schedule.id, attempts, error: String(err) });
        await this.mutate((all) => {
          const stored = all[schedule.id];
          if (!stored) return;
          if (attempts >= MAX_ATTEMPTS) delete all[schedule.id];
          else stored.attempts = attempts;
        });
      }
    }
    return due.length;
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
    try {
      return JSON.parse(await readFile(this.file, "utf8")) as Record<string, StoredSchedule>;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
      throw err;
    }
  }
}
