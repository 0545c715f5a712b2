// Experiment helper: read the labelled sets once and save the leave-one-set-out folds (with word
// features) to a file, so model experiments do not re-read mail. Not part of the shipped flow.
import { writeFileSync } from "node:fs";
import { serialize } from "node:v8";
import { foldsOf, readFolders } from "./confidence-fit";
import { LABELLED_SETS } from "./sets";

const folders = await readFolders(LABELLED_SETS, (l) => process.stderr.write(`${l}\n`));
const folds = foldsOf(folders, true);
writeFileSync(process.argv[2] ?? "/tmp/calibx/folds.bin", serialize(folds));
