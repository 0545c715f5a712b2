// Employer records and owners for the controls tests.
import { type EmployerRecord, employerIdFor, newEmployer } from "../../../functions/domain/employer";
import type { OwnerSettings } from "../../../functions/domain/owner";
import { ownerSettings } from "../../fakes/owner";

export function owner(overrides: Partial<OwnerSettings> = {}): OwnerSettings {
  return ownerSettings(overrides);
}

export function employer(name: string, overrides: Partial<EmployerRecord> = {}): EmployerRecord {
  return { ...newEmployer(name, "2026-03-01T12:00:00.000Z"), id: employerIdFor(name), ...overrides };
}

/** A LinkMaker that shows what it was asked for, so tests can read the links back. */
export function readableLinks(action: string, employerId: string | null, extra?: Record<string, string>): string {
  const query = extra ? `?${new URLSearchParams(extra).toString()}` : "";
  return `https://actions.test/a/${action}/${employerId ?? "-"}${query}`;
}
