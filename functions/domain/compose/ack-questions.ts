// The acknowledgement's questions: one per fact jobnudge read but was not sure enough of to act on
// (held on the employer record, asked-facts.ts), each answered in one tap by signed links: "Is this
// an offer from Globex? Yes / It is an update / Not a job mail", "Deadline Fri 13 Mar, 5:00 PM
// EDT? Yes / Change". Without an employer record there is nothing to confirm against: the question
// is asked in words only.
import type { LinkView } from "../email-view";
import type { AskedField, EmployerRecord } from "../employer";
import { CONFIDENCE_THRESHOLD, type Extraction, FACT_FIELDS } from "../extraction";
import type { LinkMaker } from "../link-actions";
import { formatDeadline, formatInstant } from "../owner-time";
import { MESSAGE_KIND_WORDS, oneLine } from "./plain-words";

export interface AckQuestion {
  field: AskedField;
  /** The question in the "Please check" list. */
  text: string;
  /** Its answers, in the order shown. */
  links: LinkView[];
}

export interface QuestionInput {
  extraction: Extraction;
  employer: EmployerRecord | null;
  timezone: string;
  links: LinkMaker;
  messageKey?: string;
}

const ORDER: readonly AskedField[] = FACT_FIELDS;

/** The unsure facts of this message: as held on the record, else as read (no record to hold them). */
export function askedValues(input: QuestionInput): Map<AskedField, string> {
  const { employer, extraction: x } = input;
  const asked = new Map<AskedField, string>();
  if (employer) {
    for (const fact of employer.unsure ?? []) {
      if (!input.messageKey || fact.messageKey === input.messageKey) asked.set(fact.field, fact.value);
    }
    return asked;
  }
  for (const field of ORDER) {
    const value = field === "kind" ? x.kind : x[field];
    const confidence = x.confidence[field];
    // "Not about a job" already heads the acknowledgement; there is nothing to ask it against.
    if (field === "kind" && value === "other") continue;
    if (value && confidence !== undefined && confidence < CONFIDENCE_THRESHOLD) asked.set(field, value);
  }
  return asked;
}

function questionText(field: AskedField, value: string, name: string, timezone: string): string {
  switch (field) {
    case "kind":
      return `Is this ${MESSAGE_KIND_WORDS[value as Extraction["kind"]] ?? value} from ${name}?`;
    case "employer":
      return `Is this from ${name}?`;
    case "role":
      return `Is the role ${oneLine(value)}?`;
    case "interviewAt":
      return `Interview ${formatInstant(value, timezone)}?`;
    case "respondBy":
      return `Deadline ${formatDeadline(value, timezone)}?`;
    case "expectDecisionBy":
      return `News promised by ${formatDeadline(value, timezone)}?`;
    case "contactEmail":
      return `Should drafts go to ${value}?`;
  }
}

export function ackQuestions(input: QuestionInput): AckQuestion[] {
  const { employer, links, timezone } = input;
  const name = employer?.name ?? input.extraction.employer ?? "this employer";
  const asked = askedValues(input);
  const questions: AckQuestion[] = [];
  for (const field of ORDER) {
    const value = asked.get(field);
    if (value === undefined) continue;
    const text = questionText(field, value, name, timezone);
    const link = (answer: string, action: string, extra?: Record<string, string>): LinkView => ({
      label: `${text.replace(/\?$/, "")}? ${answer}`,
      url: links(action, employer?.id ?? null, extra),
    });
    const answers: LinkView[] = [];
    if (employer) {
      answers.push(link("Yes", "confirm", { field, value }));
      const message = input.messageKey ?? employer.unsure?.find((f) => f.field === field)?.messageKey ?? "";
      if (field === "kind") {
        if (value !== "update") answers.push(link("It is an update", "reclassify", { message, kind: "update" }));
        answers.push(link("Not a job mail", "reclassify", { message, kind: "other" }));
      }
      if (field === "employer") answers.push(link(`Not ${name}? Tell me who it is`, "not_employer"));
      if (field === "interviewAt" || field === "respondBy" || field === "expectDecisionBy")
        answers.push(link("Change", "change", { field }));
    }
    questions.push({
      field,
      text: answers.length > 0 ? `${text} Answer with a link below.` : text,
      links: answers,
    });
  }
  return questions;
}
