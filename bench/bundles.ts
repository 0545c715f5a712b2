// Lambda bundle weight and start-up per handler, each beside its baseline: a bare bundle of the
// SDK clients that handler uses plus postal-mime (clients constructed, nothing else). Both are
// bundled the way SST v4 does it (its pkg/runtime/node/build.go: esbuild, ESM, target es2023 for
// nodejs22.x, mainFields module first, keepNames, minified, its createRequire banner), then
// imported in fresh Node processes, handler and baseline interleaved so both see the same machine.
// Then the first message of a cold inbound container against a warm one, in fresh processes, with
// the INIT warm-up (functions/wiring/aws/warm-up.ts) and without it (the before).
// Numbers only; nothing here asserts. Run: npx tsx bench/bundles.ts   (BENCH_STARTS=N, default 11;
// BENCH_PART=bundles or first for one table)
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { sstBuildOptions, staticGraph } from "../stacks/function-build";
import { beside, TARGETS } from "./targets";

const ROOT = resolve(import.meta.dirname, "..");
const STARTS = Number(process.env.BENCH_STARTS ?? 11);
const FIRST_MESSAGE_RUNS = Number(process.env.BENCH_FIRST_RUNS ?? 7);

type Client = "dynamo" | "s3" | "scheduler" | "ses";

/** What each function's root wires (functions/wiring/aws/<name>.ts), and the targets of issue 12. */
const HANDLERS: { name: string; clients: Client[]; targetKb: number }[] = [
  { name: "inbound", clients: ["dynamo", "s3", "scheduler", "ses"], targetKb: 800 },
  { name: "nudge", clients: ["dynamo", "scheduler", "ses"], targetKb: 600 },
  { name: "digest", clients: ["dynamo", "scheduler", "ses"], targetKb: 600 },
  { name: "actions", clients: ["dynamo", "s3", "scheduler", "ses"], targetKb: 600 },
];
const IMPORT_TARGET = 1.3;
/** As on Lambda: a region, no extra CA bundle (Node 20 would load it at every start), no SDK notice. */
const CHILD_ENV = {
  ...process.env,
  NODE_EXTRA_CA_CERTS: "",
  AWS_REGION: "us-east-1",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

const CLIENT_IMPORTS: Record<Client, { imports: string; make: string }> = {
  dynamo: {
    imports:
      'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";\nimport { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";',
    make: "DynamoDBDocumentClient.from(new DynamoDBClient({}))",
  },
  s3: { imports: 'import { S3Client } from "@aws-sdk/client-s3";', make: "new S3Client({})" },
  scheduler: {
    imports: 'import { SchedulerClient } from "@aws-sdk/client-scheduler";',
    make: "new SchedulerClient({})",
  },
  ses: { imports: 'import { SESClient } from "@aws-sdk/client-ses";', make: "new SESClient({})" },
};

/** SST v4's options for a nodejs22.x function with the defaults jobnudge keeps (stacks/function-build.ts). */
const sstOptions = (entry: string | { source: string }, outdir: string, plugins: Plugin[] = []) =>
  sstBuildOptions(ROOT, entry, outdir, plugins);

/** Replaces the INIT warm-up with a no-op: the inbound bundle as it was before it (for the "before" rows). */
const withoutWarmUp: Plugin = {
  name: "without-warm-up",
  setup(b) {
    b.onResolve({ filter: /\/warm-up$/ }, () => ({ path: "warm-up", namespace: "no-warm-up" }));
    b.onLoad({ filter: /.*/, namespace: "no-warm-up" }, () => ({
      contents: "export async function warmUpReading() {}",
      loader: "js",
    }));
  },
};

function baselineSource(clients: Client[]): string {
  return [
    ...clients.map((c) => CLIENT_IMPORTS[c].imports),
    'import PostalMime from "postal-mime";',
    `const clients = [${clients.map((c) => CLIENT_IMPORTS[c].make).join(", ")}];`,
    "export const handler = async (raw) => [clients.length, await PostalMime.parse(raw)];",
  ].join("\n");
}

/** Milliseconds from process start to the module evaluated (a cold-start proxy: Lambda's INIT). */
function importMs(file: string): number {
  const out = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", `await import(${JSON.stringify(file)}); console.log(performance.now());`],
    { encoding: "utf8", env: CHILD_ENV },
  );
  return Number(out.trim());
}

