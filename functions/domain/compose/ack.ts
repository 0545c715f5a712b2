// The acknowledgement for one forward: what jobnudge understood, what it will do and when, and
// one-click fixes. Facts read with too little confidence are not acted on: they are asked as
// questions, each answered in one tap (ack-questions.ts), and nothing is planned from them until
// the owner answers.
import type { AttachmentView, EmailView, LinkView } from "../email-view";
import type { AskedField, EmployerRecord } from "../employer";
import type { Extraction } from "../extraction";
import { deadlineEvent, interviewEvent } from "../formats/calendar";
import { type LinkAction, type LinkMaker, linkLabel } from "../link-actions";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { formatDeadline, formatInstant } from "../owner-time";
import { deadlineOrNull, instantOrNull } from "../time";
import { OPEN_STAGES } from "../vocabularies";
import { type AckQuestion, ackQuestions, askedValues } from "./ack-questions";
import { describeOfferTerms, MESSAGE_KIND_WORDS, NUDGE_WORDS, oneLine, STAGE_WORDS } from "./plain-words";
import type { ProcessChoice } from "./process-choice";

export interface AckInput {
  extraction: Extraction;
  employer: EmployerRecord | null;
  planned: PlannedNudge[];
  owner: OwnerSettings;
  now: string;
  links: LinkMaker;
  /** Processing key of the message; adds a "view the original" link when given. */
  messageKey?: string;
  /** The message waits for the owner to say which process it is about (process-choice.ts). */
  processChoice?: ProcessChoice;
}

function understoodLines(
  x: Extraction,
  employerName: string | null,
  owner: OwnerSettings,
  asked: Map<AskedField, string>,
  now: string,
  stage?: EmployerRecord["stage"],
): string[] {
  const facts: string[] = [];
  const tz = owner.timezone;
  const name = employerName ?? x.employer;
  const put = (field: AskedField, fact: string) => {
    if (!asked.has(field)) facts.push(fact);
  };
  put("kind", `Kind: ${MESSAGE_KIND_WORDS[x.kind]}`);
  if (name) put("employer", `Employer: ${name}`);
  if (x.role) put("role", `Role: ${oneLine(x.role)}`);
  if (x.interviewAt) {
    const when = formatInstant(x.interviewAt, tz, now) + (x.interviewMinutes ? ` (${x.interviewMinutes} min)` : "");
    put("interviewAt", `Interview: ${when}${startedBy(x.interviewAt, now) ? " (already in the past)" : ""}`);
  }
  if (x.respondBy)
    put(
      "respondBy",
      `Answer due by: ${formatDeadline(x.respondBy, tz, now)}${over(x.respondBy, tz, now) ? " (already passed)" : ""}`,
    );
  if (x.expectDecisionBy)
    put(
      "expectDecisionBy",
      `They promised news by: ${formatDeadline(x.expectDecisionBy, tz, now)}${over(x.expectDecisionBy, tz, now) ? " (already passed)" : ""}`,
    );
  if (x.contactEmail) {
    const who = x.contactName ? `${oneLine(x.contactName, 60)} <${x.contactEmail}>` : x.contactEmail;
    put("contactEmail", `Contact: ${who}`);
  }
  // An offer already answered (a signed letter for an accepted offer) waits on nothing more.
  const answered = x.ownerMove === "answer the offer" && (stage === "accepted" || stage === "declined");
  if (x.ownerMove && !answered) facts.push(`They wait on you to: ${oneLine(x.ownerMove, 80)}`);
  if (x.interviewers.length > 0) facts.push(`Interviewers: ${x.interviewers.map((i) => oneLine(i, 60)).join(", ")}`);
  if (x.offerTerms) {
    const terms = describeOfferTerms(x.offerTerms);
    if (terms) facts.push(`Offer terms: ${terms}`);
  }
  if (x.offerLetterAttached) facts.push("An offer letter is attached.");
  if (x.asksToTalk) facts.push("They would like to talk.");
  if (x.ownerNote) facts.push(`Your note: ${oneLine(x.ownerNote, 200)}`);
  return facts;
}

/** The stated date is already over when the forward arrives (PLAYBOOK §3: no reminder for it). */
function over(value: string, zone: string, now: string): boolean {
  return (deadlineOrNull(value, zone)?.endsAt ?? Number.POSITIVE_INFINITY) <= Date.parse(now);
}

function startedBy(value: string, now: string): boolean {
  return (instantOrNull(value) ?? Number.POSITIVE_INFINITY) <= Date.parse(now);
}

