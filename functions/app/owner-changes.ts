// The state changes the owner asks for, by command or by link, applied under the optimistic lock.
// Refusals (unknown employer, a transition the stage does not allow) are InvalidRequestError;
// the callers turn them into "nothing changed" replies and pages.

import { mergeEmployers } from "../domain/commands/merge";
import type { EmployerRecord } from "../domain/employer";
import { InvalidRequestError } from "../domain/errors";
import { applyOwnerAction, type OwnerAction } from "../domain/lifecycle";
import type { Deps } from "./deps";
import { ConcurrentUpdateError } from "./ports";
import { updateEmployer } from "./save-employer";

const MAX_ATTEMPTS = 5;

export async function applyToEmployer(
  deps: Pick<Deps, "state">,
  employerId: string,
  action: OwnerAction,
  now: string,
): Promise<EmployerRecord> {
  const saved = await updateEmployer(deps, employerId, (current) => {
    if (!current) throw new InvalidRequestError(`no employer ${employerId} (merged or removed?)`);
    return applyOwnerAction(current, action, now);
  });
  if (!saved) throw new InvalidRequestError(`no employer ${employerId}`);
  return saved;
}

/**
 * A change across all records (rank, prefer): computed from a fresh list, then each changed record
 * saved. A lost race re-reads and recomputes; records already saved compare equal the second time.
 */
export async function applyToAll(
  deps: Pick<Deps, "state">,
  change: (records: EmployerRecord[]) => EmployerRecord[],
): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const records = await deps.state.listEmployers();
    const next = change(records);
    const changed = next.filter((r, i) => r !== records[i]);
    try {
      for (const record of changed) await deps.state.saveEmployer(record);
      return;
    } catch (err) {
      if (!(err instanceof ConcurrentUpdateError)) throw err;
    }
  }
  throw new ConcurrentUpdateError(`employers kept changing; giving up after ${MAX_ATTEMPTS} attempts`);
}

/** `merge A into B`: B absorbs A, then A is deleted (B is saved first so nothing is ever lost). */
export async function mergeInto(
  deps: Pick<Deps, "state">,
  fromId: string,
  intoId: string,
  now: string,
): Promise<EmployerRecord> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [from, into] = await Promise.all([deps.state.getEmployer(fromId), deps.state.getEmployer(intoId)]);
    if (!into) throw new InvalidRequestError(`no employer ${intoId}`);
    if (!from) return into; // already merged by an earlier delivery of the same request
    try {
      const saved = await deps.state.saveEmployer(mergeEmployers(from, into, now));
      await deps.state.deleteEmployer(from.id, from.version);
      return saved;
    } catch (err) {
      if (!(err instanceof ConcurrentUpdateError)) throw err;
    }
  }
  throw new ConcurrentUpdateError(`merge of ${fromId} into ${intoId} kept racing; giving up`);
}

/** Deletes a record at its current version (an employer that turned out to be no process at all). */
export async function removeEmployer(deps: Pick<Deps, "state">, employerId: string): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await deps.state.getEmployer(employerId);
    if (!current) return;
    try {
      await deps.state.deleteEmployer(current.id, current.version);
      return;
    } catch (err) {
      if (!(err instanceof ConcurrentUpdateError)) throw err;
    }
  }
  throw new ConcurrentUpdateError(`${employerId} kept changing; giving up after ${MAX_ATTEMPTS} attempts`);
}
