// The reply to every owner command: done (and what comes next), refused by the state machine, or
// not understood (what was understood and the choices). `status`, `help` and `export` answer with
// content of their own.

import { COMMAND_SYNTAX, COMMAND_VERBS, type CommandVerb, type ParsedCommand } from "../commands/syntax";
import type { AttachmentView, EmailView, SectionView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { exportAttachments } from "../formats/export";
import type { LinkMaker } from "../link-actions";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { formatDeadline, formatInstant } from "../owner-time";
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

/** "accepted Acme", "ranked Globex, Acme": what the command did, in the past tense. */
export function commandDoneWords(command: ParsedCommand, owner: OwnerSettings): string {
  const tz = owner.timezone;
  switch (command.type) {
    case "status":
    case "help":
    case "export":
    case "invalid":
      return command.type;
    case "accept":
      return `accepted ${command.employerName}'s offer`;
    case "decline":
      return `declined ${command.employerName}'s offer`;
    case "withdraw":
      return `withdrew from ${command.employerName}`;
    case "rejected":
      return `closed ${command.employerName} as rejected`;
    case "prefer":
      return `made ${command.employerName} your top choice`;
    case "sent":
      return `counted your follow-up to ${command.employerName}`;
    case "stop":
      return `stopped nudges about ${command.employerName}`;
    case "resume":
      return `resumed nudges about ${command.employerName}`;
    case "snooze":
      return `snoozed ${command.employerName} until ${formatInstant(command.until, tz)}`;
    case "deadline":
      return `set ${command.employerName}'s answer deadline to ${formatDeadline(command.date, tz)}`;
    case "expect":
      return `noted that ${command.employerName} promised news by ${formatDeadline(command.date, tz)}`;
    case "offer":
      return `recorded ${command.employerName}'s offer: ${describeOfferTerms(command.terms) || "no terms"}`;
    case "rank":
      return `ranked ${command.employers.map((e) => e.employerName).join(", ")}`;
    case "rename":
      return `renamed ${command.employerName} to ${command.newName}`;
    case "merge":
      return `merged ${command.from.employerName} into ${command.into.employerName}`;
  }
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
    const when = Date.parse(n.dueAt) <= Date.parse(now) ? "Now" : formatInstant(n.dueAt, owner.timezone);
    return `${when}: ${NUDGE_WORDS[n.kind]}`;
  });
}

export function composeCommandReply(input: CommandReplyInput): EmailView {
  const { command, owner, now } = input;
  const sent = oneLine(input.subject, 100);

  if (command.type === "invalid") {
    const view = baseView(
      `not understood: ${sent}`,
      "I did not understand that command",
      `You sent "${sent}". Nothing changed.`,
    );
    view.sections = [
      { title: "What I understood", items: [command.understood, `Problem: ${command.reason}`] },
      { title: "Did you mean one of these? (send it as the subject)", items: command.choices },
    ];
    if (command.choices.length === 0) view.sections.pop();
    return view;
  }
  if (command.type === "help") {
    const view = baseView("commands", "What you can tell jobnudge", "You asked for help.");
    view.sections = [
      helpSection(),
      {
        title: "How names and dates work",
        items: [
          'Employer names match by the start of the name, in any case: "kes" for Kestrel Pay, unless two employers start the same way.',
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
      `You sent "${sent}". ${oneLine(input.outcome.reason, 300)}`,
    );
    view.sections = [{ title: "Commands", items: [COMMAND_SYNTAX[command.type]] }];
    return view;
  }
  const done = commandDoneWords(command, owner);
  const view = baseView(`done, ${done}`, `Done: ${done}`, `You sent "${sent}". I ${done}.`);
  const next = nextStepLines(command, input.planned, owner, now);
  view.sections = [{ title: "What comes next", items: next.length > 0 ? next : ["No nudges planned for now."] }];
  const open = openEmployers(input.employers);
  if (open.length > 0) view.tables = [processTable(input.employers, input.planned, owner, now)];
  return view;
}
