// PLAYBOOK §4-§5 emails: after accepting (withdrawals, the offer letter, resigning), declining,
// the employer asking to talk, and backing out of an accepted offer.
import type { EmailView } from "../email-view";
import { OPEN_STAGES } from "../vocabularies";
import { type ComposeContext, control, dayOf, draftsFor, emptyView, standardControls, viewControls } from "./frame";

export function withdrawal(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  // Same order as the planner's draft list: the other open processes as stored.
  const others = ctx.employers.filter((e) => e.id !== r.id && OPEN_STAGES.includes(e.stage));
  const names = others.map((e) => e.name).join(", ");
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `You accepted ${r.name}: withdraw from ${others.length} other process${others.length === 1 ? "" : "es"}`,
    preheader: `Let ${names} know today.`,
    headline: "Close your other processes",
    happened: `You accepted ${r.name}'s offer. Still open: ${names}.`,
    whyNow: "Telling them promptly is courteous and frees their time; jobnudge has cancelled its nudges about them.",
    sections: [
      {
        title: "How",
        items: [
          "Call the hiring manager first (call script below), then send the short note.",
          "No details about the other company are needed.",
          "Press the withdraw control once done so the process is closed here too.",
        ],
      },
    ],
    drafts: others.map((e) => draftsFor(ctx, "withdrawal", e)),
    actions: [...others.map((e) => control(ctx, `Mark ${e.name} withdrawn`, "withdraw", e)), ...viewControls(ctx, r)],
  };
}

export function offerLetterCheck(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `${r.name}: wait for the official offer letter before resigning`,
    preheader: "Receive, read and sign the letter first.",
    headline: "Get it in writing first",
    happened: `You accepted ${r.name}'s offer on ${dayOf(r.acceptedAt, ctx.owner) ?? "recently"}; the written offer letter has not arrived yet.`,
    whyNow: "Until the letter is signed, the offer is not final: do not resign from your current job yet.",
    sections: [
      {
        title: "Checklist",
        items: [
          "Ask for the written offer letter if it has not come.",
          "Check that it matches what you agreed: title, pay, start date, benefits.",
          "Sign it, then forward the letter to the inbox so jobnudge knows it is in.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: standardControls(ctx),
  };
}

export function resignation(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `${r.name} letter is in: plan your resignation`,
    preheader: "Tell your manager first, in person; then the letter.",
    headline: "Resign well",
    happened: `The offer letter from ${r.name} is in.`,
    whyNow: "Once the letter is read and signed it is safe to give notice.",
    sections: [
      {
        title: "Resignation plan",
        items: [
          "Read the offer letter and sign it before you resign: until then the new job is not final.",
          "Tell your manager first, in person, before anyone else.",
          "Two weeks' notice is standard; more for managers or if your contract says so.",
          "Hand in the short letter below, thank them, and offer a smooth handover.",
          "Stay positive to the end: references and future paths cross.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: standardControls(ctx),
  };
}

export function decline(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `Declining ${r.name}: your message`,
    preheader: "Thank them, keep the door open, leave room to talk.",
    headline: `Decline ${r.name} gracefully`,
    happened: `You decided to decline ${r.name}'s offer.`,
    whyNow: "A prompt, warm answer lets them move on and keeps the relationship.",
    sections: [
      { title: "If they ask to talk", items: ["Always take the call: forward their reply and jobnudge prepares you."] },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: [...viewControls(ctx, r)],
  };
}

export function discussOffer(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `${r.name} wants to talk: take the call`,
    preheader: "They probably want to improve the offer: know your counteroffer.",
    headline: `Always discuss: ${r.name}`,
    happened: `After you declined, ${r.name} asked to talk (${dayOf(r.lastContactAt, ctx.owner) ?? "recently"}).`,
    whyNow: "It means they really want you; hearing them out costs little and never burns a bridge.",
    sections: [
      {
        title: "Before the call",
        items: [
          "Decide what would make you say yes: pay, level or title, terms.",
          "Be gracious whatever happens.",
          "If you have already accepted elsewhere and it is too late, say so politely and thank them.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: standardControls(ctx),
  };
}

export function backOut(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `Backing out of ${r.name}: tell them now`,
    preheader: "Call the hiring manager today, then a short letter.",
    headline: `Tell ${r.name} today`,
    happened: `You are backing out of the offer you accepted from ${r.name}.`,
    whyNow: "Every day you wait makes it harder for them to fill the role, and for you to leave on good terms.",
    sections: [
      {
        title: "Before you call",
        items: [
          "Is this about money? Then know the number that would change your mind, in case they ask.",
          "Is it more than money? Then a counteroffer changes nothing: say so kindly.",
          "Call the hiring manager first, then send the short letter below.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: [...viewControls(ctx, r)],
  };
}
