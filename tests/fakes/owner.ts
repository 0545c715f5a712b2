// The owner settings tests start from (test-only).
import type { OwnerSettings } from "../../functions/domain/owner";

export function ownerSettings(overrides: Partial<OwnerSettings> = {}): OwnerSettings {
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
