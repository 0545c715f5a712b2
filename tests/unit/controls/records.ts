// Employer records and owners for the controls tests.
import { type EmployerRecord, employerIdFor, newEmployer } from "../../../functions/domain/employer";
import type { OwnerSettings } from "../../../functions/domain/owner";

export function owner(overrides: Partial<OwnerSettings> = {}): OwnerSettings {
  return {
    email: "sam.rivera@gmail.com",
    aliases: [],
    name: "Sam Rivera",
    timezone: "America/New_York",
    workdayStart: "09:00",
    digestDay: "monday",
    digestTime: "08:00",
    ack: true,
    targetBase: null,
    ...overrides,
  };
}

export function employer(name: string, overrides: Partial<EmployerRecord> = {}): EmployerRecord {
  return { ...newEmployer(name, "2026-03-01T12:00:00.000Z"), id: employerIdFor(name), ...overrides };
}

/** A LinkMaker that shows what it was asked for, so tests can read the links back. */
export function readableLinks(action: string, employerId: string | null, extra?: Record<string, string>): string {
  const query = extra ? `?${new URLSearchParams(extra).toString()}` : "";
  return `https://actions.test/a/${action}/${employerId ?? "-"}${query}`;
}
