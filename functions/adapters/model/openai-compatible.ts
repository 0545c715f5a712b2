// The model tier on the owner's machine: any OpenAI-compatible chat endpoint (a local Ollama at
// http://127.0.0.1:11434/v1, llama.cpp's server, vLLM, LM Studio), asked for JSON that follows the
// answer's schema (response_format json_schema). Plain fetch: no SDK.
import { type FactReader, FactReaderError, type FactReading } from "../../app/ports";
import { ANSWER_MAX_TOKENS, ANSWER_NAME, type FactReadingRequest, modelUserMessage } from "../../domain/model-reading";

/** The most of a response body read (an answer is a few hundred bytes). */
const MAX_RESPONSE_BYTES = 256 * 1024;

export class OpenAiCompatibleFactReader implements FactReader {
  readonly name: string;
  private readonly url: string;

  /** `baseUrl` as such servers document it, ending in /v1 (the path /chat/completions is added). */
  constructor(
    baseUrl: string,
    private readonly model: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.url = `${baseUrl.replace(/\/+$/, "")}/chat/completions`;
    this.name = `openai-compatible ${model}`;
  }

  async read(request: FactReadingRequest, signal: AbortSignal): Promise<FactReading> {
    const response = await this.fetchImpl(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({
        model: this.model,
        messages: [
          { role: "system", content: request.instructions },
          { role: "user", content: modelUserMessage(request.text) },
        ],
        temperature: 0,
        max_tokens: ANSWER_MAX_TOKENS,
        stream: false,
        response_format: {
          type: "json_schema",
          json_schema: { name: ANSWER_NAME, schema: request.answerSchema, strict: true },
        },
      }),
      signal,
    });
    const body = await response.text();
    if (!response.ok) throw new FactReaderError(`${this.url} answered ${response.status}`);
    if (body.length > MAX_RESPONSE_BYTES) throw new FactReaderError(`${this.url} answered ${body.length} bytes`);
    const completion = parseJson(body, "the response") as Completion;
    const content = completion?.choices?.[0]?.message?.content;
    if (typeof content !== "string") throw new FactReaderError("the response has no message content");
    return {
      answer: parseJson(stripFence(content), "the message content"),
      inputTokens: completion.usage?.prompt_tokens ?? null,
      outputTokens: completion.usage?.completion_tokens ?? null,
    };
  }
}

interface Completion {
  choices?: { message?: { content?: unknown } }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FactReaderError(`${what} is not JSON`);
  }
}

/** Some servers wrap JSON in a ```json fence even when asked for JSON. */
function stripFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(content);
  return fenced?.[1] ?? content;
}
