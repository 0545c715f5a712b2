// PLAYBOOK §2 and §6 emails: follow-up, stepping out, and a rejection.
import type { EmailView } from "../email-view";
import { unansweredFollowUps } from "../playbook";
import {
  type ComposeContext,
  control,
  dayOf,
  draftsFor,
  emptyView,
  promisedDate,
  standardControls,
  viewControls,
} from "./frame";

export function followUp(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const promise = promisedDate(r, ctx.owner);
  const last = dayOf(r.lastContactAt, ctx.owner) ?? "a while";
  const count = r.followUpsSent;
  return {
    ...emptyView(ctx),
    subject: `${r.name}: time to follow up`,
    preheader: promise ? `They said ${promise}; no news since.` : `No news since ${last}.`,
    headline: `Check in with ${r.name}`,
    happened: `You last heard from ${r.name} on ${last}.${count > 0 ? ` You have sent ${count} follow-up${count > 1 ? "s" : ""} since.` : ""}`,
    whyNow: promise
      ? `They promised news by ${promise}, and that date has passed.`
      : "A week of silence is the right moment for a short, friendly check-in.",
    deadline: promise,
    sections: [
      {
        title: "Tone",
        items: [
          "Share where things stand; offer to help move things forward.",
          "A few lines at most; never needy.",
          'Once sent, press the "I sent it" control (or BCC the inbox) so it counts.',
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: [control(ctx, "I sent it", "sent", r), ...standardControls(ctx)],
  };
}

export function stepOut(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  // Reminders the owner did not confirm count too (the planner steps out on the same count).
  const unanswered = unansweredFollowUps(r);
  return {
    ...emptyView(ctx),
    subject: `${r.name}: ${unanswered} follow-ups unanswered, step out gracefully`,
    preheader: "Close the loop politely and keep the door open.",
    headline: `Step out of ${r.name}'s process for now`,
    happened: `${r.name} has not answered your last ${unanswered} follow-ups (last news ${dayOf(r.lastContactAt, ctx.owner) ?? "unknown"}).`,
    whyNow: "More follow-ups would not help; a courteous note frees your attention and leaves a good impression.",
    sections: [
      {
        title: "Keep the search going",
        items: [
          "Put the energy into your other processes and new applications.",
          "If they write back later, jobnudge picks the process up again.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: [control(ctx, `Mark ${r.name} withdrawn`, "withdraw", r), ...standardControls(ctx)],
  };
}

export function rejection(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `${r.name} closed the process: a gracious reply`,
    preheader: "A two-line reply keeps the door open for future roles.",
    headline: `${r.name} said no this time`,
    happened: `${r.name} ended the process${r.role ? ` for ${r.role}` : ""}. Its nudges are cancelled.`,
    whyNow: "A short, gracious reply now is remembered when the next role opens.",
    sections: [
      {
        title: "Keep going",
        items: [
          "Rejections are a normal part of every search; they say little about you.",
          "Your weekly digest keeps the other processes moving.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: [...viewControls(ctx, r)],
  };
}
