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

/** The latest digest instant at or before `atMs` (the weekly occurrence a digest sent now serves). */
export function digestOccurrenceAt(
  owner: Pick<OwnerSettings, "digestDay" | "digestTime" | "timezone">,
  atMs: number,
): number {
  // Start over a week back (8 days covers a DST shift) and walk forward while still not after atMs.
  let occurrence = nextDigestAt(owner, atMs - 8 * 24 * 3600 * 1000);
  for (let next = nextDigestAt(owner, occurrence); next <= atMs; next = nextDigestAt(owner, next)) {
    occurrence = next;
  }
  return occurrence;
}

/** Stable id of the digest for the week it is sent in (claims it once, like a nudge). */
export function digestId(atMs: number): string {
  return `digest.${new Date(atMs).toISOString().slice(0, 10)}`;
}
