// Every labelled message under tests/fixtures (the shared corpus and the unseen-* sets) with its
// owner, for the benches that time the reader over real mail.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readLabels } from "../scripts/labelled/corpus";

export function labelledCorpus(): { raw: Uint8Array; owner: string }[] {
  const fixtures = resolve("tests/fixtures");
  const out: { raw: Uint8Array; owner: string }[] = [];
  for (const name of readdirSync(fixtures).sort()) {
    if (!/^(corpus|unseen)/.test(name)) continue;
    if (!existsSync(join(fixtures, name, "labels.json"))) continue;
    for (const label of readLabels(join(fixtures, name))) {
      const path = join(fixtures, name, label.file);
      if (existsSync(path)) out.push({ raw: new Uint8Array(readFileSync(path)), owner: label.owner });
    }
  }
  return out;
}
