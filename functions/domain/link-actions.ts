// The actions a signed link may carry, with the words shown on the link and on its confirmation
// page. One table so emails, pages and the actions use case agree on names.
import { possessive } from "./wording";

/**
 * What the composers need to put a one-click control in an email: the absolute URL of a signed link
 * for `action` (accept, decline, withdraw, prefer, sent, snooze...). The app's LinkSigner port
 * provides it; signing itself is an adapter's business.
 */
export type LinkMaker = (action: string, employerId: string | null, extra?: Record<string, string>) => string;

/** How long a one-click link in a nudge stays valid: long enough to act on an old nudge. */
export const LINK_TTL_DAYS = 30;

export const LINK_ACTIONS = [
  "accept",
  "decline",
  "withdraw",
  "prefer",
  "sent",
  "snooze",
  "stop",
  "not_employer",
  "not_offer",
  "view",
  // Answers to the acknowledgement's questions about unsure facts (asked-facts.ts): "Yes" carries
  // the field and the value the question showed; "Change" opens a date field; "reclassify" says a
  // message is an update, or no job mail ("other").
  "confirm",
  "change",
  "reclassify",
  // Which process a message is about, when its role could not tell (compose/process-choice.ts):
  // the link's employer id is the process; `extra.role` asks for a new process for that role.
  "file",
] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

export function isLinkAction(value: string): value is LinkAction {
  return (LINK_ACTIONS as readonly string[]).includes(value);
}

/** Snooze links carry their length in `extra.days`; only these lengths are offered. */
export const SNOOZE_LINK_DAYS = ["2", "7"] as const;

/** Every action but `view` changes state, so its token is single use. */
export function changesState(action: LinkAction): boolean {
  return action !== "view";
}

function snoozeWords(days: string | undefined): string {
  return days === "7" ? "1 week" : `${days ?? "2"} days`;
}

/** Fields a "Change" link may set, with the words for them. */
export const CHANGEABLE_FIELDS: Record<string, string> = {
  respondBy: "deadline to answer",
  expectDecisionBy: "date they promised news by",
  interviewAt: "interview time",
};

/** The field words used on confirmation pages (and in the CLI's import report). */
export const FIELD_WORDS: Record<string, string> = {
  kind: "kind of message",
  employer: "employer",
  role: "role",
  contactEmail: "contact",
  ...CHANGEABLE_FIELDS,
};

/** The link text in an email. */
export function linkLabel(action: LinkAction, employerName: string | null, extra?: Record<string, string>): string {
  const name = employerName ?? "this employer";
  switch (action) {
    case "confirm":
      return "Yes";
    case "change":
      return "Change";
    case "reclassify":
      return extra?.kind === "other" ? "Not a job mail" : "It is an update";
    case "accept":
      return `Accept ${possessive(name)} offer`;
    case "decline":
      return `Decline ${possessive(name)} offer`;
    case "withdraw":
      return `Withdraw from ${name}`;
    case "prefer":
      return `${name} is my top choice`;
    case "sent":
      // From a your_move email (extra.reply): the owner answered what the employer asked for.
      return extra?.reply ? `I answered ${name}` : `I sent the follow-up to ${name}`;
    case "snooze":
      return `Snooze ${name} for ${snoozeWords(extra?.days)}`;
    case "stop":
      return `Stop nudges about ${name}`;
    case "not_employer":
      return `Not ${name}? Tell me who it is`;
    case "not_offer":
      return `This is not an offer`;
    case "view":
      return "View the original message";
    case "file":
      return extra?.role ? `It is a new role at ${name}: ${extra.role}` : `It is about ${name}`;
  }
}

/**
 * The question on the confirmation page (GET) and the button that POSTs. `describe` shows a value
 * as the owner reads it (dates in their zone).
 */
export function confirmationWords(
  action: LinkAction,
  employerName: string | null,
  extra?: Record<string, string>,
  describe: (field: string, value: string) => string = (_field, value) => value,
): { question: string; button: string } {
  const name = employerName ?? "this employer";
  const field = extra?.field ?? "";
  switch (action) {
    case "confirm":
      return {
        question: `Confirm that the ${FIELD_WORDS[field] ?? field} for ${name} is ${describe(field, extra?.value ?? "")}? jobnudge will then act on it.`,
        button: "Yes, that is right",
      };
    case "change":
      return { question: `What is the ${FIELD_WORDS[field] ?? field} for ${name}?`, button: "Save" };
    case "reclassify":
      return extra?.kind === "other"
        ? {
            question: `Record that the message is not about a job? It leaves ${name}'s history and nothing is planned from it.`,
            button: "Not a job mail",
          }
        : { question: `Record that the message from ${name} is a status update?`, button: "It is an update" };
    case "accept":
      return {
        question: `Record that you accepted ${possessive(name)} offer? jobnudge will then draft withdrawals for your other processes.`,
        button: "Yes, I accepted",
      };
    case "decline":
      return { question: `Record that you decline ${possessive(name)} offer?`, button: "Yes, decline" };
    case "withdraw":
      return { question: `Record that you withdraw from ${possessive(name)} process?`, button: "Yes, withdraw" };
    case "prefer":
      return { question: `Make ${name} your top choice?`, button: "Yes, top choice" };
    case "sent":
      return extra?.reply
        ? {
            question: `Record that you answered ${name}? jobnudge then waits for their news.`,
            button: "Yes, I answered",
          }
        : { question: `Record that you sent ${name} the follow-up?`, button: "Yes, I sent it" };
    case "snooze":
      return { question: `Pause nudges about ${name} for ${snoozeWords(extra?.days)}?`, button: "Snooze" };
    case "stop":
      return {
        question: `Stop all nudges about ${name}? Send "resume ${name}" to start them again.`,
        button: "Stop nudges",
      };
    case "not_employer":
      return { question: `This message is not from ${name}. Who is it from?`, button: "Fix the employer" };
    case "not_offer":
      return { question: `Record that the message about ${name} is not an offer?`, button: "Not an offer" };
    case "view":
      return { question: "Show the original message?", button: "Show" };
    case "file":
      return extra?.role
        ? { question: `File the message under a new process at ${name}: ${extra.role}?`, button: "Yes, a new role" }
        : { question: `File the message under ${name}?`, button: "Yes, file it there" };
  }
}
