// PLAYBOOK §3 email: an offer deadline passed with no answer recorded (no accept, decline or new
// deadline). It asks what happened and offers the fixes in one click each; if the owner has not
// answered, it says to call today.

import { personName } from "../drafts";
import type { EmailView } from "../email-view";
import { possessive } from "../wording";
import { type ComposeContext, control, draftsFor, emptyView, standardControls } from "./frame";

export function deadlinePassed(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const view = emptyView(ctx);
  const due = view.deadline ?? "recently";
  const who = personName(r.contactName, r.name) ?? "the person who made the offer";
  return {
    ...view,
    deadline: view.deadline ? `${view.deadline} (passed)` : null,
    subject: `${ctx.label} offer: the answer was due ${due}. What happened?`,
    preheader: "One click tells jobnudge: accepted, declined, or a new deadline.",
    headline: `The deadline for ${possessive(ctx.label)} offer has passed`,
    happened: `Your answer to ${possessive(r.name)} offer was due ${due}. jobnudge has nothing recorded since: no acceptance, no decline, no new deadline.`,
    whyNow:
      "Until jobnudge knows what happened it cannot plan the right next step (withdrawals after an acceptance, a new reminder after an extension).",
    sections: [
      {
        title: "If you answered or they gave you more time",
        items: [
          "Accepted or declined: press the matching link below.",
          'They extended the deadline: press "They gave me more time" and type the new date; the reminders follow it.',
        ],
      },
      {
        title: "If you have not answered yet",
        items: [
          `Call ${who} today: say you are still interested, ask whether the offer still stands, and agree when you will answer (the script is with the draft below).`,
          "Then send the late answer below, or change it to confirm what you agreed on the call.",
          "If the call settled it (you accepted or declined), press the matching link instead: jobnudge then drafts the written confirmation.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r, { deadlinePassed: true })),
    actions: [
      control(ctx, `I accepted ${possessive(r.name)} offer`, "accept", r),
      control(ctx, `I declined ${possessive(r.name)} offer`, "decline", r),
      { label: "They gave me more time: set the new deadline", url: ctx.links("change", r.id, { field: "respondBy" }) },
      ...standardControls(ctx),
    ],
  };
}
