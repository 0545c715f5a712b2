#!/usr/bin/env node
// The `jobnudge` command. Runs the CLI bundled in dist/ (built by scripts/build.mjs, rebuilt here
// only when a source changed), so a call costs one Node start plus the command's own modules.
// For development without a build: `npx tsx functions/local/cli/main.ts <command> ...`.
import module from "node:module";
import { pathToFileURL } from "node:url";
import { ensureBuilt } from "../scripts/build.mjs";

// Node 22.1+ keeps compiled bytecode between runs (faster starts); a no-op before that.
module.enableCompileCache?.();

let dir;
try {
  dir = await ensureBuilt({
    onBuild: (reason) => process.stderr.write(`jobnudge: building dist/ first (${reason}) ...\n`),
  });
} catch (err) {
  process.stderr.write(`jobnudge: the build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
await import(pathToFileURL(`${dir}/cli.mjs`).href);
