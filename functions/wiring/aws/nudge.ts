// Composition root of the nudge function (EventBridge Scheduler -> fireNudge): the state table,
// the scheduler (reconcile), SES. It never reads kept mail: no S3 client, no MIME parser.
import type { Deps } from "../../app/deps";
import "./templates";
import { baseDeps, type InvocationOptions, noRawMail } from "./common";
import { mailer, nudgeScheduler, stateStore } from "./ports";

export function nudgeDeps(correlation: Record<string, unknown> = {}, options: InvocationOptions = {}): Deps {
  const { config, base } = baseDeps(correlation, options);
  return {
    ...base,
    state: stateStore(config),
    scheduler: nudgeScheduler(config),
    mailer: mailer(),
    rawMail: noRawMail("nudge"),
  };
}
