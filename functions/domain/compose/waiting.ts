// PLAYBOOK §2 and §6 emails: follow-up, stepping out, and a rejection.
import type { EmailView, SectionView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { followUpReminders, lastContact, unansweredFollowUps } from "../playbook";
import { MAX_UNANSWERED_FOLLOW_UPS } from "../playbook/silence";
import { deadlineOrNull, instantOrNull, toIso } from "../time";
import { counted, countWord, ordinal, possessive } from "../wording";
import {
  type ComposeContext,
  control,
  dayOf,
  draftsFor,
  emptyView,
  offerDeadline,
  promisedDate,
  standardControls,
  viewControls,
} from "./frame";

/**
 * The offer the owner holds elsewhere that a follow-up may mention: the one due soonest. A deadline
 * already over counts as none (the draft never gives a date that has passed).
 */
export function heldOffer(ctx: ComposeContext): EmployerRecord | null {
  const zone = ctx.owner.timezone;
  const now = Date.parse(ctx.now);
  const due = (e: EmployerRecord) => {
    const ends = deadlineOrNull(e.respondBy, zone)?.endsAt;
    return ends !== undefined && ends > now ? ends : Number.POSITIVE_INFINITY;
  };
  const offers = ctx.employers.filter((e) => e.id !== ctx.employer.id && e.stage === "offer");
  return offers.sort((a, b) => due(a) - due(b))[0] ?? null;
}

/**
 * The employer already has the news of the held offer: since their last news and since the offer
 * arrived, the owner confirmed sending a follow-up or an expedite request (the "I sent it" control,
 * the `sent` command, or a BCC), and those drafts carried it. A follow-up then refers back to it
 * instead of announcing it again.
 */
export function offerNewsShared(r: EmployerRecord, held: EmployerRecord | null): boolean {
  if (!held) return false;
  const since = Math.max(
    instantOrNull(r.lastContactAt) ?? Number.NEGATIVE_INFINITY,
    instantOrNull(held.offerReceivedAt) ?? Number.NEGATIVE_INFINITY,
  );
  return r.timeline.some(
    (t) => t.kind !== "nudge" && Date.parse(t.at) > since && /follow-up \d+ sent$/.test(t.summary),
  );
}

/** The promised date has passed, and was set after the last follow-up reminder went out. */
function promiseMissedSinceLastReminder(r: EmployerRecord, ctx: ComposeContext): boolean {
  const promise = deadlineOrNull(r.expectDecisionBy, ctx.owner.timezone);
  if (!promise || promise.endsAt > Date.parse(ctx.now)) return false;
  const reminders = r.timeline.filter((t) => t.kind === "nudge" && t.nudgeId?.startsWith("follow_up."));
  const last = Math.max(...reminders.map((t) => Date.parse(t.at)), Number.NEGATIVE_INFINITY);
  return promise.endsAt > last;
}

export function followUp(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const promise = promisedDate(r, ctx.owner, ctx.now);
  // The last exchange (PLAYBOOK §2): their mail, the owner's own mail or the interview, whichever is latest.
  const exchange = lastContact(r, Date.parse(ctx.now));
  const last = exchange ? dayOf(toIso(exchange.at), ctx.owner, ctx.now) : null;
  const lastExchange =
    exchange?.source === "interview"
      ? `Your interview with ${r.name} was on ${last}; no news since.`
      : exchange?.source === "owner"
        ? `You last wrote to ${r.name} on ${last}; no news since.`
        : last
          ? `You last heard from ${r.name} on ${last}.`
          : `No news from ${r.name} yet.`;
  // The reminders already delivered since their last news (this one is not recorded yet).
  const number = Math.min(unansweredFollowUps(r) + 1, MAX_UNANSWERED_FOLLOW_UPS);
  const confirmed = r.followUpsSent;
  const held = heldOffer(ctx);
  // A promised date that passed since the last reminder is news for a later follow-up too.
  const newPromise = number > 1 && promiseMissedSinceLastReminder(r, ctx);
  const sections: SectionView[] = [];
  if (held) {
    const ends = deadlineOrNull(held.respondBy, ctx.owner.timezone)?.endsAt;
    const due = ends !== undefined && ends > Date.parse(ctx.now) ? offerDeadline(held, ctx.owner, ctx.now) : null;
    sections.push({
      title: "News you can share",
      items: [
        `You hold an offer from ${held.name}${due ? ` with an answer due ${due}` : ""}${
          !due && held.respondBy ? " (its answer date has passed: record an extension with the deadline command)" : ""
        }. The draft ${
          offerNewsShared(r, held) ? "recalls it (you told them already)" : "mentions it"
        } without naming ${held.name}: information, not pressure.`,
      ],
    });
  }
  sections.push({
    title: "Tone",
    items: [
      "Share where things stand; offer to help move things forward, and a short call.",
      "A few lines at most; never needy.",
      'Once sent, press the "I sent it" control (or BCC the inbox) so it counts.',
    ],
  });
  const history =
    number === 1
      ? ""
      : ` This is the ${ordinal(number)} follow-up reminder since then${confirmed > 0 ? `; you confirmed sending ${counted(confirmed, "follow-up")}` : ""}.`;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject:
      number === 1
        ? `${ctx.label}: time to follow up`
        : `${ctx.label}: follow-up ${number} of ${MAX_UNANSWERED_FOLLOW_UPS}`,
    preheader:
      promise && number === 1
        ? `They said ${promise}; no news since.`
        : `No news since ${last ?? "your last exchange"}.`,
    headline: number === 1 ? `Check in with ${ctx.label}` : `Check in with ${ctx.label} again`,
    happened: `${lastExchange}${history}`,
    whyNow:
      number > 1
        ? `${newPromise ? `They promised news by ${promise}, and that date has passed. ` : ""}A week has passed since the last follow-up without news. One follow-up a week at most, ${countWord(MAX_UNANSWERED_FOLLOW_UPS)} in all: this draft is worded differently from the last.`
        : promise && ctx.nudge.reason.startsWith("promised")
          ? `They promised news by ${promise}, and that date has passed.`
          : "A week without news is the right moment for a short, friendly check-in.",
    sections,
    drafts: ctx.nudge.drafts.map((kind) =>
      draftsFor(
        ctx,
        kind,
        r,
        kind === "follow_up"
          ? {
              followUpNumber: number,
              heldOffer: held,
              offerNewsShared: offerNewsShared(r, held),
              promiseMissed: number === 1 || newPromise,
            }
          : {},
      ),
    ),
    actions: [control(ctx, "I sent it", "sent", r), ...standardControls(ctx)],
  };
}

