// A VTIMEZONE's history, cut to the years an event needs. ical.js finds a zone's offset at a time by
// listing every change its STANDARD/DAYLIGHT rules make from their DTSTART up to five years past
// now: Outlook and Exchange start their rules in 1601, so one offset walked 400 years of yearly
// recurrences, about a quarter of decoding a calendar invitation. A rule that recurs every year for
// ever (no COUNT, no UNTIL, every year the same month and the n-th weekday of it) makes the same
// changes in the years read whether it starts in 1601 or two years before them: its start is moved
// to two years before the earliest time the event states, and the offsets read are the same.

import ICAL from "ical.js";

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

/** Rule parts that keep one change a year in a fixed month; anything else leaves the rule alone. */
const YEARLY_PARTS = new Set(["BYMONTH", "BYDAY"]);

/** "2SU", "-1SU", "SU": a weekday that every month has (not a fifth one). */
const EVERY_YEAR_DAY = /^(?:[+-]?[1-4]|-1)?(?:MO|TU|WE|TH|FR|SA|SU)$/;

function recursEveryYear(rule: Property): boolean {
  const recur = rule.getFirstValue();
  if (!(recur instanceof ICAL.Recur)) return false;
  if (recur.freq !== "YEARLY" || (recur.interval ?? 1) !== 1 || recur.count || recur.until) return false;
  const parts = recur.parts as Record<string, unknown[] | undefined>;
  const names = Object.keys(parts).filter((name) => (parts[name]?.length ?? 0) > 0);
  if (!names.every((name) => YEARLY_PARTS.has(name))) return false;
  const months = parts.BYMONTH ?? [];
  const days = parts.BYDAY ?? [];
  return (
    months.length === 1 && days.length === 1 && days.every((day) => EVERY_YEAR_DAY.test(String(day).toUpperCase()))
  );
}

/** The earliest year among the given times, or null when none is readable. */
function earliestYear(props: (Property | null)[]): number | null {
  let earliest: number | null = null;
  for (const prop of props) {
    let value: unknown;
    try {
      value = prop?.getFirstValue();
    } catch {
      continue;
    }
    if (!(value instanceof ICAL.Time) || !Number.isFinite(value.year)) continue;
    earliest = earliest === null ? value.year : Math.min(earliest, value.year);
  }
  return earliest;
}

/**
 * Moves the start of every yearly zone rule in `root` that begins long before the event's times
 * (`times`: its DTSTART and DTEND) to two years before the earliest of them. Call it before any
 * offset is read; anything it cannot judge is left as written.
 */
export function trimZoneHistory(root: Component, times: (Property | null)[]): void {
  const year = earliestYear(times);
  if (year === null) return;
  for (const zone of root.getAllSubcomponents("vtimezone")) {
    for (const rules of zone.getAllSubcomponents()) {
      if (rules.name !== "standard" && rules.name !== "daylight") continue;
      const ruleProps = rules.getAllProperties("rrule");
      const startProps = rules.getAllProperties("dtstart");
      if (ruleProps.length !== 1 || startProps.length !== 1 || rules.hasProperty("rdate")) continue;
      const [rule] = ruleProps;
      const [startProp] = startProps;
      if (!rule || !startProp || !recursEveryYear(rule)) continue;
      const start = startProp.getFirstValue();
      if (!(start instanceof ICAL.Time) || !Number.isFinite(start.year) || start.year >= year - 2) continue;
      if (start.month === 2 && start.day === 29) continue;
      const moved = start.clone();
      moved.year = year - 2;
      startProp.setValue(moved);
    }
  }
}
