// Lambda bundle weight and start-up per handler: each entry bundled the way SST does it (esbuild,
// ESM, minified, module-first main fields, createRequire banner), then imported in fresh Node
// processes. Numbers only; nothing here asserts. Run: npx tsx bench/bundles.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const HANDLERS = ["inbound", "nudge", "actions", "digest"];
const STARTS = Number(process.env.BENCH_STARTS ?? 7);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "jobnudge-bundles-"));
  try {
    const rows: string[][] = [];
    for (const name of HANDLERS) {
      const outfile = join(dir, `${name}.mjs`);
      const result = await build({
        entryPoints: [`functions/handlers/${name}.ts`],
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node22",
        minify: true,
        mainFields: ["module", "main"],
        outfile,
        metafile: true,
        logLevel: "silent",
        banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" },
      });
      const bytes = readFileSync(outfile);
      const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
      const heaviest = topPackages(output?.inputs ?? {}, 4);
      const starts = Array.from({ length: STARTS }, () => importMs(outfile)).sort((a, b) => a - b);
      rows.push([
        name,
        kb(bytes.length),
        kb(gzipSync(bytes).length),
        (starts[Math.floor(starts.length / 2)] ?? Number.NaN).toFixed(1),
        heaviest,
      ]);
    }
    const header = ["handler", "bundle", "gzip", "import ms (median)", "heaviest packages"];
    process.stdout.write(`${table([header, ...rows])}\n\nnode ${process.version}, ${STARTS} fresh processes each.\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds from process start to the handler module evaluated (a cold-start proxy). */
function importMs(file: string): number {
  const out = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", `await import(${JSON.stringify(file)}); console.log(performance.now());`],
    { encoding: "utf8", env: { ...process.env, NODE_EXTRA_CA_CERTS: "" } },
  );
  return Number(out.trim());
}

function topPackages(inputs: Record<string, { bytesInOutput: number }>, count: number): string {
  const byPackage = new Map<string, number>();
  for (const [path, info] of Object.entries(inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = match?.[1] ?? "(jobnudge)";
    byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytesInOutput);
  }
  return [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, size]) => `${name} ${kb(size)}`)
    .join(", ");
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(rows[0] ?? []), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.slice(1).map(line)].join(
    "\n",
  );
}

await main();