export function stepOut(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  // Reminders the owner did not confirm count too (the planner steps out on the same count), but the
  // email says only what is known: reminders, unless the owner confirmed sending the follow-ups.
  const unanswered = unansweredFollowUps(r);
  const confirmed = Math.min(r.followUpsSent, unanswered);
  const last = dayOf(r.lastContactAt, ctx.owner, ctx.now);
  const since = last ? ` since their last news on ${last}` : "";
  const allSent = confirmed === unanswered;
  // Every one of them was a reminder jobnudge sent (else some were the owner's own follow-ups).
  const allReminders = followUpReminders(r) >= unanswered;
  const count = countWord(unanswered);
  return {
    ...emptyView(ctx),
    subject: allSent
      ? `${ctx.label}: ${count} follow-ups unanswered, step out gracefully`
      : `${ctx.label}: ${count} ${allReminders ? "reminders" : "follow-ups"} and no news, step out gracefully`,
    preheader: "Close the loop politely and keep the door open.",
    headline: `Step out of ${possessive(ctx.label)} process for now`,
    happened: allSent
      ? `You sent ${r.name} ${counted(unanswered, "follow-up")}${since}, and none was answered.`
      : !allReminders
        ? // Mixed: some the owner sent (and said so), the rest were reminders (PLAYBOOK §2: only what is known).
          `${count.charAt(0).toUpperCase()}${count.slice(1)} follow-ups with ${r.name} have come and gone${since}, and no news has come. You confirmed sending ${countWord(confirmed)} of them; jobnudge does not know whether you sent the others.`
        : `jobnudge reminded you ${count} times to follow up with ${r.name}${since}, and no news has come. ${
            confirmed > 0
              ? `You confirmed sending ${counted(confirmed, "follow-up")}.`
              : "jobnudge does not know whether you sent them."
          }`,
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

/** What to carry into the next interviews after a no (PLAYBOOK §6; seeds: homework, confidence, thank-yous). */
export const NEXT_INTERVIEWS: SectionView = {
  title: "For your next interviews",
  items: [
    "Homework: before each interview, read the company's site, mission and values, recent news and social media, and connect your experience to what they do.",
    "Confidence: rehearse your one-minute pitch and two or three stories out loud; sit up, keep eye contact, and test your camera and sound before a video call.",
    "Thank-you notes: the same day, a short personal note to each interviewer, recalling one thing you discussed.",
  ],
};

export function rejection(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `${ctx.label} closed the process: a gracious reply`,
    preheader: "A two-line reply keeps the door open for future roles.",
    headline: `${ctx.label} said no this time`,
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
      NEXT_INTERVIEWS,
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: [...viewControls(ctx, r)],
  };
}
