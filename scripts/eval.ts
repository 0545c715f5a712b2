// Per-field accuracy of readEmail on a labelled corpus (../shared/corpus by default, or any folder
// with NAME.eml files and a labels.json in the corpus/SCHEMA.md format). Lists every miss with got
// and want. Exits non-zero only on bad arguments or an unreadable folder.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readEmail } from "../functions/app/read-message";

interface Label {
  file: string;
  owner: string;
  kind: string;
  employer: string | null;
  role: string | null;
  interviewAt: string | null;
  respondBy: string | null;
  expectDecisionBy: string | null;
  contactEmail: string | null;
}

const FIELDS = ["kind", "employer", "role", "interviewAt", "respondBy", "expectDecisionBy", "contactEmail"] as const;
type Field = (typeof FIELDS)[number];

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run eval [-- CORPUS_DIR]\n`);
  process.exit(2);
}

const fold = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.,]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Dates with a time compare as instants; date-only values and text compare as written (case-folded). */
export function sameValue(field: Field, got: unknown, want: unknown): boolean {
  if (want === null || want === undefined) return got === null || got === undefined;
  if (typeof got !== "string" || typeof want !== "string") return false;
  if (field === "interviewAt" || field === "respondBy" || field === "expectDecisionBy") {
    const timed = (v: string) => v.includes("T");
    if (timed(want) || timed(got)) return timed(want) && timed(got) && Date.parse(want) === Date.parse(got);
    return got === want;
  }
  return fold(got) === fold(want);
}

/** The owner's zone is not in the labels: take it from the owner's own outgoing Date offset. */
function zoneFromRaw(raw: Buffer): string {
  const header = /^Date:\s*(.+)$/im.exec(raw.subarray(0, 64 * 1024).toString("latin1"))?.[1] ?? "";
  const m = /([+-])(\d{2})(\d{2})\s*(?:\(|$)/.exec(header.trim());
  if (!m || (m[2] === "00" && m[3] === "00") || m[3] !== "00") return "UTC";
  const hours = Number(m[2]);
  // Etc/GMT signs are inverted: UTC-05:00 is Etc/GMT+5.
  return `Etc/GMT${m[1] === "-" ? "+" : "-"}${hours}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length > 1 || args.some((a) => a.startsWith("-"))) usage(`unexpected arguments: ${args.join(" ")}`);
  const dir = resolve(args[0] ?? join(import.meta.dirname, "../../shared/corpus"));
  let labels: Label[];
  try {
    labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Label[];
    readdirSync(dir);
  } catch (error) {
    usage(`cannot read ${dir}/labels.json: ${(error as Error).message}`);
  }
  if (!Array.isArray(labels)) usage("labels.json is not an array");

  const hits: Record<Field, number> = {
    kind: 0,
    employer: 0,
    role: 0,
    interviewAt: 0,
    respondBy: 0,
    expectDecisionBy: 0,
    contactEmail: 0,
  };
  const misses: string[] = [];
  let total = 0;
  for (const label of labels) {
    let raw: Buffer;
    try {
      raw = readFileSync(join(dir, label.file));
    } catch {
      misses.push(`${label.file}: file missing`);
      continue;
    }
    total += 1;
    const result = await readEmail(new Uint8Array(raw), { ownerAddresses: [label.owner], timezone: zoneFromRaw(raw) });
    const got = result.extraction;
    if (got.error) misses.push(`${label.file}: error ${got.error}`);
    for (const field of FIELDS) {
      if (sameValue(field, got[field], label[field])) hits[field] += 1;
      else
        misses.push(`${label.file}  ${field}: got ${JSON.stringify(got[field])} want ${JSON.stringify(label[field])}`);
    }
  }

  process.stdout.write(`corpus: ${dir} (${total} messages)\n\n`);
  process.stdout.write(`${"field".padEnd(18)} ${"correct".padStart(8)} ${"accuracy".padStart(9)}\n`);
  for (const field of FIELDS) {
    const pct = total ? (100 * hits[field]) / total : 0;
    process.stdout.write(
      `${field.padEnd(18)} ${`${hits[field]}/${total}`.padStart(8)} ${`${pct.toFixed(1)}%`.padStart(9)}\n`,
    );
  }
  process.stdout.write(
    misses.length ? `\nmisses (${misses.length}):\n${misses.map((m) => `  ${m}`).join("\n")}\n` : "\nno misses\n",
  );
  process.stdout.write(`${summaryLine(total, hits)}\n`);
}

/** "eval: 24 messages, kind 100.0%, worst field 95.8% (employer)": one line for scripts and logs. */
export function summaryLine(total: number, hits: Record<Field, number>): string {
  const pct = (field: Field) => (total ? (100 * hits[field]) / total : 0);
  const worst = FIELDS.filter((f) => f !== "kind").reduce((a, b) => (pct(b) < pct(a) ? b : a));
  return `eval: ${total} messages, kind ${pct("kind").toFixed(1)}%, worst field ${pct(worst).toFixed(1)}% (${worst})`;
}

await main();
