// PLAYBOOK §1 emails: interview prep and the thank-you after it.
import { personName } from "../drafts";
import type { EmailView } from "../email-view";
import { instantOrNull, localDateOf, parseInstant, sameCivilDate } from "../time";
import { joinNames, possessive } from "../wording";
import { type ComposeContext, draftsFor, emptyView, momentOf, standardControls } from "./frame";

export function interviewPrep(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const when = momentOf(r.interviewAt, ctx.owner, ctx.now) ?? "soon";
  const who = r.interviewers.length > 0 ? ` with ${joinNames(r.interviewers)}` : "";
  // Learned on the day itself (PLAYBOOK §1 "at once if learned later"): there is no evening left.
  const sameDay = isOnLocalDayOf(r.interviewAt, ctx.now, ctx.owner.timezone);
  return {
    ...emptyView(ctx),
    subject: `${ctx.label} interview ${when}: prepare ${sameDay ? "before it starts" : "tonight"}`,
    preheader: `Research, your stories and your questions for ${r.name}.`,
    headline: `Get ready for ${ctx.label}`,
    happened: `Your interview${r.role ? ` for ${r.role}` : ""} at ${r.name} is on ${when}${who}.`,
    whyNow: sameDay
      ? "The interview is today: an hour of focused preparation is the best use of the time left."
      : "An evening of preparation is the best use of the time left before the interview.",
    sections: [
      {
        title: "Research the company",
        items: [
          `Read ${possessive(r.name)} website: products, mission and values.`,
          "Look up recent news and the company's social media.",
          "Look up your interviewers' professional profiles.",
        ],
      },
      {
        title: "Match yourself to the job",
        items: [
          "Reread the job description; list the strengths it asks for that you have, with one example each.",
          "Note the gaps and how you are closing them.",
        ],
      },
      {
        title: "Prepare your answers",
        items: [
          "A one-minute pitch: who you are, what you do well, why this role.",
          "Three behavioural stories: situation, what you did, the result.",
          "Your own questions about the team, the work and how success is measured.",
        ],
      },
      {
        title: "Logistics",
        items: [
          "Plan what to wear and what to bring (copies of your CV, notes, a pen).",
          "Check the route or the video link.",
        ],
      },
      {
        title: "Ask at the end",
        items: [
          "Where are you in the process, and what are the next steps?",
          "What is the timeline for a decision?",
          "How many candidates are you considering?",
          "How do I compare to your ideal candidate?",
        ],
      },
    ],
    actions: standardControls(ctx),
  };
}

export function thankYou(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const when = momentOf(r.interviewAt, ctx.owner, ctx.now);
  const drafts = ctx.nudge.drafts.map((kind, i) => draftsFor(ctx, kind, r, { recipient: r.interviewers[i] ?? null }));
  // Interviewers whose address jobnudge lacks: their notes go through the process contact.
  const through = ctx.nudge.drafts
    .map((_, i) => r.interviewers[i])
    .filter((name): name is string => Boolean(name) && name?.toLowerCase() !== r.contactName?.toLowerCase());
  const routing =
    through.length === 0
      ? []
      : r.contactEmail
        ? [
            `jobnudge has no address for ${joinNames(through)}: ${through.length > 1 ? "each note goes" : "the note goes"} to ${personName(r.contactName, r.name) ?? r.contactEmail}, asking to pass it on. If you have ${through.length > 1 ? "their addresses" : "the address"}, send ${through.length > 1 ? "each note" : "it"} directly and leave out the lines addressed to ${personName(r.contactName, r.name) ?? "them"}.`,
          ]
        : [`jobnudge has no address for ${joinNames(through)}: use the one from the invitation.`];
  return {
    ...emptyView(ctx),
    subject: `${ctx.label}: send your thank-you today`,
    preheader: "A short, personal note while the conversation is fresh.",
    headline: `Thank ${r.interviewers.length > 1 ? "your interviewers" : "your interviewer"} at ${ctx.label}`,
    happened: `Your interview${r.role ? ` for ${r.role}` : ""} at ${r.name}${when ? ` (${when})` : ""} is over.`,
    // An evening interview is thanked the next morning: the email says so instead of "the same day".
    whyNow:
      isOnLocalDayOf(r.interviewAt, ctx.now, ctx.owner.timezone) || !r.interviewAt
        ? "A thank-you sent the same day is remembered; a week later it is noise."
        : "The interview ended late yesterday: a note first thing this morning is still prompt; a week later it is noise.",
    sections: [
      {
        title: "Make it yours",
        items: [
          "Fill in the one blank in each note: a concrete thing you discussed with that person (jobnudge cannot know it).",
          "Make the first-six-months sentence yours if you can say more precisely what you would deliver.",
          "Keep it to a few lines; send one note per interviewer.",
          ...routing,
        ],
      },
    ],
    drafts,
    actions: standardControls(ctx),
  };
}

/** True when the interview falls on the owner-local calendar day of `now`. */
function isOnLocalDayOf(interviewAt: string | null, now: string, zone: string): boolean {
  const start = instantOrNull(interviewAt);
  if (start === null) return false;
  return sameCivilDate(localDateOf(start, zone), localDateOf(parseInstant(now), zone));
}
