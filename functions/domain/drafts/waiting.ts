// Drafts for waiting on an employer: thank-you after an interview, follow-up, stepping out, and the
// gracious reply to a rejection.
import { deadlineOrNull, formatDeadline } from "../time";
import { type DraftContext, dayOf, draftView, greeting, signOff, theRole } from "./context";

export function thankYou(ctx: DraftContext) {
  const r = ctx.employer;
  const to = ctx.recipient ?? r.contactName;
  const when = dayOf(r.interviewAt, ctx.owner);
  return draftView(
    "thank_you",
    `Thank-you to ${to ?? r.name}`,
    ctx.recipient ? null : r.contactEmail,
    `Thank you: ${r.role ?? "our conversation"}`,
    [
      greeting(to),
      `Thank you for taking the time to talk with me${when ? ` on ${when}` : ""} about ${theRole(r)} at ${r.name}. I especially enjoyed our discussion of [one concrete topic from the interview].`,
      "It confirmed my interest. In my first six months I would focus on [what you would deliver first], building on my experience with [relevant strength].",
      "If anything else would help your decision, I am glad to send it. I look forward to the next steps.",
      signOff(ctx.owner),
    ],
  );
}

export function followUp(ctx: DraftContext) {
  const r = ctx.employer;
  const promise = deadlineOrNull(r.expectDecisionBy, ctx.owner.timezone);
  const last = dayOf(r.lastContactAt, ctx.owner);
  const timeline = promise
    ? `You mentioned you expected to decide by ${formatDeadline(promise, ctx.owner.timezone)}; is there an update on the timeline?`
    : `Could you share where things stand and what the next step and timeline look like?`;
  return draftView("follow_up", `Follow-up to ${r.name}`, r.contactEmail, `Checking in: ${r.role ?? r.name}`, [
    greeting(r.contactName),
    `I want to let you know where things stand on my side: I remain very interested in ${theRole(r)} at ${r.name}${last ? `, and I wanted to check in since we last spoke on ${last}` : ""}.`,
    `${timeline} If references, a further conversation or anything else would help move things forward, I am happy to provide it.`,
    signOff(ctx.owner, "Thank you,"),
  ]);
}

export function stepOut(ctx: DraftContext) {
  const r = ctx.employer;
  return draftView(
    "step_out",
    `Stepping out of ${r.name}'s process`,
    r.contactEmail,
    `${r.role ?? r.name}: stepping back for now`,
    [
      greeting(r.contactName),
      `Thank you again for considering me for ${theRole(r)}. As I have not heard back on the next steps, I will step back from the process for now so I can focus on other opportunities.`,
      `I enjoyed learning about ${r.name} and will keep you in mind. If the timing changes on your side, I would be glad to pick the conversation up again.`,
      signOff(ctx.owner),
    ],
  );
}

export function rejectionReply(ctx: DraftContext) {
  const r = ctx.employer;
  return draftView("rejection_reply", `Reply to ${r.name}`, r.contactEmail, `Re: ${r.role ?? "my application"}`, [
    greeting(r.contactName),
    `Thank you for letting me know, and for the time you and the team spent with me on ${theRole(r)}.`,
    `I enjoyed learning about ${r.name} and remain interested in its work. I would welcome hearing about future roles that fit my background, and I hope our paths cross again.`,
    signOff(ctx.owner),
  ]);
}
