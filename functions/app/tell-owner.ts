// Telling the owner that something was given up after its retries ran out. Best effort by nature:
// what failed may be the state store itself, so when the once-only claim cannot be taken the
// notice goes out directly (with the same Message-ID, so a repeat lands in one thread).
import { composeFailureNotice, type FailureNoticeInput } from "../domain/compose/failure-notice";
import type { Deps } from "./deps";
import { ownerMessageId, sendToOwner, sendToOwnerOnce } from "./owner-mail";

export async function tellOwnerOfFailure(
  deps: Deps,
  key: string,
  notice: Omit<FailureNoticeInput, "owner" | "now">,
): Promise<void> {
  const claimKey = `failure.${key}`;
  const view = () => composeFailureNotice({ ...notice, owner: deps.owner, now: deps.clock.now().toISOString() });
  try {
    await sendToOwnerOnce(deps, claimKey, null, view, { ifHeld: "skip" });
  } catch (err) {
    deps.log.warn("failure notice: state store unavailable, sending without a claim", { key, error: String(err) });
    await sendToOwner(deps, view(), null, ownerMessageId(deps, claimKey));
  }
}
