// Makes the schedules match the plan: the planner says which nudges should exist now; missing
// schedules are created, obsolete ones deleted (a moved nudge is both: its schedule name carries
// its time), and nudges that are already due are sent at once.
// Safe to run any number of times and side by side:
// - each pass re-reads the state and re-plans, and a pass that changed anything is followed by
//   one that checks again, so the last one to write always checks against the newest state;
// - the book keeps one item per schedule, and every create or delete of a schedule happens under
//   that item's lease (creating -> create -> active; cancelling -> delete -> gone): two reconciles
//   never create and delete one schedule at once, "active" always means "scheduled", and a crash
//   midway leaves a lease that the same invocation's retry resumes (or anyone once it lapsed);
// - a schedule held by another invocation is left to it: it re-checks the plan after its change;
// - a pass that finds everything in place writes nothing.
// The daily repair (repair-schedules.ts) compares the book with the scheduler itself.

import { type PlannedNudge, scheduleName } from "../domain/nudge";
import { planNudges } from "../domain/playbook";
import type { Deps } from "./deps";
import { CLAIM_LEASE_SECONDS } from "./owner-mail";
import { ConcurrentUpdateError, type ScheduleEntry, type ScheduleLease } from "./ports";
import { sendNudgeOnce } from "./send-nudge";

/** Nudges due within this window are sent directly rather than scheduled (Scheduler rejects past at()). */
export const SEND_NOW_WINDOW_MS = 2 * 60_000;
/** Passes before giving up (the event is then retried): each one that changes something is checked by the next. */
const MAX_PASSES = 8;
/** A schedule's lease: longer than any function's timeout, like a claim's. */
const SCHEDULE_LEASE_SECONDS = CLAIM_LEASE_SECONDS;

export function entryFor(nudge: PlannedNudge): ScheduleEntry {
  return {
    name: scheduleName(nudge.id, nudge.dueAt),
    id: nudge.id,
    dueAt: nudge.dueAt,
    employerId: nudge.employerId,
    kind: nudge.kind,
  };
}

export async function reconcile(deps: Deps): Promise<PlannedNudge[]> {
  const fired = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const now = deps.clock.now();
    const planned = planNudges(await deps.state.listEmployers(), deps.owner, now.toISOString());
    const isDue = (n: PlannedNudge) => Date.parse(n.dueAt) <= now.getTime() + SEND_NOW_WINDOW_MS;
    const wanted = new Map(planned.filter((n) => !isDue(n)).map((n) => [scheduleName(n.id, n.dueAt), n]));
    const book = new Map((await deps.state.listScheduleEntries()).map((e) => [e.name, e]));
    let changed = false;

    for (const [name, nudge] of wanted) {
      if (book.get(name)?.state === "active") continue;
      changed = (await createSchedule(deps, entryFor(nudge))) || changed;
    }
    for (const [name, entry] of book) {
      if (wanted.has(name)) continue;
      changed = (await deleteSchedule(deps, entry)) || changed;
    }
    // Sending a due nudge records it on the employer, which can change the plan: the next pass sees it.
    for (const nudge of planned.filter((n) => isDue(n) && !fired.has(n.id))) {
      fired.add(nudge.id);
      const outcome = await sendNudgeOnce(deps, { nudgeId: nudge.id, dueAt: nudge.dueAt }, { ifHeld: "skip" });
      if (outcome !== "held") changed = true;
    }
    if (!changed) return planned;
  }
  throw new ConcurrentUpdateError(`the plan kept changing; giving up after ${MAX_PASSES} passes`);
}

/** Under the entry's lease: create, then mark active. False when another invocation holds it. */
export async function createSchedule(deps: Deps, entry: ScheduleEntry): Promise<boolean> {
  if (!(await deps.state.leaseScheduleEntry(leaseFor(deps, entry, "creating")))) return false;
  await deps.scheduler.create(entry, deps.owner.timezone);
  await deps.state.activateScheduleEntry(entry.name, deps.invocationId);
  return true;
}

/** Under the entry's lease: delete, then drop the entry. False when another invocation holds it. */
export async function deleteSchedule(deps: Deps, entry: ScheduleEntry): Promise<boolean> {
  if (!(await deps.state.leaseScheduleEntry(leaseFor(deps, entry, "cancelling")))) return false;
  await deps.scheduler.cancel(entry.name);
  await deps.state.removeScheduleEntry(entry.name, deps.invocationId);
  return true;
}

function leaseFor(deps: Deps, entry: ScheduleEntry, intent: ScheduleLease["intent"]): ScheduleLease {
  const now = deps.clock.now().toISOString();
  return { entry, intent, owner: deps.invocationId, now, leaseSeconds: SCHEDULE_LEASE_SECONDS };
}
