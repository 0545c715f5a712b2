// What the optional model tier would send per message, measured on labelled folders (default: the
// shared corpus and tests/fixtures/unseen*): how many messages have a fact below the gate (those are
// sent), and the size of each request (instructions + answer schema + the message's bounded text).
// Tokens are counted with gpt-tokenizer's o200k encoding when that package can be imported (it is
// not a dependency: `npm install --no-save gpt-tokenizer`, or NODE_PATH to a folder that has it);
// otherwise estimated at 4 characters a token. Bedrock's models have their own tokenizers, so the
// count is an estimate either way. Also: what a model that answered every field as the labels say,
// sure of each, would change (an upper bound of what the tier can save: questions left, values
// not used and why). Run: npx tsx bench/model-tokens.ts [DIR...]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { readEmail } from "../functions/app/read-message";
import { CONFIDENCE_THRESHOLD, type Extraction, FACT_FIELDS } from "../functions/domain/extraction";
import {
  ANSWER_JSON_SCHEMA,
  factReadingRequest,
  factsForModel,
  MODEL_INSTRUCTIONS,
  mergeModelAnswer,
  modelUserMessage,
  parseModelAnswer,
} from "../functions/domain/model-reading";

interface Label {
  file: string;
  owner: string;
  [field: string]: unknown;
}

type Counter = (text: string) => number;

function tokenCounter(): { count: Counter; how: string } {
  try {
    const require = createRequire(join(process.cwd(), "noop.js"));
    const name = "gpt-tokenizer/encoding/o200k_base";
    const module = require(name) as { countTokens: Counter };
    return { count: module.countTokens, how: "o200k_base (gpt-tokenizer)" };
  } catch {
    return { count: (text) => Math.ceil(text.length / 4), how: "estimated at 4 characters a token" };
  }
}

function answerOf(label: Label, confidence: number): Record<string, unknown> {
  const values = Object.fromEntries(FACT_FIELDS.map((f) => [f, typeof label[f] === "string" ? label[f] : ""]));
  return { ...values, confidence: Object.fromEntries(FACT_FIELDS.map((f) => [f, confidence])) };
}

/** Facts that would be asked about: read as a value, below the gate. */
function asked(x: Extraction): number {
  return FACT_FIELDS.filter((f) => (f === "kind" || x[f] !== null) && (x.confidence[f] ?? 1) < CONFIDENCE_THRESHOLD)
    .length;
}

function defaultFolders(): string[] {
  const fixtures = resolve("tests/fixtures");
  const unseen = readdirSync(fixtures)
    .filter((d) => d.startsWith("unseen"))
    .map((d) => join(fixtures, d));
  return [join(fixtures, "corpus"), ...unseen].filter((d) => existsSync(join(d, "labels.json")));
}

async function main(): Promise<void> {
  const folders = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : defaultFolders();
  const { count, how } = tokenCounter();
  // The fixed part of every request: the instructions and the tool's schema.
  const fixed = count(MODEL_INSTRUCTIONS) + count(JSON.stringify(ANSWER_JSON_SCHEMA));
  const sent: number[] = [];
  const answers: number[] = [];
  const perFolder: string[] = [];
  let messages = 0;
  let askedBefore = 0;
  let askedAfter = 0;
  const unused = new Map<string, number>();
  for (const folder of folders) {
    const labels = JSON.parse(readFileSync(join(folder, "labels.json"), "utf8")) as Label[];
    const before = sent.length;
    for (const label of labels) {
      messages += 1;
      const raw = new Uint8Array(readFileSync(join(folder, label.file)));
      const email = await readEmail(raw, {
        ownerAddresses: [label.owner],
        inboxAddress: "jobs@inbox.localhost",
        senderAddress: "jobnudge@inbox.localhost",
        timezone: "UTC",
      });
      const fields = factsForModel(email.extraction);
      if (!email.facts || fields.length === 0) continue;
      const request = factReadingRequest(email.facts);
      sent.push(fixed + count(modelUserMessage(request.text)));
      // The answer as a model that read the label would give it (output tokens, tool call aside).
      answers.push(count(JSON.stringify(answerOf(label, 0.9))));
      const answer = parseModelAnswer(answerOf(label, 0.99));
      if (!answer) continue;
      const merged = mergeModelAnswer(email.extraction, answer, fields, request.text);
      askedBefore += asked(email.extraction);
      askedAfter += asked(merged.extraction);
      for (const u of merged.unused) unused.set(u.reason, (unused.get(u.reason) ?? 0) + 1);
    }
    perFolder.push(`${folder.split("/").pop()} ${sent.length - before}/${labels.length}`);
  }
  sent.sort((a, b) => a - b);
  const at = (q: number) => sent[Math.min(sent.length - 1, Math.floor(q * sent.length))] ?? 0;
  const mean = sent.reduce((a, b) => a + b, 0) / Math.max(1, sent.length);
  process.stdout.write(
    [
      `tokens: ${how}`,
      `folders: ${folders.length}, messages: ${messages}, sent to the model: ${sent.length} (${((100 * sent.length) / Math.max(1, messages)).toFixed(1)} %)`,
      `sent per folder: ${perFolder.join(", ")}`,
      `input tokens per request: instructions + schema ${fixed}; whole request mean ${mean.toFixed(0)}, median ${at(0.5)}, p95 ${at(0.95)}, max ${sent.at(-1) ?? 0}`,
      `a model answering as the labels, sure: facts asked in the messages sent ${askedBefore} -> ${askedAfter}; not used: ${[...unused].map(([r, n]) => `${r} ${n}`).join(", ") || "none"}`,
      `output tokens per answer (the label as JSON with confidences): mean ${(answers.reduce((a, b) => a + b, 0) / Math.max(1, answers.length)).toFixed(0)}, max ${Math.max(0, ...answers)}`,
      "",
    ].join("\n"),
  );
}

await main();
