// The stored data moves forward to processes (domain/process.ts): every employer record written
// before processes existed gets its `employerKey` (its own id: it was its employer's only process).
// Ids, messages, schedules and links stay as they are. Run at start-up (local) and with the daily
// repair (AWS); the code reads unmigrated records correctly meanwhile (employerKeyOf).
// - Idempotent: a migrated record is skipped, so a second run writes nothing.
// - Crash-safe: each record moves in one conditional write of its own; a run that dies midway
//   leaves records that are either migrated or untouched, and the next run completes the rest.
// - Next to live writers: each write is under the optimistic lock and re-read on a lost race.
import { migrateToProcess, needsProcessMigration } from "../domain/process";
import type { Deps } from "./deps";
import { updateEmployer } from "./save-employer";

export interface MigrationReport {
  /** Records moved forward by this run. */
  migrated: number;
  /** Records already in the current shape. */
  current: number;
}

export async function migrateProcesses(deps: Pick<Deps, "state">): Promise<MigrationReport> {
  const report: MigrationReport = { migrated: 0, current: 0 };
  for (const record of await deps.state.listEmployers()) {
    if (!needsProcessMigration(record)) {
      report.current += 1;
      continue;
    }
    let moved = false;
    await updateEmployer(deps, record.id, (current) => {
      moved = !!current && needsProcessMigration(current);
      return current && moved ? migrateToProcess(current) : current;
    });
    if (moved) report.migrated += 1;
    else report.current += 1;
  }
  return report;
}
