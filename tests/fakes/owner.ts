// The owner settings tests start from (test-only): Sam in New York, the rest the owner schema's
// defaults. Overrides go through the same schema, so a builder cannot make settings that no config
// reader would accept; a test about unchecked settings spreads its bad value over the result.
import { OwnerInputSchema, type OwnerSettings } from "../../functions/domain/owner";

export function ownerSettings(overrides: Partial<OwnerSettings> = {}): OwnerSettings {
  return OwnerInputSchema.parse({
    email: "sam.rivera@gmail.com",
    name: "Sam Rivera",
    timezone: "America/New_York",
    ...overrides,
  });
}
