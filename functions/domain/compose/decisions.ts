// PLAYBOOK §4-§5 emails: after accepting (withdrawals, the offer letter, resigning), declining,
// the employer asking to talk, and backing out of an accepted offer.

import { personName } from "../drafts";
import { openProposal } from "../drafts/call-booking";
import type { EmailView, SectionView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { formatCalendarDate } from "../owner-time";
import { type ResignationPlan, resignationPlan, withdrawalTargets } from "../playbook";
import type { CivilDate } from "../time";
import { joinNames, possessive } from "../wording";
import { type ComposeContext, control, dayOf, draftsFor, emptyView, standardControls, viewControls } from "./frame";
import { formatMoney } from "./plain-words";

export function withdrawal(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  // Same list and order as the planner's drafts: the other open processes as stored.
  const others = withdrawalTargets(r, ctx.employers);
  const names = others.map((e) => e.name).join(", ");
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `You accepted ${ctx.label}: withdraw from ${others.length} other process${others.length === 1 ? "" : "es"}`,
    preheader: `Let ${names} know today.`,
    headline: "Close your other processes",
    happened: `You accepted ${possessive(r.name)} offer. Still open: ${names}.`,
    whyNow: "Telling them promptly is courteous and frees their time; jobnudge has cancelled its nudges about them.",
    sections: [
      {
        title: "How",
        items: [
          "Call the hiring manager first (each draft comes with a short call script), then send the note.",
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
    subject: `${ctx.label}: wait for the official offer letter before resigning`,
    preheader: "Receive, read and sign the letter first.",
    headline: "Get it in writing first",
    happened: `You accepted ${possessive(r.name)} offer on ${dayOf(r.acceptedAt, ctx.owner, ctx.now) ?? "recently"}; the written offer letter has not arrived yet.`,
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
  const plan = resignationPlan(r, Date.parse(ctx.now), ctx.owner);
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `${ctx.label} letter is in: plan your resignation`,
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
          noticeWords(plan, ctx),
          "Hand in the short letter in this email, thank them, and offer a smooth handover.",
          "Stay positive to the end: references and future paths cross.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: standardControls(ctx),
  };
}

/** The last day planned back from the start date, and the latest day to give notice, said plainly. */
function noticeWords(plan: ResignationPlan, ctx: ComposeContext): string {
  const day = (date: CivilDate) => formatCalendarDate(date, ctx.owner.timezone, ctx.now);
  const last = day(plan.lastDay);
  if (!plan.startDate)
    return `No start date is recorded, so the letter says ${last}, two weeks from today; change it once you know the start date.`;
  const start = day(plan.startDate);
  return plan.shortNotice
    ? `You start on ${start}, so your last day is ${last}: that is less than two weeks from today. Resign today and ask for the shorter notice, or ask the new employer to move the start date.`
    : `You start on ${start}, so your last day is ${last}: give notice by ${day(plan.noticeBy)} at the latest.`;
}

export function decline(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `Declining ${ctx.label}: first, would a counteroffer change your answer?`,
    preheader: "One question before you send it; then thank them and keep the door open.",
    headline: `Decline ${ctx.label} gracefully`,
    happened: `You recorded that you decline ${possessive(r.name)} offer.`,
    whyNow: "A prompt, warm answer lets them move on and keeps the relationship; one question first.",
    sections: [
      {
        title: "First: would a counteroffer change your answer?",
        items: [
          "Employers expect some back and forth, and many are disappointed by a decline that never said what would work.",
          `If more pay, a higher level or other terms would make you say yes, do not send the decline: call ${personName(r.contactName, r.name) ?? "them"} and say what it would take (the first draft below has a script and the note that follows the call; keep in it only what would really change your answer).`,
          "If nothing they could offer would change it, send the decline (the last draft below).",
        ],
      },
      { title: "If they ask to talk", items: ["Always take the call: forward their reply and jobnudge prepares you."] },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: [...viewControls(ctx, r)],
  };
}

/** What would make the owner say yes, as notes for the call: never sent as a written commitment. */
function counterofferNotes(r: EmployerRecord, ctx: ComposeContext): SectionView {
  const offered = r.offer?.base;
  const currency = r.offer?.currency;
  const target = ctx.owner.targetBase;
  const pay =
    target !== null
      ? `Pay: your target base is ${formatMoney(target, currency)}${offered !== undefined ? ` (they offered ${formatMoney(offered, currency)})` : ""}; decide the lowest number that would change your answer.`
      : `Pay: the base that would change your answer${offered !== undefined ? ` (they offered ${formatMoney(offered, currency)})` : ""}, and the lowest you would accept.`;
  return {
    title: "Your counteroffer: notes for the call, not to send",
    items: [
      pay,
      "Level or title: whether the level is what holds you back (roles are sometimes re-levelled to land a candidate).",
      "Terms: start date, remote days, sign-on bonus, equity, time off.",
      "Say it on the call; confirm in writing only what you both agree.",
    ],
  };
}

export function discussOffer(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const accepted = ctx.employers.find((e) => e.id !== r.id && e.stage === "accepted" && !e.backedOut) ?? null;
  const asked = dayOf(r.lastContactAt, ctx.owner, ctx.now) ?? "recently";
  if (accepted) {
    return {
      ...emptyView(ctx),
      deadline: null,
      subject: `${ctx.label} wants to talk: a polite "too late"`,
      preheader: `You accepted ${possessive(accepted.name)} offer: thank them and say so kindly.`,
      headline: `Always answer: ${ctx.label}`,
      happened: `After you declined, ${r.name} asked to talk (${asked}). In the meantime you accepted ${possessive(accepted.name)} offer.`,
      whyNow: "A warm answer now, even a no, is what they will remember; industries are small and people move.",
      sections: [
        {
          title: "How",
          items: [
            "If they still want a call, take it: be polite, thank them, and explain it is too late.",
            "No details about the other offer are needed.",
          ],
        },
      ],
      drafts: [draftsFor(ctx, "decline_offer", r, { acceptedElsewhere: true })],
      actions: [...viewControls(ctx, r)],
    };
  }
  const people = (r.callWith ?? []).filter((name) => name !== r.contactName);
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `${ctx.label} wants to talk: book the call`,
    preheader: "They probably want to improve the offer: book the call and know your counteroffer.",
    headline: `Always discuss: ${ctx.label}`,
    happened: `After you declined, ${r.name} asked to talk (${asked})${people.length > 0 ? `; they said ${joinNames(people)} will join` : ""}.`,
    whyNow: "It means they really want you; hearing them out costs little and never burns a bridge.",
    sections: [
      counterofferNotes(r, ctx),
      {
        title: "Before the call",
        items: [
          timesAdvice(r, ctx),
          "Be gracious whatever happens.",
          "If you accept another offer before the call, tell them politely that it is too late, and thank them.",
        ],
      },
    ],
    drafts: [draftsFor(ctx, "owner_reply", r, { callWith: people })],
    // The process is declined: nothing is planned for it, so snooze and stop would offer nothing.
    actions: [...viewControls(ctx, r)],
  };
}

/**
 * What the owner should know about the time in the draft: the employer's proposal it takes up, or
 * why it suggests two times of its own (jobnudge cannot see the owner's calendar).
 */
function timesAdvice(r: EmployerRecord, ctx: ComposeContext): string {
  const proposal = r.callProposal ?? null;
  const said = proposal ? `"${proposal.text}" (${dayOf(proposal.from, ctx.owner, ctx.now)})` : null;
  if (proposal && openProposal(proposal, ctx.now)) {
    return `They proposed ${said}: the draft accepts it. If that does not suit you, offer another time instead.`;
  }
  const suggestions =
    "jobnudge cannot see your calendar: the two times in the draft are only suggestions, so change them to ones that suit you before you send it.";
  return said ? `They proposed ${said}, which has passed; the draft offers two new times. ${suggestions}` : suggestions;
}

export function backOut(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `Backing out of ${ctx.label}: tell them now`,
    preheader: "Call the hiring manager today, then a short letter.",
    headline: `Tell ${ctx.label} today`,
    happened: `You are backing out of the offer you accepted from ${r.name}.`,
    whyNow: "Every day you wait makes it harder for them to fill the role, and for you to leave on good terms.",
    sections: [
      {
        title: "Before you call",
        items: [
          "Is this about money? Then know the number that would change your mind, in case they ask.",
          "Is it more than money? Then a counteroffer changes nothing: say so kindly.",
          "Call the hiring manager first, then send the short letter in this email.",
        ],
      },
    ],
    // The draft names another opportunity as the reason only when the owner holds one.
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r, { heldOffer: otherOffer(ctx) })),
    actions: [...viewControls(ctx, r)],
  };
}

/** Another offer the owner holds or accepted: the reason a back-out may give. */
function otherOffer(ctx: ComposeContext): EmployerRecord | null {
  return (
    ctx.employers.find(
      (e) => e.id !== ctx.employer.id && (e.stage === "offer" || (e.stage === "accepted" && !e.backedOut)),
    ) ?? null
  );
}
