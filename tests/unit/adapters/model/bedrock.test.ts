// The Bedrock adapter of the model tier (functions/adapters/model/bedrock.ts) against
// aws-sdk-client-mock: one Converse call with the answer's schema as the one tool, the tool's
// input as the answer, and a FactReaderError when the model does not call it.
import { BedrockRuntimeClient, ConverseCommand, type ToolUseBlock } from "@aws-sdk/client-bedrock-runtime";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { BedrockFactReader } from "../../../../functions/adapters/model/bedrock";
import { FactReaderError } from "../../../../functions/app/ports";
import { ANSWER_JSON_SCHEMA, ANSWER_NAME, factReadingRequest } from "../../../../functions/domain/model-reading";
import { factReaderFor } from "../../../../functions/wiring/model";
import { ownerSettings } from "../../../fakes/owner";
import { sampleFacts } from "../../extract/sample-facts";

const MODEL = "amazon.nova-lite-v1:0";
const bedrock = mockClient(BedrockRuntimeClient);
const request = factReadingRequest(
  sampleFacts({ subject: "Offer", body: "Northwind is pleased to offer you the role." }),
);
const ANSWER = { kind: "offer", employer: "Northwind", confidence: { kind: 0.9, employer: 0.9 } };

const toolAnswer = (input: ToolUseBlock["input"], name = ANSWER_NAME) => ({
  output: { message: { role: "assistant" as const, content: [{ toolUse: { toolUseId: "t1", name, input } }] } },
  stopReason: "tool_use" as const,
  usage: { inputTokens: 1234, outputTokens: 87, totalTokens: 1321 },
  metrics: { latencyMs: 800 },
});

afterEach(() => {
  bedrock.reset();
});

describe("BedrockFactReader", () => {
  it("asks the configured model once, with the answer's schema as the one tool it must call", async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves(toolAnswer(ANSWER));
    const reader = new BedrockFactReader(MODEL, new BedrockRuntimeClient({ region: "us-east-1" }));

    // Act
    const reading = await reader.read(request, new AbortController().signal);

    // Assess
    expect(reading).toEqual({ answer: ANSWER, inputTokens: 1234, outputTokens: 87 });
    const calls = bedrock.commandCalls(ConverseCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input?.modelId).toBe(MODEL);
    expect(input?.system).toEqual([{ text: request.instructions }]);
    expect(input?.messages).toEqual([{ role: "user", content: [{ text: `<email>\n${request.text}\n</email>` }] }]);
    expect(input?.toolConfig?.tools).toEqual([
      { toolSpec: { name: ANSWER_NAME, description: expect.any(String), inputSchema: { json: ANSWER_JSON_SCHEMA } } },
    ]);
    expect(input?.toolConfig?.toolChoice).toEqual({ any: {} });
    expect(input?.inferenceConfig).toMatchObject({ temperature: 0 });
  });

  it.each([
    [
      "answers in prose",
      {
        ...toolAnswer(ANSWER),
        output: { message: { role: "assistant" as const, content: [{ text: "It is an offer." }] } },
        stopReason: "end_turn" as const,
      },
    ],
    ["calls another tool", toolAnswer(ANSWER, "something_else")],
    [
      "stops at the token limit",
      { output: { message: { role: "assistant" as const, content: [] } }, stopReason: "max_tokens" as const },
    ],
  ])("fails with FactReaderError when the model %s", async (_what, output) => {
    bedrock.on(ConverseCommand).resolves(output);
    const reader = new BedrockFactReader(MODEL, new BedrockRuntimeClient({ region: "us-east-1" }));

    await expect(reader.read(request, new AbortController().signal)).rejects.toBeInstanceOf(FactReaderError);
  });

  it("passes Bedrock's own errors on (the use case then asks the owner)", async () => {
    bedrock.on(ConverseCommand).rejects(Object.assign(new Error("Access denied"), { name: "AccessDeniedException" }));
    const reader = new BedrockFactReader(MODEL, new BedrockRuntimeClient({ region: "us-east-1" }));

    await expect(reader.read(request, new AbortController().signal)).rejects.toThrow("Access denied");
  });
});

describe("factReaderFor, bedrock", () => {
  it("loads the adapter on the first request only, and reuses it", async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer(ANSWER));
    const reader = factReaderFor(ownerSettings({ modelTier: "bedrock", modelId: MODEL }), {
      bedrockClient: new BedrockRuntimeClient({ region: "us-east-1" }),
    });

    expect(reader.name).toBe(`bedrock ${MODEL}`);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(0);
    await reader.read(request, new AbortController().signal);
    await reader.read(request, new AbortController().signal);

    expect(bedrock.commandCalls(ConverseCommand).map((c) => c.args[0].input.modelId)).toEqual([MODEL, MODEL]);
  });
});
