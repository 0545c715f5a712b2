// In-process A/B of two trees' readEmail: this tree's and another checkout's (BEFORE=DIR, for
// example an extracted `git archive` of the commit to compare with, node_modules linked in). Both
// are loaded in one process and timed alternately per message, with a bare postal-mime parse
// between them, so a burst of load on the shared machine hits all three alike. Prints, for each
// tree, the median over the labelled corpus of each message's readEmail / bare-parse ratio, the
// same for the HTML-heavy bench message, and the after/before time per message. Ratios only.
//   BEFORE=/tmp/before npx tsx bench/ab.ts   (ROUNDS=N per message, default 5; HTML_ROUNDS, 40;
//   CLOCK=cpu for CPU time instead of wall time)
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readEmail as readAfter } from "../functions/app/read-message";
import { parseMimeBare } from "../functions/mail/parse-mime";
import { labelledCorpus } from "./labelled-corpus";
import { htmlHeavyMessage, smallMessage } from "./messages";

type Read = typeof readAfter;

const before = process.env.BEFORE;
if (!before) throw new Error("usage: BEFORE=DIR npx tsx bench/ab.ts");
const { readEmail: readBefore } = (await import(
  pathToFileURL(resolve(before, "functions/app/read-message.ts")).href
)) as { readEmail: Read };
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const HTML_ROUNDS = Number(process.env.HTML_ROUNDS ?? 40);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// CLOCK=cpu times each run by the process's CPU time (user + system, microseconds), which a busy
// machine's waits for a core do not inflate; the default is the wall clock.
const CPU = process.env.CLOCK === "cpu";

async function time(run: () => Promise<unknown>): Promise<number> {
  if (CPU) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  }
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Per message: median time of before, after and bare, over `rounds` alternating rounds. */
async function measure(raw: Uint8Array, owner: string, rounds: number): Promise<[number, number, number]> {
  const ctx = { ownerAddresses: [owner], inboxAddress: "jobs@inbox.rivera.dev", timezone: "America/New_York" };
  await readBefore(raw, ctx);
  await readAfter(raw, ctx);
  const a: number[] = [];
  const b: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    // Alternate which tree goes first, so neither always follows the bare parse.
    if (i % 2 === 0) {
      a.push(await time(() => readBefore(raw, ctx)));
      bare.push(await time(() => parseMimeBare(raw)));
      b.push(await time(() => readAfter(raw, ctx)));
    } else {
      b.push(await time(() => readAfter(raw, ctx)));
      bare.push(await time(() => parseMimeBare(raw)));
      a.push(await time(() => readBefore(raw, ctx)));
    }
  }
  return [median(a), median(b), median(bare)];
}

await readBefore(smallMessage(), { ownerAddresses: ["sam.rivera@gmail.com"], timezone: "America/New_York" });
await readAfter(smallMessage(), { ownerAddresses: ["sam.rivera@gmail.com"], timezone: "America/New_York" });
const messages = labelledCorpus();
const beforeRatios: number[] = [];
const afterRatios: number[] = [];
const gains: number[] = [];
for (const m of messages) {
  const [a, b, bare] = await measure(m.raw, m.owner, ROUNDS);
  beforeRatios.push(a / bare);
  afterRatios.push(b / bare);
  gains.push(b / a);
}
const [ha, hb, hbare] = await measure(htmlHeavyMessage(), "sam.rivera@gmail.com", HTML_ROUNDS);
const out = [
  `${CPU ? "CPU time" : "wall time"}; corpus (${messages.length} messages, ${ROUNDS} rounds each): before ${median(beforeRatios).toFixed(2)}x, after ${median(afterRatios).toFixed(2)}x, time per message x${median(gains).toFixed(3)}`,
  `html-heavy (${HTML_ROUNDS} rounds): before ${(ha / hbare).toFixed(2)}x, after ${(hb / hbare).toFixed(2)}x, time x${(hb / ha).toFixed(3)} (${ha.toFixed(2)} -> ${hb.toFixed(2)} ms, bare ${hbare.toFixed(2)} ms)`,
];
process.stdout.write(`${out.join("\n")}\n`);
