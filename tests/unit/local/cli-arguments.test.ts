// What the CLI says about a mistake at the terminal: node:util's parseArgs errors in jobnudge's
// words with the closest option, and a file that cannot be read named with why, not an errno code.
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError, unreadableFile } from "../../../functions/local/cli/command";

const OPTIONS = { json: { type: "boolean" }, from: { type: "string" }, "dry-run": { type: "boolean" } } as const;

describe("parseCliArgs", () => {
  it.each([
    { args: ["--jsn"], says: "unknown option --jsn (did you mean --json?)" },
    { args: ["--dryrun"], says: "unknown option --dryrun (did you mean --dry-run?)" },
    { args: ["-x"], says: "unknown option -x" },
    { args: ["--verbose"], says: "unknown option --verbose" },
    { args: ["--from"], says: "--from needs a value" },
    { args: ["--from", "--json"], says: "--from needs a value" },
    { args: ["--json=yes"], says: "--json takes no value" },
  ])("$args: $says", ({ args, says }) => {
    let thrown: unknown;
    try {
      parseCliArgs(args, OPTIONS);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toBe(says);
  });

  it("accepts what it knows", () => {
    const { values, positionals } = parseCliArgs(["a.eml", "--from", "x@y.example", "--json"], OPTIONS);
    expect(values).toEqual({ from: "x@y.example", json: true });
    expect(positionals).toEqual(["a.eml"]);
  });
});

describe("unreadableFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "jobnudge-unreadable-"));
  const file = join(dir, "a.eml");
  writeFileSync(file, "x");

  it.each([
    { path: join(dir, "missing.eml"), says: "no such file" },
    { path: dir, says: "it is a folder, not a file" },
    { path: join(file, "scenario.json"), says: "part of that path is a file, not a folder" },
  ])("$says", async ({ path, says }) => {
    const err = await readFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(unreadableFile(err)).toBe(says);
  });
});
