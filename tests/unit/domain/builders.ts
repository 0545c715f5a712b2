// Test-only builders for owners and employer records (never imported by production code).
import { type EmployerRecord, newEmployer } from "../../../functions/domain/employer";
import { type Extraction, emptyExtraction } from "../../../functions/domain/extraction";
import type { MessageFacts } from "../../../functions/domain/lifecycle";
import type { LinkMaker } from "../../../functions/domain/link-actions";
import type { OwnerSettings } from "../../../functions/domain/owner";
import { ownerSettings } from "../../fakes/owner";

export const NEW_YORK = "America/New_York";
export const BERLIN = "Europe/Berlin";
export const KOLKATA = "Asia/Kolkata";

/** The default test owner (New York), with overrides. */
export const owner = ownerSettings;

export function ownerIn(timezone: string, overrides: Partial<OwnerSettings> = {}): OwnerSettings {
  return ownerSettings({ email: "sam.rivera@example.com", timezone, ...overrides });
}

export function employer(name: string, overrides: Partial<EmployerRecord> = {}): EmployerRecord {
  const record = newEmployer(name, overrides.createdAt ?? "2026-03-01T12:00:00.000Z");
  return { ...record, employerKey: overrides.id ?? record.id, ...overrides };
}

export function mail(key: string, receivedAt: string, fields: Partial<Extraction>): MessageFacts {
  return { key, receivedAt, extraction: emptyExtraction({ employer: "Kestrel Pay", ...fields }) };
}

export const iso = (value: string) => new Date(value).toISOString();

/** A LinkMaker that shows what it was asked for, so tests can read the links back. */
export const readableLinks: LinkMaker = (action, employerId, extra) => {
  const query = extra ? `?${new URLSearchParams(extra).toString()}` : "";
  return `https://actions.test/a/${action}/${employerId ?? "-"}${query}`;
};
