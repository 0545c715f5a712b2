// An owner command (the subject of an email from the owner to the inbox): parse, apply through the
// lifecycle under the optimistic lock, reconcile schedules, reply. Every command gets exactly one
// reply; an unreadable one changes nothing. A redelivered command is applied once (claim per message).

import { acceptOffer } from "../domain/acceptance";
import { parseCommand } from "../domain/commands/parse";
import { isCommandSubject, type ParsedCommand } from "../domain/commands/syntax";
import { type CommandOutcome, composeCommandReply } from "../domain/compose/command-reply";
import { InvalidRequestError } from "../domain/errors";
import type { OwnerAction } from "../domain/lifecycle";
import { planNudges } from "../domain/playbook";
import { labelProcesses } from "../domain/process";
import { preferEmployer, rankEmployers } from "../domain/ranking";
import type { Deps } from "./deps";
import { applyToAll, applyToEmployer, mergeInto } from "./owner-changes";
import { CLAIM_LEASE_SECONDS, sendToOwnerOnce } from "./owner-mail";
import { reconcile } from "./reconcile";

/** The lifecycle action of a one-employer command; null for the others. */
function ownerActionOf(command: ParsedCommand): { employerId: string; action: OwnerAction } | null {
  switch (command.type) {
    case "decline":
    case "withdraw":
    case "rejected":
    case "sent":
    case "stop":
    case "resume":
      return { employerId: command.employerId, action: { type: command.type } };
    case "snooze":
      return { employerId: command.employerId, action: { type: "snooze", until: command.until } };
    case "deadline":
      return { employerId: command.employerId, action: { type: "deadline", respondBy: command.date } };
    case "expect":
      return { employerId: command.employerId, action: { type: "expect", expectDecisionBy: command.date } };
    case "offer":
      return { employerId: command.employerId, action: { type: "offer", terms: command.terms } };
    case "rename":
      return { employerId: command.employerId, action: renameAction(command.newName) };
    default:
      return null;
  }
}

/** "Acme / Machine Learning Engineer" renames the process's role as well as its employer. */
function renameAction(newName: string): OwnerAction {
  // Spaced, as in the labels: a name such as "AC/DC" keeps its slash.
  const at = newName.search(/\s\/\s/);
  const name = at > 0 ? newName.slice(0, at).trim() : "";
  const role = at > 0 ? newName.slice(at + 3).trim() : "";
  return name && role ? { type: "rename", name, role } : { type: "rename", name: newName };
}

function changesState(command: ParsedCommand): boolean {
  return !["status", "help", "export", "invalid"].includes(command.type);
}

async function applyCommand(deps: Deps, command: ParsedCommand, now: string): Promise<void> {
  const single = ownerActionOf(command);
  if (command.type === "rename" && command.processes) {
    // The employer's name on each of its processes (each under its own lock; a retry redoes the rest).
    for (const process of command.processes) {
      await applyToEmployer(deps, process.employerId, { type: "rename", name: command.newName }, now);
    }
  } else if (single) {
    await applyToEmployer(deps, single.employerId, single.action, now);
  } else if (command.type === "accept") {
    await applyToAll(deps, (records) => acceptOffer(records, command.employerId, now));
  } else if (command.type === "prefer") {
    await applyToAll(deps, (records) => preferEmployer(records, command.employerId, now));
  } else if (command.type === "rank") {
    await applyToAll(deps, (records) =>
      rankEmployers(
        records,
        command.employers.map((e) => e.employerId),
        now,
      ),
    );
  } else if (command.type === "merge") {
    await mergeInto(deps, command.from.employerId, command.into.employerId, now);
  }
}

function employerNameOf(command: ParsedCommand): string | null {
  if ("employerName" in command) return command.employerName;
  if (command.type === "merge") return command.into.employerName;
  return null;
}

/**
 * Returns false when the subject is not a command (the caller then treats the mail as mail).
 * `context.direct`: the owner wrote to the inbox itself and it is not about any job; whatever the
 * subject says is then meant as a command, so a typo gets a reply with the choices, not silence.
 */
export async function handleCommand(
  deps: Deps,
  subject: string,
  context: { messageKey: string; direct?: boolean },
): Promise<boolean> {
  if (!context.direct && !isCommandSubject(subject)) return false;
  const now = deps.clock.now().toISOString();
  // Processes as the owner names them: "Acme", or "Acme / ML Engineer" when Acme has several.
  const command = parseCommand(subject, labelProcesses(await deps.state.listEmployers()), deps.owner, now);
  let outcome: CommandOutcome = { status: "applied" };
  const applyClaim = `command.${context.messageKey}`;
  if (changesState(command)) {
    // `held`: a copy of this email is being applied right now (and its event is retried if it dies).
    const claim = await deps.state.claim(applyClaim, deps.invocationId, now, CLAIM_LEASE_SECONDS);
    if (claim === "claimed") {
      try {
        await applyCommand(deps, command, now);
        await deps.state.complete(applyClaim, now);
      } catch (err) {
        // Given back either way: a refusal is recomputed on redelivery, a failure is retried.
        await deps.state.release(applyClaim, deps.invocationId);
        if (!(err instanceof InvalidRequestError)) throw err;
        outcome = { status: "refused", reason: err.message };
      }
    }
  }
  // Re-planned even when an earlier delivery applied it: that one may have died before planning.
  const planned =
    changesState(command) && outcome.status === "applied"
      ? await reconcile(deps)
      : planNudges(await deps.state.listEmployers(), deps.owner, now);
  // The export's files keep each record's own name (they carry the process label in a column).
  const records = await deps.state.listEmployers();
  const employers = command.type === "export" ? records : labelProcesses(records);
  deps.log.info("command handled", { messageKey: context.messageKey, command: command.type, outcome: outcome.status });
  await sendToOwnerOnce(deps, `command_reply.${context.messageKey}`, employerNameOf(command), () =>
    composeCommandReply({
      subject,
      command,
      outcome,
      employers,
      planned,
      owner: deps.owner,
      now,
      links: deps.links.sign,
    }),
  );
  return true;
}
