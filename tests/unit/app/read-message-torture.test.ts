// Every bad input must come out as a result object: no throw, no hang. The hostile cases are
// generated into a temp dir (some are large) by the shared generator.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEmail } from "../../../functions/app/read-message";

const TORTURE = join(import.meta.dirname, "../../fixtures/torture");
const CTX = { ownerAddresses: ["owner@example.com"], timezone: "Europe/Berlin" };

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function expectResultObject(path: string): Promise<void> {
  const result = await readEmail(new Uint8Array(readFileSync(path)), CTX);
  expect(result.extraction.kind).toMatch(
    /^(?:interview_invite|interview_scheduled|offer|rejection|update|outgoing|other)$/,
  );
  expect(() => JSON.stringify(result)).not.toThrow();
  if (result.extraction.error) expect(result.extraction.error).not.toMatch(/[\r\n]/);
}

describe("shared torture corpus", () => {
  const files = filesUnder(TORTURE).filter((f) => !f.endsWith(".py"));

  it("is present", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((f) => [f.slice(TORTURE.length + 1), f]))("%s", async (_name, path) => {
    await expectResultObject(path);
  });
});

describe("generated hostile cases", () => {
  let dir = "";

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "jobnudge-hostile-"));
    execFileSync("python3", [join(TORTURE, "make-hostile.py"), dir], { stdio: "ignore", timeout: 120_000 });
  }, 150_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("each comes out as a result object", async () => {
    const files = filesUnder(dir);
    expect(files.length).toBeGreaterThan(10);
    for (const path of files) await expectResultObject(path);
  }, 120_000);

  it("reports the empty message and the over-deep multipart as errors", async () => {
    const empty = await readEmail(new Uint8Array(readFileSync(join(dir, "empty.eml"))), CTX);
    const deep = await readEmail(new Uint8Array(readFileSync(join(dir, "nested-2000-multipart.eml"))), CTX);
    expect(empty.extraction.error).toMatch(/empty/);
    expect(deep.extraction.error).toMatch(/nesting/i);
  });
});