/** What the forward's past dates mean: said plainly, so a silent plan is not mistaken for a missed one. */
function pastDateLines(x: Extraction, asked: Map<AskedField, string>, owner: OwnerSettings, now: string): string[] {
  const lines: string[] = [];
  const tz = owner.timezone;
  const name = x.employer ?? "them";
  if (x.interviewAt && !asked.has("interviewAt") && startedBy(x.interviewAt, now)) {
    lines.push(
      `The interview time (${formatInstant(x.interviewAt, tz, now)}) is already in the past: no preparation reminder for it.`,
    );
  }
  if (x.respondBy && !asked.has("respondBy") && over(x.respondBy, tz, now)) {
    lines.push(
      `The answer deadline (${formatDeadline(x.respondBy, tz, now)}) has already passed: no reminders for it. If they gave you more time, send "deadline ${name} <new date>"; if you answered, "accept ${name}" or "decline ${name}".`,
    );
  }
  if (x.expectDecisionBy && !asked.has("expectDecisionBy") && over(x.expectDecisionBy, tz, now)) {
    lines.push(`The date they promised news by (${formatDeadline(x.expectDecisionBy, tz, now)}) has already passed.`);
  }
  return lines;
}

function planLines(
  employer: EmployerRecord | null,
  planned: PlannedNudge[],
  owner: OwnerSettings,
  now: string,
): string[] {
  if (!employer) return ["Nothing: I could not tell which employer this is about."];
  const mine = planned.filter((n) => n.employerId === employer.id).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const lines = mine.map((n) => {
    const when = Date.parse(n.dueAt) <= Date.parse(now) ? "Now" : formatInstant(n.dueAt, owner.timezone, now);
    return `${when}: ${NUDGE_WORDS[n.kind]}${n.drafts.length > 0 ? " with drafts" : ""}`;
  });
  if (!OPEN_STAGES.includes(employer.stage))
    lines.push(`The process is ${STAGE_WORDS[employer.stage]}: nothing more is planned for ${employer.name}.`);
  else if (employer.stopped)
    lines.push(`Nudges about ${employer.name} are stopped; send "resume ${employer.name}" to restart them.`);
  else if (employer.snoozedUntil && Date.parse(employer.snoozedUntil) > Date.parse(now)) {
    lines.push(
      `Nudges about ${employer.name} are snoozed until ${formatInstant(employer.snoozedUntil, owner.timezone, now)}.`,
    );
  }
  if (lines.length > 0) return lines;
  // Follow-ups are for an open process waiting on the employer (PLAYBOOK §2): promising one while
  // they wait on the owner, or on an offer, would be a promise nothing keeps.
  if (employer.ownerMove)
    lines.push(`Nothing planned for ${employer.name}: they wait on you to ${employer.ownerMove.move}.`);
  else if (employer.stage === "offer")
    lines.push(`Nothing planned for ${employer.name}: the offer waits on your answer.`);
  else lines.push(`Nothing planned for ${employer.name} yet; I will nudge you if they go quiet.`);
  return lines;
}

function fixLinks(input: AckInput, questions: AckQuestion[]): LinkView[] {
  const { extraction: x, employer, links } = input;
  // The answers to the questions come first: they are what the owner is asked to do.
  const actions: LinkView[] = [...(input.processChoice?.links ?? []), ...questions.flatMap((q) => q.links)];
  const askedEmployer = questions.some((q) => q.field === "employer" && q.links.length > 0);
  const add = (action: LinkAction, extra?: Record<string, string>) => {
    actions.push({
      label: linkLabel(action, employer?.name ?? null, extra),
      url: links(action, employer?.id ?? null, extra),
    });
  };
  if (employer) {
    if (!askedEmployer) add("not_employer");
    if (x.kind === "offer" || employer.stage === "offer") {
      if (x.kind === "offer") add("not_offer");
      if (employer.stage === "offer") {
        add("accept");
        add("decline");
      }
    }
    if (OPEN_STAGES.includes(employer.stage) && employer.rank !== 1) add("prefer");
    if (employer.stage === "in_process" && x.kind !== "outgoing") add("withdraw");
  }
  if (input.messageKey) add("view", { message: input.messageKey });
  return actions;
}

