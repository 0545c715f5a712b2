// PLAYBOOK §3 emails: offer review, expedite request, extension request, decision reminder.
import type { EmailView, SectionView, TableView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { higherRankedPending } from "../playbook";
import { isPreferredOver } from "../ranking";
import { deadlineOrNull } from "../time";
import type { DraftKind } from "../vocabularies";
import { joinNames, possessive } from "../wording";
import {
  type ComposeContext,
  control,
  dayOf,
  draftsFor,
  emptyView,
  otherOpen,
  standardControls,
  standing,
} from "./frame";
import {
  comparisonTable,
  EVALUATION_CHECKLIST,
  isFirstOffer,
  negotiationPrep,
  offerTermsSection,
} from "./offer-tables";

export function offerReview(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const view = emptyView(ctx);
  const others = otherOpen(ctx);
  const unranked = others.length > 0 && [r, ...others].every((e) => e.rank === null);
  const offers = [r, ...others.filter((e) => e.stage === "offer")];
  // A second review of the same employer's offer is a revised offer; the worksheet was shown once.
  const revised = reviewed(r);
  const blanks = isFirstOffer(r, ctx.employers) && !ctx.employers.some(reviewed);
  const sections: SectionView[] = [
    offerTermsSection(r, { timezone: ctx.owner.timezone, now: ctx.now }),
    EVALUATION_CHECKLIST,
  ];
  const negotiation = negotiationPrep(r, ctx.owner);
  if (negotiation) sections.push(negotiation);
  if (others.length > 0) {
    sections.push({ title: "Your other processes", items: others.map((e) => standing(e, ctx.owner, ctx.now)) });
  }
  if (unranked) {
    sections.push({
      title: "Which one is your top choice?",
      items: [
        "Pick your top choice below: jobnudge then drafts a request to speed up for every process you rank above this offer.",
      ],
    });
  }
  return {
    ...view,
    subject: view.deadline
      ? `${ctx.label} offer: answer by ${view.deadline}`
      : `${ctx.label} offer: ask when they need an answer`,
    preheader: view.deadline
      ? `Review it now; the answer is due ${view.deadline}.`
      : "No deadline given yet: ask for one.",
    headline: revised ? `${ctx.label} revised its offer` : `${ctx.label} made you an offer`,
    happened: `${r.name} ${revised ? "sent you a revised offer for" : "offered you"} ${r.role ? `the ${r.role} role` : "a role"} (received ${dayOf(r.offerReceivedAt, ctx.owner, ctx.now) ?? "today"}).`,
    whyNow: view.deadline
      ? "Review it at once: time to compare, ask questions and, if needed, ask your preferred employers to speed up."
      : "They did not say when they need an answer; ask now so you can plan around it.",
    sections,
    tables: shown(comparisonTable(offers, ctx.owner, ctx.now, { blanks })),
    // Every offer gets a first reply (thanks, then the details to have in writing), deadline or not.
    drafts: unique<DraftKind>(["clarify_offer", ...ctx.nudge.drafts]).map((kind) =>
      draftsFor(ctx, kind, r, { revisedOffer: revised }),
    ),
    actions: [
      control(ctx, `Accept ${r.name}`, "accept", r),
      control(ctx, `Decline ${r.name}`, "decline", r),
      ...(unranked ? [r, ...others].map((e) => control(ctx, `Top choice: ${e.name}`, "prefer", e)) : []),
      ...standardControls(ctx),
    ],
  };
}

export function expediteRequest(ctx: ComposeContext): EmailView {
  const target = ctx.employer;
  const trigger = offeringEmployer(ctx);
  const view = emptyView(ctx);
  // Every offer the owner holds counts; the draft gives the nearest deadline, the strongest true
  // information, and never names the company behind it.
  const held = offersHeld(ctx, target, trigger);
  const nearest = nearestDeadline(held, ctx) ?? trigger;
  const deadline = nearest ? emptyView({ ...ctx, employer: nearest }).deadline : null;
  const from = trigger?.name ?? "another employer";
  const also = held.filter((e) => e.id !== trigger?.id);
  const alsoLine =
    also.length === 0
      ? ""
      : ` You also hold ${joinNames(also.map((e) => possessive(e.name)))} offer${also.length > 1 ? "s" : ""}${
          nearest && nearest.id !== trigger?.id && deadline
            ? `; its answer is due ${deadline}, the nearest deadline, so the draft gives that date (without the name)`
            : ""
        }.`;
  // Ranked above this offer does not make it the top choice: a rank-2 employer is not told it is first.
  const topChoice = !otherOpen(ctx, target).some((e) => isPreferredOver(e, target));
  return {
    ...view,
    deadline,
    subject: `${ctx.label}: ask them to speed up (${
      also.length > 0
        ? `${held.length} offers${deadline ? `, first due ${deadline}` : ""}`
        : `${from} offer${deadline ? ` due ${deadline}` : ""}`
    })`,
    preheader: `You rank ${target.name} above ${from}: let them know where things stand.`,
    headline: `Tell ${ctx.label} about your ${also.length > 0 ? "offers" : "offer"}`,
    happened: `${from} made you an offer${deadline && nearest?.id === trigger?.id ? ` with an answer due ${deadline}` : ""}, and ${target.name} is ranked above it.${alsoLine}`,
    whyNow:
      "Employers who want you can often speed up, but only if they know. This gives them information, not an ultimatum.",
    sections: [
      { title: "Where things stand", items: [standing(target, ctx.owner, ctx.now)] },
      {
        title: "Tone",
        items: [
          topChoice
            ? "Say they are your top choice and you would like to finish their process."
            : "Say you would much prefer to finish their process; do not call them your top choice, another process ranks higher.",
          "Never invent a deadline or a second offer.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) =>
      draftsFor(ctx, kind, target, {
        offering: nearest,
        offersHeld: Math.max(held.length, 1),
        topChoice,
        expeditedBefore: sentEarlierRequest(target, ctx.nudge.id),
      }),
    ),
    actions: [control(ctx, "I sent it", "sent", target), ...standardControls(ctx)],
  };
}

export function extensionRequest(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const view = emptyView(ctx);
  const pending = higherRankedPending(r, ctx.employers);
  return {
    ...view,
    subject: `${ctx.label} offer: ask for more time before ${view.deadline ?? "the deadline"}`,
    preheader: "Call first; a short email confirms it.",
    headline: `Ask ${ctx.label} for a little more time`,
    happened: `Your answer to ${r.name} is due ${view.deadline ?? "soon"}, and ${joinNames(pending.map((e) => e.name)) || "a preferred employer"} ${pending.length > 1 ? "have" : "has"} not decided yet.`,
    whyNow: "The deadline is less than a week away; asking early is easier for both sides.",
    sections: [
      { title: "Preferred employers still pending", items: pending.map((e) => standing(e, ctx.owner, ctx.now)) },
      {
        title: "How to ask",
        items: [
          "Call the person who made the offer; use the call script, then confirm by email.",
          "Most employers agree to a short extension; there is a small risk they keep the original deadline, so decide beforehand what you would do then.",
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r, { preferredPending: pending.length })),
    actions: standardControls(ctx),
  };
}

export function decisionReminder(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const view = emptyView(ctx);
  const others = otherOpen(ctx);
  return {
    ...view,
    subject: `${ctx.label} offer: answer due ${view.deadline ?? "soon"}`,
    preheader: `Where your other processes stand before you answer ${r.name}.`,
    headline: `Decide on ${ctx.label}`,
    happened: `Your answer to ${possessive(r.name)} offer is due ${view.deadline ?? "soon"}.`,
    whyNow: "A reminder before the deadline, with where your preferred employers stand.",
    sections: [
      {
        title: "Where the others stand",
        items: others.length > 0 ? others.map((e) => standing(e, ctx.owner, ctx.now)) : ["No other open processes."],
      },
      {
        title: "Before you answer",
        items: ["Accept, decline, or ask for a short extension by phone; do not let the deadline pass in silence."],
      },
    ],
    tables: shown(comparisonTable([r, ...others.filter((e) => e.stage === "offer")], ctx.owner, ctx.now)),
    actions: [
      control(ctx, `Accept ${r.name}`, "accept", r),
      control(ctx, `Decline ${r.name}`, "decline", r),
      ...standardControls(ctx),
    ],
  };
}

/**
 * The owner confirmed sending an earlier expedite request to this employer (a confirmation after it:
 * the "I sent it" control, the `sent` command or a BCC): the next one is an update to that note.
 */
function sentEarlierRequest(target: EmployerRecord, nudgeId: string): boolean {
  const earlier = target.timeline.findIndex(
    (t) => t.kind === "nudge" && t.nudgeId?.startsWith("expedite_request.") && t.nudgeId !== nudgeId,
  );
  return (
    earlier >= 0 &&
    target.timeline.slice(earlier + 1).some((t) => t.kind !== "nudge" && /follow-up \d+ sent$/.test(t.summary))
  );
}

/** An offer review about this employer has gone out before. */
function reviewed(e: EmployerRecord): boolean {
  return e.timeline.some((t) => t.kind === "nudge" && t.nudgeId?.startsWith("offer_review."));
}

/** A table with nothing known in it is left out. */
function shown(table: TableView): TableView[] {
  return table.rows.length > 0 ? [table] : [];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** The offers the owner holds besides the target's (the triggering one first), in preference order. */
function offersHeld(ctx: ComposeContext, target: EmployerRecord, trigger: EmployerRecord | null): EmployerRecord[] {
  const others = otherOpen(ctx, target).filter((e) => e.stage === "offer" && e.id !== trigger?.id);
  return trigger ? [trigger, ...others] : others;
}

/** The offer whose answer is due first, or null when none of them gave a deadline. */
function nearestDeadline(offers: EmployerRecord[], ctx: ComposeContext): EmployerRecord | null {
  const due = (e: EmployerRecord) =>
    deadlineOrNull(e.respondBy, ctx.owner.timezone)?.endsAt ?? Number.POSITIVE_INFINITY;
  const now = Date.parse(ctx.now);
  // A deadline already over is no information to give.
  const dated = offers.filter((e) => due(e) !== Number.POSITIVE_INFINITY && due(e) > now);
  return [...dated].sort((a, b) => due(a) - due(b))[0] ?? null;
}

/** The employer whose offer triggered an expedite nudge: named in the planner's reason. */
function offeringEmployer(ctx: ComposeContext): EmployerRecord | null {
  const id = /offer from (\S+)/.exec(ctx.nudge.reason)?.[1];
  return ctx.employers.find((e) => e.id === id) ?? null;
}
