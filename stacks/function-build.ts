// How SST v4 bundles each function (its pkg/runtime/node/build.go, for a nodejs22.x function with
// the options createFunctions sets): the one definition of those options, for stacks/functions.ts
// and for what measures and checks the bundles (bench/bundles.ts,
// tests/unit/wiring/handler-bundles.test.ts).
import type { BuildOptions, Metafile, Plugin } from "esbuild";

/** The `nodejs` options of every function (stacks/functions.ts). */
export const FUNCTION_NODEJS = {
  // Code splitting: what is reached only through import() goes into chunks beside bundle.mjs that
  // load on use, not at every cold start (bench/bundles.ts).
  splitting: true,
} as const;

/** Imported but never bundled: SST's default externals. */
const SST_EXTERNALS = ["sharp", "pg-native"];

/** SST's createRequire banner: CommonJS dependencies inside the ESM bundle find require and __dirname. */
const SST_BANNER = [
  "import { createRequire as topLevelCreateRequire } from 'module';",
  "const require = topLevelCreateRequire(import.meta.url);",
  'import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"',
  "const __filename = topLevelFileUrlToPath(import.meta.url)",
  'const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))',
].join("\n");

/**
 * esbuild's options as SST sets them for a function: ESM, es2023 (nodejs22.x), module-first
 * resolution, names kept, minified, split as FUNCTION_NODEJS says; `bundle.mjs` in `outdir` with
 * a metafile. `entry` is a file under `root`, or source text resolved from `root`.
 */
export function sstBuildOptions(
  root: string,
  entry: string | { source: string },
  outdir: string,
  plugins: Plugin[] = [],
): BuildOptions & { metafile: true } {
  return {
    absWorkingDir: root,
    ...(typeof entry === "string"
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.source, resolveDir: root, loader: "ts" as const, sourcefile: "entry.ts" } }),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "es2023",
    mainFields: ["module", "main"],
    keepNames: true,
    minify: true,
    external: SST_EXTERNALS,
    splitting: FUNCTION_NODEJS.splitting,
    outdir,
    entryNames: "bundle",
    outExtension: { ".js": ".mjs" },
    metafile: true,
    logLevel: "silent",
    plugins,
    banner: { js: SST_BANNER },
  };
}

/**
 * The output files a cold start loads: bundle.mjs and the chunks it imports statically, transitively
 * (what the size budgets of issue 12 count). Chunks only import() reaches load on use.
 */
export function staticGraph(metafile: Metafile): Set<string> {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => file.endsWith("/bundle.mjs"));
  const seen = new Set<string>();
  const stack = entry ? [entry] : [];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of outputs[file]?.imports ?? [])
      if (i.kind === "import-statement" && outputs[i.path]) stack.push(i.path);
  }
  return seen;
}
