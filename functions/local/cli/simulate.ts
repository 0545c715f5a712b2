// `jobnudge simulate SCENARIO_DIR --json`: the DESIGN.md contract. `--full` prints every email's
// whole text part (drafts included: to, subject, body) so a timeline can be read without a mail viewer.
import { basename, dirname } from "node:path";
import { STAGE_WORDS } from "../../domain/compose/plain-words";
import { formatInstant } from "../../domain/owner-time";
import type { Stage } from "../../domain/vocabularies";
import { loadScenario, type SimulatedBody, type SimulatedEmail, simulateFull } from "../simulate";
import { type CliCommand, parseCliArgs, UsageError, userPath } from "./command";

const HELP = `Usage: jobnudge simulate SCENARIO_DIR [--json | --full]

Plays SCENARIO_DIR/scenario.json (the folder or that file) (owner, start, end, steps of emails and commands) through the
real pipeline on a virtual clock and prints every email jobnudge would send the owner, plus the
final record of each employer, with times in the owner's zone ("Mon 2 Mar, 10:15 AM EST").
--json prints { "emails": [...], "employers": [...] } (times as UTC ISO, stages as stored).
--full prints each email whole, as its plain-text part reads (every draft with its recipient,
subject and body), with the time it would arrive in the owner's zone.`;

const RULE = "=".repeat(78);

/** One email as the owner would read it: when, what kind, the subject, then the text part. */
export function fullEmailText(email: SimulatedEmail, body: SimulatedBody, timezone: string, index: number): string {
  const about = email.employer ? `  (${email.employer})` : "";
  return [
    RULE,
    `#${index + 1}  ${formatInstant(email.at, timezone)}  ${email.kind}${about}`,
    `Subject: ${email.subject}`,
    RULE,
    body.text.trimEnd(),
    "",
  ].join("\n");
}

export const simulateCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCliArgs(args, { json: { type: "boolean" }, full: { type: "boolean" } });
    const [typed, ...extra] = positionals;
    if (!typed) throw new UsageError("missing SCENARIO_DIR");
    if (extra.length > 0) throw new UsageError("one scenario at a time");
    if (values.json && values.full) throw new UsageError("--json and --full are two views: pick one");
    // The scenario's folder, or its scenario.json named directly.
    const path = userPath(typed);
    const dir = basename(path) === "scenario.json" ? dirname(path) : path;
    const scenario = await loadScenario(dir);
    const { result, bodies } = await simulateFull(dir, scenario);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    if (values.full) {
      result.emails.forEach((email, i) => {
        const body = bodies[i];
        if (body) process.stdout.write(`${fullEmailText(email, body, scenario.owner.timezone, i)}\n`);
      });
    } else {
      // Times as the owner reads them, in their zone (the year only when not the scenario's start year).
      const zone = scenario.owner.timezone;
      const times = result.emails.map((email) => formatInstant(email.at, zone, scenario.start));
      const width = Math.max(0, ...times.map((t) => t.length));
      result.emails.forEach((email, i) => {
        process.stdout.write(`${(times[i] ?? email.at).padEnd(width)}  ${email.kind.padEnd(18)} ${email.subject}\n`);
        // The subject tells apart drafts of one kind to one address (a thank-you per interviewer, passed on).
        for (const d of email.drafts) {
          process.stdout.write(`${" ".repeat(width + 2)}draft ${d.kind} -> ${d.to ?? "?"}: ${d.subject}\n`);
        }
      });
    }
    process.stdout.write("\nEmployers:\n");
    for (const e of result.employers) {
      process.stdout.write(
        `  ${e.name}: ${STAGE_WORDS[e.stage as Stage] ?? e.stage}${e.rank ? ` (rank ${e.rank})` : ""}\n`,
      );
    }
    return 0;
  },
};
