// The thank-you after an interview (PLAYBOOK §1): one note per interviewer. A panel compares notes,
// so the notes to its members differ in more than the name: each person's place in the list picks
// its own opening, first-six-months line, closing and sign-off, and the process contact who also
// interviewed (the person who arranged the day) is thanked for that too, with the others named.
// What was said in the room stays the one blank: jobnudge cannot know it; every other fact (name,
// role, company, date) is spelt out.
import { joinNames } from "../wording";
import { type DraftContext, draftView, greeting, letterDayOf, personName, signOff, theRole } from "./context";

/** The one blank a thank-you keeps: the owner alone knows what was discussed. */
export const TOPIC_BLANK = "[one thing you discussed: fill in before sending]";

/** What one note says about the person it thanks, beyond their name. */
interface NoteFacts {
  /** "on Tuesday 10 March", or "" without a known date. */
  on: string;
  /** "the Platform Engineer role at Acme Robotics". */
  job: string;
  /** "as Platform Engineer" or "in the role". */
  as: string;
}

interface Wording {
  opening: (f: NoteFacts) => string;
  plan: (f: NoteFacts) => string;
  closing: string;
  signOff: string;
}

// One wording per place in the list of interviewers (at most four notes are planned, see
// playbook/interview.ts MAX_THANK_YOU_DRAFTS): no two notes of a panel share a sentence.
const WORDINGS: Wording[] = [
  {
    opening: (f) =>
      `Thank you for taking the time to talk with me${f.on} about ${f.job}. I especially enjoyed our discussion of ${TOPIC_BLANK}.`,
    plan: (f) =>
      `It confirmed my interest. In my first six months ${f.as} I would aim to learn the team's priorities quickly and deliver a first result you can measure.`,
    closing: "If anything else would help your decision, I am glad to send it. I look forward to the next steps.",
    signOff: "Best regards,",
  },
  {
    opening: (f) =>
      `I appreciated our conversation${f.on}, and in particular what you shared about ${TOPIC_BLANK}. It gave me a clearer picture of ${f.job}.`,
    plan: (f) =>
      `I came away even keener. Over my first six months ${f.as} I would want to earn the team's trust early, take ownership of a piece of work that matters to you, and see it through.`,
    closing: "Please reach out if I can add anything to what we covered. I hope to speak with you again soon.",
    signOff: "Kind regards,",
  },
  {
    opening: (f) =>
      `Thanks again for meeting with me${f.on}. Your perspective on ${TOPIC_BLANK} has stayed with me, and it made ${f.job} feel even more like the right next step.`,
    plan: (f) =>
      `My goal for the first six months ${f.as} would be to get to know the people and the systems well, then take real work off the team's plate with results you can see.`,
    closing: "Thank you for your openness during our conversation. I hope we get to work together.",
    signOff: "With thanks,",
  },
  {
    opening: (f) =>
      `It was a pleasure to speak with you${f.on} about ${f.job}. Our exchange about ${TOPIC_BLANK} was one of the most useful parts of the interview for me.`,
    plan: (f) =>
      `In the first six months ${f.as} I would focus on understanding what success looks like for your team and delivering on it early.`,
    closing:
      "If a question comes up after our talk, I would be happy to answer it. I look forward to hearing about the next steps.",
    signOff: "Warm regards,",
  },
];

/**
 * A thank-you to one interviewer (PLAYBOOK §1). Sent to their address when jobnudge has it (the
 * process contact was the interviewer); otherwise through the process contact, with one line asking
 * them to pass it on; and when no address is known at all, the "To:" line says whom to send it to.
 */
export function thankYou(ctx: DraftContext) {
  const r = ctx.employer;
  const person = ctx.recipient ?? r.contactName;
  const direct = !ctx.recipient || sameName(ctx.recipient, r.contactName);
  const note = [greeting(person, r.name), ...noteFor(ctx, person)];
  const subject = `Thank you: ${r.role ?? "our conversation"}`;
  if (person && !direct && r.contactEmail) {
    return draftView(
      "thank_you",
      `Thank-you to ${person}, through ${personName(r.contactName, r.name) ?? r.contactEmail}`,
      r.contactEmail,
      `${subject} (a note for ${person})`,
      [
        greeting(r.contactName, r.name),
        `Could you pass the note below on to ${person}? I do not have an email address for ${firstName(person)}. Thank you!`,
        ...note,
      ],
    );
  }
  const to = direct ? r.contactEmail : null;
  const view = draftView("thank_you", `Thank-you to ${person ?? r.name}`, to, subject, note);
  if (to === null) {
    view.toNote = `${person ?? `your interviewer at ${r.name}`} (jobnudge has no address: use the one from the invitation, or ask ${r.name} to pass it on)`;
  }
  return view;
}

/** The paragraphs after the greeting: opening, first-six-months line, closing, sign-off. */
function noteFor(ctx: DraftContext, person: string | null): string[] {
  const r = ctx.employer;
  const when = letterDayOf(r.interviewAt, ctx);
  const facts: NoteFacts = {
    on: when ? ` on ${when}` : "",
    job: `${theRole(r)} at ${r.name}`,
    as: r.role ? `as ${r.role}` : "in the role",
  };
  const others = person ? r.interviewers.filter((name) => !sameName(name, person)) : [];
  // The process contact who also sat on a panel arranged the day: thanked for that, the others named.
  if (person && others.length > 0 && sameName(person, r.contactName)) return organiserNote(ctx, facts, others);
  const place = person ? r.interviewers.findIndex((name) => sameName(name, person)) : -1;
  const wording = WORDINGS[Math.max(place, 0) % WORDINGS.length] ?? WORDINGS[0];
  if (!wording) return [];
  return [wording.opening(facts), wording.plan(facts), wording.closing, signOff(ctx.owner, wording.signOff)];
}

function organiserNote(ctx: DraftContext, f: NoteFacts, others: string[]): string[] {
  return [
    `Thank you for arranging my interviews${f.on} with ${joinNames(others)}, and for the time you spent with me yourself. What you said about ${TOPIC_BLANK} helped me see how ${f.job} fits the wider team.`,
    `Everything I heard strengthened my interest. In my first six months ${f.as} I would make it a priority to build good working relationships across the people I met and to deliver something concrete early.`,
    "Thank you as well for keeping the process so well organised. Please let me know if you need anything further from me.",
    signOff(ctx.owner, "All the best,"),
  ];
}

function sameName(a: string, b: string | null): boolean {
  return b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
