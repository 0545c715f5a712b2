// CLI latency as a person feels it: whole processes, from spawn to exit, beside `node -e 0` (the
// floor no command can beat) and as ratios to it. `status` is measured against a stack this script
// starts on free ports and a temporary data folder (one sample forwarded first), and stops. Uses
// hyperfine when it is on PATH (`apt-get install -y hyperfine`), else timed spawns, interleaved.
// Numbers only; nothing here asserts. Run: npx tsx bench/cli.ts   (BENCH_RUNS=N for more runs)
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beside, TARGETS } from "./targets";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SAMPLE = "samples/northwind-offer.eml";

interface Row {
  name: string;
  command: string[];
  env?: NodeJS.ProcessEnv;
}

interface Measured {
  name: string;
  wallMedian: number;
  wallMean: number;
  cpuMean: number | null;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startStack(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["scripts/build.mjs", "--run", "start"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the stack did not start in 120 s:\n${out}`)), 120_000);
    const look = (chunk: Buffer) => {
      out += String(chunk);
      if (out.includes("jobnudge ready")) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on("data", look);
    child.stderr?.on("data", look);
    child.once("exit", (code) => fail(new Error(`the stack exited (${code}):\n${out}`)));
  });
  return child;
}

function hasHyperfine(): boolean {
  return spawnSync("hyperfine", ["--version"]).status === 0;
}

const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`);

function withHyperfine(rows: Row[], env: NodeJS.ProcessEnv): Measured[] {
  const dir = mkdtempSync(join(tmpdir(), "jobnudge-bench-cli-"));
  try {
    const file = join(dir, "out.json");
    const commands = rows.map((r) => r.command.map(quote).join(" "));
    const names = rows.flatMap((r) => ["--command-name", r.name]);
    execFileSync(
      "hyperfine",
      ["-N", "--warmup", "2", "--runs", String(RUNS), "--export-json", file, "--style", "none", ...names, ...commands],
      { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] },
    );
    const { results } = JSON.parse(readFileSync(file, "utf8")) as {
      results: { command: string; median: number; mean: number; user: number; system: number }[];
    };
    return results.map((r) => ({
      name: r.command,
      wallMedian: r.median * 1000,
      wallMean: r.mean * 1000,
      cpuMean: (r.user + r.system) * 1000,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function withSpawns(rows: Row[], env: NodeJS.ProcessEnv): Measured[] {
  const times = rows.map(() => [] as number[]);
  for (let run = -2; run < RUNS; run += 1) {
    rows.forEach((row, i) => {
      const start = performance.now();
      const result = spawnSync(row.command[0] as string, row.command.slice(1), { cwd: ROOT, env, stdio: "ignore" });
      if (result.status !== 0) throw new Error(`${row.name} exited ${result.status}`);
      if (run >= 0) times[i]?.push(performance.now() - start);
    });
  }
  return rows.map((row, i) => {
    const sorted = (times[i] ?? []).sort((a, b) => a - b);
    return {
      name: row.name,
      wallMedian: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
      wallMean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
      cpuMean: null,
    };
  });
}

async function main(): Promise<void> {
  // The measured commands run from dist/: build it first so no run pays for a build.
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  const dataDir = mkdtempSync(join(tmpdir(), "jobnudge-bench-data-"));
  const { INIT_CWD: _typedIn, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    JOBNUDGE_DATA_DIR: dataDir,
    JOBNUDGE_SMTP_PORT: String(await freePort()),
    JOBNUDGE_SES_PORT: String(await freePort()),
    JOBNUDGE_ACTIONS_PORT: String(await freePort()),
    JOBNUDGE_DYNAMODB_PORT: String(await freePort()),
  };
  const stack = await startStack(env);
  try {
    execFileSync(process.execPath, ["bin/jobnudge.mjs", "send", SAMPLE], { cwd: ROOT, env, stdio: "ignore" });
    const node = process.execPath;
    const rows: Row[] = [
      { name: "node -e 0", command: [node, "-e", "0"] },
      { name: "jobnudge --help", command: [node, "bin/jobnudge.mjs", "--help"] },
      {
        name: "jobnudge parse",
        command: [node, "bin/jobnudge.mjs", "parse", SAMPLE, "--owner", "you@example.com", "--json"],
      },
      { name: "jobnudge status", command: [node, "bin/jobnudge.mjs", "status"] },
      {
        name: "npm run --silent cli -- parse",
        command: ["npm", "run", "--silent", "cli", "--", "parse", SAMPLE, "--owner", "you@example.com", "--json"],
      },
    ];
    const useHyperfine = hasHyperfine();
    const measured = useHyperfine ? withHyperfine(rows, env) : withSpawns(rows, env);
    const floor = measured[0];
    const header = [
      "command",
      "wall median ms",
      "wall mean ms",
      "CPU mean ms",
      "x node -e 0 (wall)",
      "x node -e 0 (CPU)",
    ];
    const table = measured.map((m) => [
      m.name,
      m.wallMedian.toFixed(0),
      m.wallMean.toFixed(0),
      m.cpuMean === null ? "-" : m.cpuMean.toFixed(0),
      floor ? (m.wallMedian / floor.wallMedian).toFixed(1) : "-",
      floor?.cpuMean && m.cpuMean !== null ? (m.cpuMean / floor.cpuMean).toFixed(1) : "-",
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? "").length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
    process.stdout.write(
      `\nCLI latency (whole process, ${RUNS} runs each, ${useHyperfine ? "hyperfine -N" : "timed spawns"}):\n` +
        `${line(header)}\n${line(widths.map((w) => "-".repeat(w)))}\n${table.map(line).join("\n")}\n`,
    );
    const parse = measured.find((m) => m.name === "jobnudge parse");
    if (floor && parse)
      process.stdout.write(
        `${TARGETS.cliParse.name}: ${beside(TARGETS.cliParse, parse.wallMedian / floor.wallMedian)}\n`,
      );
    process.stdout.write(
      `node ${process.version}; status reads a running stack holding one employer.` +
        (process.env.NODE_EXTRA_CA_CERTS && process.versions.node.startsWith("20.")
          ? " NODE_EXTRA_CA_CERTS is set: Node 20 loads the CA bundle at every start (~25-30 ms each, floor included).\n"
          : "\n"),
    );
  } finally {
    stack.kill("SIGTERM");
    await new Promise((r) => stack.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench/cli failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
