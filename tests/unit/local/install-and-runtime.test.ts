// Node 22 is the target, Node 20 keeps working: what `npm ci` and each command print on Node 20.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { quietSdkNodeVersionWarning } from "../../../functions/local/node-runtime";

const root = new URL("../../../", import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(new URL(file, root), "utf8"));
// semver comes with the dev tooling (mjml -> js-beautify -> editorconfig); npm itself uses it for this check.
const semver = createRequire(import.meta.url)("semver") as { satisfies(version: string, range: string): boolean };

/** Packages `npm ci` warns about on Node 20 (EBADENGINE) that no version choice avoids; README says why. */
const KNOWN_NODE_22_ONLY = ["node_modules/@aws/durable-execution-sdk-js"]; // sst's workflow runtime, unused here

describe("Node versions", () => {
  it("targets Node 22 (.nvmrc) and still allows Node 20 (engines)", () => {
    expect(readFileSync(new URL(".nvmrc", root), "utf8").trim()).toBe("22");
    expect(json("package.json").engines.node).toBe(">=20");
  });

  it.each(["20.20.2", "22.20.0"])("installs on Node %s without engine warnings beyond the known one", (node) => {
    // Prepare
    const lock = json("package-lock.json") as {
      packages: Record<string, { engines?: { node?: string }; optional?: boolean }>;
    };
    // npm skips optional packages for other platforms (wasm builds...), and does not check them.
    const installed = ([path, pkg]: [string, { optional?: boolean }]) =>
      !pkg.optional || existsSync(new URL(path, root));

    // Act: npm's own check (EBADENGINE) for every package it installs
    const refused = Object.entries(lock.packages)
      .filter(installed)
      .filter(([, pkg]) => typeof pkg.engines?.node === "string" && !semver.satisfies(node, pkg.engines.node))
      .map(([path]) => path);

    // Assess
    expect(refused.filter((path) => !KNOWN_NODE_22_ONLY.includes(path))).toEqual([]);
  });

  it("silences only the AWS SDK's Node version warning, and leaves a user's choice alone", () => {
    const env: NodeJS.ProcessEnv = {};
    quietSdkNodeVersionWarning(env);
    expect(env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED).toBe("true");
    const chosen: NodeJS.ProcessEnv = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "false" };
    quietSdkNodeVersionWarning(chosen);
    expect(chosen.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED).toBe("false");
  });
});
