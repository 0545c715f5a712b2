// An `owner_reply` when the next move is the owner's (PLAYBOOK §1b): the short answer to what the
// employer asked for. Availability offers three concrete windows on the next business days (the owner
// edits them to fit); a booked slot is confirmed in one line; references are listed. Facts jobnudge does
// not know (who the owner's referees are) are left for the owner to fill in.
import { formatClock, instantOrNull, toLocal, zoneAbbreviation } from "../time";
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
} from "./context";

/** Three windows to offer: the next three business days, morning, afternoon, morning (owner-local). */
export function availabilityWindows(ctx: DraftContext): string[] {
  const zone = ctx.owner.timezone;
  const zoneName = zoneAbbreviation(Date.parse(ctx.now), zone);
  return [
    `${letterDate(businessDayAhead(ctx, 1), ctx)}, 10:00 AM to 12:00 PM`,
    `${letterDate(businessDayAhead(ctx, 2), ctx)}, 2:00 PM to 5:00 PM`,
    `${letterDate(businessDayAhead(ctx, 3), ctx)}, 9:00 AM to 12:00 PM`,
  ].map((window) => `${window} ${zoneName}`);
}

export function ownerReply(ctx: DraftContext) {
  const r = ctx.employer;
  const move = r.ownerMove?.move ?? "send availability";
  const subject = `Re: ${r.role ?? "next steps"}`;
  const label = `Reply to ${r.name}`;
  const open = greeting(r.contactName);
  const close = signOff(ctx.owner);
  const people = r.interviewers.length > 0 ? ` with ${joinNames(r.interviewers)}` : "";
  switch (move) {
    case "send references":
      return draftView("owner_reply", label, r.contactEmail, subject, [
        open,
        `Thank you for moving me forward for ${theRole(r)}. Here are my references; each of them knows you may be in touch:`,
        [
          "1. [Name], [title] at [company], [email], [phone]: [how you worked together]",
          "2. [Name], [title] at [company], [email], [phone]: [how you worked together]",
          "3. [Name], [title] at [company], [email], [phone]: [how you worked together]",
        ].join("\n"),
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
