// `jobnudge import` end to end on a generated 10,000-message mbox (bench/mailbox-fixture.ts): the
// header pass (prefilter), the whole import into in-memory stand-ins and its rerun (which parses
// everything again but writes nothing), so parse and state writes are read apart, and the peak RSS. BENCH_IMPORT_DYNAMODB=1 also runs the whole import into DynamoDB Local (needs
// Java), where the state writes are real. Numbers only: nothing asserts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { DynamoStateStore } from "../functions/adapters/dynamo-state";
import { silentLogger } from "../functions/adapters/logger";
import type { Deps } from "../functions/app/deps";
import { OwnerInputSchema } from "../functions/domain/owner";
import { runImport } from "../functions/local/cli/import-run";
import { discardingRawMail } from "../functions/local/cli/import-targets";
import { ensureTable, startDynamoDbLocal } from "../functions/local/stack/dynamodb-local";
import { indexMailbox, prefilterVerdict } from "../functions/mailbox";
import { buildSimulationDeps } from "../functions/wiring/simulate";
import { writeBenchMbox } from "./mailbox-fixture";

const COUNT = Number(process.env.BENCH_MAILBOX_MESSAGES ?? 10_000);
const owner = OwnerInputSchema.parse({
  email: "sam.rivera@gmail.com",
  name: "Sam Rivera",
  timezone: "America/New_York",
});
const quiet = new Writable({ write: (_chunk, _enc, done) => done() });
const never = { subscribe: () => () => {} };

/** The in-memory stand-ins, keeping no raw mail (as a dry run): the state is what is measured. */
function memoryDeps(): Deps {
  const deps = buildSimulationDeps(owner, { now: () => new Date() }, { send: async () => "bench" }, silentLogger);
  return { ...deps, rawMail: discardingRawMail };
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

const rate = (n: number, ms: number) => `${Math.round((n * 1000) / ms).toLocaleString("en-US")} messages/s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "jobnudge-bench-import-"));
  try {
    const path = join(dir, "bench.mbox");
    const { bytes } = writeBenchMbox(path, COUNT);
    const rssBefore = process.memoryUsage().rss;

    const prefilter = await timed(() => indexMailbox(path, { prefilter: prefilterVerdict }));
    const kept = prefilter.value.entries.length;
    // The same import twice into one store: the first run parses and writes, the rerun parses and
    // finds every message recorded (a lookup each, nothing written). Their difference is the state
    // writes and the planning; the rerun less the header pass is the parsing.
    const deps = memoryDeps();
    peakRss = 0;
    const whole = await timed(() => runImport(path, deps, { dryRun: false, stderr: quiet, interrupts: never }));
    const importRss = peakRss;
    const rerun = await timed(() => runImport(path, deps, { dryRun: false, stderr: quiet, interrupts: never }));
    const parse = rerun.ms - prefilter.ms;
    const writes = whole.ms - rerun.ms;

    const rows = [
      `\nImport: ${COUNT.toLocaleString("en-US")} messages, ${mb(bytes)} mbox; the header filter kept ${kept}, ${whole.value.jobMessages} read as job mail, ${whole.value.report?.employers.length ?? 0} employers.`,
      "| step | ms | rate |",
      "| --- | --- | --- |",
      `| prefilter pass (headers of every message) | ${prefilter.ms.toFixed(0)} | ${rate(COUNT, prefilter.ms)} |`,
      `| whole import, in-memory store | ${whole.ms.toFixed(0)} | ${rate(kept, whole.ms)} of kept mail |`,
      `| rerun of it (header pass + parse + a lookup each, nothing written) | ${rerun.ms.toFixed(0)} | ${rate(kept, rerun.ms)} of kept mail |`,
      `| so: parse + extract the kept mail (rerun - prefilter pass) | ${parse.toFixed(0)} | ${rate(kept, parse)} |`,
      `| so: state writes and planning (whole - rerun) | ${writes.toFixed(0)} | ${((writes / whole.ms) * 100).toFixed(0)} % of the whole |`,
    ];
    if (process.env.BENCH_IMPORT_DYNAMODB === "1") {
      const dynamo = await startDynamoDbLocal({
        port: Number(process.env.BENCH_DYNAMODB_PORT ?? 18_406),
        dbPath: null,
      });
      try {
        await ensureTable(dynamo.client, "bench");
        const dynamoDeps = { ...memoryDeps(), state: new DynamoStateStore(dynamo.client, "bench", owner.email) };
        const real = await timed(() =>
          runImport(path, dynamoDeps, { dryRun: false, stderr: quiet, interrupts: never }),
        );
        const realWrites = real.ms - rerun.ms;
        rows.push(
          `| whole import, DynamoDB Local | ${real.ms.toFixed(0)} | ${rate(kept, real.ms)} of kept mail |`,
          `| so: state writes and planning there (whole - in-memory rerun) | ${realWrites.toFixed(0)} | ${((realWrites / real.ms) * 100).toFixed(0)} % of the whole |`,
        );
      } finally {
        await dynamo.stop();
      }
    }
    rows.push(
      `\nPeak RSS during the whole import: ${mb(importRss)} (${mb(rssBefore)} before it; budget 300 MB). Goal: >= 300 messages/s through the prefilter; the whole import bounded by parse + state writes. node ${process.version}.\n`,
    );
    process.stdout.write(rows.join("\n"));
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
