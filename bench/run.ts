// readEmail (parse + unwrap + extract) per message, beside a bare postal-mime parse of the same
// bytes as the baseline. Prints median and p95 per fixture. Numbers only: nothing here asserts.

import { readEmail } from "../functions/app/read-message";
import { parseMimeBare } from "../functions/mail/parse-mime";
import { attachmentMessage, htmlHeavyMessage, smallMessage } from "./messages";

const CTX = {
  ownerAddresses: ["sam.rivera@gmail.com"],
  inboxAddress: "jobs@inbox.rivera.dev",
  timezone: "America/New_York",
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);

async function sample(run: () => Promise<unknown>, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const fixtures = [
    { name: "small (multipart/alt, QP, inline fwd)", raw: smallMessage(), rounds: ROUNDS },
    { name: "html-heavy (60 KB QP HTML, tables)", raw: htmlHeavyMessage(), rounds: ROUNDS },
    { name: "attachment (1.5 MB base64 PDF)", raw: attachmentMessage(), rounds: Math.max(10, Math.floor(ROUNDS / 3)) },
  ];
  // The first chrono parse in a process compiles its regexes (~90 ms): keep it out of the numbers.
  await readEmail(smallMessage(), CTX);

  const rows: string[][] = [];
  for (const fixture of fixtures) {
    await sample(() => readEmail(fixture.raw, CTX), 3);
    await sample(() => parseMimeBare(fixture.raw), 3);
    const full = await sample(() => readEmail(fixture.raw, CTX), fixture.rounds);
    const bare = await sample(() => parseMimeBare(fixture.raw), fixture.rounds);
    const ratio = quantile(full, 0.5) / quantile(bare, 0.5);
    rows.push([
      fixture.name,
      `${(fixture.raw.byteLength / 1024).toFixed(0)} KB`,
      quantile(full, 0.5).toFixed(2),
      quantile(full, 0.95).toFixed(2),
      quantile(bare, 0.5).toFixed(2),
      quantile(bare, 0.95).toFixed(2),
      `${ratio.toFixed(1)}x`,
    ]);
  }
  const header = ["message", "size", "readEmail p50 ms", "p95 ms", "postal-mime p50 ms", "p95 ms", "ratio p50"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  process.stdout.write(`${line(header)}\n${line(widths.map((w) => "-".repeat(w)))}\n${rows.map(line).join("\n")}\n`);
  process.stdout.write(
    `\nnode ${process.version}, ${ROUNDS} rounds (attachment: fewer); ratio = readEmail / bare parse.\n`,
  );
}

await main();
