// Ranking is a fact across employers ("Globex above Acme"), so it is changed for all records at once.
// Returns every record; only the ones whose rank changed get a timeline line and a new updatedAt.
import type { EmployerRecord } from "./employer";
import { InvalidRequestError } from "./errors";

/** `rank A, B, C`: ranks 1..n in the given order (top choice first); every other employer is unranked. */
export function rankEmployers(records: EmployerRecord[], orderedIds: string[], now: string): EmployerRecord[] {
  const known = new Set(records.map((r) => r.id));
  const unknown = orderedIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new InvalidRequestError(`unknown employer: ${unknown.join(", ")}`);
  if (new Set(orderedIds).size !== orderedIds.length) throw new InvalidRequestError("an employer is listed twice");
  return records.map((r) => {
    const position = orderedIds.indexOf(r.id);
    return withRank(r, position === -1 ? null : position + 1, now);
  });
}

/** `prefer X`: X becomes rank 1; the other ranked employers keep their order below it. */
export function preferEmployer(records: EmployerRecord[], id: string, now: string): EmployerRecord[] {
  if (!records.some((r) => r.id === id)) throw new InvalidRequestError(`unknown employer: ${id}`);
  const othersRanked = records
    .filter((r) => r.id !== id && r.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.id.localeCompare(b.id))
    .map((r) => r.id);
  const order = [id, ...othersRanked];
  return records.map((r) => {
    const position = order.indexOf(r.id);
    return withRank(r, position === -1 ? null : position + 1, now);
  });
}

/** Open employers in preference order: ranked first (1, 2, ...), then unranked by name. */
export function byPreference(a: EmployerRecord, b: EmployerRecord): number {
  const ra = a.rank ?? Number.POSITIVE_INFINITY;
  const rb = b.rank ?? Number.POSITIVE_INFINITY;
  return ra - rb || a.name.localeCompare(b.name);
}

/** True when the owner prefers `a` over `b`: a is ranked and b is unranked or ranked lower. */
export function isPreferredOver(a: EmployerRecord, b: EmployerRecord): boolean {
  if (a.rank === null) return false;
  return b.rank === null || a.rank < b.rank;
}

function withRank(r: EmployerRecord, rank: number | null, now: string): EmployerRecord {
  if (r.rank === rank) return r;
  const summary = rank === null ? "rank: unranked" : `rank: ranked ${rank}`;
  return { ...r, rank, updatedAt: now, timeline: [...r.timeline, { at: now, kind: "action", summary }] };
}
