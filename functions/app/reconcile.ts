// Makes the schedules match the plan: the planner says which nudges should exist now; missing
// schedules are created, moved ones re-created at their new time, obsolete ones deleted, and nudges
// that are already due are sent at once.
// Safe to run any number of times: deterministic names, "already exists"/"already gone" = done.

import type { PlannedNudge } from "../domain/nudge";
import { planNudges } from "../domain/playbook";
import type { Deps } from "./deps";
import type { ScheduleEntry } from "./ports";
import { ConcurrentUpdateError } from "./ports";
import { sendNudgeOnce } from "./send-nudge";

/** Nudges due within this window are sent directly rather than scheduled (Scheduler rejects past at()). */
export const SEND_NOW_WINDOW_MS = 2 * 60_000;
const MAX_ROUNDS = 5;

export async function reconcile(deps: Deps): Promise<PlannedNudge[]> {
  let planned: PlannedNudge[] = [];
  const fired = new Set<string>();
  // Sending a due nudge changes state (it is recorded as sent), which can change the plan: re-plan
  // until nothing more is due now.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const now = deps.clock.now();
    planned = planNudges(await deps.state.listEmployers(), deps.owner, now.toISOString());
    const isDue = (n: PlannedNudge) => Date.parse(n.dueAt) <= now.getTime() + SEND_NOW_WINDOW_MS;
    const dueNow = planned.filter((n) => isDue(n) && !fired.has(n.id));
    await syncSchedules(
      deps,
      planned.filter((n) => !isDue(n)),
    );
    if (dueNow.length === 0) break;
    for (const nudge of dueNow) {
      fired.add(nudge.id);
      await sendNudgeOnce(deps, { nudgeId: nudge.id, dueAt: nudge.dueAt });
    }
  }
  return planned;
}

async function syncSchedules(deps: Deps, wanted: PlannedNudge[]): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const book = await deps.state.getScheduleBook();
    const entries: Record<string, ScheduleEntry> = {};
    for (const n of wanted) entries[n.id] = { id: n.id, dueAt: n.dueAt, employerId: n.employerId, kind: n.kind };

    for (const entry of Object.values(entries)) {
      const existing = book.entries[entry.id];
      if (existing && existing.dueAt === entry.dueAt) continue;
      // New, or the same nudge at a new time (snoozed, or a follow-up pushed back by a later
      // request for news): create is an upsert, so the schedule moves.
      await deps.scheduler.create(entry, deps.owner.timezone);
    }
    for (const id of Object.keys(book.entries)) {
      if (!entries[id]) await deps.scheduler.cancel(id);
    }
    try {
      await deps.state.saveScheduleBook({ entries, version: book.version });
      return;
    } catch (err) {
      if (!(err instanceof ConcurrentUpdateError)) throw err;
    }
  }
  throw new ConcurrentUpdateError("schedule book kept changing; giving up after 5 attempts");
}
