// Instants: stored as UTC ISO strings, computed on as epoch milliseconds. Parsing is strict because a
// silently wrong instant schedules a nudge at the wrong time, which is worse than failing loudly.

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** True when `value` is an ISO 8601 date-time with an explicit offset or Z (an exact instant). */
export function isIsoInstant(value: string): boolean {
  return ISO_WITH_ZONE.test(value) && Number.isFinite(Date.parse(value));
}

/** Epoch milliseconds of an ISO instant with offset; throws on anything else. */
export function parseInstant(value: string): number {
  if (!isIsoInstant(value)) throw new RangeError(`not an ISO instant with offset: ${JSON.stringify(value)}`);
  return Date.parse(value);
}

/** Epoch milliseconds, or null for null/unparseable input (for optional stored fields). */
export function instantOrNull(value: string | null | undefined): number | null {
  if (!value || !isIsoInstant(value)) return null;
  return Date.parse(value);
}

/** The canonical stored form: UTC ISO with milliseconds, as Date#toISOString writes it. */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Compact UTC stamp for ids ("20260313T2100"): stable, schedule-name safe. */
export function compactStamp(ms: number): string {
  return toIso(ms).slice(0, 16).replace(/[-:]/g, "");
}
