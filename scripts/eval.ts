// Per-field accuracy of readEmail on labelled folders (tests/fixtures/corpus by default, or any folders
// with NAME.eml files and a labels.json in the corpus/SCHEMA.md format). Lists every miss with got
// and want, then how trustworthy the confidences are: a reliability table per field (confidence
// band -> count, accuracy) and the gate at CONFIDENCE_THRESHOLD (facts acted on silently, how many
// of them wrong, facts asked about). Extra labels (ownerMove, interviewers, interviewEndAt) are
// scored when a folder has them. Several folders: each one, then all together.
// Exits non-zero only on bad arguments or an unreadable folder.
import { join, resolve } from "node:path";
import { CONFIDENCE_THRESHOLD } from "../functions/domain/extraction";
import { type LabelledCase, LabelledFolderError, readLabelledFolder } from "./labelled/corpus";
import {
  BANDS,
  EXTRA_FIELDS,
  type ExtraField,
  extraGot,
  type Fact,
  FIELDS,
  type Field,
  factsOf,
  gate,
  gateLine,
  pct,
  reliability,
  sameValue,
  scoreExtra,
} from "./labelled/score";

export { sameValue } from "./labelled/score";

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run eval [-- DIR...]\n`);
  process.exit(2);
}

const out = (line = "") => process.stdout.write(`${line}\n`);

function accuracyTable(cases: LabelledCase[]): Record<Field, number> {
  const hits = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  for (const { label, extraction } of cases) {
    for (const field of FIELDS) if (sameValue(field, extraction[field], label[field])) hits[field] += 1;
  }
  const total = cases.length;
  out(`${"field".padEnd(18)} ${"correct".padStart(8)} ${"accuracy".padStart(9)}`);
  for (const field of FIELDS) {
    out(
      `${field.padEnd(18)} ${`${hits[field]}/${total}`.padStart(8)} ${`${pct(hits[field], total).toFixed(1)}%`.padStart(9)}`,
    );
  }
  return hits;
}

function extraTable(cases: LabelledCase[]): string[] {
  const misses: string[] = [];
  const rows: string[] = [];
  for (const field of EXTRA_FIELDS) {
    let scored = 0;
    let right = 0;
    for (const { label, extraction } of cases) {
      const verdict = scoreExtra(field, label, extraction);
      if (verdict === null) continue;
      scored += 1;
      if (verdict) right += 1;
      else
        misses.push(
          `${label.file}  ${field}: got ${JSON.stringify(extraGot(field, extraction))} want ${JSON.stringify(label[field as ExtraField])}`,
        );
    }
    if (scored > 0)
      rows.push(
        `${field.padEnd(18)} ${`${right}/${scored}`.padStart(8)} ${`${pct(right, scored).toFixed(1)}%`.padStart(9)}`,
      );
  }
  if (rows.length > 0) {
    out();
    out("extra labels");
    for (const row of rows) out(row);
  }
  return misses;
}

function reliabilityTable(facts: Fact[]): void {
  out();
  out("reliability (facts: the kind of every message and each non-null field; count / accuracy per confidence band)");
  const cell = (count: number, correct: number) => (count ? `${count} / ${pct(correct, count).toFixed(0)}%` : "-");
  out(`${"field".padEnd(18)} ${BANDS.map((b) => b.name.padStart(12)).join(" ")}`);
  for (const field of [...FIELDS, "all"] as const) {
    const mine = field === "all" ? facts : facts.filter((f) => f.field === field);
    const rows = reliability(mine);
    out(`${field.padEnd(18)} ${rows.map((r) => cell(r.count, r.correct).padStart(12)).join(" ")}`);
  }
}

async function readFolder(dir: string): Promise<LabelledCase[]> {
  try {
    const { cases, missing } = await readLabelledFolder(dir);
    for (const file of missing) out(`${file}: file missing`);
    return cases;
  } catch (error) {
    if (error instanceof LabelledFolderError) usage(error.message);
    throw error;
  }
}

function report(name: string, cases: LabelledCase[]): void {
  out(`corpus: ${name} (${cases.length} messages)`);
  out();
  const hits = accuracyTable(cases);
  const misses: string[] = [];
  for (const { label, extraction } of cases) {
    if (extraction.error) misses.push(`${label.file}: error ${extraction.error}`);
    for (const field of FIELDS) {
      if (!sameValue(field, extraction[field], label[field])) {
        const confidence = extraction.confidence[field];
        const conf =
          extraction[field] !== null && confidence !== undefined ? ` (confidence ${confidence.toFixed(2)})` : "";
        misses.push(
          `${label.file}  ${field}: got ${JSON.stringify(extraction[field])} want ${JSON.stringify(label[field])}${conf}`,
        );
      }
    }
  }
  const extraMisses = extraTable(cases);
  out(misses.length ? `\nmisses (${misses.length}):\n${misses.map((m) => `  ${m}`).join("\n")}` : "\nno misses");
  if (extraMisses.length)
    out(`\nextra-label misses (${extraMisses.length}):\n${extraMisses.map((m) => `  ${m}`).join("\n")}`);
  const facts = cases.flatMap((c) => factsOf(c.label, c.extraction));
  reliabilityTable(facts);
  out();
  out(gateLine(gate(facts, CONFIDENCE_THRESHOLD)));
  out(summaryLine(cases.length, hits));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.some((a) => a.startsWith("-"))) usage(`unexpected arguments: ${args.join(" ")}`);
  const dirs = (args.length ? args : [defaultCorpus()]).map((d) => resolve(d));
  const all: LabelledCase[] = [];
  for (const [i, dir] of dirs.entries()) {
    const cases = await readFolder(dir);
    if (i > 0) out(`\n${"=".repeat(100)}\n`);
    report(dir, cases);
    all.push(...cases);
  }
  if (dirs.length > 1) {
    out(`\n${"=".repeat(100)}\n`);
    report(`all ${dirs.length} folders`, all);
  }
}

/** The shared corpus, kept in the repository (tests/fixtures/corpus, a copy of ../shared/corpus). */
function defaultCorpus(): string {
  return join(import.meta.dirname, "../tests/fixtures/corpus");
}

/** "eval: 24 messages, kind 100.0%, worst field 95.8% (employer)": one line for scripts and logs. */
export function summaryLine(total: number, hits: Record<Field, number>): string {
  const share = (field: Field) => pct(hits[field], total);
  const worst = FIELDS.filter((f) => f !== "kind").reduce((a, b) => (share(b) < share(a) ? b : a));
  return `eval: ${total} messages, kind ${share("kind").toFixed(1)}%, worst field ${share(worst).toFixed(1)}% (${worst})`;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
