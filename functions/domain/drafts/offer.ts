// Drafts around an offer: clarifying it, asking a preferred employer to speed up, asking the offering
// employer for more time, accepting, and the counteroffer when they ask to talk after a decline.
// They give information, never an ultimatum, and never claim anything the owner does not have.
import { addBusinessDays, deadlineOrNull } from "../time";
import { countWord, possessive } from "../wording";
import {
  type DraftContext,
  deadlineText,
  draftView,
  greeting,
  letterDate,
  letterDay,
  personName,
  signOff,
  theRole,
} from "./context";

/**
 * The first reply to any offer (PLAYBOOK §3): thanks and enthusiasm, then the details to ask for in
 * writing: the written offer (unless it came), the benefits with their plan descriptions and what
 * they cost the employee, the start date, whether the salary is negotiable, and when they need an
 * answer, only when they did not say.
 */
export function clarifyOffer(ctx: DraftContext) {
  const r = ctx.employer;
  const start = r.offer?.startDate ? letterDay(r.offer.startDate, ctx) : null;
  const asks = [
    r.offerLetterReceived ? null : "the written offer, so I can review every term;",
    "the benefits in detail (health, dental and vision cover, retirement plan, life and disability insurance), with the plan descriptions and what each costs me as an employee;",
    start ? `confirmation of the start date of ${start};` : "the start date you have in mind;",
    "whether there is flexibility on the base salary;",
    r.respondBy ? null : "by when you would like my answer.",
  ].filter((line): line is string => line !== null);
  const list = asks.map((line, i) => `- ${i === asks.length - 1 ? line.replace(/;$/, ".") : line}`).join("\n");
  return draftView(
    "clarify_offer",
    `First reply to ${possessive(r.name)} offer`,
    r.contactEmail,
    `Offer for ${r.role ?? "the role"}: thank you, and a few details`,
    [
      greeting(r.contactName, r.name),
      ctx.revisedOffer
        ? `Thank you for the revised offer for ${theRole(r)} at ${r.name}, and for taking another look at it; I appreciate it.`
        : `Thank you for the offer for ${theRole(r)} at ${r.name}; I am excited about it${r.offerLetterReceived ? ", and thank you for sending the offer letter" : ""}.`,
      `So I can give it the careful answer it deserves, could you send me:\n${list}`,
      "Thank you, and I look forward to hearing from you.",
      signOff(ctx.owner),
    ],
  );
}

export function expediteRequest(ctx: DraftContext) {
  const r = ctx.employer;
  const deadline = ctx.offering ? deadlineText(ctx.offering, ctx) : null;
  const count = ctx.offersHeld ?? 1;
  const offers = count > 1 ? `offers from ${countWord(count)} other companies` : "an offer from another company";
  const offerLine = deadline
    ? count > 1
      ? `I have received ${offers}, and the first answer is due by ${deadline}.`
      : `I have received ${offers}, and they have asked for my answer by ${deadline}.`
    : `I have received ${offers} that I will need to answer soon.`;
  // Ranked above the offer is not the same as first choice: say "first choice" only when it is true.
  const topChoice = ctx.topChoice ?? r.rank === 1;
  const preference = topChoice
    ? `${r.name} remains my first choice, and I would very much like`
    : `I am very keen on ${theRole(r)} at ${r.name}, and I would much prefer`;
  return draftView(
    "expedite_request",
    `Expedite request to ${r.name}`,
    r.contactEmail,
    `${r.role ?? "My application"}: a timing question`,
    [
      greeting(r.contactName, r.name),
      ctx.expeditedBefore && count > 1
        ? `A quick update since my last note: ${offerLine}`
        : `I want to let you know where things stand. ${offerLine}`,
      `${preference} to complete your process before I decide. Would it be possible to move the next steps forward${deadline ? ` before ${deadline}` : ""}? I am happy to make myself available at short notice.`,
      "I respect that you have a process to follow, and if your timeline cannot change, I understand completely; I simply wanted you to have the full picture.",
      signOff(ctx.owner, "Thank you,"),
    ],
  );
}

