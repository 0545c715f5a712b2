// Business hours for advice the owner acts on by phone (PLAYBOOK §3: "phone advice is never planned for
// a weekend or outside 09:00-17:00 on business days"). The morning is the owner's workday start.
import type { OwnerSettings } from "../owner";
import {
  addBusinessDays,
  atLocalTime,
  businessMorningOnOrAfter,
  compareCivilDates,
  isWeekend,
  localDateOf,
  minuteOfDay,
  parseClock,
  toLocal,
  workdayStartOf,
} from "../time";

/** Offices close at this owner-local time: a call advised later waits for the next business morning. */
const CALL_HOURS_END = "17:00";

type OwnerHours = Pick<OwnerSettings, "timezone" | "workdayStart">;

/** `ms` itself when it falls in business hours, else the next business morning. */
export function callHoursOnOrAfter(ms: number, owner: OwnerHours): number {
  const zone = owner.timezone;
  const date = localDateOf(ms, zone);
  const minute = minuteOfDay(toLocal(ms, zone));
  const opens = minuteOfDay(parseClock(workdayStartOf(owner)));
  const closes = minuteOfDay(parseClock(CALL_HOURS_END));
  if (!isWeekend(date) && minute >= opens && minute < closes) return ms;
  // Before opening on a business day: that morning; otherwise the next one.
  return businessMorningOnOrAfter(minute < opens ? ms : atLocalTime(date, "23:59", zone), owner);
}

/** True when the owner-local date of `deadlineEnd` is at most `n` business days after the date of `from`. */
export function withinBusinessDays(
  from: number,
  deadlineDate: { year: number; month: number; day: number },
  n: number,
  zone: string,
): boolean {
  return compareCivilDates(deadlineDate, addBusinessDays(localDateOf(from, zone), n)) <= 0;
}
