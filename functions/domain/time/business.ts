// Owner-hours rules of PLAYBOOK.md: "morning" is the owner's workday start (default 09:00) on a business
// day (Mon-Fri), and nothing is delivered between 21:00 and 07:00 owner-local.
import { DEFAULT_WORKDAY_START, type OwnerSettings } from "../owner";
import { addBusinessDays, addDays, businessDayOnOrAfter, type CivilDate, isWeekend } from "./civil";
import { atLocalTime, localDateOf, minuteOfDay, parseClock, toLocal } from "./zone";

export const QUIET_FROM = "21:00";
export const QUIET_UNTIL = "07:00";

type OwnerHours = Pick<OwnerSettings, "timezone" | "workdayStart">;

export function workdayStartOf(owner: OwnerHours): string {
  const configured = owner.workdayStart?.trim();
  if (!configured) return DEFAULT_WORKDAY_START;
  parseClock(configured); // a malformed setting must fail here, not schedule at midnight
  return configured;
}

/** The owner's morning (workday start) on a given local date. */
export function morningOf(date: CivilDate, owner: OwnerHours): number {
  return atLocalTime(date, workdayStartOf(owner), owner.timezone);
}

/** The first business morning at or after `ms` (an instant that is exactly a morning stays). */
export function businessMorningOnOrAfter(ms: number, owner: OwnerHours): number {
  const date = localDateOf(ms, owner.timezone);
  if (!isWeekend(date)) {
    const morning = morningOf(date, owner);
    if (ms <= morning) return morning;
  }
  return morningOf(businessDayOnOrAfter(addDays(date, 1)), owner);
}

/** The first business morning strictly after `ms` ("Friday missed → Monday 09:00"). */
export function nextBusinessMorning(ms: number, owner: OwnerHours): number {
  return businessMorningOnOrAfter(ms + 1, owner);
}

/** The morning `n` business days before (n > 0) the local date of `ms`. */
export function businessMorningBefore(date: CivilDate, businessDays: number, owner: OwnerHours): number {
  return morningOf(addBusinessDays(date, -businessDays), owner);
}

/** 18:00 owner-local on the day before the local date of `ms`. */
export function eveningBefore(ms: number, zone: string): number {
  return atLocalTime(addDays(localDateOf(ms, zone), -1), "18:00", zone);
}

export function isQuietTime(ms: number, zone: string): boolean {
  const minute = minuteOfDay(toLocal(ms, zone));
  return minute >= minuteOfDay(parseClock(QUIET_FROM)) || minute < minuteOfDay(parseClock(QUIET_UNTIL));
}

/** `ms` itself outside quiet hours, else the 07:00 that ends them. */
export function deferOutOfQuietHours(ms: number, zone: string): number {
  if (!isQuietTime(ms, zone)) return ms;
  const local = toLocal(ms, zone);
  const date = localDateOf(ms, zone);
  const day = local.hour < 12 ? date : addDays(date, 1);
  return atLocalTime(day, QUIET_UNTIL, zone);
}

/** True when the local clock time of `ms` is at or after "HH:MM". */
export function isAtOrAfterClock(ms: number, clock: string, zone: string): boolean {
  return minuteOfDay(toLocal(ms, zone)) >= minuteOfDay(parseClock(clock));
}
