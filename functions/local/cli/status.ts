// `jobnudge status`: employers, stages, deadlines and next nudges, read from the local store
// (the running stack's DynamoDB Local; started briefly on the data folder when `npm start` is not running).
import { labelProcesses } from "../../domain/process";
import { deadlineOrNull, formatDeadline } from "../../domain/time";
import { type CliCommand, parseCliArgs } from "./command";
import { withLocalStore } from "./local-store";
import { findReadyStack } from "./running-stack";

export const statusCommand: CliCommand = {
  help: `Usage: jobnudge status [--json]

Lists every employer jobnudge tracks (stage, rank, deadlines, last contact) and the nudges
scheduled next. With \`npm start\` running it reads that stack's store, with that stack's owner
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
      // A stored date reads "Fri 13 Mar" (that day, whatever the zone), an instant "Fri 13 Mar, 5:00 PM EDT".
      const when = (value: string | null) => {
        const stored = value ? deadlineOrNull(value, config.owner.timezone) : null;
        return stored ? formatDeadline(stored, config.owner.timezone, Date.now()) : (value ?? "-");
      };
      for (const e of labelProcesses(employers).sort(
        (a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.name.localeCompare(b.name),
      )) {
        const next = schedules.find((s) => s.employerId === e.id);
        process.stdout.write(
          [
            `${e.name}${e.rank ? ` (#${e.rank})` : ""}: ${e.stage}${e.stopped ? ", stopped" : ""}`,
            `  last contact ${when(e.lastContactAt)} · answer by ${when(e.respondBy)} · news promised ${when(e.expectDecisionBy)} · interview ${when(e.interviewAt)}`,
            `  next nudge: ${next ? `${next.kind} at ${when(next.dueAt)}` : "none"}`,
            "",
          ].join("\n"),
        );
      }
      return 0;
    });
  },
};
