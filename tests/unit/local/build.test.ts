// The CLI runs from dist/, built once and then only checked: a second call finds it up to date
// without building, and a command loads only its own modules (parse: no AWS SDK; status: no MIME
// parser).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain-JS build script without types
import { ensureBuilt } from "../../../scripts/build.mjs";

const build = ensureBuilt as (options?: { onBuild?: () => void }) => Promise<string>;

/** Every module `file` loads before its first line runs (static imports, transitively). */
function staticGraph(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(dir, file), "utf8");
  const base = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  for (const [, spec] of text.matchAll(/^import[^;]*?from\s*"(\.\/[^"]+)"/gm)) {
    staticGraph(dir, join(base, spec as string), seen);
  }
  return seen;
}

function dynamicImport(dir: string, file: string, name: string): string {
  const spec = new RegExp(`import\\("(\\./[^"]*${name}-[A-Z0-9]+\\.mjs)"\\)`).exec(
    readFileSync(join(dir, file), "utf8"),
  )?.[1];
  if (!spec) throw new Error(`${file} does not import ${name} lazily`);
  return join(file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "", spec);
}

const loads = (dir: string, files: Set<string>, marker: string) =>
  [...files].some((f) => readFileSync(join(dir, f), "utf8").includes(marker));

describe("dist/", () => {
  it("is built once: the next check finds it up to date without building", async () => {
    // Prepare
    const dir = await build();
    let built = false;

    // Act
    const again = await build({ onBuild: () => (built = true) });

    // Assess
    expect(again).toBe(dir);
    expect(built).toBe(false);
  }, 120_000);

  it("loads each command's modules only when that command runs", async () => {
    // Prepare
    const dir = await build();

    // Act
    const entry = staticGraph(dir, "cli.mjs");
    const parse = staticGraph(dir, dynamicImport(dir, "cli.mjs", "parse"));
    const status = staticGraph(dir, dynamicImport(dir, "cli.mjs", "status"));

    // Assess
    expect(loads(dir, entry, "DynamoDBClient")).toBe(false);
    expect(loads(dir, entry, "chrono")).toBe(false);
    expect(loads(dir, parse, "DynamoDBClient")).toBe(false);
    expect(loads(dir, status, "PostalMime")).toBe(false);
    expect(loads(dir, status, "DynamoDBClient")).toBe(true);
  }, 120_000);
});
