// A schedule fired: send the nudge if it is still due (at most once), then plan again.
import type { Deps } from "./deps";
import type { NudgeFiring } from "./ports";
import { reconcile } from "./reconcile";
import { type NudgeOutcome, sendNudgeOnce } from "./send-nudge";

export async function fireNudge(deps: Deps, firing: NudgeFiring): Promise<NudgeOutcome> {
  const outcome = await sendNudgeOnce(deps, firing);
  // Sending changed the plan; a stale nudge may only have moved (its schedule fired at the old
  // time): planning again gives it a schedule at the new one instead of leaving it without any.
  await reconcile(deps);
  return outcome;
}
