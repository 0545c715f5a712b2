// The up-to-date check every CLI call makes (scripts/build.mjs ensureBuilt): a fingerprint that
// moves when an input moves, computed without loading the builders' modules.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain-JS build script without types
import { ensureBuilt, fnv1a64 } from "../../../scripts/build.mjs";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

describe("the quick fingerprint", () => {
  it("is 64-bit FNV-1a (the published test vectors)", () => {
    expect(fnv1a64("")).toBe("fnv1a64:cbf29ce484222325");
    expect(fnv1a64("a")).toBe("fnv1a64:af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("fnv1a64:85944171f73967e8");
  });

  it("moves when a size or an mtime moves", () => {
    const before = fnv1a64("functions/a.ts\u00001200\u00001733000000000.5\u0000");
    expect(fnv1a64("functions/a.ts\u00001201\u00001733000000000.5\u0000")).not.toBe(before);
    expect(fnv1a64("functions/a.ts\u00001200\u00001733000000001.5\u0000")).not.toBe(before);
  });
});

describe("the up-to-date path", () => {
  it("loads neither node:child_process nor node:crypto", async () => {
    await ensureBuilt(); // so the child below finds dist/ up to date
    const probe = `
        const { ensureBuilt } = await import(${JSON.stringify(`${ROOT}scripts/build.mjs`)});
        await ensureBuilt({ onBuild: () => { console.log("BUILT"); } });
        console.log(JSON.stringify(process.moduleLoadList));`;
    const ran = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" });
    expect(ran.status).toBe(0);
    expect(ran.stdout).not.toContain("BUILT");
    const loaded: string[] = JSON.parse(ran.stdout.trim().split("\n").at(-1) ?? "[]");
    expect(loaded).toContain("NativeModule fs");
    expect(loaded).not.toContain("NativeModule child_process");
    expect(loaded).not.toContain("NativeModule crypto");
  }, 120_000);
});
