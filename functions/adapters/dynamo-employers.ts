// Employer records on DynamoDB, bounded in size however long a process runs. The record item
// EMP#<id> keeps the newest entries of its two growing lists (the timeline and the sent nudges);
// older ones move, a hundred at a time, into history items HIST#<id>#<list>#<n>#<digest> that the
// record item names. The store hands out the whole record, so nothing above it changes; an item
// stays far below DynamoDB's 400 KB however many entries there are.
// - History items are named by their content (the digest), written before the record item that
//   names them and never rewritten: a record item always names items that exist and hold what it
//   says, and an item no record names any more is deleted after the record moved on.
// - Records written before this kept every entry in the record item: read as they are; the next
//   save moves their old entries out.
// - Retention: once a process is closed (declined, withdrawn, rejected, accepted), its record and
//   history carry a TTL `closedRetentionDays` after it closed (null = kept for good). An expired
//   record is no longer read even before DynamoDB deletes it (that can take two days).
import { createHash } from "node:crypto";
import { ConcurrentUpdateError } from "../app/ports";
import type { EmployerRecord } from "../domain/employer";
import { OPEN_STAGES } from "../domain/vocabularies";
import type { Item, OwnerPartition } from "./dynamo-partition";

/** Newest entries of each list kept in the record item. */
export const KEPT_IN_RECORD = 100;
/** Entries per history item. */
export const HISTORY_CHUNK = 100;

const LISTS = ["timeline", "sentNudges"] as const;
type ListName = (typeof LISTS)[number];
type History = Record<ListName, string[]>;

export interface EmployerStoreOptions {
  /** Days a closed process is kept after it closed; null = for good. */
  closedRetentionDays: number | null;
  /** Epoch ms now (which records have expired). */
  now: () => number;
}

export class DynamoEmployers {
  /** The history each record item we last read or wrote names, by id: saves skip what exists. */
  private readonly known = new Map<string, { version: number; history: History }>();

  constructor(
    private readonly partition: OwnerPartition,
    private readonly options: EmployerStoreOptions,
  ) {}

  async list(): Promise<EmployerRecord[]> {
    const items = (await this.partition.query("EMP#")).filter((item) => !this.expired(item));
    const records = await Promise.all(items.map((item) => this.assemble(item)));
    return records.filter((r): r is EmployerRecord => r !== null);
  }

  async get(id: string): Promise<EmployerRecord | null> {
    const item = await this.partition.get(`EMP#${id}`);
    return item && !this.expired(item) ? this.assemble(item) : null;
  }

  async save(record: EmployerRecord): Promise<EmployerRecord> {
    const next = { ...record, version: record.version + 1 };
    const expiresAt = this.expiryOf(next);
    const { kept, chunks } = splitHistory(next, expiresAt);
    const before = await this.historyAt(record.id, record.version);
    const existing = new Set(Object.values(before).flat());
    for (const chunk of chunks) {
      if (!existing.has(chunk.sk)) await this.partition.put(chunk.sk, withTtl({ entries: chunk.entries }, expiresAt));
    }
    const history = historyOf(chunks);
    const written = await this.partition.put(
      `EMP#${record.id}`,
      withTtl({ record: kept, version: next.version, history }, expiresAt),
      record.version === 0
        ? {
            // New, or a closed record past its retention that DynamoDB has not deleted yet.
            ConditionExpression: "attribute_not_exists(pk) OR expiresAt <= :now",
            ExpressionAttributeValues: { ":now": Math.floor(this.options.now() / 1000) },
          }
        : {
            ConditionExpression: "#v = :expected",
            ExpressionAttributeNames: { "#v": "version" },
            ExpressionAttributeValues: { ":expected": record.version },
          },
    );
    if (!written) throw new ConcurrentUpdateError(`employer ${record.id} changed concurrently`);
    this.known.set(record.id, { version: next.version, history });
    const named = new Set(Object.values(history).flat());
    await this.dropHistory([...existing].filter((sk) => !named.has(sk)));
    return next;
  }

  async delete(id: string, version: number): Promise<void> {
    const deleted = await this.partition.delete(`EMP#${id}`, {
      ConditionExpression: "#v = :v",
      ExpressionAttributeNames: { "#v": "version" },
      ExpressionAttributeValues: { ":v": version },
    });
    if (!deleted) throw new ConcurrentUpdateError(`employer ${id} changed concurrently`);
    this.known.delete(id);
    await this.dropHistory((await this.partition.query(`HIST#${id}#`)).map((item) => String(item.sk)));
  }

