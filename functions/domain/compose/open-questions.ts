// A nudge about an employer that still has facts waiting for the owner's answer (asked-facts.ts)
// says plainly what it goes by meanwhile, and carries the same one-tap answers as the
// acknowledgement, so the owner can settle the fact from whichever email is in front of them.
// ("Their message of Thu 9 Apr gives the deadline as Mon 20 Apr, 5:00 PM EDT. Until you confirm it
// with a link below, this email goes by Tue 14 Apr, 5:00 PM EDT, the one on record.")
import type { EmailView, SectionView } from "../email-view";
import type { AskedField, EmployerRecord, UnsureFact } from "../employer";
import { emptyExtraction } from "../extraction";
import { formatDeadline, formatInstant } from "../owner-time";
import { ackQuestions } from "./ack-questions";
import type { ComposeContext } from "./frame";
import { MESSAGE_KIND_WORDS, oneLine } from "./plain-words";

type Phrase = { what: string; shown: (value: string) => string; recorded: (r: EmployerRecord) => string | null };

function phrases(ctx: ComposeContext): Record<AskedField, Phrase> {
  const zone = ctx.owner.timezone;
  const deadline = (v: string) => formatDeadline(v, zone, ctx.now);
  return {
    kind: {
      what: "the kind of message",
      shown: (v) => MESSAGE_KIND_WORDS[v as keyof typeof MESSAGE_KIND_WORDS] ?? v,
      recorded: () => null,
    },
    employer: { what: "the employer", shown: oneLine, recorded: (r) => r.name },
    role: { what: "the role", shown: oneLine, recorded: (r) => r.role },
    interviewAt: {
      what: "the interview time",
      shown: (v) => formatInstant(v, zone, ctx.now),
      recorded: (r) => (r.interviewAt ? formatInstant(r.interviewAt, zone, ctx.now) : null),
    },
    respondBy: {
      what: "the deadline",
      shown: deadline,
      recorded: (r) => (r.respondBy ? deadline(r.respondBy) : null),
    },
    expectDecisionBy: {
      what: "the date they promised news by",
      shown: deadline,
      recorded: (r) => (r.expectDecisionBy ? deadline(r.expectDecisionBy) : null),
    },
    contactEmail: { what: "the address for drafts", shown: (v) => v, recorded: (r) => r.contactEmail },
  };
}

/** One plain sentence per unsure fact: what the message said, and what this email goes by meanwhile. */
export function assumptionOf(fact: UnsureFact, ctx: ComposeContext): string {
  const phrase = phrases(ctx)[fact.field];
  const from = `Their message of ${formatInstant(fact.at, ctx.owner.timezone, ctx.now)}`;
  if (fact.field === "kind")
    return `${from} reads like ${phrase.shown(fact.value)}. Until you confirm it with a link below, it counts as a process update.`;
  const recorded = phrase.recorded(ctx.employer);
  const meanwhile =
    recorded && recorded !== phrase.shown(fact.value)
      ? `Until you confirm it with a link below, this email goes by ${recorded}, the one on record.`
      : "Nothing that depends on it is planned until you confirm it with a link below.";
  return `${from} gives ${phrase.what} as ${phrase.shown(fact.value)}. ${meanwhile}`;
}

/** The view with a "Not confirmed yet" section first and the answers first among the controls. */
export function withOpenQuestions(view: EmailView, ctx: ComposeContext): EmailView {
  const facts = ctx.employer.unsure ?? [];
  if (facts.length === 0) return view;
  const questions = facts.flatMap((fact) =>
    ackQuestions({
      extraction: emptyExtraction(),
      employer: { ...ctx.employer, unsure: [fact] },
      timezone: ctx.owner.timezone,
      links: ctx.links,
      messageKey: fact.messageKey,
    }),
  );
  const section: SectionView = { title: "Not confirmed yet", items: facts.map((f) => assumptionOf(f, ctx)) };
  return {
    ...view,
    sections: [section, ...view.sections],
    actions: [...questions.flatMap((q) => q.links), ...view.actions],
  };
}
