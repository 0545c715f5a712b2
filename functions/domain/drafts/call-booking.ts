// An `owner_reply` that books the call an employer asked for after a decline (PLAYBOOK §5 "always
// discuss"). When their mail proposed a time that is still ahead ("a quick call this afternoon"),
// the reply takes it up; otherwise it offers two times on the next business days, which the owner
// email calls suggestions (jobnudge cannot see the owner's calendar). It names the people the
// employer said will join. The counteroffer is not in it: that stays notes for the call.
import type { CallProposal } from "../extraction";
import { addDays, atLocalTime, formatClock, localDateOf, parseInstant, sameCivilDate, zoneAbbreviation } from "../time";
import { joinNames } from "../wording";
import {
  businessDayAhead,
  type DraftContext,
  draftView,
  greeting,
  letterDate,
  letterDeadline,
  signOff,
  theRole,
  today,
} from "./context";

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

/** The employer's proposal for the call when it is not over yet at `now`; null otherwise. */
export function openProposal(proposal: CallProposal | null | undefined, now: string): CallProposal | null {
  if (!proposal) return null;
  return parseInstant(proposal.until) > parseInstant(now) ? proposal : null;
}

/**
 * The proposed time as the reply says it: "this afternoon", "tomorrow morning", "on Monday 13 April
 * in the afternoon", "Thursday 16 April at 2:00 PM EDT".
 */
function proposalWords(proposal: CallProposal, ctx: DraftContext): string {
  if (proposal.hasTime) return letterDeadline(proposal.from, ctx) ?? proposal.text;
  const day = localDateOf(parseInstant(proposal.from), ctx.owner.timezone);
  const part = proposal.part;
  if (sameCivilDate(day, today(ctx))) return part ? `this ${part}` : "today";
  if (sameCivilDate(day, addDays(today(ctx), 1))) return part ? `tomorrow ${part}` : "tomorrow";
  return `on ${letterDate(day, ctx)}${part ? ` in the ${part}` : ""}`;
}

export function bookCall(ctx: DraftContext) {
  const r = ctx.employer;
  const people = (ctx.callWith ?? []).filter((name) => name !== r.contactName);
  const withWhom = people.length > 0 ? `with you and ${joinNames(people)}` : "with you";
  const proposal = openProposal(r.callProposal, ctx.now);
  let when: string;
  if (proposal) {
    const words = proposalWords(proposal, ctx);
    when = proposal.hasTime
      ? `${capital(words)} works for me, as you suggested. Please send me an invitation, or let me know the best number to call.`
      : `${capital(words)} works for me, as you suggested: what time would suit you? Please send me an invitation, or let me know the best number to call.`;
  } else {
    const [first, second] = callSlots(ctx);
    when = `Would ${first} or ${second} work? If another time suits you better, let me know and I will make it work.`;
  }
  return draftView("owner_reply", `Book the call with ${r.name}`, r.contactEmail, `Re: ${r.role ?? "your offer"}`, [
    greeting(r.contactName, r.name),
    `Thank you for reaching out about ${theRole(r)}; I appreciate it, and I would be glad to talk it through ${withWhom}.`,
    when,
    "I look forward to speaking with you.",
    signOff(ctx.owner),
  ]);
}

function capital(text: string): string {
  const words = text.replace(/^on /, "");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
