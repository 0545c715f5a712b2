// Drafts for waiting on an employer: thank-you after an interview, follow-up, stepping out, and the
// gracious reply to a rejection.
import { deadlineOrNull } from "../time";
import { possessive } from "../wording";
import {
  type DraftContext,
  deadlineText,
  draftView,
  greeting,
  letterDeadline,
  signOff,
  sinceLastExchange,
  theRole,
} from "./context";

/**
 * The news a follow-up may carry (PLAYBOOK §2): an offer the owner holds elsewhere and its deadline.
 * The other company is never named; the sentence informs, it does not set a deadline for them.
 */
function heldOfferNews(ctx: DraftContext, number: number): string | null {
  const held = ctx.heldOffer;
  if (!held) return null;
  const deadline = upcomingDeadline(held, ctx);
  if (ctx.offerNewsShared) {
    return deadline
      ? `As I mentioned, I have an offer from another company with an answer due by ${deadline}; I would much rather hear from you before then.`
      : "As I mentioned, I have an offer from another company, so it would help to hear from you before I decide.";
  }
  // Worded differently in each follow-up, like the rest of it.
  if (number === 2) {
    return deadline
      ? `For your planning: another company has made me an offer, and my answer to them is due by ${deadline}.`
      : "For your planning: another company has made me an offer, and I will need to answer it soon.";
  }
  if (number === 3) {
    return deadline
      ? `I hold an offer from another company that I must answer by ${deadline}, so a word from you before then would help.`
      : "I hold an offer from another company that I must answer soon, so a word from you would help.";
  }
  return deadline
    ? `To keep you informed: I have received an offer from another company and have been asked to answer by ${deadline}, so it would help to hear from you before then.`
    : "To keep you informed: I have received an offer from another company, so it would help to hear from you before I decide.";
}

/** The offer's deadline as a letter says it, only while it is ahead: a passed date is no news to give. */
function upcomingDeadline(held: NonNullable<DraftContext["heldOffer"]>, ctx: DraftContext): string | null {
  const deadline = deadlineOrNull(held.respondBy, ctx.owner.timezone);
  return deadline && deadline.endsAt > Date.parse(ctx.now) ? deadlineText(held, ctx) : null;
}

/**
 * Three follow-ups at most (PLAYBOOK §2), each worded differently from the one before: the first
 * checks in since the last exchange and asks about the timeline, the second offers help and a call,
 * the third is short and leaves them an easy way to say where things are. Each offers a short call.
 */
export function followUp(ctx: DraftContext) {
  const r = ctx.employer;
  const number = Math.min(Math.max(ctx.followUpNumber ?? 1, 1), 3);
  const { subject, paragraphs } = followUpWords(ctx, number);
  return draftView(
    "follow_up",
    number === 1 ? `Follow-up to ${r.name}` : `Follow-up ${number} to ${r.name}`,
    r.contactEmail,
    subject,
    [
      greeting(r.contactName, r.name),
      ...paragraphs.filter((p): p is string => p !== null),
      signOff(ctx.owner, "Thank you,"),
    ],
  );
}

function followUpWords(ctx: DraftContext, number: number): { subject: string; paragraphs: (string | null)[] } {
  const r = ctx.employer;
  const role = theRole(r);
  const news = heldOfferNews(ctx, number);
  const promised = letterDeadline(r.expectDecisionBy, ctx);
  const promiseLine =
    ctx.promiseMissed && promised
      ? `You mentioned you hoped to decide by ${promised}; is there any news on that?`
      : null;
  if (number === 2) {
    return {
      subject: `${r.role ?? "My application"}: following up`,
      paragraphs: [
        `I hope all is well at ${r.name}. I am still keen on ${role}, and I would be glad to hear where the decision stands and what the next step is.`,
        promiseLine,
        news,
        "If it would help, I can send references or examples of my work, or we could have a 15-minute call at a time that suits you.",
      ],
    };
  }
  if (number === 3) {
    return {
      subject: `${r.role ?? "My application"}: where things stand`,
      paragraphs: [
        `I know hiring decisions take time, so just a short note: I would still very much like to join ${r.name}, and it would help me to know whether ${role} is still open for me.`,
        promiseLine,
        news,
        "A quick call works for me too if that is easier. Either way, thank you for considering me.",
      ],
    };
  }
  const promise = letterDeadline(r.expectDecisionBy, ctx);
  const since = sinceLastExchange(ctx);
  return {
    subject: `Checking in: ${r.role ?? r.name}`,
    paragraphs: [
      `I want to let you know where things stand on my side: I remain very interested in ${role} at ${r.name}${since ? `, and I wanted to check in ${since}` : ""}.`,
      promise
        ? `You mentioned you expected to decide by ${promise}; is there an update on the timeline?`
        : "Could you share where things stand and what the next step and timeline look like?",
      news,
      "If a short call would help, I am happy to make time this week; and if references or anything else would move things forward, I can send them right away.",
    ],
  };
}

/**
 * Stepping out after the follow-ups went unanswered: it says only what the owner knows (no news
 * since the last exchange), withdraws for now, keeps the door open and says they stay in mind.
 */
export function stepOut(ctx: DraftContext) {
  const r = ctx.employer;
  const since = sinceLastExchange(ctx);
  return draftView(
    "step_out",
    `Stepping out of ${possessive(r.name)} process`,
    r.contactEmail,
    `${r.role ?? r.name}: stepping back for now`,
    [
      greeting(r.contactName, r.name),
      `Thank you again for considering me for ${theRole(r)}. I have not had news${since ? ` ${since}` : " on the next steps"}, so I will step back from the process for now and give my attention to other opportunities.`,
      `I enjoyed learning about ${r.name} and will keep you in mind. If the timing changes on your side, I would be glad to pick the conversation up again.`,
      signOff(ctx.owner),
    ],
  );
}

export function rejectionReply(ctx: DraftContext) {
  const r = ctx.employer;
  return draftView("rejection_reply", `Reply to ${r.name}`, r.contactEmail, `Re: ${r.role ?? "my application"}`, [
    greeting(r.contactName, r.name),
    `Thank you for letting me know, and for the time you and the team spent with me on ${theRole(r)}.`,
    `I enjoyed learning about ${r.name} and remain interested in its work. I would welcome hearing about future roles that fit my background, and I hope our paths cross again.`,
    signOff(ctx.owner),
  ]);
}
