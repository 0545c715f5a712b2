// PLAYBOOK §1b email: the employer waits on the owner. What they asked for and when, the short reply
// when one fits, and that jobnudge sends no follow-up to them meanwhile.
import { askedDays } from "../drafts";
import type { EmailView } from "../email-view";
import type { AskedWindow } from "../employer";
import { formatCalendarDate } from "../owner-time";
import { localDateOf, parseInstant } from "../time";
import { type ComposeContext, dayOf, draftsFor, emptyView, standardControls } from "./frame";

/** The owner's move in the words of a to-do ("send your availability"). */
const MOVE_WORDS: Record<string, string> = {
  "send availability": "send your availability",
  "pick a slot": "pick a time slot",
  "send references": "send your references",
  "send documents": "send the documents they asked for",
  "complete the assessment": "complete the assessment",
  "fill in a form": "fill in their form",
  "confirm the time": "confirm the interview time",
  "answer a question": "answer their question",
};

const HOW: Record<string, string[]> = {
  "send availability": [
    "Offer three half-day windows over the next few business days, with your time zone; change the ones in the draft to fit your calendar.",
  ],
  "pick a slot": ["Book a time through their scheduling link first, then send the short note so they know it is done."],
  "send references": ["Ask each referee first, and tell them what the role is about; fill in the list in the draft."],
  "confirm the time": ["A one-line confirmation is enough; mention it if the time does not work."],
};

function moveWords(move: string): string {
  return MOVE_WORDS[move] ?? move;
}

export function yourMove(ctx: ComposeContext): EmailView {
  const r = ctx.employer;
  const move = r.ownerMove?.move ?? /waits on you: (.+)$/.exec(ctx.nudge.reason)?.[1] ?? "answer them";
  const asked = dayOf(r.ownerMove?.at ?? r.lastContactAt, ctx.owner, ctx.now);
  const todo = moveWords(move);
  // The window they named, while a day of it is ahead (the draft offers times in it).
  const window = windowAhead(r.ownerMove?.window, ctx);
  return {
    ...emptyView(ctx),
    deadline: null,
    subject: `${ctx.label} is waiting on you: ${todo}`,
    preheader: `Nothing moves until you answer ${r.name}.`,
    headline: `Your move: ${todo}`,
    happened: `${r.name} asked you to ${todo}${asked ? ` (their mail of ${asked})` : ""}${r.role ? `, for the ${r.role} role` : ""}.`,
    whyNow:
      "The next step is yours: until you answer, nothing moves. A reply within a day shows interest. jobnudge sends you no follow-up to them meanwhile.",
    sections: [
      {
        title: "How",
        items: [
          ...(move === "send availability" && window
            ? [
                `They asked for times in a window ("${window.text}": ${window.days.join(", ")}): the draft offers half-day windows in it, with your time zone; change them to fit your calendar.`,
              ]
            : move === "send availability" && r.ownerMove?.week === "next"
              ? [
                  "They asked about next week: offer three half-day windows in it, with your time zone; change the ones in the draft to fit your calendar.",
                ]
              : (HOW[move] ?? ["Do what they asked, then reply in a line or two so they know it is done."])),
          'Once you have answered, press "I answered them" (or BCC the inbox on your reply): jobnudge then waits for their news and follows up if they go quiet.',
        ],
      },
    ],
    drafts: ctx.nudge.drafts.map((kind) => draftsFor(ctx, kind, r)),
    actions: [{ label: "I answered them", url: ctx.links("sent", r.id, { reply: "1" }) }, ...standardControls(ctx)],
  };
}

/** The asked window with its days still ahead, as the owner reads them ("Tue 14 Apr"); null when none is. */
function windowAhead(window: AskedWindow | undefined, ctx: ComposeContext): { text: string; days: string[] } | null {
  const today = localDateOf(parseInstant(ctx.now), ctx.owner.timezone);
  const days = askedDays(window, today).map((d) => formatCalendarDate(d, ctx.owner.timezone, ctx.now));
  return window && days.length > 0 ? { text: window.text, days } : null;
}
