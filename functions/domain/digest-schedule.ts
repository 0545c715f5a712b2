// When the weekly digest goes out: the owner's digest day and time, in the owner's zone. On AWS a
// recurring Scheduler cron does this; locally and in `simulate` this function drives it.
import { type OwnerSettings, WEEKDAYS } from "./owner";
import { addDays, atLocalTime, localDateOf, weekdayOf } from "./time";

/** The first digest instant strictly after `afterMs` (UTC ms). */
export function nextDigestAt(
  owner: Pick<OwnerSettings, "digestDay" | "digestTime" | "timezone">,
  afterMs: number,
): number {
  const wanted = WEEKDAYS.indexOf(owner.digestDay);
  let day = localDateOf(afterMs, owner.timezone);
  for (let i = 0; i < 8; i++) {
    if (weekdayOf(day) === wanted) {
      const at = atLocalTime(day, owner.digestTime, owner.timezone);
      if (at > afterMs) return at;
    }
    day = addDays(day, 1);
  }
  // Unreachable: within 8 days the weekday recurs once after afterMs.
  throw new RangeError(`no digest time after ${new Date(afterMs).toISOString()}`);
}

/** Stable id of the digest for the week it is sent in (claims it once, like a nudge). */
export function digestId(atMs: number): string {
  return `digest.${new Date(atMs).toISOString().slice(0, 10)}`;
}