export function extensionRequest(ctx: DraftContext) {
  const r = ctx.employer;
  const deadline = deadlineOrNull(r.respondBy, ctx.owner.timezone);
  const current = deadlineText(r, ctx);
  const proposed = deadline ? letterDate(addBusinessDays(deadline.date, 5), ctx) : null;
  const others = otherCompanies(ctx.preferredPending ?? 1);
  const ask = proposed
    ? `Would it be possible to give you my answer by ${proposed} instead of ${current}?`
    : "Would it be possible to have one more week to give you my answer?";
  return draftView(
    "extension_request",
    `Extension request to ${r.name}`,
    r.contactEmail,
    `Offer for ${r.role ?? "the role"}: timing of my answer`,
    [
      greeting(r.contactName, r.name),
      `Thank you again for the offer for ${theRole(r)}; I am genuinely excited about it.`,
      `To be open with you: I am in the final stage with ${others} and I am not starting any new processes. I would like to finish ${others === ONE_OTHER ? "that one" : "those"} so that when I say yes, it is a clear and committed yes. ${ask}`,
      "I would do the same for you if the roles were reversed, and I appreciate your understanding.",
      signOff(ctx.owner),
    ],
    [
      `Thank ${personName(r.contactName, r.name) ?? "them"} for the offer and say you are excited about ${r.name}.`,
      `Explain you are in the final stage with ${others} and not starting new processes.`,
      proposed
        ? `Ask to answer by ${proposed} instead of ${current}; then confirm by email.`
        : "Ask for one more week; then confirm the new date by email.",
    ],
  );
}

const ONE_OTHER = "one other company";

/** "one other company", "two other companies": the count is stated as it is, never rounded down to one. */
function otherCompanies(count: number): string {
  if (count <= 1) return ONE_OTHER;
  return `${countWord(count)} other companies`;
}

export function acceptOffer(ctx: DraftContext) {
  const r = ctx.employer;
  const start = r.offer?.startDate
    ? ` I look forward to starting on ${letterDay(r.offer.startDate, ctx)}.`
    : " Please let me know the start date you have in mind.";
  return draftView(
    "accept_offer",
    `Acceptance to ${r.name}`,
    r.contactEmail,
    `Accepting the offer for ${r.role ?? "the role"}`,
    [
      greeting(r.contactName, r.name),
      `I am delighted to confirm that I accept the offer for ${theRole(r)} at ${r.name}.${start}`,
      "Could you send me the written offer letter to review and sign? Thank you for your help throughout the process; I am excited to join the team.",
      signOff(ctx.owner),
    ],
  );
}

/**
 * Before declining (PLAYBOOK §5 "first ask whether a counteroffer would change the answer"): what
 * holds the owner back, put as an opening to talk, never as a written promise to accept. It names
 * what matters (pay, level, terms) and asks for a call, because the real negotiation is a call.
 */
export function counteroffer(ctx: DraftContext) {
  const r = ctx.employer;
  const currency = r.offer?.currency ?? "";
  const base = ctx.owner.targetBase
    ? `a base salary nearer ${`${currency} ${ctx.owner.targetBase.toLocaleString("en-US")}`.trim()}`
    : "the base salary";
  return draftView(
    "counteroffer",
    `Before you decline: what would change your answer (to ${r.name})`,
    r.contactEmail,
    `Offer for ${r.role ?? "the role"}: before I answer`,
    [
      greeting(r.contactName, r.name),
      `Thank you again for the offer for ${theRole(r)} at ${r.name}. Before I give you my answer, I want to be open about what weighs on it: ${base}, the level of the role, and terms such as the start date and remote days.`,
      "Would there be room to talk about those? A short call would be the easiest way; I can make time this week.",
      "Whatever the outcome, I am grateful for the offer and for the time you have given me.",
      signOff(ctx.owner),
    ],
    [
      `Thank ${personName(r.contactName, r.name) ?? "them"} for the offer and say you want to be open before you answer.`,
      "Say what holds you back: pay, level or terms; give your number if it is about money.",
      "Ask whether there is room to move; promise nothing in writing until you both agree.",
    ],
  );
}

/**
 * The late answer when an offer's answer date passed with nothing recorded (PLAYBOOK §3
 * `deadline_passed`): honest that it is late without grovelling, still interested, and asks whether
 * the offer still stands and when they need the answer now. It promises no answer it has not got.
 */
export function lateAnswer(ctx: DraftContext) {
  const r = ctx.employer;
  const due = deadlineText(r, ctx);
  return draftView(
    "owner_reply",
    `Late answer to ${r.name}`,
    r.contactEmail,
    `Offer for ${r.role ?? "the role"}: my answer`,
    [
      greeting(r.contactName, r.name),
      `You asked for my answer on the offer for ${theRole(r)} at ${r.name}${due ? ` by ${due}` : ""}, and I have not given it yet; I did not want to leave it any longer without a word.`,
      `I am still very interested in joining ${r.name}. Is the offer still open? If it is, could you tell me by when you need my answer now? I will keep to that date.`,
      "I am glad to talk it through on a short call if that is easier; thank you for your patience.",
      signOff(ctx.owner),
    ],
    [
      `Say you are still interested in ${r.name} and that your answer is late${due ? ` (it was due ${due})` : ""}.`,
      "Ask whether the offer still stands, and by when they need your answer now.",
      "Agree a date you will keep, then confirm it by email the same day.",
    ],
  );
}
