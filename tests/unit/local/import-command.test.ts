// `jobnudge import`'s arguments and clear errors: a missing path, a file that is no mailbox, bad
// options; and how --stage finds the deployment's resources.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../../../functions/adapters/logger";
import { UsageError } from "../../../functions/local/cli/command";
import { importCommand } from "../../../functions/local/cli/import";
import { importText } from "../../../functions/local/cli/import-report";
import { runImport } from "../../../functions/local/cli/import-run";
import { dryRunTarget, linkedStage, ownerFor, sstShellCommand } from "../../../functions/local/cli/import-targets";
import { ownerSettings } from "../../fakes/owner";
import { escapeMboxrd, GMAIL_ENVELOPE } from "../mailbox/mbox-text";

const dir = mkdtempSync(join(tmpdir(), "jobnudge-import-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => err.push(String(chunk)) > 0);
  return { out: () => out.join(""), err: () => err.join("") };
}

describe("jobnudge import: arguments and errors", () => {
  it("says when the path does not exist", async () => {
    const io = captured();

    const code = await importCommand.run([join(dir, "nope.mbox"), "--dry-run"]);

    expect(code).toBe(1);
    expect(io.err()).toContain("nope.mbox: no such file or folder");
  });

  it("names an unknown format and what it expected", async () => {
    const path = join(dir, "notes.txt");
    writeFileSync(path, "\u0000\u0001 binary notes, not mail\n");
    const io = captured();

    const code = await importCommand.run([path, "--dry-run"]);

    expect(code).toBe(1);
    expect(io.err()).toMatch(/notes\.txt: unknown format \(.+\)\. Expected an mbox file, a Maildir/);
  });

  it.each([
    [[], "give one PATH"],
    [["a.mbox", "b.mbox"], "give one PATH"],
    [["a.mbox", "--dry-run", "--stage", "prod"], "leave out --stage"],
    [["a.mbox", "--bogus"], "unknown option --bogus"],
    [["a.mbox", "--dryrun"], "unknown option --dryrun (did you mean --dry-run?)"],
  ])("rejects bad arguments %j", async (args, message) => {
    await expect(importCommand.run(args)).rejects.toThrow(UsageError);
    await expect(importCommand.run(args)).rejects.toThrow(message);
  });

  it("has help that names every option", () => {
    for (const option of ["--dry-run", "--json", "--owner", "--stage", "Ctrl-C"]) {
      expect(importCommand.help).toContain(option);
    }
  });

  it("takes --owner as the mail's owner, and refuses an address that is none", () => {
    const settings = ownerSettings({ email: "you@example.com" });

    expect(ownerFor(settings, undefined)).toBe(settings);
    expect(ownerFor(settings, "Sam.Rivera@Gmail.com").email).toBe("sam.rivera@gmail.com");
    expect(() => ownerFor(settings, "not-an-address")).toThrow(UsageError);
  });
});

describe("jobnudge import --dry-run: the stand-ins", () => {
  it("keeps no mail, writes nowhere and sends nothing, yet reports what it found", async () => {
    const path = join(dir, "dry.mbox");
    const raw = readFileSync(join(import.meta.dirname, "../../../samples/demo/northwind-offer.eml"), "latin1");
    writeFileSync(path, `${GMAIL_ENVELOPE}\n${escapeMboxrd(raw)}\n`, "latin1");
    const target = dryRunTarget(ownerSettings({ email: "you@example.com" }), silentLogger);
    const quiet = { write: () => true } as unknown as NodeJS.WritableStream;

    const outcome = await runImport(path, target.deps, {
      dryRun: true,
      stderr: quiet,
      interrupts: { subscribe: () => () => {} },
    });

    expect(outcome.report?.employers.map((e) => e.name)).toEqual(["Northwind Analytics"]);
    expect(outcome.report?.summary).toBe("none");
    const text = importText(outcome, { dryRun: true, timezone: "America/New_York", target: target.describe });
    expect(text).toContain("1 about job processes, 0 with a fact to check; dry run: nothing is changed.\n");
    await expect(target.deps.rawMail.get("anything")).rejects.toThrow("not found");
  });
});

describe("jobnudge import --stage: the deployment's resources", () => {
  it("knows the stage whose links `npx sst shell` put in the environment", () => {
    expect(linkedStage({ SST_RESOURCE_App: '{"name":"jobnudge","stage":"prod"}' })).toBe("prod");
    expect(linkedStage({})).toBeNull();
    expect(linkedStage({ SST_RESOURCE_App: "not json" })).toBeNull();
  });

  it("runs itself again under `npx sst shell --stage NAME` when they are missing", () => {
    const [command, args] = sstShellCommand("prod", [
      "node",
      "/repo/bin/jobnudge.mjs",
      "import",
      "t.mbox",
      "--stage",
      "prod",
    ]);

    expect(command).toBe("npx");
    expect(args).toEqual([
      "sst",
      "shell",
      "--stage",
      "prod",
      "--",
      process.execPath,
      "/repo/bin/jobnudge.mjs",
      "import",
      "t.mbox",
      "--stage",
      "prod",
    ]);
  });
});
