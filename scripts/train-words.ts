// Trains the kind word model (functions/domain/extract/kind-words.json) on the labelled sets'
// real messages and their labelled kinds (labelled/sets.ts). Counting only: the same messages
// always give the same file. Run it before scripts/calibrate.ts, which learns how much the model's
// verdict is worth (from word models trained without each set).
//
//   npx tsx scripts/train-words.ts          train and write kind-words.json
//   npx tsx scripts/train-words.ts --check  train and compare with the shipped file; exit 1 if stale
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { trainWordsOn } from "./labelled/confidence-fit";
import { readLabelledFolder } from "./labelled/corpus";
import { kindWordsJson } from "./labelled/kind-words-fit";
import { LABELLED_SETS } from "./labelled/sets";

const ROOT = join(import.meta.dirname, "..");
const MODEL_FILE = join(ROOT, "functions/domain/extract/kind-words.json");

async function main(): Promise<void> {
  const folders = [];
  for (const dir of LABELLED_SETS) folders.push({ dir, real: (await readLabelledFolder(dir)).cases, altered: [] });
  const model = trainWordsOn(
    folders,
    folders.map((f) => relative(ROOT, f.dir)),
  );
  const text = kindWordsJson(model);
  if (process.argv.includes("--check")) {
    if (readFileSync(MODEL_FILE, "utf8") !== text) {
      process.stderr.write("kind-words.json is stale: run npx tsx scripts/train-words.ts\n");
      process.exit(1);
    }
    process.stdout.write("kind-words.json is up to date\n");
    return;
  }
  writeFileSync(MODEL_FILE, text);
  process.stdout.write(
    `wrote ${relative(ROOT, MODEL_FILE)}: ${Object.keys(model.words).length} words, ${Buffer.byteLength(text)} bytes\n`,
  );
}

await main();
