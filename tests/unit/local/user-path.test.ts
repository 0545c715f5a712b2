// `npm run cli -- send x.eml` runs in the package root; the path is the one typed in INIT_CWD.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { userPath } from "../../../functions/local/cli/command";

const typedIn = mkdtempSync(join(tmpdir(), "jobnudge-typed-"));
const packageRoot = mkdtempSync(join(tmpdir(), "jobnudge-root-"));
writeFileSync(join(typedIn, "mine.eml"), "x");
writeFileSync(join(packageRoot, "only-in-root.eml"), "x");
writeFileSync(join(typedIn, "both.eml"), "x");
writeFileSync(join(packageRoot, "both.eml"), "x");

describe("userPath", () => {
  it.each([
    { path: "mine.eml", env: { INIT_CWD: typedIn }, expected: join(typedIn, "mine.eml") },
    { path: "both.eml", env: { INIT_CWD: typedIn }, expected: join(typedIn, "both.eml") }, // typed folder wins
    { path: "only-in-root.eml", env: { INIT_CWD: typedIn }, expected: join(packageRoot, "only-in-root.eml") },
    { path: "missing.eml", env: { INIT_CWD: typedIn }, expected: join(typedIn, "missing.eml") }, // errors name it
    { path: "both.eml", env: {}, expected: join(packageRoot, "both.eml") }, // no npm: the working directory
    { path: "/abs/x.eml", env: { INIT_CWD: typedIn }, expected: "/abs/x.eml" },
  ])("$path with $env", ({ path, env, expected }) => {
    expect(userPath(path, env, packageRoot)).toBe(expected);
  });
});
