// Read-modify-write of one employer record under the optimistic lock: on a lost race, re-read and
// re-apply the change (changes are pure functions of the record, so re-applying is safe).
import type { EmployerRecord } from "../domain/employer";
import type { PlannedNudge } from "../domain/nudge";
import type { Deps } from "./deps";
import { ConcurrentUpdateError } from "./ports";

const MAX_ATTEMPTS = 8;

/**
 * `target` names the record: an id, null (a new record), or a function that finds it afresh on
 * every attempt. Use the function whenever "which record" depends on what is stored (a forward
 * that may create its employer): a copy of the same forward racing this one may create it first,
 * and the retry must then update that record instead of creating it again.
 */
export async function updateEmployer(
  deps: Pick<Deps, "state">,
  target: string | null | (() => Promise<string | null>),
  change: (current: EmployerRecord | null) => EmployerRecord | null,
): Promise<EmployerRecord | null> {
  let id: string | null = null;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    id = typeof target === "function" ? await target() : target;
    const current = id ? await deps.state.getEmployer(id) : null;
    const next = change(current);
    if (!next || next === current) return current;
    try {
      return await deps.state.saveEmployer(next);
    } catch (err) {
      if (!(err instanceof ConcurrentUpdateError)) throw err;
    }
  }
  throw new ConcurrentUpdateError(`employer ${id} kept changing; giving up after ${MAX_ATTEMPTS} attempts`);
}

/**
 * The nudge went out (or was told another way, `summary` says how): on the employer's record once
 * (a repeated firing changes nothing).
 */
export async function recordNudgeSent(
  deps: Pick<Deps, "state">,
  employerId: string,
  nudge: Pick<PlannedNudge, "id" | "kind">,
  now: string,
  summary = `${nudge.kind} sent`,
): Promise<void> {
  await updateEmployer(deps, employerId, (current) => {
    if (!current || current.sentNudges.includes(nudge.id)) return current;
    return {
      ...current,
      sentNudges: [...current.sentNudges, nudge.id],
      timeline: [...current.timeline, { at: now, kind: "nudge", summary, nudgeId: nudge.id }],
      updatedAt: now,
    };
  });
}
