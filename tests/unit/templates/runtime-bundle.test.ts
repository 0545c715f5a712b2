import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("runtime renderer bundle", () => {
  it("bundles without mjml or any other package (only templates/ code and the compiled HTML)", async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, "templates/render.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
      absWorkingDir: ROOT,
    });

    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain("templates/compiled/index.ts");
    expect(inputs.filter((input) => !input.startsWith("templates/"))).toEqual([]);
  });
});
