// Composition root of the nudge function (EventBridge Scheduler -> fireNudge): the state table,
// the scheduler (reconcile), SES. It never reads kept mail: no S3 client, no MIME parser.
import type { Deps } from "../../app/deps";
import "./templates";
import { type InvocationOptions, noRawMail } from "./common";
import { functionDeps } from "./ports";

export function nudgeDeps(correlation: Record<string, unknown> = {}, options: InvocationOptions = {}): Deps {
  return functionDeps(correlation, options, () => noRawMail("nudge"));
}
