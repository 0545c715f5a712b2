#!/usr/bin/env node
// `npm run typecheck:infra`: type-checks sst.config.ts and stacks/ against SST's platform types.
// Those types are not in the npm package: `sst install` extracts them from the CLI binary into
// .sst/platform (no AWS account needed). We run it only when that folder is missing, incomplete or
// from another SST version, with the switches that keep it off the network except npm
// (notes/sst-v4.md §3). Safe to run any number of times.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const platform = path.join(root, ".sst", "platform");
const log = (msg) => console.log(`typecheck:infra: ${msg}`);

function fail(msg) {
  console.error(`typecheck:infra: FAILED: ${msg}`);
  process.exit(1);
}

function wantedVersion() {
  const pkg = path.join(root, "node_modules", "sst", "package.json");
  if (!existsSync(pkg)) fail("node_modules/sst is missing; run `npm ci` first.");
  return JSON.parse(readFileSync(pkg, "utf8")).version;
}

/** Why .sst/platform must be (re)installed, or null when it is usable. */
function staleReason(version) {
  if (!existsSync(platform)) return ".sst/platform is missing";
  const versionFile = path.join(platform, "version");
  const installed = existsSync(versionFile) ? readFileSync(versionFile, "utf8").trim() : "unknown";
  if (installed !== version) return `.sst/platform is from SST ${installed}, the project pins ${version}`;
  for (const needed of [
    "config.d.ts",
    "node_modules/@pulumi/aws/package.json",
    "node_modules/@pulumi/pulumi/package.json",
  ]) {
    if (!existsSync(path.join(platform, needed))) return `.sst/platform is incomplete (no ${needed})`;
  }
  return null;
}

function run(what, command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error) fail(`${what} could not start: ${result.error.message}`);
  if (result.status !== 0) return { ok: false, seconds };
  return { ok: true, seconds };
}

const version = wantedVersion();
const reason = staleReason(version);
if (reason) {
  log(`${reason}; running \`sst install\` (about a minute the first time, npm registry only)...`);
  const install = run(
    "sst install",
    process.execPath,
    [path.join(root, "node_modules", "sst", "bin", "sst.mjs"), "install"],
    {
      SST_SKIP_DEPENDENCY_CHECK: "1",
      SST_NO_BUN: "1",
      SST_TELEMETRY_DISABLED: "1",
      SST_STAGE: "ci",
    },
  );
  if (!install.ok) {
    fail(
      "`sst install` failed (see its output above). It needs the npm registry; behind a proxy set " +
        "NPM_REGISTRY or .npmrc. Delete .sst/ and retry if it was interrupted.",
    );
  }
  const still = staleReason(version);
  if (still) fail(`\`sst install\` finished but ${still}.`);
  log(`platform installed in ${install.seconds}s`);
} else {
  log(`.sst/platform is up to date (SST ${version}); skipping install`);
}

log("running tsc -p tsconfig.infra.json (sst.config.ts, stacks/, tests/infra/)...");
const tsc = run("tsc", process.execPath, [
  path.join(root, "node_modules", "typescript", "bin", "tsc"),
  "-p",
  "tsconfig.infra.json",
]);
if (!tsc.ok) fail(`type errors in the infrastructure code (listed above; ${tsc.seconds}s).`);
log(`ok (${tsc.seconds}s)`);
