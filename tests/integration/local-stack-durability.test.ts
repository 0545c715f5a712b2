// The local stack survives DynamoDB Local dying in the middle of a burst of forwarded mail: every
// message SMTP accepted is journalled first, and after a restart each one is processed (once) or
// the owner is told. Own ports and data folder; every process is stopped at the end.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../functions/adapters/logger";
import { loadLocalConfig } from "../../functions/local/config";
import { InboundJournal } from "../../functions/local/stack/inbound-journal";
import { runStack } from "../../functions/local/stack/run-stack";
import { type EmulatorEmail, emulatorEmails } from "../../functions/local/stack/ses-emulator";
import { localPaths } from "../../functions/wiring/local";
import { COMPANIES, offerFrom } from "../chaos/scenarios";
import { sendRaw } from "./smtp";

const BURST = 30;
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Offers from twenty employers, then ten more mails from the first ten (news about the same offer). */
function burst(): Uint8Array[] {
  return Array.from({ length: BURST }, (_, i) => {
    const text = new TextDecoder().decode(offerFrom(COMPANIES[i % COMPANIES.length] ?? "Acme"));
    return new TextEncoder().encode(text.replace(/Message-ID: <([^>]+)>/, `Message-ID: <burst-${i}-$1>`));
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("local stack durability", () => {
  it("processes, after a restart, every message of a burst during which DynamoDB Local was killed", async () => {
    // Prepare
    const dataDir = await mkdtemp(join(tmpdir(), "jobnudge-durable-"));
    dirs.push(dataDir);
    const cfg = loadLocalConfig(
      {
        JOBNUDGE_OWNER_EMAIL: "you@example.com",
        JOBNUDGE_DATA_DIR: dataDir,
        JOBNUDGE_SMTP_PORT: "12935",
        JOBNUDGE_SES_PORT: "18935",
        JOBNUDGE_ACTIONS_PORT: "18937",
        JOBNUDGE_DYNAMODB_PORT: "18936",
      },
      dataDir,
    );
    const journal = new InboundJournal(localPaths(dataDir).inbound);
    const done = async () => (await journal.list()).filter((e) => e.state === "done").length;
    // The emulator keeps its store in the process, across the restart: one entry per email it got.
    const sent = new Map<string, EmulatorEmail>();
    const collect = async (endpoint: string) => {
      for (const email of await emulatorEmails(endpoint)) sent.set(email.messageId, email);
    };

    // Act 1: the burst; DynamoDB Local dies after a few messages went through.
    const first = await runStack(cfg, silentLogger, { schedulerIntervalMs: 200 });
    try {
      await sendRaw(cfg, burst(), cfg.owner.email, async (i) => {
        if (i !== 4) return;
        await waitFor("a few messages processed", async () => (await done()) >= 3, 60_000);
        first.dynamo.kill();
      });
      await first.idle();
      await collect(first.sesEndpoint);
    } finally {
      await first.stop();
    }
    const doneBeforeRestart = await done();

    // Act 2: the restart picks up whatever was left.
    const second = await runStack(cfg, silentLogger, { schedulerIntervalMs: 200 });
    try {
      await second.idle();
      await collect(second.sesEndpoint);
      const emails = [...sent.values()];

      // Assess: all journalled; each one done, or failed with the owner told; one record per message.
      const entries = await journal.list();
      expect(entries).toHaveLength(BURST);
      expect(doneBeforeRestart).toBeLessThan(BURST);
      const failed = entries.filter((e) => e.state !== "done");
      const errors = emails.filter((e) => e.subject.startsWith("I could not process"));
      expect(failed.length).toBe(errors.length);
      expect(failed).toEqual([]);
      const records = await second.deps.state.listMessages();
      expect(new Set(records.map((r) => r.rawKey))).toEqual(new Set(entries.map((e) => e.rawKey)));
      expect(records.every((r) => r.outcome === "applied")).toBe(true);
      expect(await second.deps.state.listEmployers()).toHaveLength(COMPANIES.length);
      // One acknowledgement per message, never two.
      const acks = emails.filter((e) => e.subject.startsWith("Got it:"));
      expect(acks).toHaveLength(BURST);
    } finally {
      await second.stop();
    }
  }, 300_000);
});
