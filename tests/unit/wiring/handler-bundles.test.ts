// Each Lambda bundles and loads only what it uses: every handler bundled as SST v4 builds it
// (stacks/function-build.ts), then what its cold start loads (bundle.mjs and the chunks it imports
// statically) is read off esbuild's metafile.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sstBuildOptions, staticGraph } from "../../../stacks/function-build";

const ROOT = resolve(import.meta.dirname, "../../..");
const HANDLERS = ["inbound", "nudge", "digest", "actions"] as const;
type Handler = (typeof HANDLERS)[number];

interface Loaded {
  /** Source files in what a cold start loads. */
  atInit: string[];
  /** Source files in chunks only import() loads. */
  onUse: string[];
  /** Bytes of what a cold start loads: bundle.mjs and the chunks it imports statically. */
  initBytes: number;
}

const loaded = new Map<Handler, Loaded>();
let dir = "";

function split(metafile: Metafile): Loaded {
  const seen = staticGraph(metafile);
  const atInit = new Set<string>();
  const onUse = new Set<string>();
  let initBytes = 0;
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (seen.has(file)) initBytes += output.bytes;
    for (const [input, info] of Object.entries(output.inputs)) {
      if (info.bytesInOutput > 0) (seen.has(file) ? atInit : onUse).add(input);
    }
  }
  return { atInit: [...atInit], onUse: [...onUse].filter((f) => !atInit.has(f)), initBytes };
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
    const result = await build(sstBuildOptions(ROOT, `functions/handlers/${name}.ts`, join(dir, name)));
    loaded.set(name, split(result.metafile));
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const of = (name: Handler): Loaded => loaded.get(name) ?? { atInit: [], onUse: [], initBytes: Number.NaN };

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

  it("inbound: the reader, the templates and the calendar reader load through import(), S3 at INIT", () => {
    const { atInit, onUse } = of("inbound");

    expect(has(atInit, S3)).toBe(true);
    // The INIT warm-up (functions/wiring/aws/warm-up.ts) loads these before the first event; the
    // static graph holds only what every invocation evaluates.
    for (const pattern of [PARSER, EXTRACTORS, TEMPLATES, /node_modules\/entities\//, /node_modules\/ical\.js\//]) {
      expect(has(atInit, pattern)).toBe(false);
      expect(has(onUse, pattern)).toBe(true);
    }
    // chrono's English parser reads the owner's dates in replies; the locales come with the extractors.
    expect(has(atInit, /chrono-node\/dist\/esm\/locales\/(de|fr|es|nl|it|pt)\//)).toBe(false);
  });

  // Issue 12's budgets for what a cold start loads (the warm-up's chunks are measured by bench/bundles.ts).
  it.each([
    ["inbound", 800],
    ["nudge", 600],
    ["digest", 600],
    ["actions", 600],
  ] as const)("%s: at most %i KB loaded at INIT", (name, budgetKb) => {
    expect(of(name).initBytes).toBeLessThanOrEqual(budgetKb * 1024);
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
