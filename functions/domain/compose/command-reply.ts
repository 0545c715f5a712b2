// The reply to every owner command: done (and what comes next), refused by the state machine, or
// not understood (what was understood and the choices). `status`, `help` and `export` answer with
// content of their own.

import {
  COMMAND_SYNTAX,
  COMMAND_VERBS,
  type CommandVerb,
  type InvalidCommand,
  type ParsedCommand,
} from "../commands/syntax";
import type { AttachmentView, EmailView, SectionView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { exportAttachments } from "../formats/export";
import type { LinkMaker } from "../link-actions";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { formatDeadline, formatInstant } from "../owner-time";
import { possessive } from "../wording";
import { describeOfferTerms, NUDGE_WORDS, oneLine } from "./plain-words";
import { openEmployers, processTable } from "./process-table";

/** What happened when the use case applied a parsed command. */
export type CommandOutcome = { status: "applied" } | { status: "refused"; reason: string };

export interface CommandReplyInput {
  /** The subject the owner sent, as received. */
  subject: string;
  command: ParsedCommand;
  outcome: CommandOutcome;
  /** Employer records after the command was applied. */
  employers: EmployerRecord[];
  planned: PlannedNudge[];
  owner: OwnerSettings;
  now: string;
  links: LinkMaker;
}

const COMMAND_MEANING: Record<CommandVerb, string> = {
  status: "every open process with stage, last contact, next nudge and deadlines",
  help: "this list",
  accept: "you accepted their offer (withdrawal drafts for the others follow)",
  decline: "you decline their offer",
  withdraw: "you withdraw from their process, or back out of their offer you accepted",
  rejected: "they turned you down",
  rank: "your preference, top choice first",
  prefer: "make this employer your top choice",
  sent: "you sent the follow-up yourself",
  snooze: "no nudges about them for a while (3d, 1w, 2 days, or until a date)",
  stop: "no nudges about them until resume",
  resume: "nudges about them again",
  deadline: 'their answer deadline ("friday 5pm", "mar 13")',
  expect: "the date they promised news by",
  offer: "record or correct the offer terms",
  rename: "correct an employer's name",
  merge: "two records are the same employer",
  export: "a CSV and JSON file of every employer and its timeline",
};

export function helpSection(): SectionView {
  return {
    title: "Commands (put one in the subject of an email to the inbox)",
    items: COMMAND_VERBS.map((verb) => `${COMMAND_SYNTAX[verb]}: ${COMMAND_MEANING[verb]}`),
  };
}

function baseView(subject: string, headline: string, happened: string): EmailView {
  return {
    kind: "command_reply",
    // "jobnudge:" first, so replying to this email never reads as a new command.
    subject: oneLine(`jobnudge: ${subject}`, 150),
    preheader: oneLine(happened, 100),
    headline,
    happened,
    whyNow: "You sent a command.",
    deadline: null,
    sections: [],
    tables: [],
    drafts: [],
    actions: [],
    attachments: [],
  };
}

/**
 * What jobnudge recorded, said as the fact it now holds ("you accepted Northwind Analytics' offer"):
 * the owner did the thing, jobnudge only wrote it down.
 */
function commandDoneWords(
  command: ParsedCommand,
  owner: OwnerSettings,
  now?: string,
  employers: EmployerRecord[] = [],
): string {
  const tz = owner.timezone;
  switch (command.type) {
    case "status":
    case "help":
    case "export":
    case "invalid":
      return command.type;
    case "accept":
      return `you accepted ${possessive(command.employerName)} offer`;
    case "decline":
      return `you declined ${possessive(command.employerName)} offer`;
    case "withdraw":
      return `you withdrew from ${command.employerName}`;
    case "rejected":
      return `${command.employerName} turned you down; the process is closed`;
    case "prefer":
      return `${command.employerName} is your top choice`;
    case "sent": {
      // The lifecycle records what the sent mail was: the answer to the employer's request (a your_move
      // was pending) or a follow-up. Read from the record, so a redelivered command says the same.
      const move = answeredMove(employers.find((e) => e.id === command.employerId));
      return move
        ? `you answered ${possessive(command.employerName)} request (${move})`
        : `you sent ${command.employerName} a follow-up`;
    }
    case "stop":
      return `no more nudges about ${command.employerName} until you send "resume ${command.employerName}"`;
    case "resume":
      return `nudges about ${command.employerName} are back on`;
    case "snooze":
      return `no nudges about ${command.employerName} until ${formatInstant(command.until, tz, now)}`;
    case "deadline":
      return `your answer to ${command.employerName} is due ${formatDeadline(command.date, tz, now)}`;
    case "expect":
      return `${command.employerName} promised news by ${formatDeadline(command.date, tz, now)}`;
    case "offer":
      return `${possessive(command.employerName)} offer: ${describeOfferTerms(command.terms, now ? { timezone: tz, now } : undefined) || "no terms"}`;
    case "rank":
      return `your ranking is ${command.employers.map((e, i) => `${i + 1}. ${e.employerName}`).join(", ")}`;
    case "rename":
      return `${command.employerName} is now called ${command.newName}`;
    case "merge":
      return `${command.from.employerName} and ${command.into.employerName} are one employer, ${command.into.employerName}`;
  }
}

/** The request the owner's latest `sent` answered ("send availability"); null when it was a follow-up. */
function answeredMove(record: EmployerRecord | undefined): string | null {
  const last = record?.timeline.findLast((t) => t.kind === "action" && t.summary.startsWith("sent: "));
  return last?.summary.match(/^sent: answered their request \((.+)\)$/)?.[1] ?? null;
}

/** A reason as a sentence: the refusals' reasons end without a full stop ("... does not apply: there is no offer"). */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Not applied: a misspelt command (with the closest whole command), a refusal (with why), or unreadable. */
function invalidReply(command: InvalidCommand, sent: string): EmailView {
  const choicesTitle = "Did you mean one of these? (send it as the subject)";
  if (command.suggestion) {
    const view = baseView(
      `not understood: ${sent} (did you mean: ${command.suggestion}?)`,
      `Did you mean: ${command.suggestion}?`,
      `You sent "${sent}". Nothing changed. To do it, send "${command.suggestion}" as the subject of a new email to the inbox.`,
    );
    view.sections = [{ title: "What I understood", items: [command.understood, `Problem: ${command.reason}`] }];
    return view;
  }
  if (command.refusal) {
    const view = baseView(
      `not done: ${sent}`,
      "Nothing changed",
      `You sent "${sent}". Nothing changed: ${command.reason}.`,
    );
    view.sections = [{ title: "What you can send instead", items: command.choices }];
    return view;
  }
  // A known command with a wrong part ("rank Zeta, Acme" with no Zeta) was understood; only the
  // part was not. Saying "I did not understand" there would send the owner looking in the wrong place.
  const understoodCommand = !command.understood.startsWith('"');
  const view = baseView(
    `not understood: ${sent}`,
    understoodCommand ? `Nothing changed: ${command.reason}` : "I did not understand that command",
    `You sent "${sent}". Nothing changed.`,
  );
  view.sections = [{ title: "What I understood", items: [command.understood, `Problem: ${command.reason}`] }];
  if (command.choices.length > 0) view.sections.push({ title: choicesTitle, items: command.choices });
  return view;
}

function employerIdsOf(command: ParsedCommand): string[] {
  if ("employerId" in command) return [command.employerId];
  if (command.type === "rank") return command.employers.map((e) => e.employerId);
  if (command.type === "merge") return [command.into.employerId];
  return [];
}

function nextStepLines(command: ParsedCommand, planned: PlannedNudge[], owner: OwnerSettings, now: string): string[] {
  const ids = new Set(employerIdsOf(command));
  // Accepting an offer plans withdrawals for every other employer: show all that is due soon too.
  const relevant = planned
    .filter((n) => command.type === "accept" || (n.employerId !== null && ids.has(n.employerId)))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .slice(0, 10);
  return relevant.map((n) => {
    const when = Date.parse(n.dueAt) <= Date.parse(now) ? "Now" : formatInstant(n.dueAt, owner.timezone, now);
    return `${when}: ${NUDGE_WORDS[n.kind]}`;
  });
}

export function composeCommandReply(input: CommandReplyInput): EmailView {
  const { command, owner, now } = input;
  const sent = oneLine(input.subject, 100);

  if (command.type === "invalid") return invalidReply(command, sent);
  if (command.type === "help") {
    const view = baseView("commands", "What you can tell jobnudge", "You asked for help.");
    view.sections = [
      helpSection(),
      {
        title: "How names and dates work",
        items: [
          'Employer names match by the start of the name, in any case: "kes" for Kestrel Pay, unless two employers start the same way.',
          'An employer with several roles has one process per role: name it with its role, "Kestrel Pay / Data Engineer" (or "kes / data").',
          `Dates are read in your time zone (${owner.timezone}): "friday", "mar 13 5pm", "2026-03-13".`,
        ],
      },
    ];
    return view;
  }
  if (command.type === "status" || command.type === "export") {
    const open = openEmployers(input.employers);
    const closed = input.employers.length - open.length;
    const summary = `${open.length} open process${open.length === 1 ? "" : "es"}${closed > 0 ? `, ${closed} closed` : ""}`;
    const view =
      command.type === "status"
        ? baseView(
            `status, ${summary}`,
            "Where things stand",
            `As of ${formatInstant(now, owner.timezone)}: ${summary}.`,
          )
        : baseView(
            `export, ${input.employers.length} employers`,
            "Your export",
            `Attached: every employer and its timeline (${summary}).`,
          );
    if (open.length > 0) view.tables = [processTable(input.employers, input.planned, owner, now)];
    if (command.type === "export")
      view.attachments = exportAttachments(input.employers, now) satisfies AttachmentView[];
    return view;
  }
  if (input.outcome.status === "refused") {
    const view = baseView(
      `not done: ${sent}`,
      "Nothing changed",
      `You sent "${sent}". ${sentence(oneLine(input.outcome.reason, 300))}`,
    );
    view.sections = [{ title: "Commands", items: [COMMAND_SYNTAX[command.type]] }];
    return view;
  }
  const done = commandDoneWords(command, owner, now, input.employers);
  const view = baseView(`recorded, ${done}`, `Recorded: ${done}`, `You sent "${sent}". Recorded: ${done}.`);
  const next = nextStepLines(command, input.planned, owner, now);
  view.sections = [{ title: "What comes next", items: next.length > 0 ? next : ["No nudges planned for now."] }];
  const open = openEmployers(input.employers);
  if (open.length > 0) view.tables = [processTable(input.employers, input.planned, owner, now)];
  return view;
}
