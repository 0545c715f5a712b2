// The periodic repair of the schedule book (daily on AWS, at start-up and daily locally): compare
// the book with the schedules that really exist in the scheduler's group, drop what differs, then
// reconcile, which re-creates every planned schedule that is missing and sends what is due.
//   - an entry without a schedule (it fired, or a delete raced a create): the entry goes;
//   - a schedule without an entry, older than a grace period (a reconcile that died between
//     creating it and booking it, or one left by an earlier version): the schedule goes. Younger
//     ones may belong to a reconcile running right now, which books them in a moment.
// Safe to run at any time and next to anything else: every step is idempotent, and reconcile's
// re-checking pass fixes whatever a concurrent writer changed.
import type { Deps } from "./deps";
import { deleteSchedule, reconcile } from "./reconcile";

export const ORPHAN_GRACE_MS = 15 * 60_000;

export interface RepairReport {
  /** Book entries whose schedule did not exist. */
  forgotten: number;
  /** Schedules nothing in the book accounted for, deleted. */
  deleted: number;
  /** Nudges planned after the repair. */
  planned: number;
}

export async function repairSchedules(deps: Deps): Promise<RepairReport> {
  // The book first: every entry in it was booked after its schedule was created, so a schedule
  // that is missing from the listing that follows really is gone.
  const book = await deps.state.listScheduleEntries();
  const live = await deps.scheduler.list();
  const liveNames = new Set(live.map((s) => s.name));
  const bookNames = new Set(book.map((e) => e.name));
  const now = deps.clock.now().getTime();

  let forgotten = 0;
  for (const entry of book) {
    // Only active entries claim a schedule; the others are mid-change under someone's lease.
    if (entry.state !== "active" || liveNames.has(entry.name)) continue;
    if (await deleteSchedule(deps, entry)) forgotten++;
  }
  let deleted = 0;
  for (const schedule of live) {
    if (bookNames.has(schedule.name)) continue;
    const age = schedule.createdAt ? now - Date.parse(schedule.createdAt) : Number.POSITIVE_INFINITY;
    if (age < ORPHAN_GRACE_MS) continue;
    await deps.scheduler.cancel(schedule.name);
    deleted++;
  }
  const planned = await reconcile(deps);
  const report = { forgotten, deleted, planned: planned.length };
  deps.log.info("schedules repaired", { ...report });
  return report;
}
