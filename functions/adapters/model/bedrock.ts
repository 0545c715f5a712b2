// The model tier on AWS: Amazon Bedrock's Converse API, with the answer's JSON schema as the one
// tool the model must call (toolChoice "any" with a single tool: supported more widely than naming
// it). The role may invoke only the configured model (stacks/policies.ts invokeBedrockModel).
// Loaded by the inbound handler only, and only when the tier is on (wiring/model.ts imports it
// dynamically), so no other bundle carries the client.
import { BedrockRuntimeClient, ConverseCommand, type ConverseCommandOutput } from "@aws-sdk/client-bedrock-runtime";
import { type FactReader, FactReaderError, type FactReading } from "../../app/ports";
import { ANSWER_MAX_TOKENS, ANSWER_NAME, type FactReadingRequest, modelUserMessage } from "../../domain/model-reading";

export class BedrockFactReader implements FactReader {
  readonly name: string;

  constructor(
    private readonly modelId: string,
    private readonly client: BedrockRuntimeClient = new BedrockRuntimeClient({ maxAttempts: 2 }),
  ) {
    this.name = `bedrock ${modelId}`;
  }

  async read(request: FactReadingRequest, signal: AbortSignal): Promise<FactReading> {
    const output = await this.client.send(
      new ConverseCommand({
        modelId: this.modelId,
        system: [{ text: request.instructions }],
        messages: [{ role: "user", content: [{ text: modelUserMessage(request.text) }] }],
        toolConfig: {
          tools: [
            {
              toolSpec: {
                name: ANSWER_NAME,
                description: "Record the facts of the job email.",
                inputSchema: { json: request.answerSchema },
              },
            },
          ],
          toolChoice: { any: {} },
        },
        inferenceConfig: { maxTokens: ANSWER_MAX_TOKENS, temperature: 0 },
      }),
      { abortSignal: signal },
    );
    return {
      answer: toolInput(output),
      inputTokens: output.usage?.inputTokens ?? null,
      outputTokens: output.usage?.outputTokens ?? null,
    };
  }
}

function toolInput(output: ConverseCommandOutput): unknown {
  const content = output.output?.message?.content ?? [];
  const call = content.find((block) => block.toolUse?.name === ANSWER_NAME)?.toolUse;
  if (!call)
    throw new FactReaderError(`the model did not call ${ANSWER_NAME} (stop reason ${output.stopReason ?? "none"})`);
  return call.input;
}
