// The local stack as `npm start` runs it: SMTP inbox -> raw mail kept in the data folder -> the
// inbound use case -> DynamoDB Local (data in the data folder) -> SES emulator. Own ports, own
// temporary data folder; every process is stopped at the end.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../functions/adapters/logger";
import { loadLocalConfig } from "../../functions/local/config";
import { runStack } from "../../functions/local/stack/run-stack";
import { emulatorEmails } from "../../functions/local/stack/ses-emulator";
import { sendRaw } from "./smtp";

const PORT_BASE = Number(process.env.JOBNUDGE_TEST_STACK_PORT_BASE ?? 18_025);
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function config() {
  const dataDir = await mkdtemp(join(tmpdir(), "jobnudge-stack-"));
  dirs.push(dataDir);
  return loadLocalConfig(
    {
      JOBNUDGE_OWNER_EMAIL: "you@example.com",
      JOBNUDGE_DATA_DIR: dataDir,
      // A worktree running its tests beside another sets JOBNUDGE_TEST_STACK_PORT_BASE.
      JOBNUDGE_SMTP_PORT: String(PORT_BASE),
      JOBNUDGE_SES_PORT: String(PORT_BASE + 1),
      JOBNUDGE_ACTIONS_PORT: String(PORT_BASE + 2),
      JOBNUDGE_DYNAMODB_PORT: String(PORT_BASE + 3),
    },
    dataDir,
  );
}

async function send(cfg: Awaited<ReturnType<typeof config>>, file: string, from: string) {
  await sendRaw(cfg, [new Uint8Array(await readFile(file))], from);
}

const portIsClosed = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });

describe("local stack", () => {
  it("turns a forwarded offer into emails in the SES emulator, keeps raw mail and state across a restart", async () => {
    // Prepare
    const cfg = await config();
    const offer = new URL("../../samples/northwind-offer.eml", import.meta.url).pathname;
    const first = await runStack(cfg, silentLogger, { schedulerIntervalMs: 200 });

    try {
      // Act: the owner forwards an offer; a stranger sends the same file.
      await send(cfg, offer, cfg.owner.email);
      await send(cfg, offer, "stranger@elsewhere.example");
      await first.idle();

      // Assess: the owner got an ack and the offer review; nothing went to the stranger.
      const emails = await emulatorEmails(first.sesEndpoint);
      expect(emails.every((e) => e.destination.to.includes(cfg.owner.email))).toBe(true);
      expect(emails.some((e) => e.subject.startsWith("Got it:"))).toBe(true);
      expect(
        emails.some((e) => /offer/i.test(e.subject) && e.body.html?.includes(`http://127.0.0.1:${PORT_BASE + 2}/a/`)),
      ).toBe(true);
      expect(await readdir(join(cfg.dataDir, "mail"))).toHaveLength(2);
    } finally {
      await first.stop();
    }
    expect(await portIsClosed(cfg.ports.smtp)).toBe(true);
    expect(await portIsClosed(cfg.ports.dynamodb)).toBe(true);

    // A restart on the same data folder still knows the employer.
    const second = await runStack(cfg, silentLogger);
    try {
      const employers = await second.deps.state.listEmployers();
      expect(employers.map((e) => e.stage)).toEqual(["offer"]);
    } finally {
      await second.stop();
    }
  }, 90_000);
});
