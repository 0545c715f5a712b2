// Send one planned nudge, at most once: reload state, send only if the nudge is still due, then
// record it on the employer. Used by a fired schedule (nudge.ts) and by reconcile for nudges that
// are already due; it never plans or schedules anything itself.
import { composeNudge } from "../domain/compose";
import { isStillDue } from "../domain/playbook";
import type { Deps } from "./deps";
import { sendToOwnerOnce } from "./owner-mail";
import type { NudgeFiring } from "./ports";
import { updateEmployer } from "./save-employer";

export type NudgeOutcome = "sent" | "stale" | "duplicate";

export async function sendNudgeOnce(deps: Deps, firing: NudgeFiring): Promise<NudgeOutcome> {
  const now = deps.clock.now().toISOString();
  const employers = await deps.state.listEmployers();
  const nudge = isStillDue(firing.nudgeId, employers, deps.owner, now);
  if (!nudge) {
    deps.log.info("nudge no longer due", { nudgeId: firing.nudgeId });
    return "stale";
  }
  const employerName = employers.find((e) => e.id === nudge.employerId)?.name ?? null;
  const sent = await sendToOwnerOnce(deps, `nudge.${nudge.id}`, employerName, () =>
    composeNudge(nudge, employers, deps.owner, now, deps.links.sign),
  );
  // Record delivery on the employer even for a duplicate firing: a crash between send and record
  // must not leave the nudge planned forever.
  if (nudge.employerId) {
    await updateEmployer(deps, nudge.employerId, (current) => {
      if (!current || current.sentNudges.includes(nudge.id)) return current;
      return {
        ...current,
        sentNudges: [...current.sentNudges, nudge.id],
        timeline: [...current.timeline, { at: now, kind: "nudge", summary: `${nudge.kind} sent`, nudgeId: nudge.id }],
        updatedAt: now,
      };
    });
  }
  deps.log.info(sent ? "nudge sent" : "nudge already sent", { nudgeId: nudge.id, kind: nudge.kind });
  return sent ? "sent" : "duplicate";
}
