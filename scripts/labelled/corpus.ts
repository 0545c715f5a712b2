// A labelled folder (NAME.eml files and a labels.json in the corpus/SCHEMA.md format, optionally
// with the extra labels interviewEndAt, interviewers and ownerMove) read through the real
// readEmail path. Shared by scripts/eval.ts, scripts/calibrate.ts and the calibration test.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readEmail } from "../../functions/app/read-message";
import type { FieldEvidence } from "../../functions/domain/extract/evidence";
import { extractWithEvidence } from "../../functions/domain/extract/extract";
import { type Extraction, emptyExtraction } from "../../functions/domain/extraction";
import type { MailFacts } from "../../functions/domain/mail-facts";
import { decodeMail } from "../../functions/mail/decode";

export interface Label {
  file: string;
  owner: string;
  kind: string;
  employer: string | null;
  role: string | null;
  interviewAt: string | null;
  respondBy: string | null;
  expectDecisionBy: string | null;
  contactEmail: string | null;
  /** Extra labels, present in the newer sets only. */
  interviewEndAt?: string | null;
  interviewers?: string[];
  ownerMove?: boolean;
}

export interface LabelledCase {
  dir: string;
  label: Label;
  extraction: Extraction;
  evidence: FieldEvidence;
  /** What the extractors read (after `alter`); absent when the message could not be decoded. */
  facts?: MailFacts;
}

export class LabelledFolderError extends Error {
  override name = "LabelledFolderError";
}

export function readLabels(dir: string): Label[] {
  let labels: unknown;
  try {
    labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
    readdirSync(dir);
  } catch (error) {
    throw new LabelledFolderError(`cannot read ${dir}/labels.json: ${(error as Error).message}`);
  }
  if (!Array.isArray(labels)) throw new LabelledFolderError(`${dir}/labels.json is not an array`);
  return labels as Label[];
}

/**
 * The owners' zones, as a set's README states them (`owners.json`: address -> IANA zone). A real
 * owner sets their zone once; without the file the zone is guessed from the message.
 */
function readOwnerZones(dir: string): Record<string, string> {
  const file = join(dir, "owners.json");
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  } catch (error) {
    throw new LabelledFolderError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** No owners.json: take the owner's zone from the owner's own outgoing Date offset (whole hours only). */
export function zoneFromRaw(raw: Uint8Array): string {
  const head = Buffer.from(raw.subarray(0, 64 * 1024)).toString("latin1");
  const header = /^Date:\s*(.+)$/im.exec(head)?.[1] ?? "";
  const m = /([+-])(\d{2})(\d{2})\s*(?:\(|$)/.exec(header.trim());
  if (!m || (m[2] === "00" && m[3] === "00") || m[3] !== "00") return "UTC";
  const hours = Number(m[2]);
  // Etc/GMT signs are inverted: UTC-05:00 is Etc/GMT+5.
  return `Etc/GMT${m[1] === "-" ? "+" : "-"}${hours}`;
}

/**
 * Every case of a folder, read as the inbox would read it. `alter` changes the decoded facts
 * before extraction (calibrate.ts uses it to take evidence away); files that are missing are
 * returned in `missing`.
 */
export async function readLabelledFolder(
  dir: string,
  alter?: (facts: MailFacts) => MailFacts,
): Promise<{ cases: LabelledCase[]; missing: string[] }> {
  const cases: LabelledCase[] = [];
  const missing: string[] = [];
  const ownerZones = readOwnerZones(dir);
  for (const label of readLabels(dir)) {
    let raw: Uint8Array;
    try {
      raw = new Uint8Array(readFileSync(join(dir, label.file)));
    } catch {
      missing.push(label.file);
      continue;
    }
    const ctx = { ownerAddresses: [label.owner], timezone: ownerZones[label.owner] ?? zoneFromRaw(raw) };
    if (!alter) {
      const email = await readEmail(raw, ctx);
      cases.push({ dir, label, extraction: email.extraction, evidence: email.evidence, facts: email.facts });
      continue;
    }
    const decoded = await decodeMail(raw, ctx);
    if (!decoded.ok || !decoded.facts) {
      cases.push({ dir, label, extraction: emptyExtraction(), evidence: {} });
      continue;
    }
    const { messageId, originalDate } = decoded;
    const facts = alter(decoded.facts);
    cases.push({ dir, label, ...extractWithEvidence(facts, { messageId, originalDate }), facts });
  }
  return { cases, missing };
}
