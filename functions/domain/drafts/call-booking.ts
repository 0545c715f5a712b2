// An `owner_reply` that books the call an employer asked for after a decline (PLAYBOOK §5 "always
// discuss"). It offers two concrete times on the next business days (the owner edits them to fit
// their calendar) and names the people the employer said will join. The counteroffer is not in it:
// that stays notes for the call.
import { atLocalTime, formatClock, zoneAbbreviation } from "../time";
import { joinNames } from "../wording";
import { businessDayAhead, type DraftContext, draftView, greeting, letterDate, signOff, theRole } from "./context";

/** Two times to offer: the next business day at 10:00, the one after at 14:00 (owner-local). */
export function callSlots(ctx: DraftContext): string[] {
  const zone = ctx.owner.timezone;
  return [
    { day: businessDayAhead(ctx, 1), clock: "10:00" },
    { day: businessDayAhead(ctx, 2), clock: "14:00" },
  ].map(({ day, clock }) => {
    const at = atLocalTime(day, clock, zone);
    const [hour, minute] = clock.split(":").map(Number) as [number, number];
    return `${letterDate(day, ctx)} at ${formatClock(hour, minute)} ${zoneAbbreviation(at, zone)}`;
  });
}

export function bookCall(ctx: DraftContext) {
  const r = ctx.employer;
  const people = (ctx.callWith ?? []).filter((name) => name !== r.contactName);
  const withWhom = people.length > 0 ? `with you and ${joinNames(people)}` : "with you";
  const [first, second] = callSlots(ctx);
  return draftView("owner_reply", `Book the call with ${r.name}`, r.contactEmail, `Re: ${r.role ?? "your offer"}`, [
    greeting(r.contactName),
    `Thank you for reaching out about ${theRole(r)}; I appreciate it, and I would be glad to talk it through ${withWhom}.`,
    `Would ${first} or ${second} work? If another time suits you better, let me know and I will make it work.`,
    "I look forward to speaking with you.",
    signOff(ctx.owner),
  ]);
}
