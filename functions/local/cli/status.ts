// `jobnudge status`: employers, stages, deadlines and next nudges, read from the local store
// (DynamoDB Local in the data dir; started briefly when `npm start` is not running).
import { deadlineOrNull, formatDeadline } from "../../domain/time";
import { loadLocalConfig } from "../config";
import { type CliCommand, parseCliArgs } from "./command";
import { withLocalStore } from "./local-store";

const HELP = `Usage: jobnudge status [--json]

Lists every employer jobnudge tracks (stage, rank, deadlines, last contact) and the nudges
scheduled next, from the local store in the data dir (JOBNUDGE_DATA_DIR, default .data).`;

export const statusCommand: CliCommand = {
  name: "status",
  summary: "list employers, stages, deadlines and next nudges from the local store",
  help: HELP,
  async run(args) {
    const { values } = parseCliArgs(args, { json: { type: "boolean" } });
    const config = loadLocalConfig();
    return withLocalStore(config, async (store) => {
      if (!store) {
        process.stdout.write(
          values.json ? '{"employers":[],"schedules":[]}\n' : "No data yet: run `npm start` and send some mail.\n",
        );
        return 0;
      }
      const employers = await store.listEmployers();
      const book = await store.getScheduleBook();
      const schedules = Object.values(book.entries).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ employers, schedules }, null, 2)}\n`);
        return 0;
      }
      if (employers.length === 0) process.stdout.write("No employers yet.\n");
      // A stored date reads "Fri 13 Mar" (that day, whatever the zone), an instant "Fri 13 Mar, 5:00 PM EDT".
      const when = (value: string | null) => {
        const stored = value ? deadlineOrNull(value, config.owner.timezone) : null;
        return stored ? formatDeadline(stored, config.owner.timezone) : (value ?? "-");
      };
      for (const e of employers.sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.name.localeCompare(b.name))) {
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
