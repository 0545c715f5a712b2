// Civil (calendar) dates without a zone: the days the owner lives in. Month is 1-12 everywhere in this
// module; the zero-based month of Date#getUTCMonth is converted at the single place it is read.

export interface CivilDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateOnly(value: string): boolean {
  return parseCivilDate(value) !== null;
}

/** "2026-03-13" → {2026, 3, 13}; null for malformed or impossible dates (2026-02-30). */
export function parseCivilDate(value: string): CivilDate | null {
  const m = DATE_ONLY.exec(value);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isCalendarDate(date) ? date : null;
}

/** False for dates that do not exist (2026-02-30, month 13). */
export function isCalendarDate(d: CivilDate): boolean {
  return sameCivilDate(fromDayNumber(toDayNumber(d)), d);
}

export function formatCivilDate(d: CivilDate): string {
  return `${String(d.year).padStart(4, "0")}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function sameCivilDate(a: CivilDate, b: CivilDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** Days since 1970-01-01 (proleptic Gregorian), zone-free. */
export function toDayNumber(d: CivilDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): CivilDate {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: CivilDate): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(d: CivilDate): boolean {
  const w = weekdayOf(d);
  return w === 0 || w === 6;
}

/** Moves `n` business days (Mon-Fri) from `d`; n may be negative. A weekend start counts from the weekend. */
export function addBusinessDays(d: CivilDate, n: number): CivilDate {
  let current = d;
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  while (left > 0) {
    current = addDays(current, step);
    if (!isWeekend(current)) left--;
  }
  return current;
}

/** The first business day on or after `d`. */
export function businessDayOnOrAfter(d: CivilDate): CivilDate {
  let current = d;
  while (isWeekend(current)) current = addDays(current, 1);
  return current;
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
