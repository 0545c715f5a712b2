// Import reading speed on a generated 10,000-message mbox: the prefilter pass (headers read and
// judged, bodies skipped) beside a baseline of only reading the file's bytes, and the other steps of
// functions/mailbox. Messages/s, medians of a few rounds, and ratios. Numbers only: nothing asserts.
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  indexMailbox,
  type MailboxItem,
  type MailHeaders,
  prefilterVerdict,
  readHeaders,
  readInOrder,
  readMailbox,
} from "../functions/mailbox";
import { mboxRecords } from "../functions/mailbox/mbox-read";
import { writeBenchMbox } from "./mailbox-fixture";

const COUNT = Number(process.env.BENCH_MAILBOX_MESSAGES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_MAILBOX_ROUNDS ?? 5);

async function drain(items: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of items) n += 1;
  return n;
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "jobnudge-bench-mailbox-"));
  try {
    const path = join(dir, "bench.mbox");
    const { jobIds, bytes } = writeBenchMbox(path, COUNT);
    // Header sections read once up front, to time the prefilter's own CPU cost apart from I/O.
    const sections: Uint8Array[] = [];
    for await (const record of mboxRecords(path, "headers")) if (record.headers) sections.push(record.headers);
    const parsed: MailHeaders[] = [];
    for (const section of sections) parsed.push(await readHeaders(section));
    const index = await indexMailbox(path, { prefilter: prefilterVerdict });

    const rows: [string, number, number][] = [];
    const measure = async (name: string, messages: number, run: () => Promise<unknown>) => {
      await run(); // warm: page cache, JIT
      rows.push([name, messages, await median(run)]);
    };
    await measure("baseline: read the file's bytes", COUNT, () =>
      drain(createReadStream(path, { highWaterMark: 1 << 20 })),
    );
    await measure("split into messages (readMailbox)", COUNT, () =>
      drain(readMailbox(path) as AsyncIterable<MailboxItem>),
    );
    await measure("header sections only (split, bodies skipped)", COUNT, () => drain(mboxRecords(path, "headers")));
    await measure("prefilter pass (indexMailbox + prefilter)", COUNT, () =>
      indexMailbox(path, { prefilter: prefilterVerdict }),
    );
    await measure("  of which: parse headers + verdict, no I/O", COUNT, async () => {
      for (const section of sections) prefilterVerdict(await readHeaders(section));
    });
    await measure("  of which: verdict on parsed headers", COUNT, async () => parsed.map(prefilterVerdict));
    await measure("re-read kept messages in date order (readInOrder)", index.entries.length, () =>
      drain(readInOrder(index.entries)),
    );

    const base = rows[0]?.[2] ?? Number.NaN;
    const header = ["step", "messages", "ms (median)", "messages/s", "time vs baseline"];
    const cells = rows.map(([name, n, ms]) => [
      name,
      String(n),
      ms.toFixed(1),
      Math.round((n * 1000) / ms).toLocaleString("en-US"),
      `${(ms / base).toFixed(1)}x`,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
    const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(" | ")} |`;
    const keptJob = index.entries.filter((e) => e.messageId !== null && jobIds.has(e.messageId)).length;
    const skipped = Object.entries(index.skipped)
      .map(([rule, n]) => `${rule} ${n}`)
      .join(", ");
    process.stdout.write(
      [
        `\nImport reading: ${COUNT.toLocaleString("en-US")} messages, ${(bytes / 1024 / 1024).toFixed(0)} MB mbox, ${jobIds.size} written as job mail.`,
        `Prefilter kept ${index.entries.length}, of which job mail ${keptJob}; job mail dropped: ${jobIds.size - keptJob}. Skipped ${skipped}.`,
        line(header),
        line(widths.map((w) => "-".repeat(w))),
        ...cells.map(line),
        `\nGoal: >= 300 messages/s through the prefilter pass. node ${process.version}, median of ${ROUNDS} rounds after a warm-up.\n`,
      ].join("\n"),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
