// Composition root of the inbound function (SES receipt rule -> processInbound): every port. At
// module init it also reads one sample message (warm-up.ts), so the first real message of a cold
// container does not pay for the parser's and the extractors' first use.
import type { Deps } from "../../app/deps";
import "./templates";
import { baseDeps, type InvocationOptions } from "./common";
import { mailer, nudgeScheduler, stateStore } from "./ports";
import { rawMailStore } from "./s3";
import { warmUpReading } from "./warm-up";

// Lambda runs a module's top-level await during INIT, before the first event.
await warmUpReading();

export function inboundDeps(correlation: Record<string, unknown> = {}, options: InvocationOptions = {}): Deps {
  const { config, base } = baseDeps(correlation, options);
  return {
    ...base,
    state: stateStore(config),
    scheduler: nudgeScheduler(config),
    mailer: mailer(),
    rawMail: rawMailStore(config),
  };
}
