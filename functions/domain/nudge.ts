// A nudge: an email jobnudge plans to send the owner at a given time.
import type { DraftKind, OwnerEmailKind } from "./vocabularies";

export interface PlannedNudge {
  /**
   * Deterministic id, also the schedule name: 1-64 chars of [0-9a-zA-Z-_.]. Built from the kind,
   * the employer id and what the nudge is about (e.g. the deadline it reminds of), so that
   * re-planning the same state yields the same id and a changed fact yields a new one.
   */
  id: string;
  kind: OwnerEmailKind;
  employerId: string | null;
  /** When to deliver, UTC ISO. May be <= now: "send at once". */
  dueAt: string;
  drafts: DraftKind[];
  /** Short machine-readable reason, e.g. "deadline 2026-03-13" (no PII beyond employer ids). */
  reason: string;
}

const NAME_OK = /^[0-9a-zA-Z._-]{1,64}$/;

/** Makes a schedule-safe id from parts; long ids keep a readable prefix plus a hash suffix. */
export function nudgeId(parts: string[]): string {
  const raw = parts
    .join(".")
    .replace(/[^0-9a-zA-Z._-]+/g, "-")
    .replace(/-+/g, "-");
  if (NAME_OK.test(raw)) return raw;
  return `${raw.slice(0, 55)}.${fnv1a(raw)}`;
}

export function isValidNudgeId(id: string): boolean {
  return NAME_OK.test(id);
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, "0").slice(0, 8);
}

/**
 * The schedule name of a nudge at a time: the nudge id plus its minute, so a moved nudge is a new
 * schedule (create and delete only, never an update racing Scheduler's own clean-up) and an
 * existing name always means the same schedule. Fits Scheduler's 64 characters.
 */
export function scheduleName(id: string, dueAt: string): string {
  const minute = Math.floor(Date.parse(dueAt) / 60_000).toString(36);
  const name = `${id}.${minute}`;
  if (NAME_OK.test(name)) return name;
  const hash = fnv1a(id);
  return `${id.slice(0, 64 - minute.length - hash.length - 2)}.${hash}.${minute}`.replace(/[^0-9a-zA-Z._-]/g, "-");
}
