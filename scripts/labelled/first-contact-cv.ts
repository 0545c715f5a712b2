// Does fitting on frozen first-contact readings help on another fresh set's first contact? For
// each frozen set S: the confidence model is fitted on the labelled sets plus the OTHER frozen sets'
// rows at weight w, and scored on S's rows (log-loss, and the gate at CONFIDENCE_THRESHOLD). w = 0
// is the model as fitted before. Output: docs/calibration/first-contact-cv.txt.
//
//   npx tsx scripts/labelled/first-contact-cv.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CalibrationModel } from "../../functions/domain/extract/calibration";
import { confidenceFrom } from "../../functions/domain/extract/calibration";
import { CALIBRATED_FIELDS } from "../../functions/domain/extract/evidence";
import { CONFIDENCE_THRESHOLD } from "../../functions/domain/extraction";
import { firstContactSamples, fitField, outOfFolderWords, readFirstContact, readFolders } from "./confidence-fit";
import { LABELLED_SETS } from "./sets";

const shipped = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../functions/domain/extract/calibration.json"), "utf8"),
) as CalibrationModel;
const frozen = readFirstContact();
const folders = outOfFolderWords(await readFolders(LABELLED_SETS, (l) => process.stderr.write(`${l}\n`)), true);
const cross = (p: number, right: boolean) => -Math.log(right ? Math.max(p, 1e-6) : Math.max(1 - p, 1e-6));
const WEIGHTS = (process.env.WEIGHTS ?? "0,1,2,4,8").split(",").map(Number);
/** Per field and weight, summed over the held sets: silent, silent wrong, asked. */
const perField = new Map<string, { silent: number; wrong: number; asked: number }>();
for (const held of frozen) {
  const others = frozen.filter((s) => s !== held);
  for (const weight of WEIGHTS) {
    let loss = 0;
    let silent = 0;
    let silentWrong = 0;
    let asked = 0;
    for (const field of CALIBRATED_FIELDS) {
      const choice = shipped.fields[field] as { lambda?: number; ablationWeight?: number } | undefined;
      if (!choice?.lambda) continue;
      const extra = firstContactSamples(others, field, weight);
      const fit = fitField(folders, field, choice.lambda, choice.ablationWeight, extra);
      for (const row of held.rows.filter((r) => r.field === field)) {
        const p = confidenceFrom(fit, row.features);
        loss += cross(p, row.correct);
        const tally = perField.get(`${field} at weight ${weight}`) ?? { silent: 0, wrong: 0, asked: 0 };
        perField.set(`${field} at weight ${weight}`, tally);
        if (p >= CONFIDENCE_THRESHOLD) {
          silent += 1;
          tally.silent += 1;
          if (!row.correct) {
            silentWrong += 1;
            tally.wrong += 1;
          }
        } else {
          asked += 1;
          tally.asked += 1;
        }
      }
    }
    const n = held.rows.length;
    const right = held.rows.filter((r) => r.correct).length / n;
    const constant = held.rows.reduce((sum, r) => sum + cross(right, r.correct), 0);
    process.stdout.write(
      `${held.set} scored, fitted with ${others.map((o) => o.set).join("+") || "none"} at weight ${weight}: ` +
        `log-loss ${loss.toFixed(1)} (constant ${constant.toFixed(1)}), silent ${silent}, wrong ${silentWrong} ` +
        `(${((100 * silentWrong) / Math.max(1, silent)).toFixed(1)} %), asked ${asked} (${((100 * asked) / n).toFixed(1)} %)\n`,
    );
  }
}
process.stdout.write("\nper field, summed over the held sets:\n");
for (const [key, t] of [...perField].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))) {
  const facts = t.silent + t.asked;
  process.stdout.write(
    `${key.padEnd(32)} silent ${t.silent}, wrong ${t.wrong} (${((100 * t.wrong) / Math.max(1, t.silent)).toFixed(1)} %), ` +
      `asked ${t.asked} (${((100 * t.asked) / Math.max(1, facts)).toFixed(1)} %)\n`,
  );
}
