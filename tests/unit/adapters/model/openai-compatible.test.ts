// The OpenAI-compatible adapter of the model tier (functions/adapters/model/openai-compatible.ts)
// against a local HTTP stub server speaking /v1/chat/completions, as a local Ollama does.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OpenAiCompatibleFactReader } from "../../../../functions/adapters/model/openai-compatible";
import { FactReaderError } from "../../../../functions/app/ports";
import { ANSWER_JSON_SCHEMA, ANSWER_NAME, factReadingRequest } from "../../../../functions/domain/model-reading";
import { factReaderFor } from "../../../../functions/wiring/model";
import { ownerSettings } from "../../../fakes/owner";
import { sampleFacts } from "../../extract/sample-facts";

interface Received {
  method: string;
  url: string;
  body: Record<string, unknown>;
}

let server: Server;
let baseUrl: string;
const received: Received[] = [];
let respond: (res: ServerResponse) => void = () => {};

const ANSWER = { kind: "offer", employer: "Northwind", confidence: { kind: 0.9, employer: 0.9 } };
const completion = (content: string) => ({
  id: "chatcmpl-1",
  object: "chat.completion",
  choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
  usage: { prompt_tokens: 1500, completion_tokens: 70, total_tokens: 1570 },
});
const json = (status: number, body: unknown) => (res: ServerResponse) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        url: req.url ?? "",
        body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"),
      });
      respond(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}, 10_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
  respond = json(200, completion(JSON.stringify(ANSWER)));
});

const request = factReadingRequest(
  sampleFacts({ subject: "Offer", body: "Northwind is pleased to offer you the role." }),
);
const signal = () => new AbortController().signal;

describe("OpenAiCompatibleFactReader", () => {
  it("posts one chat completion asking for JSON that follows the answer's schema", async () => {
    const reader = new OpenAiCompatibleFactReader(`${baseUrl}/`, "qwen2.5:7b");

    const reading = await reader.read(request, signal());

    expect(reading).toEqual({ answer: ANSWER, inputTokens: 1500, outputTokens: 70 });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: "POST", url: "/v1/chat/completions" });
    expect(received[0]?.body).toEqual({
      model: "qwen2.5:7b",
      messages: [
        { role: "system", content: request.instructions },
        { role: "user", content: `<email>\n${request.text}\n</email>` },
      ],
      temperature: 0,
      max_tokens: expect.any(Number),
      stream: false,
      response_format: {
        type: "json_schema",
        json_schema: { name: ANSWER_NAME, schema: ANSWER_JSON_SCHEMA, strict: true },
      },
    });
  });

  it("reads JSON a server wrapped in a code fence anyway", async () => {
    respond = json(200, completion(`\`\`\`json\n${JSON.stringify(ANSWER)}\n\`\`\``));

    const reading = await new OpenAiCompatibleFactReader(baseUrl, "llama3.2").read(request, signal());

    expect(reading.answer).toEqual(ANSWER);
  });

  it.each([
    ["an error status", json(500, { error: "model not loaded" }), /answered 500/],
    ["a 404 (no such model)", json(404, { error: "model 'x' not found" }), /answered 404/],
    ["a body that is not JSON", json(200, "<html>proxy error</html>"), /response is not JSON/],
    ["no message", json(200, { choices: [] }), /no message content/],
    ["prose instead of JSON", json(200, completion("It is an offer from Northwind.")), /content is not JSON/],
  ])("fails with FactReaderError on %s", async (_what, answer, message) => {
    respond = answer;

    const reading = new OpenAiCompatibleFactReader(baseUrl, "llama3.2").read(request, signal());

    await expect(reading).rejects.toBeInstanceOf(FactReaderError);
    await expect(reading).rejects.toThrow(message);
  });

  it("stops waiting when its signal aborts", async () => {
    respond = () => {}; // never answers
    const controller = new AbortController();
    const reading = new OpenAiCompatibleFactReader(baseUrl, "llama3.2").read(request, controller.signal);

    setTimeout(() => controller.abort(new Error("timed out")), 50);

    await expect(reading).rejects.toThrow("timed out");
  }, 10_000);

  it("fails when nothing listens there", async () => {
    // A port that was just free: bound, then closed again.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const reader = new OpenAiCompatibleFactReader(`http://127.0.0.1:${port}/v1`, "llama3.2");

    await expect(reader.read(request, signal())).rejects.toThrow();
  }, 10_000);
});

describe("factReaderFor, openai-compatible", () => {
  it("reads through the endpoint the owner's settings name", async () => {
    const reader = factReaderFor(
      ownerSettings({ modelTier: "openai-compatible", modelId: "qwen2.5:7b", modelUrl: baseUrl }),
    );

    const reading = await reader.read(request, signal());

    expect(reader.name).toBe("openai-compatible qwen2.5:7b");
    expect(reading?.answer).toEqual(ANSWER);
    expect(received.map((r) => r.body.model)).toEqual(["qwen2.5:7b"]);
  });
});
