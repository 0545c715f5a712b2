// How `wordsOverrule` (functions/domain/extract/kind-words.ts) was chosen, leave-one-set-out: for
// every message the rules read as `update`, a word model trained WITHOUT the message's own set
// names its kind; at each margin, how many readings switching to it would fix, break, or leave
// wrong. Run with ONLY_NOCUE=1 for the rule as shipped (only updates where the rules found no cue);
// without it, for every update (the variant that was rejected). Output: docs/calibration/words-overrule-cv.txt.
//
//   npx tsx scripts/labelled/words-overrule-cv.ts
import { kindWordScores, kindWordsOf, WORD_KINDS } from "../../functions/domain/extract/kind-words";
import { trainWordsOn } from "./confidence-fit";
import { readLabelledFolder } from "./corpus";
import { LABELLED_SETS } from "./sets";

const thresholds = [0, 2, 4, 6, 8, 10, 15];
const onlyNoCue = !!process.env.ONLY_NOCUE;
const folders = [];
for (const dir of LABELLED_SETS) folders.push({ dir, real: (await readLabelledFolder(dir)).cases, altered: [] });
const tally = new Map(thresholds.map((t) => [t, { fixed: 0, broke: 0, neither: 0 }]));
for (const folder of folders) {
  const model = trainWordsOn(folders.filter((other) => other !== folder));
  for (const c of folder.real) {
    // The rules' own kind: a reading the words already overruled was a cue-less update.
    const ruleKind = c.evidence.kind?.words_chose === 1 ? "update" : c.extraction.kind;
    if (ruleKind !== "update" || !c.facts) continue;
    if (onlyNoCue && c.evidence.kind?.path_no_cue !== 1) continue;
    const scores = kindWordScores(kindWordsOf(c.facts.subject, c.facts.body), model);
    let best = 0;
    for (let k = 1; k < scores.length; k += 1) if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
    const wordKind = WORD_KINDS[best];
    if (wordKind === "update" || wordKind === "other") continue;
    const lead = (scores[best] ?? 0) - (scores[WORD_KINDS.indexOf("update")] ?? 0);
    for (const t of thresholds) {
      if (lead <= t) continue;
      const row = tally.get(t);
      if (!row) continue;
      if (wordKind === c.label.kind) row.fixed += 1;
      else if (c.label.kind === "update") row.broke += 1;
      else row.neither += 1;
    }
  }
}
const what = onlyNoCue ? "updates where the rules found no cue" : "every update";
for (const [t, r] of tally)
  process.stdout.write(
    `${what}, words ahead by > ${t} nats: fixed ${r.fixed}, broke ${r.broke}, wrong either way ${r.neither}\n`,
  );