function subjectFor(
  x: Extraction,
  name: string | null,
  owner: OwnerSettings,
  asked: Map<AskedField, string>,
  now: string,
): string {
  if (!name || x.kind === "other") return "Got it, but I could not tell what this is";
  const who = asked.has("employer") ? `${name}?` : name;
  if (asked.has("kind")) return `Got it: ${who}, ${MESSAGE_KIND_WORDS[x.kind].replace(/^an? /, "")}? Please check`;
  switch (x.kind) {
    case "offer":
      if (!x.respondBy || asked.has("respondBy")) return `Got it: ${who}, offer`;
      return over(x.respondBy, owner.timezone, now)
        ? `Got it: ${who}, offer, the answer was due ${formatDeadline(x.respondBy, owner.timezone, now)} (passed)`
        : `Got it: ${who}, offer, answer by ${formatDeadline(x.respondBy, owner.timezone, now)}`;
    case "interview_invite":
    case "interview_scheduled":
      if (!x.interviewAt || asked.has("interviewAt")) return `Got it: ${who}, interview`;
      return `Got it: ${who}, interview ${formatInstant(x.interviewAt, owner.timezone, now)}${startedBy(x.interviewAt, now) ? " (past)" : ""}`;
    case "rejection":
      return `Got it: ${who}, rejection`;
    case "outgoing":
      return `Got it: your message to ${who}`;
    default:
      return `Got it: ${who}, update`;
  }
}

/** Calendar files for the facts this forward set: the interview time and the offer deadline. */
function calendarFiles(input: AckInput, asked: Map<AskedField, string>): AttachmentView[] {
  const { extraction: x, employer, owner, now } = input;
  if (!employer) return [];
  const files: (AttachmentView | null)[] = [];
  if (x.interviewAt && !asked.has("interviewAt") && employer.interviewAt) {
    files.push(
      interviewEvent({
        employerId: employer.id,
        employerName: employer.name,
        role: employer.role,
        start: employer.interviewAt,
        minutes: employer.interviewMinutes,
        interviewers: employer.interviewers,
        owner,
        now,
      }),
    );
  }
  if (x.respondBy && !asked.has("respondBy") && employer.respondBy) {
    files.push(
      deadlineEvent({
        employerId: employer.id,
        employerName: employer.name,
        respondBy: employer.respondBy,
        owner,
        now,
      }),
    );
  }
  return files.filter((f): f is AttachmentView => f !== null);
}

export function composeAck(input: AckInput): EmailView {
  const { extraction: x, employer, owner, now } = input;
  const name = employer?.name ?? x.employer;
  const questionInput = {
    extraction: x,
    employer,
    timezone: owner.timezone,
    links: input.links,
    ...(input.messageKey ? { messageKey: input.messageKey } : {}),
  };
  const asked = askedValues(questionInput);
  const questions = ackQuestions(questionInput);
  const facts = understoodLines(x, employer?.name ?? null, owner, asked, now, employer?.stage);
  const subject = oneLine(subjectFor(x, name, owner, asked, now), 150);
  const sections = [{ title: "What I understood", items: facts }];
  const checks = [...(input.processChoice ? [input.processChoice.text] : []), ...questions.map((q) => q.text)];
  if (checks.length > 0) sections.push({ title: "Please check", items: checks });
  const plan = input.processChoice
    ? ["Nothing yet: I file the message and plan from it once you say which process it is about."]
    : [...pastDateLines(x, asked, owner, now), ...planLines(employer, input.planned, owner, now)];
  if (questions.length > 0) plan.push("Nothing that depends on an unchecked fact is planned until you answer.");
  sections.push({ title: "What I will do", items: plan });
  // An answer deadline matters while the offer is open; a declined or closed process has none left.
  const open = !employer || employer.stage === "offer" || employer.stage === "in_process";
  const stated = x.respondBy && !asked.has("respondBy") ? x.respondBy : null;
  const deadline = open ? (employer?.respondBy ?? stated) : null;
  return {
    kind: "ack",
    subject,
    preheader: checks.length > 0 ? `${checks.length} thing(s) to check` : "Nothing to do unless something is wrong.",
    headline: subject,
    happened: x.subject ? `You forwarded "${oneLine(x.subject)}".` : "You forwarded a message.",
    whyNow: "Every forward gets an acknowledgement so you can fix a misreading at once.",
    deadline: deadline
      ? `${formatDeadline(deadline, owner.timezone, now)}${over(deadline, owner.timezone, now) ? " (passed)" : ""}`
      : null,
    sections,
    tables: [],
    drafts: [],
    actions: fixLinks(input, questions),
    attachments: calendarFiles(input, asked),
  };
}
