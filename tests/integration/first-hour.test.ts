// A first hour without surprises: what a tester saw go silently wrong, each checked against a real
// local stack (own free ports, own data folders) and the real `jobnudge` command (bin/jobnudge.mjs,
// run from dist/ as users run it).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../functions/adapters/logger";
import { type LocalConfig, loadLocalConfig } from "../../functions/local/config";
import { startDynamoDbLocal } from "../../functions/local/stack/dynamodb-local";
import { LocalStackError } from "../../functions/local/stack/ports";
import { isAlive } from "../../functions/local/stack/processes";
import { type RunningStack, runStack } from "../../functions/local/stack/run-stack";
import { emulatorEmails } from "../../functions/local/stack/ses-store";
// @ts-expect-error plain-JS build script without types
import { ensureBuilt } from "../../scripts/build.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const SAMPLES = join(ROOT, "samples");
const OWNER = "sam@example.org";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function stackEnv(owner: string | null = OWNER): Promise<Record<string, string>> {
  return {
    JOBNUDGE_DATA_DIR: mkdtempSync(join(tmpdir(), "jobnudge-first-hour-")),
    JOBNUDGE_SMTP_PORT: String(await freePort()),
    JOBNUDGE_SES_PORT: String(await freePort()),
    JOBNUDGE_ACTIONS_PORT: String(await freePort()),
    JOBNUDGE_DYNAMODB_PORT: String(await freePort()),
    ...(owner ? { JOBNUDGE_OWNER_EMAIL: owner } : {}),
  };
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A process as a user starts it, without the test runner's npm variables. Never spawnSync: the stack runs in this process. */
function run(
  command: string[],
  env: Record<string, string>,
  options: { closeStdout?: boolean; cwd?: string } = {},
): Promise<Ran> {
  const { INIT_CWD: _a, npm_lifecycle_event: _b, JOBNUDGE_OWNER_EMAIL: _c, ...inherited } = process.env;
  const child = spawn(process.execPath, command, {
    cwd: options.cwd ?? ROOT,
    env: { ...inherited, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  if (options.closeStdout) child.stdout.destroy();
  else child.stdout.on("data", (d) => (stdout += String(d)));
  child.stderr.on("data", (d) => (stderr += String(d)));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

const jobnudge = (args: string[], env: Record<string, string>, options?: { closeStdout?: boolean }) =>
  run(["bin/jobnudge.mjs", ...args], env, options);

const configOf = (env: Record<string, string>): LocalConfig => loadLocalConfig(env, env.JOBNUDGE_DATA_DIR);

beforeAll(async () => {
  await ensureBuilt(); // the commands below run from dist/
}, 180_000);

describe("mistakes at the terminal", () => {
  it.each([
    { typed: "stauts", meant: "status" },
    { typed: "sned", meant: "send" },
  ])("a misspelt command ($typed) names the closest one, exit 2", async ({ typed, meant }) => {
    const ran = await jobnudge([typed], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`jobnudge: unknown command "${typed}" (did you mean ${meant}?)`);
    expect(ran.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("help COMMAND is that command's help", async () => {
    const ran = await jobnudge(["help", "send"], {});
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^Usage: jobnudge send FILE\.eml/);
  });

  it("a misspelt option names the closest one, exit 2", async () => {
    const ran = await jobnudge(["status", "--jsn"], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^jobnudge status: unknown option --jsn \(did you mean --json\?\)\n/);
  });

  it("send --from a word that is no address: exit 2 before anything is sent", async () => {
    const ran = await jobnudge(["send", join(SAMPLES, "northwind-offer.eml"), "--from", "stranger"], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('--from needs an email address, e.g. --from someone@else.com (got "stranger")');
    expect(ran.stderr).not.toContain("501");
  });
});

describe("with no stack running", () => {
  it.each([
    ["send", join(SAMPLES, "northwind-offer.eml")],
    ["command", "status"],
  ])("%s names the data folder it found no stack on, exit 1", async (name, arg) => {
    // Prepare: an empty data folder and a port nothing listens on
    const env = await stackEnv();

    // Act
    const ran = await jobnudge([name, arg], env);

    // Assess
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(`nothing listens on 127.0.0.1:${env.JOBNUDGE_SMTP_PORT}`);
    expect(ran.stderr).toContain(
      `no local stack runs on the data folder ${env.JOBNUDGE_DATA_DIR} (no stack.json there); start it with \`npm start\``,
    );
  });
});

describe("with the stack running", () => {
  let env: Record<string, string>;
  let stack: RunningStack;
  // The CLI's shell: same data folder, but no JOBNUDGE_OWNER_EMAIL (the tester's second terminal).
  let cliEnv: Record<string, string>;

  beforeAll(async () => {
    env = await stackEnv();
    stack = await runStack(configOf(env), silentLogger, { schedulerIntervalMs: 200 });
    const { JOBNUDGE_OWNER_EMAIL: _owner, ...rest } = env;
    cliEnv = rest;
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("open before any email: says the viewer keeps emails only while the stack runs", async () => {
    const ran = await jobnudge(["open"], cliEnv);
    expect(ran).toMatchObject({ code: 0, stderr: "" });
    expect(ran.stdout).toContain(`No email to ${OWNER} since this stack started (`);
    expect(ran.stdout).toContain("the viewer keeps emails only while the stack runs");
  });

  it("send: reports an applied message, exit 0", async () => {
    const ran = await jobnudge(["send", join(SAMPLES, "northwind-offer.eml")], cliEnv);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("northwind-offer.eml: applied: offer from Northwind");
    // The sample is the default owner's forward (you@example.com); this stack's owner is another.
    expect(ran.stderr).toContain(`note: neither from nor to the owner ${OWNER} (From you@example.com`);
  });

  it("send --from a stranger: rejected as a stranger, exit 1", async () => {
    const ran = await jobnudge(["send", join(SAMPLES, "northwind-offer.eml"), "--from", "x@else.example"], cliEnv);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("rejected as a stranger: the envelope sender x@else.example is not the owner");
  });

  it("send a file that is not an email: unreadable, the owner was told, exit 1", async () => {
    // Prepare
    const junk = join(env.JOBNUDGE_DATA_DIR as string, "notes.txt");
    writeFileSync(junk, "just some notes, no headers at all\n");

    // Act
    const ran = await jobnudge(["send", junk], cliEnv);

    // Assess
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(
      /notes\.txt: unreadable \(.+\): jobnudge could not read it as an email; the owner was told/,
    );
    const emails = await emulatorEmails(stack.sesEndpoint);
    expect(emails.some((e) => e.destination.to.some((to) => to.includes(OWNER)) && /notes|read/i.test(e.subject))).toBe(
      true,
    );
  });

  it("send the same message again: already applied, nothing changed, no second acknowledgement", async () => {
    // Prepare
    const file = join(SAMPLES, "northwind-offer.eml");
    await jobnudge(["send", file], cliEnv);
    const before = (await emulatorEmails(stack.sesEndpoint)).length;

    // Act
    const ran = await jobnudge(["send", file], cliEnv);

    // Assess
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("northwind-offer.eml: already applied: offer from Northwind Analytics");
    expect(ran.stdout).not.toContain("The acknowledgement is in");
    expect(await emulatorEmails(stack.sesEndpoint)).toHaveLength(before);
  });

  it("send a missing file or a folder: named in words, exit 1", async () => {
    const ran = await jobnudge(["send", join(SAMPLES, "missing.eml"), SAMPLES], cliEnv);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(
      `[1/2] ${join(SAMPLES, "missing.eml")}: cannot read ${join(SAMPLES, "missing.eml")}: no such file`,
    );
    expect(ran.stderr).toContain(`[2/2] ${SAMPLES}: cannot read ${SAMPLES}: it is a folder, not a file`);
    expect(ran.stderr).not.toMatch(/ENOENT|EISDIR/);
  });

  it("send resolves a path from the folder npm was started in (INIT_CWD)", async () => {
    const ran = await jobnudge(["send", "northwind-offer.eml"], { ...cliEnv, INIT_CWD: SAMPLES });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("applied");
  });

  it("status: started with another owner in the shell, shows the stack's employers and says why", async () => {
    const ran = await jobnudge(["status"], { ...cliEnv, JOBNUDGE_OWNER_EMAIL: "you@example.com" });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("Northwind");
    expect(ran.stderr).toContain(
      `owner email: the stack uses ${OWNER}; JOBNUDGE_OWNER_EMAIL in this shell says you@example.com`,
    );
    expect(ran.stderr).not.toContain("NodeVersionSupportWarning");
  });

  it("status | head: a reader that stops early ends the command quietly", async () => {
    const ran = await jobnudge(["status"], cliEnv, { closeStdout: true });
    expect(ran).toMatchObject({ code: 0, stderr: "" });
  });

  it("send another person's forward: still read as the owner's mail, with a note saying whose it looks", async () => {
    // A newsletter one of the corpus's other owners forwarded (not job mail: no employer is made).
    const ran = await jobnudge(
      ["send", join(ROOT, "tests/fixtures/corpus/offer-desk-newsletter-proton-fwd.eml")],
      cliEnv,
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("offer-desk-newsletter-proton-fwd.eml: read, but it is not about a job process");
    expect(ran.stderr).toContain(
      `note: neither from nor to the owner ${OWNER} (From theo.adeyemi@proton.me, To inbox@jobs.adeyemi.ca)`,
    );
    expect(ran.stderr).toContain("JOBNUDGE_OWNER_EMAIL=THEIR_ADDRESS npm start");
  });

  it('command "snooze Northwind 3d": mailed as the owner, prints the reply', async () => {
    const ran = await jobnudge(["command", "snooze Northwind 3d"], cliEnv);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/recorded, no nudges about Northwind Analytics until/i);
  });

  it("open: the latest owner email in the terminal, --html as a file", async () => {
    const text = await jobnudge(["open"], cliEnv);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Subject: jobnudge: recorded, no nudges about Northwind Analytics until/m);
    expect(text.stdout).toContain(`Viewer:  ${stack.sesEndpoint}/`);
    expect(text.stdout).toMatch(/^Sent: {4}\w{3} \d{1,2} \w{3}, \d{1,2}:\d\d [AP]M E[SD]T$/m); // the owner's zone, not UTC ISO
    const html = await jobnudge(["open", "--html"], cliEnv);
    const path = html.stdout.trim();
    expect(html.code).toBe(0);
    expect(readFileSync(path, "utf8")).toMatch(/<html/i);
  });

  it('command "acept northwind": the reply is printed, the command to type is named, exit 1', async () => {
    const ran = await jobnudge(["command", "acept northwind"], cliEnv);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain("Did you mean: accept Northwind Analytics?");
    expect(ran.stderr).toContain(
      'jobnudge command: not understood, nothing changed; to do it: jobnudge command "accept Northwind Analytics"',
    );
  });

  it("command that cannot be done as asked (rename to the same name): says why, exit 1", async () => {
    const ran = await jobnudge(["command", "rename Northwind to Northwind Analytics"], cliEnv);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain("Nothing changed: Northwind Analytics is already called Northwind Analytics");
    expect(ran.stderr).toContain("jobnudge command: not done, nothing changed (the reply above says why)");
  });

  it.each(["command", "open"])("%s --help explains itself", async (name) => {
    const ran = await jobnudge([name, "--help"], cliEnv);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`Usage: jobnudge ${name}`);
  });

  it("a second stack on the same data folder fails loudly", async () => {
    await expect(runStack(configOf(env), silentLogger)).rejects.toThrow(
      `another jobnudge stack is already running on the data folder ${env.JOBNUDGE_DATA_DIR}`,
    );
  });

  it("npm start (or npm run demo) on taken ports exits 1 naming each port and its holder", async () => {
    // Prepare: another data folder, the same ports
    const other = { ...env, JOBNUDGE_DATA_DIR: mkdtempSync(join(tmpdir(), "jobnudge-first-hour-")) };

    // Act
    const ran = await run(["scripts/build.mjs", "--run", "start"], other);

    // Assess
    expect(ran.code).toBe(1);
    expect(ran.stdout).not.toContain("jobnudge ready");
    expect(ran.stderr).toContain(`port ${env.JOBNUDGE_SMTP_PORT} (inbound SMTP, JOBNUDGE_SMTP_PORT)`);
    expect(ran.stderr).toContain(`port ${env.JOBNUDGE_DYNAMODB_PORT} (DynamoDB Local, JOBNUDGE_DYNAMODB_PORT)`);
    if (process.platform === "linux") expect(ran.stderr).toContain(`in use by pid ${process.pid} (`);
  });

  it("DynamoDB Local is ready only when its own child answers, not whatever holds the port", async () => {
    const port = Number(env.JOBNUDGE_DYNAMODB_PORT);
    const start = startDynamoDbLocal({ port, dbPath: null });
    await expect(start).rejects.toThrow(LocalStackError);
    await expect(start).rejects.toThrow(String(port));
  }, 60_000);

  it("after a clean stop, status as another owner says whose employers the data folder holds", async () => {
    // Prepare
    await stack.stop();
    expect(existsSync(join(env.JOBNUDGE_DATA_DIR as string, "stack.json"))).toBe(false);

    // Act
    const ran = await jobnudge(["status"], { ...cliEnv, JOBNUDGE_OWNER_EMAIL: "you@example.com" });

    // Assess
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("No employers yet for you@example.com");
    expect(ran.stderr).toContain(`holds employers for:\n  ${OWNER} (1)`);
    expect(ran.stderr).toContain(`JOBNUDGE_OWNER_EMAIL=${OWNER}`);
  }, 90_000);

  it("with no stack running, status shows this shell's owner's employers and names the other owners'", async () => {
    // Prepare: the same data folder, a stack run as another owner who forwards the same sample
    const other = "you@example.com";
    const second = await runStack(configOf({ ...env, JOBNUDGE_OWNER_EMAIL: other }), silentLogger);
    try {
      expect((await jobnudge(["send", join(SAMPLES, "northwind-offer.eml")], cliEnv)).code).toBe(0);
    } finally {
      await second.stop();
    }

    // Act
    const ran = await jobnudge(["status"], { ...cliEnv, JOBNUDGE_OWNER_EMAIL: other });

    // Assess
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("Northwind Analytics: offer");
    expect(ran.stderr).toContain(`these are ${other}'s employers; ${env.JOBNUDGE_DATA_DIR} also holds employers for:`);
    expect(ran.stderr).toContain(`  ${OWNER} (1)`);
  }, 180_000);
});

/** `npm start` or `npm run demo` as spawned by npm; resolves once `line` is printed. */
async function startUntil(script: "start" | "demo", env: Record<string, string>, line: string) {
  const child = spawn(process.execPath, ["scripts/build.mjs", "--run", script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    const seen = (d: Buffer) => {
      out += String(d);
      if (out.includes(line)) resolve();
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    void exited.then((code) => reject(new Error(`${script} exited early (${code}): ${out}`)));
  });
  return { child, exited, output: () => out };
}

describe("Ctrl-C", () => {
  it("while npm start is still starting: it stops cleanly, nothing left for the next start to call a crash", async () => {
    // Prepare
    const env = await stackEnv();
    const { child, exited, output } = await startUntil("start", env, "starting DynamoDB Local");

    // Act
    child.kill("SIGINT");
    const code = await exited;

    // Assess
    expect(code).toBe(0);
    expect(output()).not.toContain("jobnudge ready");
    expect(existsSync(join(env.JOBNUDGE_DATA_DIR as string, "stack.json"))).toBe(false);
    expect(readdirSync(join(env.JOBNUDGE_DATA_DIR as string, "pids"))).toEqual([]);
  }, 180_000);

  it("during npm run demo: it says it stops, not that the demo is over", async () => {
    // Prepare
    const env = await stackEnv();
    const { child, exited, output } = await startUntil("demo", env, "Watch the emails arrive");

    // Act
    child.kill("SIGINT");
    const code = await exited;

    // Assess
    expect(code).toBe(0);
    expect(output()).toContain("jobnudge demo: stopping");
    expect(output()).not.toContain("demo over");
    expect(readdirSync(join(env.JOBNUDGE_DATA_DIR as string, "demo", "pids"))).toEqual([]);
  }, 180_000);
});

describe("after a crash", () => {
  it("the next start stops the DynamoDB Local the crashed stack left and starts its own", async () => {
    // Prepare: a stack as `npm start` runs it, killed without a chance to clean up
    const env = await stackEnv();
    const { child: crashed, exited } = await startUntil("start", env, "jobnudge ready");
    const pidsDir = join(env.JOBNUDGE_DATA_DIR as string, "pids");
    const orphanPid = Number(/\.(\d+)\.json$/.exec(readdirSync(pidsDir)[0] ?? "")?.[1]);
    crashed.kill("SIGKILL");
    await exited;
    expect(isAlive(orphanPid)).toBe(true);

    // Act
    const stack = await runStack(configOf(env), silentLogger);
    try {
      // Assess: the orphan is gone and the new stack answers from its own DynamoDB Local
      expect(isAlive(orphanPid)).toBe(false);
      await expect(stack.deps.state.listEmployers()).resolves.toEqual([]);
      expect(readdirSync(pidsDir)).toHaveLength(1);
      expect(readdirSync(pidsDir)[0]).not.toContain(String(orphanPid));
    } finally {
      await stack.stop();
    }
  }, 180_000);
});
