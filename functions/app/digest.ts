// The weekly digest: every open process, the offers side by side, a push to keep applying.
// Sent at most once per digest id, so a duplicate firing of the recurring schedule sends nothing.
import { composeDigest } from "../domain/compose/digest";
import { digestId, digestOccurrenceAt } from "../domain/digest-schedule";
import { planNudges } from "../domain/playbook";
import { labelProcesses } from "../domain/process";
import type { Deps } from "./deps";
import { sendToOwnerOnce } from "./owner-mail";

export async function sendDigest(deps: Deps): Promise<boolean> {
  const nowMs = deps.clock.now().getTime();
  const now = new Date(nowMs).toISOString();
  const employers = await deps.state.listEmployers();
  const planned = planNudges(employers, deps.owner, now);
  // Keyed on the weekly occurrence being served (the latest one at or before now), not on the day a
  // retry happens to run, so a late retry of the same week's digest sends nothing.
  const occurrence = digestOccurrenceAt(deps.owner, nowMs);
  const sent =
    (await sendToOwnerOnce(deps, digestId(occurrence), null, () =>
      // Each process by the name the owner knows it by ("Acme / ML Engineer" when Acme has several).
      composeDigest(labelProcesses(employers), planned, deps.owner, now, deps.links.sign),
    )) === "sent";
  deps.log.info("digest", { sent, employers: employers.length });
  return sent;
}
