// The local stand-in for the weekly digest schedule (a Scheduler cron on AWS): on each tick, sends
// the digest once the owner's digest time has come. The next due time is kept in the data dir so a
// restart neither skips nor repeats a week (a digest missed while stopped goes out at the next start).
import { readFile, writeFile } from "node:fs/promises";
import type { Deps } from "../../app/deps";
import { sendDigest } from "../../app/digest";
import { nextDigestAt } from "../../domain/digest-schedule";

export class LocalDigestTimer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: Deps,
    private readonly file: string,
  ) {}

  start(intervalMs = 1000): void {
    this.timer = setInterval(() => {
      this.running = this.running
        .then(() => this.tick())
        .catch((err: Error) => {
          this.deps.log.error("digest failed", { error: err.message });
        });
    }, intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  async tick(): Promise<void> {
    const now = this.deps.clock.now().getTime();
    let due = await this.loadNext();
    if (due === null) {
      due = nextDigestAt(this.deps.owner, now);
      await this.saveNext(due);
    }
    if (now < due) return;
    await sendDigest(this.deps);
    await this.saveNext(nextDigestAt(this.deps.owner, now));
  }

  private async loadNext(): Promise<number | null> {
    try {
      const { next } = JSON.parse(await readFile(this.file, "utf8")) as { next: string };
      const ms = Date.parse(next);
      return Number.isNaN(ms) ? null : ms;
    } catch {
      return null;
    }
  }

  private async saveNext(ms: number): Promise<void> {
    await writeFile(this.file, JSON.stringify({ next: new Date(ms).toISOString() }));
  }
}
