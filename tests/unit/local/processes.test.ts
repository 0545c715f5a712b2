// Who holds a port, and stopping what a crashed stack left behind: only a recorded child whose
// parent is gone and whose command line still matches, never a process found by name.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../../functions/adapters/logger";
import { claimDataDir } from "../../../functions/local/stack/claim-data-dir";
import { assertPortsFree, LocalStackError } from "../../../functions/local/stack/ports";
import { commandLine, isAlive, listenerPid, listensOn } from "../../../functions/local/stack/processes";
import { orphanedChildren, writeChildPid, writeStackFile } from "../../../functions/local/stack/stack-file";

const linux = process.platform === "linux";
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanup.splice(0)) undo();
});

async function listen(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanup.push(() => server.close());
  const address = server.address();
  return { server, port: typeof address === "object" && address ? address.port : 0 };
}

/** A long-running process whose command line looks like DynamoDB Local on `port`. */
function fakeDynamo(port: number): ChildProcess {
  const child = spawn(
    process.execPath,
    ["-e", "setInterval(() => {}, 1000)", "--", "DynamoDBLocal.jar", "-port", String(port)],
    {
      stdio: "ignore",
    },
  );
  cleanup.push(() => child.kill("SIGKILL"));
  return child;
}

const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid;

describe.runIf(linux)("processes (Linux /proc)", () => {
  it("names the process listening on a port", async () => {
    const { port } = await listen();
    expect(listenerPid(port)).toBe(process.pid);
    expect(listensOn(process.pid, port)).toBe(true);
    expect(commandLine(process.pid)?.[0]).toMatch(/node/);
  });
});

describe("assertPortsFree", () => {
  it("fails naming the port, its setting and (on Linux) the pid holding it", async () => {
    // Prepare
    const { port } = await listen();

    // Act
    const check = assertPortsFree("127.0.0.1", [{ name: "DynamoDB Local", port, variable: "JOBNUDGE_DYNAMODB_PORT" }]);

    // Assess
    await expect(check).rejects.toThrow(LocalStackError);
    await expect(check).rejects.toThrow(
      `port ${port} (DynamoDB Local, JOBNUDGE_DYNAMODB_PORT) on 127.0.0.1 is already in use by`,
    );
    if (linux) await expect(check).rejects.toThrow(`pid ${process.pid} (`);
  });

  it("passes free ports", async () => {
    const { server, port } = await listen();
    await new Promise((resolve) => server.close(resolve));
    await expect(assertPortsFree("127.0.0.1", [{ name: "x", port, variable: "X" }])).resolves.toBeUndefined();
  });
});

describe.runIf(linux)("claimDataDir", () => {
  it("refuses a data folder a live stack runs on", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "jobnudge-claim-"));
    writeStackFile({
      pid: process.pid,
      argv: commandLine(process.pid) ?? [],
      startedAt: "2026-12-02T10:00:00.000Z",
      ready: true,
      dataDir,
      host: "127.0.0.1",
      inbox: "jobs@inbox.localhost",
      owner: { email: "sam@example.org", aliases: [], name: "Sam", timezone: "UTC" },
      ports: { smtp: 1, ses: 2, actions: 3, dynamodb: 4 },
      sesEndpoint: "http://127.0.0.1:2",
      actionsUrl: "http://127.0.0.1:3",
    });
    await expect(claimDataDir(dataDir, silentLogger)).rejects.toThrow(
      `another jobnudge stack is already running on the data folder ${dataDir}`,
    );
  });

  it("stops the DynamoDB Local a crashed stack left behind, and nothing else", async () => {
    // Prepare: an orphan (recorded, parent gone, command line matches), a look-alike whose record
    // does not match its command line, and a child whose parent (this process) still lives.
    const dataDir = mkdtempSync(join(tmpdir(), "jobnudge-claim-"));
    const orphan = fakeDynamo(18901);
    const lookAlike = fakeDynamo(18902);
    const adopted = fakeDynamo(18903);
    const record = (child: ChildProcess, port: number, parent: number) =>
      writeChildPid(dataDir, "dynamodb", {
        pid: child.pid ?? 0,
        parent,
        marks: ["DynamoDBLocal.jar", `-port ${port}`],
        startedAt: "2026-12-02T10:00:00.000Z",
      });
    await new Promise((r) => setTimeout(r, 200)); // let the children exec
    record(orphan, 18901, deadPid());
    record(lookAlike, 18999, deadPid());
    record(adopted, 18903, process.pid);
    expect(orphanedChildren(dataDir, "dynamodb").map((c) => c.pid)).toEqual([orphan.pid]);

    // Act
    await claimDataDir(dataDir, silentLogger);

    // Assess
    await new Promise((r) => setTimeout(r, 100));
    expect(orphan.exitCode !== null || orphan.signalCode !== null).toBe(true);
    expect(isAlive(lookAlike.pid ?? 0)).toBe(true);
    expect(isAlive(adopted.pid ?? 0)).toBe(true);
  });
});
