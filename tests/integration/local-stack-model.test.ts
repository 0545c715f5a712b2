// The local stack with the optional model tier on, pointed at an OpenAI-compatible endpoint (here a
// stub HTTP server standing in for a local Ollama): a forward the rules cannot read (Finnish) is
// read by the model from its own text only, and the acknowledgement in the SES emulator says so.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../functions/adapters/logger";
import { loadLocalConfig } from "../../functions/local/config";
import { runStack } from "../../functions/local/stack/run-stack";
import { emulatorEmails } from "../../functions/local/stack/ses-emulator";
import { FINNISH_OFFER_ANSWER, FINNISH_OFFER_FILE, FINNISH_OFFER_OWNER } from "../fixtures/model-tier/finnish-offer";
import { sendRaw } from "./smtp";

// Its own ports, above the ones local-stack.test.ts takes from the same base.
const PORT_BASE = Number(process.env.JOBNUDGE_TEST_STACK_PORT_BASE ?? 18_025) + 20;
// A Finnish offer the rules cannot read (tests/unit/app/model-tier.test.ts).
const OWNER = FINNISH_OFFER_OWNER;
const FILE = FINNISH_OFFER_FILE;
const ANSWER = FINNISH_OFFER_ANSWER;

const dirs: string[] = [];
const requests: { url: string; body: string }[] = [];
let model: Server;
let modelUrl: string;

beforeAll(async () => {
  model = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    req.on("end", () => {
      requests.push({ url: req.url ?? "", body });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          choices: [{ index: 0, message: { role: "assistant", content: JSON.stringify(ANSWER) } }],
          usage: { prompt_tokens: 900, completion_tokens: 100 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => model.listen(0, "127.0.0.1", resolve));
  modelUrl = `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1`;
}, 10_000);

afterAll(async () => {
  model.closeAllConnections();
  await new Promise((resolve) => model.close(resolve));
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("local stack with the model tier on", () => {
  it("asks the configured endpoint about the unsure facts of a forward, and the ack says what it read", async () => {
    // Prepare: the owner's config file turns the tier on.
    const dataDir = await mkdtemp(join(tmpdir(), "jobnudge-model-"));
    dirs.push(dataDir);
    const configFile = join(dataDir, "jobnudge.config.json");
    await writeFile(
      configFile,
      JSON.stringify({
        owner: {
          email: OWNER,
          name: "Giulia Conti",
          timezone: "Europe/Rome",
          modelTier: "openai-compatible",
          modelId: "qwen2.5:7b",
          modelUrl,
        },
      }),
    );
    const cfg = loadLocalConfig(
      {
        JOBNUDGE_CONFIG: configFile,
        JOBNUDGE_DATA_DIR: dataDir,
        JOBNUDGE_SMTP_PORT: String(PORT_BASE),
        JOBNUDGE_SES_PORT: String(PORT_BASE + 1),
        JOBNUDGE_ACTIONS_PORT: String(PORT_BASE + 2),
        JOBNUDGE_DYNAMODB_PORT: String(PORT_BASE + 3),
      },
      dataDir,
    );
    const stack = await runStack(cfg, silentLogger, { schedulerIntervalMs: 200 });

    try {
      // Act
      await sendRaw(cfg, [new Uint8Array(await readFile(FILE))], OWNER);
      await stack.idle();

      // Assess
      expect(requests.map((r) => r.url)).toEqual(["/v1/chat/completions"]);
      const sent = JSON.parse(requests[0]?.body ?? "{}") as { model: string; messages: { content: string }[] };
      expect(sent.model).toBe("qwen2.5:7b");
      expect(JSON.stringify(sent.messages)).not.toContain(OWNER);
      const ack = (await emulatorEmails(stack.sesEndpoint)).find((e) => e.subject.startsWith("Got it:"));
      expect(ack?.body.text).toContain("Read by the model (the rules were unsure)");
      const [employer] = await stack.deps.state.listEmployers();
      expect(employer).toMatchObject({ name: "Brunello Analitica", stage: "offer", respondBy: ANSWER.respondBy });
      expect(employer?.unsure ?? []).toEqual([]);
    } finally {
      await stack.stop();
    }
  }, 120_000);
});
