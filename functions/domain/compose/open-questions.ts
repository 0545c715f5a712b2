// A nudge about an employer that still has facts waiting for the owner's answer (asked-facts.ts)
// says plainly what it goes by meanwhile, and carries the same one-tap answers as the
// acknowledgement, so the owner can settle the fact from whichever email is in front of them.
// ("Their message of Thu 9 Apr gives the deadline as Mon 20 Apr, 5:00 PM EDT. Until you confirm it
// with a link below, this email goes by Tue 14 Apr, 5:00 PM EDT, the one on record.") The weekly
// digest lists the same questions for every employer.
import type { EmailView, LinkView, SectionView } from "../email-view";
import type { AskedField, EmployerRecord, UnsureFact } from "../employer";
import { emptyExtraction } from "../extraction";
import type { LinkMaker } from "../link-actions";
import type { OwnerSettings } from "../owner";
import { formatDeadline, formatInstant } from "../owner-time";
import { ackQuestions } from "./ack-questions";
import type { ComposeContext } from "./frame";
import { MESSAGE_KIND_WORDS, oneLine } from "./plain-words";

type Phrase = { what: string; shown: (value: string) => string; recorded: (r: EmployerRecord) => string | null };

/** What the questions need to know: the employer, the owner's zone, now and the link signer. */
type QuestionContext = Pick<ComposeContext, "employer" | "now" | "links"> & { owner: Pick<OwnerSettings, "timezone"> };

function phrases(ctx: QuestionContext): Record<AskedField, Phrase> {
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
export function assumptionOf(fact: UnsureFact, ctx: QuestionContext): string {
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

/** The employer's unsure facts, each said plainly, and their one-tap answers. */
export function openQuestions(ctx: QuestionContext): { items: string[]; links: LinkView[] } {
  const facts = ctx.employer.unsure ?? [];
  const links = facts.flatMap((fact) =>
    ackQuestions({
      extraction: emptyExtraction(),
      employer: { ...ctx.employer, unsure: [fact] },
      timezone: ctx.owner.timezone,
      links: ctx.links,
      messageKey: fact.messageKey,
    }).flatMap((q) => q.links),
  );
  return { items: facts.map((f) => assumptionOf(f, ctx)), links };
}

/** The view with a "Not confirmed yet" section first and the answers first among the controls. */
export function withOpenQuestions(view: EmailView, ctx: ComposeContext): EmailView {
  const { items, links } = openQuestions(ctx);
  if (items.length === 0) return view;
  const section: SectionView = { title: "Not confirmed yet", items };
  return { ...view, sections: [section, ...view.sections], actions: [...links, ...view.actions] };
}

/** The digest's list: every employer's open questions, named, with their answers. */
export function digestOpenQuestions(
  employers: EmployerRecord[],
  owner: Pick<OwnerSettings, "timezone">,
  now: string,
  links: LinkMaker,
): { section: SectionView | null; links: LinkView[] } {
  const items: string[] = [];
  const answers: LinkView[] = [];
  for (const employer of employers) {
    const open = openQuestions({ employer, owner, now, links });
    items.push(...open.items.map((item) => `${employer.name}: ${item}`));
    answers.push(...open.links);
  }
  return { section: items.length > 0 ? { title: "Waiting for your answer", items } : null, links: answers };
}
