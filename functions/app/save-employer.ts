// Read-modify-write of one employer record under the optimistic lock: on a lost race, re-read and
// re-apply the change (changes are pure functions of the record, so re-applying is safe).
import type { EmployerRecord } from "../domain/employer";
import type { Deps } from "./deps";
import { ConcurrentUpdateError } from "./ports";

const MAX_ATTEMPTS = 5;

export async function updateEmployer(
  deps: Pick<Deps, "state">,
  id: string | null,
  change: (current: EmployerRecord | null) => EmployerRecord | null,
): Promise<EmployerRecord | null> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
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
