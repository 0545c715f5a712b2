// PLAYBOOK §4 email: an offer that arrives after the owner accepted another. The new offer side by
// side with the accepted one, and both routes drafted: back out of the accepted offer (§5: tell them
// at once, call first, money or more than money) or decline the new one. Nothing is withdrawn.
import type { EmailView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { acceptedElsewhere } from "../playbook";
import { possessive } from "../wording";
import { type ComposeContext, control, dayOf, draftsFor, emptyView, standardControls } from "./frame";
import { comparisonTable, EVALUATION_CHECKLIST, offerTermsSection } from "./offer-tables";

function lateOfferReview(ctx: ComposeContext, accepted: EmployerRecord): EmailView {
  const r = ctx.employer;
  const view = emptyView(ctx);
  const acceptedOn = dayOf(accepted.acceptedAt, ctx.owner, ctx.now);
  return {
    ...view,
    subject: `${ctx.label} offer after you accepted ${accepted.name}: compare, then choose`,
    preheader: `Stay with ${accepted.name} and decline, or back out of ${accepted.name}: both drafts are here.`,
    headline: `A new offer from ${ctx.label}`,
    happened: `${r.name} offered you ${r.role ? `the ${r.role} role` : "a role"} (received ${dayOf(r.offerReceivedAt, ctx.owner, ctx.now) ?? "today"}). You accepted ${possessive(accepted.name)} offer${acceptedOn ? ` on ${acceptedOn}` : ""}.`,
    whyNow: `Whichever way you go, say it soon: if you back out of ${accepted.name}, every day you wait makes it harder for them; if you stay, a prompt, warm decline keeps the door open at ${r.name}.`,
    sections: [
      offerTermsSection(r, { timezone: ctx.owner.timezone, now: ctx.now }),
      {
        title: "Two routes",
        items: [
          `Before either: get ${possessive(r.name)} offer in writing with the first draft; never back out of a signed offer for a verbal one.`,
          `Stay with ${accepted.name}: decline ${r.name} with the last draft; thank them and keep the door open.`,
          `Back out of ${accepted.name}: call the hiring manager first (the script is in the back-out draft), then send the letter the same day.`,
          `Before that call, decide whether it is about money (then know the number that would make you stay at ${accepted.name}) or more than money (then a counteroffer changes nothing).`,
          "jobnudge has not drafted a withdrawal to either: nothing is sent on your behalf.",
        ],
      },
      EVALUATION_CHECKLIST,
    ],
    tables: [comparisonTable([r, accepted], ctx.owner, ctx.now)],
    drafts: [
      draftsFor(ctx, "clarify_offer", r),
      draftsFor(ctx, "back_out", accepted, { heldOffer: r }),
      draftsFor(ctx, "decline_offer", r),
    ],
    actions: [
      control(ctx, `Accept ${r.name} (backs out of ${accepted.name})`, "accept", r),
      control(ctx, `Decline ${possessive(r.name)} offer`, "decline", r),
      ...standardControls(ctx),
    ],
  };
}

/** The offer review, or the late-offer review when the owner had accepted another offer first. */
export function withAcceptedElsewhere(review: (ctx: ComposeContext) => EmailView) {
  return (ctx: ComposeContext): EmailView => {
    const accepted = acceptedElsewhere(ctx.employer, ctx.employers);
    return accepted ? lateOfferReview(ctx, accepted) : review(ctx);
  };
}
