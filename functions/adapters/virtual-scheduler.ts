// NudgeScheduler on a virtual clock (`simulate`): schedules are kept in memory and the simulation
// loop fires them in time order by advancing the clock.
import type { NudgeScheduler, ScheduleEntry } from "../app/ports";

export class VirtualNudgeScheduler implements NudgeScheduler {
  private readonly entries = new Map<string, ScheduleEntry>();

  async create(entry: ScheduleEntry): Promise<void> {
    this.entries.set(entry.id, { ...entry });
  }

  async cancel(id: string): Promise<void> {
    this.entries.delete(id);
  }

  /** The earliest schedule due at or before `limit` (ms), if any. */
  peekNextDue(limit: number): ScheduleEntry | null {
    let next: ScheduleEntry | null = null;
    for (const entry of this.entries.values()) {
      const due = Date.parse(entry.dueAt);
      if (due <= limit && (!next || due < Date.parse(next.dueAt))) next = entry;
    }
    return next;
  }

  /** Removes a schedule as it fires (Scheduler's ActionAfterCompletion=DELETE). */
  remove(id: string): void {
    this.entries.delete(id);
  }

  pending(): ScheduleEntry[] {
    return [...this.entries.values()];
  }
}
