// Drafts for leaving a process or a job: withdrawing, declining, backing out of an acceptance, and the
// resignation letter. Short, thankful, no details owed, and the door stays open.
import { resignationPlan } from "../playbook/resignation";
import { parseInstant } from "../time";
import { possessive } from "../wording";
import { type DraftContext, draftView, greeting, letterDate, letterDay, personName, signOff, theRole } from "./context";

export function withdrawal(ctx: DraftContext) {
  const r = ctx.employer;
  return draftView(
    "withdrawal",
    `Withdrawal from ${r.name}`,
    r.contactEmail,
    `Withdrawing my application: ${r.role ?? r.name}`,
    [
      greeting(r.contactName, r.name),
      `Thank you for your time and consideration for ${theRole(r)}. I have accepted another position, so I am withdrawing from your process.`,
      `I enjoyed getting to know ${r.name} and hope our paths cross again.`,
      signOff(ctx.owner),
    ],
    [
      `Thank ${personName(r.contactName, r.name) ?? "the hiring manager"} for their time on ${theRole(r)}.`,
      "Say you have accepted another position and are withdrawing; no details needed.",
      "Say you enjoyed meeting the team and would like to stay in touch.",
    ],
  );
}

export function declineOffer(ctx: DraftContext) {
  if (ctx.acceptedElsewhere) return tooLate(ctx);
  const r = ctx.employer;
  return draftView("decline_offer", `Decline to ${r.name}`, r.contactEmail, `Offer for ${r.role ?? "the role"}`, [
    greeting(r.contactName, r.name),
    `Thank you for the offer for ${theRole(r)} at ${r.name}, and for the time the team invested in me.`,
    "After careful thought I have decided not to accept it. It was not an easy decision.",
    `I have great respect for ${r.name} and would like to stay in touch; if it would be useful to talk, I am glad to.`,
    signOff(ctx.owner),
  ]);
}

/**
 * The answer to "can we talk?" once the owner has accepted elsewhere (PLAYBOOK §5): thank them, say
 * plainly it is too late, and end on a note that keeps the door open. A call is still welcome.
 */
function tooLate(ctx: DraftContext) {
  const r = ctx.employer;
  return draftView(
    "decline_offer",
    `Too late: a polite reply to ${r.name}`,
    r.contactEmail,
    `Re: offer for ${r.role ?? "the role"}`,
    [
      greeting(r.contactName, r.name),
      `Thank you for reaching out, and for wanting to find a way to make ${theRole(r)} work; it means a lot.`,
      "I have since accepted another position and committed to it, so it is too late for me to reconsider, and I would not want you to go to trouble on my behalf. I am happy to tell you this on a call too, if you prefer.",
      `I have enjoyed getting to know ${r.name}, and I hope our paths cross again.`,
      signOff(ctx.owner),
    ],
  );
}

/**
 * Backing out of an accepted offer: as early as possible, briefly. It says another opportunity is the
 * reason only when the owner holds one (an offer elsewhere); otherwise only that plans have changed.
 */
export function backOut(ctx: DraftContext) {
  const r = ctx.employer;
  const start = r.offer?.startDate ? ` on ${letterDay(r.offer.startDate, ctx)}` : "";
  const elsewhere = Boolean(ctx.heldOffer);
  return draftView(
    "back_out",
    `Backing out of ${possessive(r.name)} offer`,
    r.contactEmail,
    `${r.role ?? "My offer"}: a change in my plans`,
    [
      greeting(r.contactName, r.name),
      `I am writing to let you know, as early as I can, that I will not be joining ${r.name} as planned${start} for ${theRole(r)}.`,
      elsewhere
        ? "I have decided to accept another opportunity that is a better fit for my situation. I know this affects your plans, and I did not make the decision lightly."
        : "My circumstances have changed, and I am not able to take up the role. I know this affects your plans, and I did not make the decision lightly.",
      "Thank you for your trust and for everything during the process. I hope we can stay in touch.",
      signOff(ctx.owner),
    ],
    [
      `Tell ${personName(r.contactName, r.name) ?? "the hiring manager"} right away that you will not be joining.`,
      elsewhere
        ? "Give the reason in one sentence: another opportunity fits better."
        : "Give the reason in one sentence, without details you do not want to share.",
      "Thank them, say a short letter follows today, and keep it brief.",
    ],
  );
}

export function resignationLetter(ctx: DraftContext) {
  // The last day is planned back from the new start date (two weeks from today without one).
  const lastDay = letterDate(resignationPlan(ctx.employer, parseInstant(ctx.now), ctx.owner).lastDay, ctx);
  const letter = draftView(
    "resignation_letter",
    "Resignation letter to your manager",
    null,
    `Resignation: ${ctx.owner.name}`,
    // jobnudge does not know the owner's manager, title or current employer (no setting holds them):
    // the letter is worded so it needs none of them, and the manager already knows all three.
    [
      "Hello,",
      `As we discussed in person, please accept this letter as formal notice of my resignation. My last day will be ${lastDay}.`,
      "Thank you for the opportunities and support during my time here. I will do all I can to hand over my work smoothly before I leave.",
      signOff(ctx.owner, "Sincerely,"),
    ],
  );
  // jobnudge does not know the owner's current job: the "To:" line says whom, and when.
  letter.toNote = "your manager, once you have told them in person";
  return letter;
}