/** Median import ms of each file, the files' starts interleaved round by round. */
function interleavedImports(files: string[], runs: number): number[] {
  const times = files.map(() => [] as number[]);
  for (let run = -1; run < runs; run += 1) {
    files.forEach((file, i) => {
      const ms = importMs(file);
      if (run >= 0) times[i]?.push(ms);
    });
  }
  return times.map(median);
}

/** Bytes a cold start loads (bundle.mjs and the chunks it imports statically) and bytes on disk. */
function loadedBytes(metafile: Metafile): {
  init: number;
  total: number;
  initInputs: Metafile["outputs"][string]["inputs"];
} {
  const seen = staticGraph(metafile);
  let init = 0;
  let total = 0;
  const initInputs: Metafile["outputs"][string]["inputs"] = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (file.endsWith(".map")) continue;
    total += output.bytes;
    if (!seen.has(file)) continue;
    init += output.bytes;
    for (const [path, info] of Object.entries(output.inputs)) {
      initInputs[path] = { bytesInOutput: (initInputs[path]?.bytesInOutput ?? 0) + info.bytesInOutput };
    }
  }
  return { init, total, initInputs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function topPackages(inputs: Metafile["outputs"][string]["inputs"], count: number): string {
  const byPackage = new Map<string, number>();
  for (const [path, info] of Object.entries(inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = match?.[1] ?? (path.startsWith("templates/") ? "templates" : "(jobnudge)");
    byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytesInOutput);
  }
  return [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, size]) => `${name} ${kb(size)}`)
    .join(", ");
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(rows[0] ?? []), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.slice(1).map(line)].join(
    "\n",
  );
}

async function bundleTable(dir: string): Promise<string> {
  const rows: string[][] = [];
  for (const h of HANDLERS) {
    const out = join(dir, h.name);
    const result = await build(sstOptions(`functions/handlers/${h.name}.ts`, out));
    const baselineOut = join(dir, `baseline-${h.name}`);
    const baseline = await build(sstOptions({ source: baselineSource(h.clients) }, baselineOut));
    // The import judged against the baseline is the static graph's: for inbound, the same bundle with
    // its INIT warm-up replaced by a no-op (the warm-up's own time is the last column).
    const staticOut = h.name === "inbound" ? join(dir, "inbound-no-warm-up") : out;
    if (h.name === "inbound") await build(sstOptions(`functions/handlers/${h.name}.ts`, staticOut, [withoutWarmUp]));
    const files = [join(staticOut, "bundle.mjs"), join(baselineOut, "bundle.mjs")];
    if (h.name === "inbound") files.push(join(out, "bundle.mjs"));
    const [staticMs = Number.NaN, baselineMs = Number.NaN, withWarmUpMs] = interleavedImports(files, STARTS);
    const size = loadedBytes(result.metafile ?? { inputs: {}, outputs: {} });
    const baselineSize = loadedBytes(baseline.metafile ?? { inputs: {}, outputs: {} });
    const ratio = staticMs / baselineMs;
    rows.push([
      h.name,
      `${kb(size.init)} (≤ ${h.targetKb} KB${size.init <= h.targetKb * 1024 ? "" : ", missed"})`,
      kb(size.total),
      `${kb(baselineSize.init)} / ${kb(baselineSize.total)}`,
      staticMs.toFixed(1),
      baselineMs.toFixed(1),
      `${ratio.toFixed(2)}x${ratio <= IMPORT_TARGET ? "" : " (missed)"}`,
      withWarmUpMs === undefined ? "-" : `${withWarmUpMs.toFixed(1)} (${(withWarmUpMs / baselineMs).toFixed(2)}x)`,
      topPackages(size.initInputs, 5),
    ]);
  }
  const header = [
    "handler",
    "loaded at INIT (static graph)",
    "on disk",
    "baseline INIT / disk",
    "import ms",
    "baseline ms",
    `ratio (≤ ${IMPORT_TARGET}x)`,
    "INIT ms with warm-up",
    "heaviest inputs loaded at INIT",
  ];
  return (
    `Lambda bundles as SST builds them; baseline = the same SDK clients + postal-mime, bare:\n${table([header, ...rows])}\n` +
    `"loaded at INIT" = bundle.mjs + the chunks it imports statically; "on disk" adds the chunks only import() loads.\n` +
    `Medians of ${STARTS} fresh processes each, interleaved. The inbound import is its static graph's (the warm-up ` +
    `replaced by a no-op); "with warm-up" is the bundle as deployed, whose warm-up loads the reading and template ` +
    `chunks and reads sample mail at INIT.\n`
  );
}

