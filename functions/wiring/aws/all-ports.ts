// Every AWS port, for a caller outside the Lambdas that needs them all: `jobnudge import --stage`
// writes raw mail to the stage's bucket, state to its table, schedules, and the summary email. No
// INIT warm-up here (that is the inbound function's, functions/wiring/aws/inbound.ts).
import type { Deps } from "../../app/deps";
import type { InvocationOptions } from "./common";
import { functionDeps } from "./ports";
import { rawMailStore } from "./s3";

export function awsDeps(correlation: Record<string, unknown> = {}, options: InvocationOptions = {}): Deps {
  return functionDeps(correlation, options, rawMailStore);
}
