// Drafts around an offer: clarifying it, asking a preferred employer to speed up, asking the offering
// employer for more time, accepting, and the counteroffer when they ask to talk after a decline.
// They give information, never an ultimatum, and never claim anything the owner does not have.
import { addBusinessDays, deadlineOrNull, formatDate } from "../time";
import { type DraftContext, deadlineText, draftView, greeting, signOff, theRole } from "./context";

export function clarifyOffer(ctx: DraftContext) {
  const r = ctx.employer;
  return draftView(
    "clarify_offer",
    `Questions for ${r.name} about the offer`,
    r.contactEmail,
    `Offer for ${r.role ?? "the role"}: a few details`,
    [
      greeting(r.contactName),
      `Thank you for the offer for ${theRole(r)} at ${r.name}; I am very pleased to receive it.`,
      "So I can give it the careful answer it deserves, could you tell me:\n- by when you would like my answer;\n- the expected start date;\n- the details of the benefits (health cover, retirement plan, time off);\n- whether there is flexibility on the base salary.",
      "Thank you, and I look forward to hearing from you.",
      signOff(ctx.owner),
    ],
  );
}

export function expediteRequest(ctx: DraftContext) {
  const r = ctx.employer;
  const deadline = ctx.offering ? deadlineText(ctx.offering, ctx.owner) : null;
  const offerLine = deadline
    ? `I have received an offer from another company, and they have asked for my answer by ${deadline}.`
    : "I have received an offer from another company that I will need to answer soon.";
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
      greeting(r.contactName),
      `I want to let you know where things stand. ${offerLine}`,
      `${preference} to complete your process before I decide. Would it be possible to move the next steps forward${deadline ? ` before ${deadline}` : ""}? I am happy to make myself available at short notice.`,
      "If your timeline cannot change, I understand completely; I simply wanted you to have the full picture.",
      signOff(ctx.owner, "Thank you,"),
    ],
  );
}

export function extensionRequest(ctx: DraftContext) {
  const r = ctx.employer;
  const deadline = deadlineOrNull(r.respondBy, ctx.owner.timezone);
  const current = deadlineText(r, ctx.owner);
  const proposed = deadline ? formatDate(addBusinessDays(deadline.date, 5)) : null;
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
      greeting(r.contactName),
      `Thank you again for the offer for ${theRole(r)}; I am genuinely excited about it.`,
      `To be open with you: I am in the final stage with ${others} and I am not starting any new processes. I would like to finish ${others === ONE_OTHER ? "that one" : "those"} so that when I say yes, it is a clear and committed yes. ${ask}`,
      "I would do the same for you if the roles were reversed, and I appreciate your understanding.",
      signOff(ctx.owner),
    ],
    [
      `Thank ${r.contactName ?? "them"} for the offer and say you are excited about ${r.name}.`,
      `Explain you are in the final stage with ${others} and not starting new processes.`,
      proposed
        ? `Ask to answer by ${proposed} instead of ${current}; then confirm by email.`
        : "Ask for one more week; then confirm the new date by email.",
    ],
  );
}

const ONE_OTHER = "one other company";
const NUMBER_WORDS = ["", "one", "two", "three", "four", "five"];

/** "one other company", "two other companies": the count is stated as it is, never rounded down to one. */
function otherCompanies(count: number): string {
  if (count <= 1) return ONE_OTHER;
  return `${NUMBER_WORDS[count] ?? String(count)} other companies`;
}

export function acceptOffer(ctx: DraftContext) {
  const r = ctx.employer;
  const start = r.offer?.startDate
    ? ` I look forward to starting on ${r.offer.startDate}.`
    : " Please let me know the start date you have in mind.";
  return draftView(
    "accept_offer",
    `Acceptance to ${r.name}`,
    r.contactEmail,
    `Accepting the offer for ${r.role ?? "the role"}`,
    [
      greeting(r.contactName),
      `I am delighted to accept the offer for ${theRole(r)} at ${r.name}.${start}`,
      "Could you send me the written offer letter to review and sign? Thank you for your help throughout the process; I am excited to join the team.",
      signOff(ctx.owner),
    ],
  );
}

export function counteroffer(ctx: DraftContext) {
  const r = ctx.employer;
  const base = ctx.owner.targetBase
    ? `${r.offer?.currency ?? ""} ${ctx.owner.targetBase.toLocaleString("en-US")}`.trim()
    : "[your number]";
  return draftView(
    "counteroffer",
    `Counteroffer for ${r.name}`,
    r.contactEmail,
    `Re: offer for ${r.role ?? "the role"}`,
    [
      greeting(r.contactName),
      `Thank you for reaching out after my answer; I appreciate it and would be glad to talk.`,
      `To be clear about what would change my decision: a base salary of ${base}, [the level or title you want], and [other terms: start date, remote days, sign-on]. With those, I would be ready to say yes.`,
      "If that is not possible, I understand, and I am grateful for the offer either way.",
      signOff(ctx.owner),
    ],
  );
}
