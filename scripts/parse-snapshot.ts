// Behaviour-identity check for speed work: reads every message under tests/fixtures (the labelled
// sets with their owners, the torture set and the rest with a fixed owner) through readEmail, as
// `jobnudge parse --json` does, and writes one JSON line per message (the extraction, forward,
// outer subject, owner text and the evidence the confidences were computed from). Take it before a
// change and after, then diff: an optimisation must leave the file byte-identical.
//   npx tsx scripts/parse-snapshot.ts OUT.jsonl
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { readEmail } from "../functions/app/read-message";
import { readLabels } from "./labelled/corpus";

const ROOT = join(import.meta.dirname, "..");
const FIXTURES = join(ROOT, "tests/fixtures");
const DEFAULT_OWNER = "sam.rivera@gmail.com";

function messagesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...messagesUnder(path));
    else if (/\.(eml|msg)$/i.test(name)) out.push(path);
  }
  return out;
}

/** The owner each labelled message was labelled for, by path. */
function labelledOwners(dir: string, owners: Map<string, string>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) labelledOwners(path, owners);
    else if (name === "labels.json")
      for (const label of readLabels(dir)) owners.set(join(dir, label.file), label.owner);
  }
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error("usage: npx tsx scripts/parse-snapshot.ts OUT.jsonl");
  const owners = new Map<string, string>();
  labelledOwners(FIXTURES, owners);
  const lines: string[] = [];
  for (const path of messagesUnder(FIXTURES)) {
    if (!existsSync(path)) continue;
    const owner = owners.get(path) ?? DEFAULT_OWNER;
    const email = await readEmail(new Uint8Array(readFileSync(path)), {
      ownerAddresses: [owner.toLowerCase()],
      timezone: "America/New_York",
    });
    lines.push(
      JSON.stringify({
        file: relative(ROOT, path),
        owner,
        extraction: email.extraction,
        forward: email.outer.forward,
        outerSubject: email.outer.subject,
        ownerText: email.ownerText,
        evidence: email.evidence,
      }),
    );
  }
  writeFileSync(out, `${lines.join("\n")}\n`);
  process.stdout.write(`${lines.length} messages -> ${out}\n`);
}

await main();
