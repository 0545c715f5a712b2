// readEmail (parse + unwrap + extract) per message, beside a bare postal-mime parse of the same
// bytes as the baseline. Prints median and p95 per fixture, then the same ratio over every labelled
// corpus message (tests/fixtures/corpus and tests/fixtures/unseen*). Ratios only: nothing here asserts,
// and the machine is shared, so each message's two timings are taken side by side, interleaved, and
// each is also given as its fastest run (the one least disturbed by other work on the machine).

import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import { readEmail } from "../functions/app/read-message";
import { parseMimeBare } from "../functions/mail/parse-mime";
import { attachmentMessage, htmlHeavyMessage, smallMessage } from "./messages";
import { beside, TARGETS } from "./targets";

const CTX = {
  ownerAddresses: ["sam.rivera@gmail.com"],
  inboxAddress: "jobs@inbox.rivera.dev",
  timezone: "America/New_York",
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const CORPUS_ROUNDS = Number(process.env.BENCH_CORPUS_ROUNDS ?? 15);

async function sample(run: () => Promise<unknown>, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** Both runs alternately, `rounds` times each: a burst of load on the machine hits both alike. */
async function sideBySide(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  rounds: number,
): Promise<[number[], number[]]> {
  const first: number[] = [];
  const second: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    first.push(...(await sample(a, 1)));
    second.push(...(await sample(b, 1)));
  }
  return [first.sort((x, y) => x - y), second.sort((x, y) => x - y)];
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const median = (values: number[]) =>
  quantile(
    [...values].sort((x, y) => x - y),
    0.5,
  );

/** Every labelled message: the shared corpus and the fresh sets, with each one's owner. */
function corpusMessages(): { file: string; raw: Uint8Array; owner: string }[] {
  const fixtures = resolve("tests/fixtures");
  const dirs = [join(fixtures, "corpus")];
  if (existsSync(fixtures))
    for (const name of readdirSync(fixtures).sort()) if (/^unseen/.test(name)) dirs.push(join(fixtures, name));
  const seen = new Set<string>();
  const out: { file: string; raw: Uint8Array; owner: string }[] = [];
  for (const dir of dirs) {
    const labels = join(dir, "labels.json");
    if (!existsSync(labels) || seen.has(realpathSync(dir))) continue;
    seen.add(realpathSync(dir));
    for (const label of JSON.parse(readFileSync(labels, "utf8")) as { file: string; owner: string }[]) {
      const path = join(dir, label.file);
      if (existsSync(path)) out.push({ file: path, raw: new Uint8Array(readFileSync(path)), owner: label.owner });
    }
  }
  return out;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return `${line(header)}\n${line(widths.map((w) => "-".repeat(w)))}\n${rows.map(line).join("\n")}\n`;
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
  const ratios: number[] = [];
  for (const fixture of fixtures) {
    await sample(() => readEmail(fixture.raw, CTX), 3);
    await sample(() => parseMimeBare(fixture.raw), 3);
    const [full, bare] = await sideBySide(
      () => readEmail(fixture.raw, CTX),
      () => parseMimeBare(fixture.raw),
      fixture.rounds,
    );
    const ratio = quantile(full, 0.5) / quantile(bare, 0.5);
    const fastest = quantile(full, 0) / quantile(bare, 0);
    ratios.push(ratio);
    rows.push([
      fixture.name,
      `${(fixture.raw.byteLength / 1024).toFixed(0)} KB`,
      quantile(full, 0.5).toFixed(2),
      quantile(full, 0.95).toFixed(2),
      quantile(bare, 0.5).toFixed(2),
      quantile(bare, 0.95).toFixed(2),
      `${ratio.toFixed(1)}x`,
      `${fastest.toFixed(1)}x`,
    ]);
  }
  process.stdout.write(
    table(
      ["message", "size", "readEmail p50 ms", "p95 ms", "postal-mime p50 ms", "p95 ms", "ratio p50", "ratio fastest"],
      rows,
    ),
  );

  const verdicts = [`${TARGETS.htmlParse.name}: ${beside(TARGETS.htmlParse, ratios[1] ?? Number.NaN)}`];

  // Corpus-wide: each message's median readEmail and bare parse, then the median over messages.
  const messages = corpusMessages();
  if (messages.length > 0) {
    const fulls: number[] = [];
    const bares: number[] = [];
    const corpusRatios: number[] = [];
    const fastestRatios: number[] = [];
    for (const message of messages) {
      const ctx = { ...CTX, ownerAddresses: [message.owner] };
      await readEmail(message.raw, ctx);
      const [full, bare] = await sideBySide(
        () => readEmail(message.raw, ctx),
        () => parseMimeBare(message.raw),
        CORPUS_ROUNDS,
      );
      fulls.push(quantile(full, 0.5));
      bares.push(quantile(bare, 0.5));
      corpusRatios.push(quantile(full, 0.5) / quantile(bare, 0.5));
      fastestRatios.push(quantile(full, 0) / quantile(bare, 0));
    }
    verdicts.unshift(`${TARGETS.corpusParse.name}: ${beside(TARGETS.corpusParse, median(corpusRatios))}`);
    const html = `${rows[1]?.[6] ?? "-"} (fastest ${rows[1]?.[7] ?? "-"})`;
    process.stdout.write(
      `\n${table(
        [
          "corpus",
          "messages",
          "readEmail median ms",
          "postal-mime median ms",
          "ratio of medians",
          "median ratio",
          "median ratio, fastest runs",
          "html-heavy ratio",
        ],
        [
          [
            "labelled corpus",
            String(messages.length),
            median(fulls).toFixed(2),
            median(bares).toFixed(2),
            `${(median(fulls) / median(bares)).toFixed(1)}x`,
            `${median(corpusRatios).toFixed(1)}x`,
            `${median(fastestRatios).toFixed(1)}x`,
            html,
          ],
        ],
      )}`,
    );
  }
  process.stdout.write(`\n${verdicts.join("\n")}\n`);
  process.stdout.write(
    `\nnode ${process.version}, ${ROUNDS} rounds (attachment: fewer; corpus: ${CORPUS_ROUNDS} per message); ratio = readEmail / bare parse, timed alternately.\n`,
  );
}

await main();
