import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTemplates } from "../../../templates/build";
import { compileTemplates } from "../../../templates/compile";
import { TemplateBuildError } from "../../../templates/errors";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SOURCES = path.join(ROOT, "templates/mjml");
// The build script runs in a new process (tsx start-up, then every MJML source compiled): tens of
// seconds on a busy machine. The child is killed a little before the test gives up, so a hang
// fails with the child's own error rather than a bare timeout.
const CHILD_TIMEOUT_MS = 100_000;
const SPAWNING_TEST_TIMEOUT_MS = 120_000;

describe("template build", () => {
  let dir: string;
  let sources: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "jobnudge-templates-"));
    sources = path.join(dir, "mjml");
    await cp(SOURCES, sources, { recursive: true });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function replaceIn(file: string, from: string, to: string): Promise<void> {
    const text = await readFile(path.join(sources, file), "utf8");
    if (!text.includes(from)) throw new Error(`test setup: ${from} not in ${file}`);
    await writeFile(path.join(sources, file), text.replace(from, to));
  }

  it.each([
    [
      "an illegal attribute",
      "partials/summary.mjml",
      '<mj-text mj-class="label">What happened',
      '<mj-text mj-class="label" colour="red">What happened',
    ],
    [
      "a component in the wrong parent",
      "blocks/draft.mjml",
      "<mj-divider />",
      "<mj-section><mj-divider /></mj-section>",
    ],
    ["an unclosed tag", "blocks/section.mjml", "</mj-column>", ""],
    ["an unknown directive", "kinds/ack.mjml", "<!-- @accent", "<!-- @colour #000000 -->\n<!-- @accent"],
    ["a malformed placeholder", "blocks/action.mjml", "{{label}}", "{{ label }}"],
    ["a kind without its intro", "kinds/decline.mjml", "<!-- @intro", "<!-- @note"],
    ["markup in an intro", "kinds/decline.mjml", "One question first", "One <b>question</b> first"],
    ["a missing slot", "kinds/digest.mjml", "<mj-raw>{{html:tables}}</mj-raw>", ""],
  ])("fails on %s, naming the file", async (_, file, from, to) => {
    // Prepare
    await replaceIn(file, from, to);

    // Act
    const compiling = compileTemplates(sources);

    // Assess
    await expect(compiling).rejects.toThrow(TemplateBuildError);
    await expect(compileTemplates(sources)).rejects.toThrow(path.join(sources, file));
  });

  it("points at the source line, also inside an included partial", async () => {
    await replaceIn(
      "partials/summary.mjml",
      '<mj-text mj-class="label">Why now',
      '<mj-text mj-class="label" size="2">Why now',
    );

    await expect(compileTemplates(sources)).rejects.toThrow(
      `${path.join(sources, "partials/summary.mjml")}:5 (mj-text)`,
    );
  });

  it("fails when a kind has no source file", async () => {
    await rm(path.join(sources, "kinds/resignation.mjml"));

    await expect(compileTemplates(sources)).rejects.toThrow(/missing \[resignation\]/);
  });

  it("writes a module once, then skips while the sources are unchanged", async () => {
    // Prepare
    const out = path.join(dir, "compiled/index.ts");

    // Act
    const first = await buildTemplates(sources, out);
    const second = await buildTemplates(sources, out);
    await replaceIn("kinds/ack.mjml", "Check what it understood", "See what it understood");
    const third = await buildTemplates(sources, out);

    // Assess
    expect([first, second, third]).toEqual([true, false, true]);
    const module = await readFile(out, "utf8");
    expect(module).toMatch(/^\/\/ source-hash: [0-9a-f]{64}$/m);
    expect(module).toContain("export const COMPILED_KINDS");
    expect(module).toContain("See what it understood");
    expect(module).not.toContain("mjml2html");
  });

  it(
    "the build script exits non-zero with the file name on stderr and prints nothing on stdout",
    async () => {
      // Prepare
      await replaceIn("blocks/deadline.mjml", "<mj-text", "<mj-txet");
      const tsx = path.join(ROOT, "node_modules/.bin/tsx");
      const run = promisify(execFile)(tsx, ["templates/build.ts", sources, path.join(dir, "out/index.ts")], {
        cwd: ROOT,
        timeout: CHILD_TIMEOUT_MS,
      });

      // Act
      const failure = await run.then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );

      // Assess
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toBe("");
      expect(failure?.stderr).toContain(path.join(sources, "blocks/deadline.mjml"));
    },
    SPAWNING_TEST_TIMEOUT_MS,
  );
});
