// `jobnudge redrive --local`: the local stack's messages to process again, those whose record says
// error and those that have none (never processed, or given up after an hour of retries). They are
// marked in the inbound journal: a running stack picks them up within a second, a stopped one at its
// next start. Processing them again is safe: the inbound use case is safe to run twice per message.
import { readdir } from "node:fs/promises";
import type { MessageRecord } from "../../app/ports";
import type { InboundJournal } from "../stack/inbound-journal";

export interface LocalRedrivePlan {
  /** Journalled messages to process again. */
  rawKeys: string[];
  /** Kept messages received before the journal existed (no envelope sender kept): not replayable. */
  unjournalled: string[];
}

export async function planLocalRedrive(
  journal: InboundJournal,
  records: MessageRecord[],
  mailDir: string,
): Promise<LocalRedrivePlan> {
  const outcomes = new Map(records.map((r) => [r.rawKey, r.outcome]));
  const entries = await journal.list();
  const rawKeys = entries
    .filter((e) => e.state === "failed" || !outcomes.has(e.rawKey) || outcomes.get(e.rawKey) === "error")
    .map((e) => e.rawKey);
  const journalled = new Set(entries.map((e) => e.rawKey));
  const kept = await readdir(mailDir).catch(() => [] as string[]);
  const unjournalled = kept
    .filter((f) => f.endsWith(".eml"))
    .map((f) => f.slice(0, -".eml".length))
    .filter((key) => !journalled.has(key) && (!outcomes.has(key) || outcomes.get(key) === "error"));
  return { rawKeys, unjournalled };
}
