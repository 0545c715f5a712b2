// Wiring of the optional model tier (owner.modelTier), for the composition roots that process
// inbound mail: the AWS inbound handler and the local stack. Off, it is the null reader and nothing
// here loads a client. Bedrock's client is imported only on the first request (dynamic import), so
// the handlers that never read mail (nudge, actions, digest) do not bundle it, and the inbound
// handler does not load it while the tier is off.
import type { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { noFactReader } from "../adapters/model/off";
import { OpenAiCompatibleFactReader } from "../adapters/model/openai-compatible";
import type { FactReader } from "../app/ports";
import type { FactReadingRequest } from "../domain/model-reading";
import type { OwnerSettings } from "../domain/owner";

export interface FactReaderOptions {
  /** Tests pass a client (aws-sdk-client-mock); otherwise one is made on first use. */
  bedrockClient?: BedrockRuntimeClient;
  fetchImpl?: typeof fetch;
}

/** The reader the owner's settings ask for (the schema has checked the settings go together). */
export function factReaderFor(owner: OwnerSettings, options: FactReaderOptions = {}): FactReader {
  const { modelTier, modelId, modelUrl } = owner;
  if (modelTier === "off" || modelId === null) return noFactReader;
  if (modelTier === "openai-compatible") {
    if (modelUrl === null) return noFactReader;
    return new OpenAiCompatibleFactReader(modelUrl, modelId, options.fetchImpl);
  }
  return lazyBedrockReader(modelId, options.bedrockClient);
}

function lazyBedrockReader(modelId: string, client: BedrockRuntimeClient | undefined): FactReader {
  let loaded: Promise<FactReader> | null = null;
  return {
    name: `bedrock ${modelId}`,
    async read(request: FactReadingRequest, signal: AbortSignal) {
      loaded ??= import("../adapters/model/bedrock").then((m) => new m.BedrockFactReader(modelId, client));
      return (await loaded).read(request, signal);
    },
  };
}

let awsReader: { owner: OwnerSettings; reader: FactReader } | null = null;

/** The inbound Lambda's reader: one per container (the Bedrock client is reused across invocations). */
export function awsFactReader(owner: OwnerSettings): FactReader {
  if (awsReader?.owner !== owner) awsReader = { owner, reader: factReaderFor(owner) };
  return awsReader.reader;
}
