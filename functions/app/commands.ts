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
import { preferEmployer, rankEmployers } from "../domain/ranking";
import type { Deps } from "./deps";
import { applyToAll, applyToEmployer, mergeInto } from "./owner-changes";
import { sendToOwnerOnce } from "./owner-mail";
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
      return { employerId: command.employerId, action: { type: "rename", name: command.newName } };
    default:
      return null;
  }
}

function changesState(command: ParsedCommand): boolean {
  return !["status", "help", "export", "invalid"].includes(command.type);
}

async function applyCommand(deps: Deps, command: ParsedCommand, now: string): Promise<void> {
  const single = ownerActionOf(command);
  if (single) {
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
  const command = parseCommand(subject, await deps.state.listEmployers(), deps.owner, now);
  let outcome: CommandOutcome = { status: "applied" };
  let changed = false;
  const applyClaim = `command.${context.messageKey}`;
  if (changesState(command) && (await deps.state.claim(applyClaim, now))) {
    try {
      await applyCommand(deps, command, now);
      changed = true;
    } catch (err) {
      // Released either way: a refusal is recomputed on redelivery, a failure is retried.
      await deps.state.release(applyClaim);
      if (!(err instanceof InvalidRequestError)) throw err;
      outcome = { status: "refused", reason: err.message };
    }
  }
  const planned = changed ? await reconcile(deps) : planNudges(await deps.state.listEmployers(), deps.owner, now);
  const employers = await deps.state.listEmployers();
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
