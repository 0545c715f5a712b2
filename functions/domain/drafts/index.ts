// One writer per draft kind (DRAFT_KINDS): the messages a nudge offers the owner to send, in the
// project's own words, following PLAYBOOK.md's tone rules. The owner always sends them, never jobnudge.
import type { DraftView } from "../email-view";
import type { DraftKind } from "../vocabularies";
import { bookCall } from "./call-booking";
import type { DraftContext, DraftWriter } from "./context";
import { backOut, declineOffer, resignationLetter, withdrawal } from "./leaving";
import { acceptOffer, clarifyOffer, counteroffer, expediteRequest, extensionRequest, lateAnswer } from "./offer";
import { ownerReply } from "./owner-reply";
import { thankYou } from "./thank-you";
import { followUp, rejectionReply, stepOut } from "./waiting";

export type { DraftContext } from "./context";
export { personName } from "./context";
export { askedDays, REFERENCES_BLANK } from "./owner-reply";
export { TOPIC_BLANK } from "./thank-you";

const WRITERS: Record<DraftKind, DraftWriter> = {
  follow_up: followUp,
  thank_you: thankYou,
  step_out: stepOut,
  clarify_offer: clarifyOffer,
  expedite_request: expediteRequest,
  extension_request: extensionRequest,
  withdrawal,
  decline_offer: declineOffer,
  back_out: backOut,
  accept_offer: acceptOffer,
  counteroffer,
  resignation_letter: resignationLetter,
  rejection_reply: rejectionReply,
  // The owner's reply when the move is theirs (owner-reply.ts); after a decline, the one that books the
  // call; after an offer's answer date passed unanswered, the late answer.
  owner_reply: (ctx) => (ctx.callWith ? bookCall(ctx) : ctx.deadlinePassed ? lateAnswer(ctx) : ownerReply(ctx)),
};

export function writeDraft(kind: DraftKind, ctx: DraftContext): DraftView {
  return WRITERS[kind](ctx);
}
