// PLAYBOOK §1b: the employer waits on the owner (pick a slot, send availability, references...). The
// next move is the owner's: a `your_move` nudge the next business morning unless they answered
// meanwhile (a BCC'd reply or `sent` clears the move on the record), with a short reply draft where
// one fits. The silence rule sends no follow-up to the employer meanwhile.
import type { EmployerRecord } from "../employer";
import { nudgeId } from "../nudge";
import { compactStamp, instantOrNull, nextBusinessMorning } from "../time";
import type { Candidate, PlanContext } from "./candidate";

/** The moves a short reply answers (the rest are done elsewhere: a form, a test, a document upload). */
export const REPLY_MOVES: ReadonlySet<string> = new Set([
  "send availability",
  "pick a slot",
  "send references",
  "confirm the time",
]);

export function ownerMoveNudges(r: EmployerRecord, ctx: PlanContext): Candidate[] {
  const move = r.ownerMove;
  if (!move || r.stage !== "in_process") return [];
  const asked = instantOrNull(move.at);
  if (asked === null) return [];
  return [
    {
      id: nudgeId(["your_move", r.id, compactStamp(asked)]),
      kind: "your_move",
      employerId: r.id,
      dueAt: nextBusinessMorning(asked, ctx.owner),
      drafts: REPLY_MOVES.has(move.move) ? ["owner_reply"] : [],
      reason: `waits on you: ${move.move}`,
      expiresAt: null,
    },
  ];
}