  private expired(item: Item): boolean {
    return typeof item.expiresAt === "number" && item.expiresAt * 1000 <= this.options.now();
  }

  /** The TTL of a closed process (epoch seconds), or null while it is open or kept for good. */
  private expiryOf(record: EmployerRecord): number | null {
    const days = this.options.closedRetentionDays;
    if (days === null || OPEN_STAGES.includes(record.stage)) return null;
    const since = Date.parse(record.closedAt ?? record.acceptedAt ?? record.updatedAt);
    return Number.isNaN(since) ? null : Math.floor(since / 1000) + days * 24 * 3600;
  }

  /**
   * The record with its whole lists: the history items it names, then what it keeps itself. A
   * history item can vanish between reading the record item and the history (a save replaced it):
   * then the record item is read again. Null when the record went meanwhile.
   */
  private async assemble(item: Item, attempt = 0): Promise<EmployerRecord | null> {
    const record = item.record as EmployerRecord;
    const history = (item.history as History | undefined) ?? { timeline: [], sentNudges: [] };
    this.known.set(record.id, { version: Number(item.version), history });
    if (history.timeline.length === 0 && history.sentNudges.length === 0) return record;
    const stored = new Map(
      (await this.partition.query(`HIST#${record.id}#`)).map((h) => [String(h.sk), h.entries as unknown[]]),
    );
    if (![...history.timeline, ...history.sentNudges].every((sk) => stored.has(sk))) {
      if (attempt >= 2) throw new Error(`employer ${record.id}: history named by the record is missing`);
      const again = await this.partition.get(`EMP#${record.id}`);
      return again && !this.expired(again) ? this.assemble(again, attempt + 1) : null;
    }
    const older = (list: ListName) => history[list].flatMap((sk) => stored.get(sk) ?? []);
    return {
      ...record,
      timeline: [...(older("timeline") as EmployerRecord["timeline"]), ...record.timeline],
      sentNudges: [...(older("sentNudges") as string[]), ...record.sentNudges],
    };
  }

  /** The history the record item at `version` names (read when this store has not seen it). */
  private async historyAt(id: string, version: number): Promise<History> {
    const none = { timeline: [], sentNudges: [] };
    if (version === 0) return none;
    const known = this.known.get(id);
    if (known?.version === version) return known.history;
    const item = await this.partition.get(`EMP#${id}`);
    // Another version: the conditional write fails anyway, and history items are safe to rewrite.
    return item && Number(item.version) === version ? ((item.history as History | undefined) ?? none) : none;
  }

  /** Best effort: an item left behind is never read (no record names it) and costs a little space. */
  private async dropHistory(sks: string[]): Promise<void> {
    for (const sk of sks) await this.partition.delete(sk).catch(() => {});
  }
}

interface Chunk {
  list: ListName;
  sk: string;
  entries: unknown[];
}

/**
 * The record item's share of the lists (the newest KEPT_IN_RECORD or more) and the history chunks
 * of the rest, oldest first. Chunk boundaries depend only on the list, so the chunks of an older
 * version are the chunks of the newer one as long as its old entries did not change.
 */
export function splitHistory(
  record: EmployerRecord,
  expiresAt: number | null,
): { kept: EmployerRecord; chunks: Chunk[] } {
  const kept = { ...record };
  const chunks: Chunk[] = [];
  for (const list of LISTS) {
    const values = record[list] as unknown[];
    const archived = Math.floor(Math.max(0, values.length - KEPT_IN_RECORD) / HISTORY_CHUNK) * HISTORY_CHUNK;
    for (let start = 0; start < archived; start += HISTORY_CHUNK) {
      const entries = values.slice(start, start + HISTORY_CHUNK);
      const digest = createHash("sha256").update(JSON.stringify({ entries, expiresAt })).digest("hex").slice(0, 16);
      const n = String(start / HISTORY_CHUNK).padStart(5, "0");
      chunks.push({ list, sk: `HIST#${record.id}#${list}#${n}#${digest}`, entries });
    }
    (kept as Record<ListName, unknown[]>)[list] = values.slice(archived);
  }
  return { kept, chunks };
}

function historyOf(chunks: Chunk[]): History {
  return {
    timeline: chunks.filter((c) => c.list === "timeline").map((c) => c.sk),
    sentNudges: chunks.filter((c) => c.list === "sentNudges").map((c) => c.sk),
  };
}

function withTtl(attributes: Item, expiresAt: number | null): Item {
  return expiresAt === null ? attributes : { ...attributes, expiresAt };
}
