// Send one planned nudge, at most once: reload state, send only if the nudge is still due, then
// record it on the employer. Used by a fired schedule (nudge.ts) and by reconcile for nudges that
// are already due; it never plans or schedules anything itself.
import { isStillDue } from "../domain/playbook";
import { processLabel } from "../domain/process";
import type { Deps } from "./deps";
import { sendToOwnerOnce } from "./owner-mail";
import type { NudgeFiring } from "./ports";
import { recordNudgeSent } from "./save-employer";

export type NudgeOutcome = "sent" | "stale" | "duplicate" | "held";

/**
 * `ifHeld`: what to do when another invocation is sending this nudge right now. A fired schedule
 * throws (its schedule is gone, so its retry must find it sent, or take over once the other's
 * lease ran out); reconcile skips it (the other one, or its retry, finishes the job, and an unsent
 * nudge stays planned for the next reconcile).
 */
export async function sendNudgeOnce(
  deps: Deps,
  firing: NudgeFiring,
  options: { ifHeld?: "throw" | "skip" } = {},
): Promise<NudgeOutcome> {
  const now = deps.clock.now().toISOString();
  const employers = await deps.state.listEmployers();
  const nudge = isStillDue(firing.nudgeId, employers, deps.owner, now);
  if (!nudge) {
    deps.log.info("nudge no longer due", { nudgeId: firing.nudgeId });
    return "stale";
  }
  const employer = employers.find((e) => e.id === nudge.employerId);
  const label = employer ? processLabel(employer, employers) : null;
  const outcome = await sendToOwnerOnce(
    deps,
    `nudge.${nudge.id}`,
    label,
    async () => {
      // Loaded on the first nudge: the inbound function sends one only when planning finds it due.
      // The composers name the process in the owner's subject and headline ("Globex / ML Engineer"
      // when the employer has several); the drafts inside address the employer by its name.
      const { composeNudge } = await import("../domain/compose");
      return composeNudge(nudge, employers, deps.owner, now, deps.links.sign);
    },
    options,
  );
  if (outcome === "held") {
    deps.log.info("nudge being sent by another invocation", { nudgeId: nudge.id });
    return "held";
  }
  // Record delivery on the employer even for a duplicate firing: a crash between send and record
  // must not leave the nudge planned forever.
  if (nudge.employerId) await recordNudgeSent(deps, nudge.employerId, nudge, now);
  deps.log.info(outcome === "sent" ? "nudge sent" : "nudge already sent", { nudgeId: nudge.id, kind: nudge.kind });
  return outcome === "sent" ? "sent" : "duplicate";
}
