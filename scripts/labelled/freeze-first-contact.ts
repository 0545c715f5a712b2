// Freezes a fresh set's first-contact readings for the confidence fit: for every fact the reader
// produced the first time it met the set (before any rule changed for it), the field, the evidence
// features it was read with and whether it was right. Rules fixed afterwards make the set read
// nearly right, which teaches the calibration too much trust; these rows keep what new mail looks
// like to the reader. Run once per set, right after its first score, never after a rule change
// made for it (the file records the commit).
//
//   npx tsx scripts/labelled/freeze-first-contact.ts tests/fixtures/unseen-19 [...]
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { FIRST_CONTACT_DIR } from "./confidence-fit";
import { readLabelledFolder } from "./corpus";
import { factsOf } from "./score";

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) throw new Error("usage: npx tsx scripts/labelled/freeze-first-contact.ts DIR...");
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  for (const dir of dirs) {
    const { cases } = await readLabelledFolder(dir);
    const rows = cases.flatMap((c) =>
      c.extraction.error
        ? []
        : factsOf(c.label, c.extraction).map((fact) => ({
            file: fact.file,
            field: fact.field,
            correct: fact.correct,
            features: c.evidence[fact.field] ?? {},
          })),
    );
    const out = join(FIRST_CONTACT_DIR, `${basename(dir)}.json`);
    writeFileSync(out, `${JSON.stringify({ set: basename(dir), commit, rows }, null, 1)}\n`);
    // As the repository's formatter writes it, so that lint passes on the frozen file.
    execFileSync("npx", ["biome", "format", "--write", out], { stdio: "ignore" });
    process.stdout.write(
      `${basename(dir)}: ${rows.length} facts (${rows.filter((r) => !r.correct).length} wrong) -> ${out}\n`,
    );
  }
}

await main();
