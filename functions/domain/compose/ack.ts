// The acknowledgement for one forward: what jobnudge understood, what it will do and when, and
// one-click fixes. Facts extracted with low confidence are asked as questions with the command that
// would set them, because jobnudge does not act on them silently.
import type { AttachmentView, EmailView, LinkView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { CONFIDENCE_THRESHOLD, type Extraction, type FieldConfidence } from "../extraction";
import { deadlineEvent, interviewEvent } from "../formats/calendar";
import { type LinkAction, type LinkMaker, linkLabel } from "../link-actions";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { formatDeadline, formatInstant } from "../owner-time";
import { OPEN_STAGES } from "../vocabularies";
import { describeOfferTerms, MESSAGE_KIND_WORDS, NUDGE_WORDS, oneLine, STAGE_WORDS } from "./plain-words";

export interface AckInput {
  extraction: Extraction;
  employer: EmployerRecord | null;
  planned: PlannedNudge[];
  owner: OwnerSettings;
  now: string;
  links: LinkMaker;
  /** Processing key of the message; adds a "view the original" link when given. */
  messageKey?: string;
}

function unsure(confidence: FieldConfidence, field: keyof FieldConfidence): boolean {
  const value = confidence[field];
  return value !== undefined && value < CONFIDENCE_THRESHOLD;
}

function understoodLines(
  x: Extraction,
  employerName: string | null,
  owner: OwnerSettings,
  now: string,
): { facts: string[]; questions: string[] } {
  const facts: string[] = [];
  const questions: string[] = [];
  const tz = owner.timezone;
  const name = employerName ?? x.employer;
  const target = name ?? "EMPLOYER";
  const put = (field: keyof FieldConfidence, fact: string, question: string) => {
    if (unsure(x.confidence, field)) questions.push(question);
    else facts.push(fact);
  };
  put(
    "kind",
    `Kind: ${MESSAGE_KIND_WORDS[x.kind]}`,
    `Is this ${MESSAGE_KIND_WORDS[x.kind]}? If not, use a fix link below.`,
  );
  if (name) put("employer", `Employer: ${name}`, `Is this from ${name}? If not, use "Not ${name}?" below.`);
  if (x.role) put("role", `Role: ${oneLine(x.role)}`, `Is the role ${oneLine(x.role)}?`);
  if (x.interviewAt) {
    const when = formatInstant(x.interviewAt, tz, now) + (x.interviewMinutes ? ` (${x.interviewMinutes} min)` : "");
    put(
      "interviewAt",
      `Interview: ${when}`,
      `Is the interview on ${when}? I have not planned around it; forward the invitation that states the time.`,
    );
  }
  if (x.respondBy) {
    const when = formatDeadline(x.respondBy, tz, now);
    put(
      "respondBy",
      `Answer due by: ${when}`,
      `Is your answer due by ${when}? If so, send the command "deadline ${target} ${x.respondBy.slice(0, 10)}".`,
    );
  }
  if (x.expectDecisionBy) {
    const when = formatDeadline(x.expectDecisionBy, tz, now);
    put(
      "expectDecisionBy",
      `They promised news by: ${when}`,
      `Did they promise news by ${when}? If so, send "expect ${target} ${x.expectDecisionBy.slice(0, 10)}".`,
    );
  }
  if (x.contactEmail) {
    const who = x.contactName ? `${oneLine(x.contactName, 60)} <${x.contactEmail}>` : x.contactEmail;
    put("contactEmail", `Contact: ${who}`, `Should drafts go to ${who}?`);
  }
  if (x.interviewers.length > 0) facts.push(`Interviewers: ${x.interviewers.map((i) => oneLine(i, 60)).join(", ")}`);
  if (x.offerTerms) {
    const terms = describeOfferTerms(x.offerTerms);
    if (terms) facts.push(`Offer terms: ${terms}`);
  }
  if (x.offerLetterAttached) facts.push("An offer letter is attached.");
  if (x.asksToTalk) facts.push("They would like to talk.");
  if (x.ownerNote) facts.push(`Your note: ${oneLine(x.ownerNote, 200)}`);
  return { facts, questions };
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
  if (lines.length === 0) lines.push(`Nothing planned for ${employer.name} yet; I will nudge you if they go quiet.`);
  return lines;
}

function fixLinks(input: AckInput): LinkView[] {
  const { extraction: x, employer, links } = input;
  const actions: LinkView[] = [];
  const add = (action: LinkAction, extra?: Record<string, string>) => {
    actions.push({
      label: linkLabel(action, employer?.name ?? null, extra),
      url: links(action, employer?.id ?? null, extra),
    });
  };
  if (employer) {
    add("not_employer");
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

function subjectFor(x: Extraction, name: string | null, owner: OwnerSettings, now: string): string {
  if (!name || x.kind === "other") return "Got it, but I could not tell what this is";
  const who = unsure(x.confidence, "employer") ? `${name}?` : name;
  switch (x.kind) {
    case "offer":
      return x.respondBy && !unsure(x.confidence, "respondBy")
        ? `Got it: ${who}, offer, answer by ${formatDeadline(x.respondBy, owner.timezone, now)}`
        : `Got it: ${who}, offer`;
    case "interview_invite":
    case "interview_scheduled":
      return x.interviewAt && !unsure(x.confidence, "interviewAt")
        ? `Got it: ${who}, interview ${formatInstant(x.interviewAt, owner.timezone, now)}`
        : `Got it: ${who}, interview`;
    case "rejection":
      return `Got it: ${who}, rejection`;
    case "outgoing":
      return `Got it: your message to ${who}`;
    default:
      return `Got it: ${who}, update`;
  }
}

/** Calendar files for the facts this forward set: the interview time and the offer deadline. */
function calendarFiles(input: AckInput): AttachmentView[] {
  const { extraction: x, employer, owner, now } = input;
  if (!employer) return [];
  const files: (AttachmentView | null)[] = [];
  if (x.interviewAt && !unsure(x.confidence, "interviewAt") && employer.interviewAt) {
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
  if (x.respondBy && !unsure(x.confidence, "respondBy") && employer.respondBy) {
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
  const { facts, questions } = understoodLines(x, employer?.name ?? null, owner, now);
  const subject = oneLine(subjectFor(x, name, owner, now), 150);
  const sections = [{ title: "What I understood", items: facts }];
  if (questions.length > 0) sections.push({ title: "Please check", items: questions });
  sections.push({ title: "What I will do", items: planLines(employer, input.planned, owner, now) });
  // An answer deadline matters while the offer is open; a declined or closed process has none left.
  const open = !employer || employer.stage === "offer" || employer.stage === "in_process";
  const stated = x.respondBy && !unsure(x.confidence, "respondBy") ? x.respondBy : null;
  const deadline = open ? (employer?.respondBy ?? stated) : null;
  return {
    kind: "ack",
    subject,
    preheader:
      questions.length > 0 ? `${questions.length} thing(s) to check` : "Nothing to do unless something is wrong.",
    headline: subject,
    happened: x.subject ? `You forwarded "${oneLine(x.subject)}".` : "You forwarded a message.",
    whyNow: "Every forward gets an acknowledgement so you can fix a misreading at once.",
    deadline: deadline ? formatDeadline(deadline, owner.timezone, now) : null,
    sections,
    tables: [],
    drafts: [],
    actions: fixLinks(input),
    attachments: calendarFiles(input),
  };
}
