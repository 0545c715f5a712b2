// A CLI command started with another environment than `npm start` still finds the running stack
// (its stack.json) and uses its owner, inbox and ports, saying which of its own settings differ.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRunningStack } from "../../../functions/local/cli/running-stack";
import { commandLine } from "../../../functions/local/stack/processes";
import { type StackFile, writeStackFile } from "../../../functions/local/stack/stack-file";

function stackFile(dataDir: string, overrides: Partial<StackFile> = {}): StackFile {
  return {
    pid: process.pid,
    argv: commandLine(process.pid) ?? process.argv,
    startedAt: "2026-12-02T10:00:00.000Z",
    ready: true,
    dataDir,
    host: "127.0.0.1",
    inbox: "jobs@inbox.localhost",
    owner: { email: "sam@example.org", aliases: ["sam@work.example"], name: "Sam", timezone: "Europe/Berlin" },
    ports: { smtp: 12525, ses: 18005, actions: 18787, dynamodb: 18006 },
    sesEndpoint: "http://127.0.0.1:18005",
    actionsUrl: "http://127.0.0.1:18787",
    ...overrides,
  };
}

function run(env: NodeJS.ProcessEnv, dataDir: string) {
  const warnings: string[] = [];
  const found = findRunningStack({ JOBNUDGE_DATA_DIR: dataDir, ...env }, dataDir, (t) => warnings.push(t));
  return { found, warnings: warnings.join("") };
}

describe("findRunningStack", () => {
  it("uses the running stack's owner and ports and names the variable that disagrees", () => {
    // Prepare
    const dataDir = mkdtempSync(join(tmpdir(), "jobnudge-cli-"));
    writeStackFile(stackFile(dataDir));

    // Act
    const { found, warnings } = run({ JOBNUDGE_OWNER_EMAIL: "you@example.com" }, dataDir);

    // Assess
    expect(found.stack?.pid).toBe(process.pid);
    expect(found.config.owner.email).toBe("sam@example.org");
    expect(found.config.owner.aliases).toEqual(["sam@work.example"]);
    expect(found.config.owner.timezone).toBe("Europe/Berlin");
    expect(found.config.ports.smtp).toBe(12525);
    expect(warnings).toContain(
      "owner email: the stack uses sam@example.org; JOBNUDGE_OWNER_EMAIL in this shell says you@example.com",
    );
  });

  it("takes the stack's values over defaults this shell never chose, without a word", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "jobnudge-cli-"));
    writeStackFile(stackFile(dataDir));
    const { found, warnings } = run({}, dataDir);
    expect(found.config.owner.email).toBe("sam@example.org");
    expect(warnings).toBe("");
  });

  it("ignores the stack.json of a stack that died, and says so", () => {
    // Prepare: a pid that has exited
    const dataDir = mkdtempSync(join(tmpdir(), "jobnudge-cli-"));
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeStackFile(stackFile(dataDir, { pid: dead }));

    // Act
    const { found, warnings } = run({ JOBNUDGE_OWNER_EMAIL: "you@example.com" }, dataDir);

    // Assess
    expect(found.stack).toBeNull();
    expect(found.config.owner.email).toBe("you@example.com");
    expect(warnings).toContain(`(pid ${dead}) stopped without cleaning up`);
  });

  it("does not take a live pid with another command line for the stack (a reused pid)", async () => {
    // Prepare
    const dataDir = mkdtempSync(join(tmpdir(), "jobnudge-cli-"));
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    try {
      await new Promise((r) => setTimeout(r, 200));
      writeStackFile(stackFile(dataDir, { pid: other.pid ?? 0, argv: ["node", "dist/start.mjs"] }));

      // Act / Assess
      expect(run({}, dataDir).found.stack).toBeNull();
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("uses this shell's settings when no stack runs", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "jobnudge-cli-"));
    const { found, warnings } = run({ JOBNUDGE_OWNER_EMAIL: "you@example.com" }, dataDir);
    expect(found).toMatchObject({ stack: null, config: { owner: { email: "you@example.com" } } });
    expect(warnings).toBe("");
  });
});
