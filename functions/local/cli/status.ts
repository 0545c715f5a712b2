// `jobnudge status`: employers, stages, deadlines and next nudges, read from the local store
// (the running stack's DynamoDB Local; started briefly on the data folder when `npm start` is not running).

import type { ScheduleEntry } from "../../app/ports";
import { NUDGE_WORDS, STAGE_WORDS } from "../../domain/compose/vocabulary-words";
import type { EmployerRecord } from "../../domain/employer";
import { labelProcesses } from "../../domain/process";
import { deadlineOrNull, formatDeadline } from "../../domain/time";
import { OPEN_STAGES } from "../../domain/vocabularies";
import { type CliCommand, parseCliArgs } from "./command";
import { withLocalStore } from "./local-store";
import { findReadyStack } from "./running-stack";

export const statusCommand: CliCommand = {
  help: `Usage: jobnudge status [--json]

Lists every employer jobnudge tracks (stage, rank, deadlines, last contact) and the nudges
scheduled next, in words and in the owner's time zone; --json prints the stored records (stages
and kinds as in DESIGN.md, times as UTC ISO). With \`npm start\` running it reads that stack's store, with that stack's owner
(from <data folder>/stack.json), whatever this shell's JOBNUDGE_* variables say; otherwise it opens
the data folder (JOBNUDGE_DATA_DIR, default .data) directly.`,
  async run(args) {
    const { values } = parseCliArgs(args, { json: { type: "boolean" } });
    const running = await findReadyStack();
    const { config } = running;
    return withLocalStore(running, async (local) => {
      if (!local) {
        process.stdout.write(
          values.json ? '{"employers":[],"schedules":[]}\n' : "No data yet: run `npm start` and send some mail.\n",
        );
        return 0;
      }
      const employers = await local.store.listEmployers();
      const schedules = (await local.store.listScheduleEntries()).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      // Mail forwarded as another owner is in this store too: say so rather than "nothing", and, with
      // no stack running (this shell's owner, not the stack's), say whose else the folder holds.
      if (employers.length === 0 || !running.stack) {
        const others = await local.otherOwners();
        if (others.length > 0) {
          process.stderr.write(
            [
              employers.length === 0
                ? `jobnudge: no employers for ${config.owner.email}, but ${config.dataDir} holds employers for:`
                : `jobnudge: these are ${config.owner.email}'s employers; ${config.dataDir} also holds employers for:`,
              ...others.map((o) => `  ${o.email} (${o.employers})`),
              `Run with JOBNUDGE_OWNER_EMAIL=${others[0]?.email} to see them (the owner the stack ran as).`,
              "",
            ].join("\n"),
          );
        }
      }
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ employers, schedules }, null, 2)}\n`);
        return 0;
      }
      if (employers.length === 0) process.stdout.write(`No employers yet for ${config.owner.email}.\n`);
      process.stdout.write(statusText(employers, schedules, config.owner.timezone, Date.now()));
      return 0;
    });
  },
};

/**
 * The status for a person: per process its stage in words ("in process"), its dates in the owner's
 * zone and the next nudge in words ("follow-up at Mon 16 Mar, 9:00 AM EDT"). --json keeps the stored
 * values.
 */
export function statusText(
  employers: EmployerRecord[],
  schedules: Pick<ScheduleEntry, "employerId" | "kind" | "dueAt">[],
  timezone: string,
  nowMs: number,
): string {
  // A stored date reads "Fri 13 Mar" (that day, whatever the zone), an instant "Fri 13 Mar, 5:00 PM EDT".
  const when = (value: string | null) => {
    const stored = value ? deadlineOrNull(value, timezone) : null;
    return stored ? formatDeadline(stored, timezone, nowMs) : (value ?? "-");
  };
  // A date the owner waits for that is over says so, as the acknowledgement and the digest do.
  const due = (value: string | null) => {
    const stored = value ? deadlineOrNull(value, timezone) : null;
    return `${when(value)}${stored && stored.endsAt <= nowMs ? " (passed)" : ""}`;
  };
  // A snooze matters while the process is open (a closed one gets no nudges anyway).
  const snoozed = (e: EmployerRecord) =>
    OPEN_STAGES.includes(e.stage) && e.snoozedUntil && Date.parse(e.snoozedUntil) > nowMs
      ? `, snoozed until ${when(e.snoozedUntil)}`
      : "";
  let text = "";
  for (const e of labelProcesses(employers).sort(
    (a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.name.localeCompare(b.name),
  )) {
    const next = schedules.find((s) => s.employerId === e.id);
    text += [
      `${e.name}${e.rank ? ` (#${e.rank})` : ""}: ${STAGE_WORDS[e.stage] ?? e.stage}${e.stopped ? ", stopped" : ""}${snoozed(e)}`,
      `  last contact ${when(e.lastContactAt)} · answer by ${due(e.respondBy)} · news promised ${due(e.expectDecisionBy)} · interview ${when(e.interviewAt)}`,
      `  next nudge: ${next ? `${nudgeWords(next.kind)} at ${when(next.dueAt)}` : "none"}`,
      "",
    ].join("\n");
  }
  return text;
}

/** A scheduled nudge's kind in words ("follow-up"); the name as stored when it is none of ours. */
function nudgeWords(kind: string): string {
  return (NUDGE_WORDS as Record<string, string>)[kind] ?? kind;
}
