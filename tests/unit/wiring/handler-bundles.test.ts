// Each Lambda bundles and loads only what it uses: every handler bundled as SST v4 builds it (ESM,
// module-first, code splitting as stacks/functions.ts sets it), then what its cold start loads
// (bundle.mjs and the chunks it imports statically) is read off esbuild's metafile.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const HANDLERS = ["inbound", "nudge", "digest", "actions"] as const;
type Handler = (typeof HANDLERS)[number];

interface Loaded {
  /** Source files in what a cold start loads. */
  atInit: string[];
  /** Source files in chunks only import() loads. */
  onUse: string[];
}

const loaded = new Map<Handler, Loaded>();
let dir = "";

function split(metafile: Metafile): Loaded {
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
  const atInit = new Set<string>();
  const onUse = new Set<string>();
  for (const [file, output] of Object.entries(outputs)) {
    for (const [input, info] of Object.entries(output.inputs)) {
      if (info.bytesInOutput > 0) (seen.has(file) ? atInit : onUse).add(input);
    }
  }
  return { atInit: [...atInit], onUse: [...onUse].filter((f) => !atInit.has(f)) };
}

const has = (files: string[], pattern: RegExp) => files.some((f) => pattern.test(f));
const S3 = /node_modules\/@aws-sdk\/client-s3\//;
const PARSER = /node_modules\/postal-mime\//;
const CHRONO = /node_modules\/chrono-node\//;
const EXTRACTORS = /^functions\/domain\/extract\//;
const TEMPLATES = /^templates\/compiled\//;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jobnudge-handler-bundles-"));
  for (const name of HANDLERS) {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: [`functions/handlers/${name}.ts`],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "es2023",
      mainFields: ["module", "main"],
      keepNames: true,
      minify: true,
      splitting: true,
      outdir: join(dir, name),
      entryNames: "bundle",
      outExtension: { ".js": ".mjs" },
      metafile: true,
      logLevel: "silent",
    });
    loaded.set(name, split(result.metafile));
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const of = (name: Handler): Loaded => loaded.get(name) ?? { atInit: [], onUse: [] };

describe("what each Lambda loads at a cold start", () => {
  it.each(["nudge", "digest"] as const)("%s: no S3 client, no MIME parser, no extractors, no chrono", (name) => {
    const { atInit, onUse } = of(name);

    for (const files of [atInit, onUse]) {
      expect(has(files, S3)).toBe(false);
      expect(has(files, PARSER)).toBe(false);
      expect(has(files, EXTRACTORS)).toBe(false);
      expect(has(files, CHRONO)).toBe(false);
    }
    // They send on nearly every invocation: the templates load at INIT, not during the first event.
    expect(has(atInit, TEMPLATES)).toBe(true);
  });

  it("actions: S3, the message reader and the templates load only on the link or send that needs them", () => {
    const { atInit, onUse } = of("actions");

    expect(has(atInit, S3)).toBe(false);
    expect(has(atInit, PARSER)).toBe(false);
    expect(has(atInit, EXTRACTORS)).toBe(false);
    expect(has(atInit, TEMPLATES)).toBe(false);
    expect(has(onUse, S3)).toBe(true);
    expect(has(onUse, PARSER)).toBe(true);
    expect(has(onUse, TEMPLATES)).toBe(true);
    // Only chrono's English parser (the owner types a date in English): its other locales are in
    // the message reader's chunk.
    expect(has(atInit, /chrono-node\/dist\/esm\/locales\/(de|fr|es|nl|ja)\//)).toBe(false);
  });

  it("inbound: everything a message needs is loaded at INIT, the calendar reader with the first .ics", () => {
    const { atInit, onUse } = of("inbound");

    for (const pattern of [S3, PARSER, EXTRACTORS, CHRONO, TEMPLATES]) expect(has(atInit, pattern)).toBe(true);
    expect(has(atInit, /node_modules\/ical\.js\//)).toBe(false);
    expect(has(onUse, /node_modules\/ical\.js\//)).toBe(true);
  });

  it.each(HANDLERS)("%s: no nodemailer and no classic zod", (name) => {
    const { atInit, onUse } = of(name);

    for (const files of [atInit, onUse]) {
      expect(has(files, /node_modules\/nodemailer\//)).toBe(false);
      expect(has(files, /node_modules\/zod\/v4\/classic\//)).toBe(false);
      expect(has(files, /node_modules\/zod\/v4\/locales\//)).toBe(false);
    }
  });
});