/** The entry of the first-message runs: the inbound root (with its INIT warm-up) and readEmail. */
const FIRST_MESSAGE_ENTRY = `import "./functions/wiring/aws/inbound";
export { readEmail } from "./functions/app/read-message";
export { htmlHeavyMessage, smallMessage } from "./bench/messages";
`;

const FIRST_MESSAGE_RUN = `
const m = await import(process.argv[1] + "/bundle.mjs");
const ctx = { ownerAddresses: ["sam.rivera@gmail.com"], inboxAddress: "jobs@inbox.rivera.dev", timezone: "America/New_York" };
const raw = m[process.argv[2]]();
const t0 = performance.now();
await m.readEmail(raw, ctx);
const first = performance.now() - t0;
const warm = [];
for (let i = 0; i < 30; i++) { const t = performance.now(); await m.readEmail(raw, ctx); warm.push(performance.now() - t); }
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ first, warm: warm[15] }));
`;

async function firstMessageTable(dir: string): Promise<string> {
  const withWarm = join(dir, "first-warm");
  const without = join(dir, "first-cold");
  await build(sstOptions({ source: FIRST_MESSAGE_ENTRY }, withWarm));
  await build(sstOptions({ source: FIRST_MESSAGE_ENTRY }, without, [withoutWarmUp]));
  const rows: string[][] = [];
  for (const message of ["smallMessage", "htmlHeavyMessage"]) {
    const results = new Map<string, { first: number[]; warm: number[] }>();
    for (let run = 0; run < FIRST_MESSAGE_RUNS; run += 1) {
      for (const [label, file] of [
        ["before: no warm-up", without],
        ["after: INIT warm-up", withWarm],
      ] as const) {
        const out = execFileSync(process.execPath, ["--input-type=module", "-e", FIRST_MESSAGE_RUN, file, message], {
          encoding: "utf8",
          env: CHILD_ENV,
        });
        const { first, warm } = JSON.parse(out) as { first: number; warm: number };
        const r = results.get(label) ?? { first: [], warm: [] };
        r.first.push(first);
        r.warm.push(warm);
        results.set(label, r);
      }
    }
    for (const [label, r] of results) {
      const first = median(r.first);
      const warm = median(r.warm);
      rows.push([message, label, first.toFixed(1), warm.toFixed(2), `${(first / warm).toFixed(1)}x`]);
    }
  }
  const header = ["message", "bundle", "first readEmail ms", "warm ms (median)", "first / warm (≤ 2x)"];
  const deployed = rows.filter((row) => row[1] === "after: INIT warm-up").map((row) => Number.parseFloat(row[4] ?? ""));
  const verdict = `${TARGETS.firstMessage.name}, worst message: ${beside(TARGETS.firstMessage, Math.max(...deployed))}`;
  return (
    `\nFirst message of a fresh inbound process vs a warm one (the inbound root bundled as SST does; ` +
    `medians of ${FIRST_MESSAGE_RUNS} processes):\n${table([header, ...rows])}\n${verdict}\n`
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "jobnudge-bundles-"));
  try {
    const part = process.env.BENCH_PART ?? "all";
    if (part !== "first") process.stdout.write(await bundleTable(dir));
    if (part !== "bundles") process.stdout.write(await firstMessageTable(dir));
    process.stdout.write(`\nnode ${process.version}.\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
