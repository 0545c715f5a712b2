// `jobnudge simulate SCENARIO_DIR --json`: the DESIGN.md contract.
import { loadScenario, simulate } from "../simulate";
import { type CliCommand, parseCliArgs, UsageError, userPath } from "./command";

const HELP = `Usage: jobnudge simulate SCENARIO_DIR [--json]

Plays SCENARIO_DIR/scenario.json (owner, start, end, steps of emails and commands) through the
real pipeline on a virtual clock and prints every email jobnudge would send the owner, plus the
final record of each employer. --json prints { "emails": [...], "employers": [...] }.`;

export const simulateCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCliArgs(args, { json: { type: "boolean" } });
    const [typed, ...extra] = positionals;
    if (!typed) throw new UsageError("missing SCENARIO_DIR");
    if (extra.length > 0) throw new UsageError("one scenario at a time");
    const dir = userPath(typed);
    const scenario = await loadScenario(dir);
    const result = await simulate(dir, scenario);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    for (const email of result.emails) {
      process.stdout.write(`${email.at}  ${email.kind.padEnd(18)} ${email.subject}\n`);
      for (const d of email.drafts) process.stdout.write(`${" ".repeat(26)}draft ${d.kind} -> ${d.to ?? "?"}\n`);
    }
    process.stdout.write("\nEmployers:\n");
    for (const e of result.employers) {
      process.stdout.write(`  ${e.name}: ${e.stage}${e.rank ? ` (rank ${e.rank})` : ""}\n`);
    }
    return 0;
  },
};
