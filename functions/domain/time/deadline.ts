// Stored deadlines (offer respondBy, promised expectDecisionBy) come in two shapes, per corpus/SCHEMA.md:
// "YYYY-MM-DD" means that whole day in the owner's zone; an ISO date-time with offset is an exact instant.
import { addDays, type CivilDate, parseCivilDate } from "./civil";
import { isIsoInstant, parseInstant } from "./instant";
import { atLocalTime, localDateOf } from "./zone";

export interface Deadline {
  /** The stored string, as is. */
  value: string;
  /** True when no time was given: the deadline is the end of `date` owner-local. */
  dateOnly: boolean;
  /** Owner-local date of the deadline. */
  date: CivilDate;
  /** The instant the deadline is over: the given instant, or the next local midnight for a date. */
  endsAt: number;
}

/** A stored deadline value is either a valid date-only string or an ISO instant with offset. */
export function isDeadlineValue(value: string): boolean {
  return parseCivilDate(value) !== null || isIsoInstant(value);
}

export function parseDeadline(value: string, zone: string): Deadline {
  const date = parseCivilDate(value);
  if (date) return { value, dateOnly: true, date, endsAt: atLocalTime(addDays(date, 1), "00:00", zone) };
  const at = parseInstant(value);
  return { value, dateOnly: false, date: localDateOf(at, zone), endsAt: at };
}

export function deadlineOrNull(value: string | null | undefined, zone: string): Deadline | null {
  if (!value || !isDeadlineValue(value)) return null;
  return parseDeadline(value, zone);
}

/** Id-safe key of a deadline value ("20260313" or "20260313T2100" UTC). */
export function deadlineKey(deadline: Deadline): string {
  if (deadline.dateOnly) return deadline.value.replace(/-/g, "");
  return new Date(deadline.endsAt).toISOString().slice(0, 16).replace(/[-:]/g, "");
}
