// Accepting an offer touches more than one record: an offer accepted earlier is backed out of
// (PLAYBOOK §5, "backing out of an accepted offer for a better one"), so the owner never holds two
// acceptances and gets the back-out nudge for the one they leave.
import type { EmployerRecord } from "./employer";
import { applyOwnerAction } from "./lifecycle";

/** Every record after accepting `employerId`; unchanged records are returned as the same objects. */
export function acceptOffer(records: EmployerRecord[], employerId: string, now: string): EmployerRecord[] {
  const target = records.find((r) => r.id === employerId);
  if (!target) return records;
  const accepted = applyOwnerAction(target, { type: "accept" }, now);
  if (accepted === target) return records; // already accepted: a repeat changes nothing
  return records.map((r) => {
    if (r.id === employerId) return accepted;
    if (r.stage === "accepted" && !r.backedOut) return applyOwnerAction(r, { type: "back_out" }, now);
    return r;
  });
}
