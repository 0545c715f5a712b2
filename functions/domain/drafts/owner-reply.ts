// An `owner_reply` when the next move is the owner's (PLAYBOOK §1b): the short answer to what the
// employer asked for. Availability offers three concrete windows on the next business days (the owner
// edits them to fit); a booked slot is confirmed in one line; references are listed. Facts jobnudge does
// not know (who the owner's referees are) are left for the owner to fill in.
import type { AskedWindow } from "../employer";
import {
  addDays,
  type CivilDate,
  compareCivilDates,
  formatClock,
  instantOrNull,
  isWeekend,
  localDateOf,
  parseCivilDate,
  toLocal,
  weekdayOf,
  zoneAbbreviation,
} from "../time";
import { joinNames } from "../wording";
import {
  businessDayAhead,
  type DraftContext,
  draftView,
  greeting,
  letterDate,
  letterDayOf,
  signOff,
  theRole,
  today,
} from "./context";

/**
 * The days to offer. The business days of the window the request named, while some are ahead (of a
 * whole week, Tuesday to Thursday); when it named next week only as a week, Tuesday to Thursday of the week after the one they asked in
 * (owner-local; the days of it still ahead when today is in it); otherwise the next three business days.
 */
function offeredDays(ctx: DraftContext): CivilDate[] {
  // Fewer than three days are offered twice (morning and afternoon): see availabilityWindows.
  const asked = askedDays(ctx.employer.ownerMove?.window, today(ctx));
  // A whole week ("next week", "the week of 13 April"): its middle, as a person would offer it.
  const midweek = asked.filter((d) => [2, 3, 4].includes(weekdayOf(d)));
  if (asked.length >= 5 && midweek.length === 3) return midweek;
  if (asked.length > 0) return asked;
  return nextWeekOrSoon(ctx);
}

/** The window's days after `from`, business days only; [] when none is left. */
export function askedDays(window: AskedWindow | undefined, from: CivilDate): CivilDate[] {
  return (window?.days ?? [])
    .map(parseCivilDate)
    .filter((d): d is CivilDate => d !== null && !isWeekend(d) && compareCivilDates(d, from) > 0)
    .sort(compareCivilDates);
}

function nextWeekOrSoon(ctx: DraftContext): CivilDate[] {
  const asked = instantOrNull(ctx.employer.ownerMove?.at);
  if (ctx.employer.ownerMove?.week === "next" && asked !== null) {
    const askedOn = localDateOf(asked, ctx.owner.timezone);
    // Monday of the week after the request's week (weekdayOf: 0 = Sunday).
    const monday = addDays(askedOn, 8 - (weekdayOf(askedOn) || 7));
    const from = today(ctx);
    const days = [1, 2, 3, 0, 4].map((i) => addDays(monday, i)).filter((d) => compareCivilDates(d, from) > 0);
    if (days.length >= 3) return days.slice(0, 3).sort(compareCivilDates);
  }
  return [1, 2, 3].map((n) => businessDayAhead(ctx, n));
}

/** Three half-day windows to offer: morning, afternoon, morning on the offered days (owner-local). */
function availabilityWindows(ctx: DraftContext): string[] {
  const zone = ctx.owner.timezone;
  const zoneName = zoneAbbreviation(Date.parse(ctx.now), zone);
  const days = offeredDays(ctx);
  // Half days: room for anything from a call to a half-day onsite ("a few half-day windows"). Three
  // windows, morning and afternoon in turn; a window of one or two days offers both halves of them.
  const halves = ["9:00 AM to 1:00 PM", "1:00 PM to 5:00 PM"];
  const windows = new Set<string>();
  for (let i = 0; windows.size < Math.min(3, days.length * 2); i++) {
    const day = days[days.length >= 3 ? i : Math.floor(i / 2) % days.length] as CivilDate;
    windows.add(`${letterDate(day, ctx)}, ${halves[i % 2]} ${zoneName}`);
  }
  return [...windows];
}

/** The one blank the references reply keeps: only the owner knows who their referees are. */
export const REFERENCES_BLANK =
  "[your references, one per line: name, title and company, email, phone, how you worked together]";

export function ownerReply(ctx: DraftContext) {
  const r = ctx.employer;
  const move = r.ownerMove?.move ?? "send availability";
  const subject = `Re: ${r.role ?? "next steps"}`;
  const label = `Reply to ${r.name}`;
  const open = greeting(r.contactName, r.name);
  const close = signOff(ctx.owner);
  const people = r.interviewers.length > 0 ? ` with ${joinNames(r.interviewers)}` : "";
  switch (move) {
    case "send references":
      return draftView("owner_reply", label, r.contactEmail, subject, [
        open,
        `Thank you for moving me forward for ${theRole(r)}. Here are my references; each of them knows you may be in touch:`,
        // jobnudge does not know the owner's referees: one marked blank, not a form of brackets.
        REFERENCES_BLANK,
        "If you need anything else from me, I will send it right away.",
        close,
      ]);
    case "confirm the time": {
      const at = instantOrNull(r.interviewAt);
      const zone = ctx.owner.timezone;
      const local = at === null ? null : toLocal(at, zone);
      const when =
        at === null || local === null
          ? "the time you proposed"
          : `${letterDayOf(r.interviewAt, ctx)} at ${formatClock(local.hour, local.minute)} ${zoneAbbreviation(at, zone)}`;
      return draftView("owner_reply", label, r.contactEmail, subject, [
        open,
        `Thank you. I confirm ${when} for ${theRole(r)}${people}; I look forward to it.`,
        close,
      ]);
    }
    case "pick a slot":
      return draftView("owner_reply", label, r.contactEmail, subject, [
        open,
        `Thank you for the invitation to the next step for ${theRole(r)}. I have booked a time through your scheduling link and look forward to speaking${people || " with you"}.`,
        `If another time would suit the team better, I am also free ${availabilityWindows(ctx).slice(0, 2).join(", or ")}.`,
        close,
      ]);
    default:
      return draftView("owner_reply", label, r.contactEmail, subject, [
        open,
        `Thank you for the invitation to the next step for ${theRole(r)}; I would be glad to. These times work for me:`,
        availabilityWindows(ctx)
          .map((window) => `- ${window}`)
          .join("\n"),
        "If none of these suits you, send me a few options and I will make one work.",
        close,
      ]);
  }
}
