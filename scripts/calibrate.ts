// Fits the confidence model (functions/domain/extract/calibration.json) on the labelled sets
// (labelled/sets.ts) and measures it honestly: every figure it prints comes from leave-one-set-out
// cross-validation, each set scored by a model (and a kind word model) fitted without it, as a
// fresh set is scored the first time jobnudge meets it. The penalty and the weight of the altered
// readings are chosen per field by that cross-validated log-loss. Deterministic: same data, same
// weights. The frozen first-contact readings of fresh sets (scripts/labelled/first-contact/) are
// fitted on too, at the weight of a real message (docs/calibration/first-contact-cv.txt).
//
//   npx tsx scripts/calibrate.ts            fit, write calibration.json, print the cross-validated gate
//   npx tsx scripts/calibrate.ts --cv       also print each set's cross-validated gate
//   npx tsx scripts/calibrate.ts --no-words  leave the kind word model's features out (print only)
//   npx tsx scripts/calibrate.ts --check    fit and compare with the shipped file; exit 1 if stale
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { CALIBRATED_FIELDS, type CalibratedField } from "../functions/domain/extract/evidence";
import { CONFIDENCE_THRESHOLD } from "../functions/domain/extraction";
import {
  ABLATION_WEIGHTS,
  crossValidated,
  type FieldChoice,
  fitModel,
  foldsOf,
  LAMBDAS,
  outOfFolderWords,
  readFirstContact,
  readFolders,
  type ScoredFact,
} from "./labelled/confidence-fit";
import { pct } from "./labelled/score";
import { HELD_OUT_SETS, LABELLED_SETS } from "./labelled/sets";

const ROOT = join(import.meta.dirname, "..");
const MODEL_FILE = join(ROOT, "functions/domain/extract/calibration.json");
const out = (line = "") => process.stdout.write(`${line}\n`);

function gateCells(facts: ScoredFact[], threshold: number): string {
  const silent = facts.filter((f) => f.p >= threshold);
  const wrong = silent.filter((f) => !f.correct).length;
  const asked = facts.length - silent.length;
  return (
    `${String(facts.length).padStart(5)}  ${String(silent.length).padStart(6)}  ${String(wrong).padStart(5)}  ` +
    `${pct(wrong, silent.length).toFixed(1).padStart(5)}%  ${String(asked).padStart(5)}  ${pct(asked, facts.length).toFixed(1).padStart(5)}%`
  );
}

const GATE_HEAD = "facts  silent  wrong  wrong%  asked  asked%";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const perSet = args.includes("--cv");
  const useWords = !args.includes("--no-words");
  const folders = await readFolders(LABELLED_SETS, (line) => process.stderr.write(`${line}\n`));
  const folds = foldsOf(folders, useWords);
  // Frozen first-contact readings of fresh sets (scripts/labelled/freeze-first-contact.ts), never a
  // held-out set's: what new mail looks like before rules are fixed for it.
  const held = new Set(HELD_OUT_SETS.map((dir) => basename(dir)));
  const firstContact = readFirstContact().filter((set) => !held.has(set.set));

  const choices = {} as Record<CalibratedField, FieldChoice>;
  const cvFacts: ScoredFact[] = [];
  for (const field of CALIBRATED_FIELDS) {
    const scored = ABLATION_WEIGHTS.flatMap((ablationWeight) =>
      LAMBDAS.map((lambda) => ({
        lambda,
        ablationWeight,
        ...crossValidated(folds, field, lambda, ablationWeight, firstContact),
      })),
    );
    const best = scored.reduce((a, b) => (b.loss < a.loss - 1e-9 ? b : a));
    choices[field] = { lambda: best.lambda, ablationWeight: best.ablationWeight };
    cvFacts.push(...best.facts);
    const wrong = best.facts.filter((f) => !f.correct).length;
    out(
      `${field.padEnd(17)} lambda ${String(best.lambda).padEnd(4)} altered ${String(best.ablationWeight).padEnd(4)} facts ${best.facts.length} (${wrong} wrong), cv log-loss ${best.loss.toFixed(3)}`,
    );
  }

  out(
    `\nleave-one-set-out gate over ${folders.length} labelled sets (real messages only${useWords ? "" : ", no word model"}):`,
  );
  out(`threshold  ${GATE_HEAD}`);
  for (const t of [0.5, 0.7, 0.8, 0.9, 0.93, 0.95, 0.97, 0.98]) {
    const mark = t === CONFIDENCE_THRESHOLD ? "  <- CONFIDENCE_THRESHOLD" : "";
    out(`${t.toFixed(2).padStart(9)}  ${gateCells(cvFacts, t)}${mark}`);
  }
  if (perSet) {
    out(`\nper set at ${CONFIDENCE_THRESHOLD}, each fitted without it:`);
    out(`${"set".padEnd(12)}  ${GATE_HEAD}`);
    for (const f of folders)
      out(
        `${basename(f.dir).padEnd(12)}  ${gateCells(
          cvFacts.filter((x) => x.dir === f.dir),
          CONFIDENCE_THRESHOLD,
        )}`,
      );
    out(`${"pooled".padEnd(12)}  ${gateCells(cvFacts, CONFIDENCE_THRESHOLD)}`);
    out(`\nper field at ${CONFIDENCE_THRESHOLD}:`);
    out(`${"field".padEnd(17)}  ${GATE_HEAD}`);
    for (const field of CALIBRATED_FIELDS)
      out(
        `${field.padEnd(17)}  ${gateCells(
          cvFacts.filter((x) => x.field === field),
          CONFIDENCE_THRESHOLD,
        )}`,
      );
    out("\nsilently wrong (cross-validated):");
    for (const f of cvFacts.filter((x) => x.p >= CONFIDENCE_THRESHOLD && !x.correct))
      out(`  ${basename(f.dir)}/${f.file}  ${f.field} ${JSON.stringify(f.value)} (${f.p.toFixed(3)})`);
  }

  if (!useWords) return;
  const model = fitModel(
    outOfFolderWords(folders, useWords),
    choices,
    folders.map((f) => relative(ROOT, f.dir)),
    firstContact,
  );
  const text = modelJson(model);
  if (check) {
    if (readFileSync(MODEL_FILE, "utf8") !== text) {
      process.stderr.write("calibration.json is stale: run npx tsx scripts/calibrate.ts\n");
      process.exit(1);
    }
    out("calibration.json is up to date");
    return;
  }
  writeFileSync(MODEL_FILE, text);
  out(`\nwrote ${relative(ROOT, MODEL_FILE)}`);
}

/** The model as the repository's formatter (biome) writes it: a short list of names on one line. */
function modelJson(model: object): string {
  return `${JSON.stringify(model, null, 2).replace(/"firstContact": \[\n([^\]]*?)\n {2}\]/, (whole, inner: string) => {
    const line = `"firstContact": [${inner
      .split(",\n")
      .map((name) => name.trim())
      .join(", ")}]`;
    return line.length <= 110 ? line : whole;
  })}\n`;
}

await main();
