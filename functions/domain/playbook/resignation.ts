// PLAYBOOK §4: the resignation's last day is planned back from the new start date (the last business
// day before it), and the latest day to give two weeks' notice is said plainly. Without a start date,
// two weeks from today.
import type { EmployerRecord } from "../employer";
import type { OwnerSettings } from "../owner";
import {
  addBusinessDays,
  addDays,
  businessDayOnOrAfter,
  type CivilDate,
  compareCivilDates,
  isWeekend,
  localDateOf,
  parseCivilDate,
} from "../time";

/** Two weeks' notice is standard (more for managers, or when the contract says so). */
const NOTICE_DAYS = 14;

export interface ResignationPlan {
  /** The new job's first day, when the offer states it. */
  startDate: CivilDate | null;
  /** The last working day at the current job. */
  lastDay: CivilDate;
  /** The latest day to hand in the notice for that last day (today when that day is already gone). */
  noticeBy: CivilDate;
  /** The start date leaves less than two weeks' notice from today. */
  shortNotice: boolean;
}

export function resignationPlan(
  r: EmployerRecord,
  now: number,
  owner: Pick<OwnerSettings, "timezone">,
): ResignationPlan {
  const today = localDateOf(now, owner.timezone);
  const startDate = r.offer?.startDate ? parseCivilDate(r.offer.startDate) : null;
  if (!startDate || compareCivilDates(startDate, today) <= 0) {
    return {
      startDate,
      lastDay: businessDayOnOrAfter(addDays(today, NOTICE_DAYS)),
      noticeBy: today,
      shortNotice: false,
    };
  }
  const lastDay = addBusinessDays(startDate, -1);
  let noticeBy = addDays(lastDay, -NOTICE_DAYS);
  while (isWeekend(noticeBy)) noticeBy = addDays(noticeBy, -1);
  const shortNotice = compareCivilDates(noticeBy, today) < 0;
  return { startDate, lastDay, noticeBy: shortNotice ? today : noticeBy, shortNotice };
}
