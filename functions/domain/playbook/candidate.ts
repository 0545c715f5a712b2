// What each situation rule proposes before the shared timing rules (quiet hours, snooze, expiry, sent)
// are applied in one place by the planner.
import type { EmployerRecord } from "../employer";
import type { OwnerSettings } from "../owner";
import type { DraftKind, OwnerEmailKind } from "../vocabularies";

export interface Candidate {
  id: string;
  kind: OwnerEmailKind;
  employerId: string;
  /** Epoch ms: when the rule wants it delivered (may be in the past: "at once"). */
  dueAt: number;
  drafts: DraftKind[];
  reason: string;
  /** Epoch ms after which it no longer matters (a reminder for a deadline that is over); null = never. */
  expiresAt: number | null;
}

export interface PlanContext {
  owner: OwnerSettings;
  /** Epoch ms of the planning instant. */
  now: number;
  employers: EmployerRecord[];
}

export type SituationRule = (employer: EmployerRecord, ctx: PlanContext) => Candidate[];
