// The optional model tier in the inbound use case: after the rules, the facts they were unsure of
// go to the owner's model (if the owner turned it on), with the text of that one message only.
// Whatever goes wrong (off, no answer, a timeout, an answer that is not one) leaves the rules'
// reading as it was, so the owner is asked, exactly as without a model.
import type { Extraction } from "../domain/extraction";
import {
  factReadingRequest,
  factsForModel,
  MODEL_TIMEOUT_MS,
  type ModelMerge,
  mergeModelAnswer,
  parseModelAnswer,
} from "../domain/model-reading";
import type { Deps } from "./deps";
import type { FactReading } from "./ports";
import type { InboundEmail } from "./read-message";

/** The model took longer than the use case waits. */
export class FactReaderTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "FactReaderTimeout";
  }
}

/**
 * The rules' reading of `email`, with the model's answer applied when the tier is on and some fact
 * is below the gate (domain/model-reading.ts says how it may change it). Never throws.
 */
export async function readUnsureFactsWithModel(
  deps: Pick<Deps, "factReader" | "log">,
  email: InboundEmail,
  correlation: Record<string, unknown>,
  timeoutMs = MODEL_TIMEOUT_MS,
): Promise<ModelMerge> {
  const unchanged = (x: Extraction): ModelMerge => ({ extraction: x, readByModel: [], unused: [] });
  const reader = deps.factReader;
  const asked = factsForModel(email.extraction);
  if (!reader || !email.facts || asked.length === 0) return unchanged(email.extraction);
  const request = factReadingRequest(email.facts);
  const started = Date.now();
  let reading: FactReading | null;
  try {
    reading = await withTimeout((signal) => reader.read(request, signal), timeoutMs);
  } catch (error) {
    deps.log.warn("model tier failed: the owner is asked instead", {
      ...correlation,
      model: reader.name,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      ms: Date.now() - started,
    });
    return unchanged(email.extraction);
  }
  if (reading === null) return unchanged(email.extraction);
  const answer = parseModelAnswer(reading.answer);
  if (!answer) {
    deps.log.warn("model tier gave no answer object: the owner is asked instead", {
      ...correlation,
      model: reader.name,
    });
    return unchanged(email.extraction);
  }
  const merged = mergeModelAnswer(email.extraction, answer, asked, request.text, email.facts.ownerAddresses);
  // Field names and reasons only: the values are the owner's mail.
  deps.log.info("model tier read the message", {
    ...correlation,
    model: reader.name,
    asked,
    readByModel: merged.readByModel,
    unused: merged.unused,
    inputTokens: reading.inputTokens,
    outputTokens: reading.outputTokens,
    ms: Date.now() - started,
  });
  return merged;
}

async function withTimeout<T>(run: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race returns on time even from a reader that ignores its signal.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new FactReaderTimeout(ms);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
