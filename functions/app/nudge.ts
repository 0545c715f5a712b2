// A schedule fired: reload state, send only if the nudge is still due, at most once, then record it.

import { composeNudge } from "../domain/compose";
import { isStillDue } from "../domain/playbook";
import type { Deps } from "./deps";
import { sendToOwnerOnce } from "./owner-mail";
import type { NudgeFiring } from "./ports";
import { reconcile } from "./reconcile";
import { updateEmployer } from "./save-employer";

export type NudgeOutcome = "sent" | "stale" | "duplicate";

export async function fireNudge(
  deps: Deps,
  firing: NudgeFiring,
  options: { reconcileAfter: boolean } = { reconcileAfter: true },
): Promise<NudgeOutcome> {
  const now = deps.clock.now().toISOString();
  const employers = await deps.state.listEmployers();
  const nudge = isStillDue(firing.nudgeId, employers, deps.owner, now);
  if (!nudge) {
    deps.log.info("nudge no longer due", { nudgeId: firing.nudgeId });
    // The nudge may only have moved (its schedule fired at the old time): planning again gives it a
    // schedule at the new one instead of leaving it without any.
    if (options.reconcileAfter) await reconcile(deps);
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
  if (options.reconcileAfter) await reconcile(deps);
  return sent ? "sent" : "duplicate";
}
