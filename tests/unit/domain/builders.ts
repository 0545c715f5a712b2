// Test-only builders for owners and employer records (never imported by production code).
import { type EmployerRecord, newEmployer } from "../../../functions/domain/employer";
import { type Extraction, emptyExtraction } from "../../../functions/domain/extraction";
import type { MessageFacts } from "../../../functions/domain/lifecycle";
import type { OwnerSettings } from "../../../functions/domain/owner";

export const NEW_YORK = "America/New_York";
export const BERLIN = "Europe/Berlin";
export const KOLKATA = "Asia/Kolkata";

export function ownerIn(timezone: string, overrides: Partial<OwnerSettings> = {}): OwnerSettings {
  return {
    email: "sam.rivera@example.com",
    aliases: [],
    name: "Sam Rivera",
    timezone,
    workdayStart: "09:00",
    digestDay: "monday",
    digestTime: "08:00",
    ack: true,
    targetBase: null,
    ...overrides,
  };
}

export function employer(name: string, overrides: Partial<EmployerRecord> = {}): EmployerRecord {
  return { ...newEmployer(name, overrides.createdAt ?? "2026-03-01T12:00:00.000Z"), ...overrides };
}

export function mail(key: string, receivedAt: string, fields: Partial<Extraction>): MessageFacts {
  return { key, receivedAt, extraction: emptyExtraction({ employer: "Kestrel Pay", ...fields }) };
}

export const iso = (value: string) => new Date(value).toISOString();
