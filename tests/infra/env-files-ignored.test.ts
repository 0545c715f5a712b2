// SST loads `.env` and `.env.<stage>` into the deploy; they hold the owner's addresses and must
// never be committed (docs/deploy.md, 'Configure'). Asks git itself, as a commit would.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** git check-ignore exits 0 for an ignored path, 1 for one it would track. */
function ignored(file: string): boolean {
  const result = spawnSync("git", ["check-ignore", "--quiet", "--no-index", file], { cwd: root });
  if (result.status !== 0 && result.status !== 1) throw new Error(`git check-ignore failed: ${result.stderr}`);
  return result.status === 0;
}

describe(".gitignore", () => {
  it.each([[".env"], [".env.prod"], [".env.dev"], [".env.prod.local"]])("ignores %s", (file) => {
    expect(ignored(file)).toBe(true);
  });

  it("still lets a documented .env.example be committed", () => {
    expect(ignored(".env.example")).toBe(false);
  });
});
