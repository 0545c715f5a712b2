// A workload to profile readEmail on: every labelled corpus message (tests/fixtures/corpus and
// unseen*), N times over, or the HTML-heavy bench message (HTML=1). Not a bench: run it under
//   node --import tsx --cpu-prof --cpu-prof-dir=DIR bench/profile.ts
// and read the profile's self time by function (bench/profile-summary.ts DIR/*.cpuprofile).
import { readEmail } from "../functions/app/read-message";
import { labelledCorpus } from "./labelled-corpus";
import { htmlHeavyMessage } from "./messages";

const ROUNDS = Number(process.env.N ?? 5);

const messages =
  process.env.HTML === "1"
    ? Array(40).fill({ raw: htmlHeavyMessage(), owner: "sam.rivera@gmail.com" })
    : labelledCorpus();
const start = performance.now();
for (let i = 0; i < ROUNDS; i += 1)
  for (const m of messages) await readEmail(m.raw, { ownerAddresses: [m.owner], timezone: "America/New_York" });
process.stdout.write(`${messages.length} messages x ${ROUNDS}: ${(performance.now() - start).toFixed(0)} ms\n`);
