// `npm run chaos [-- --stride N --repeats N --offers N --copies N --copy-repeats N --seed N --verbose]`:
// the full fault matrix and concurrency runs; the last line is the summary the issue asks for.
import { parseArgs } from "node:util";
import { runChaos } from "./run-chaos";

const { values } = parseArgs({
  options: {
    stride: { type: "string", default: "1" },
    repeats: { type: "string", default: "48" },
    offers: { type: "string", default: "20" },
    copies: { type: "string", default: "20" },
    "copy-repeats": { type: "string", default: "48" },
    seed: { type: "string", default: "14" },
    verbose: { type: "boolean", default: false },
  },
});

const report = await runChaos({
  stride: Number(values.stride),
  repeats: Number(values.repeats),
  offers: Number(values.offers),
  copies: Number(values.copies),
  copyRepeats: Number(values["copy-repeats"]),
  seed: Number(values.seed),
  print: (line) => process.stdout.write(`${line}\n`),
});
if (values.verbose) {
  for (const failure of report.failures) process.stdout.write(`  not converged: ${failure}\n`);
  for (const run of report.duplicateRuns) process.stdout.write(`  duplicate: ${run}\n`);
}
process.stdout.write(`${report.summary}\n`);
