// Composition root of the digest function (the weekly digest and the daily repair of the schedule
// book): the state table, the scheduler, SES. It never reads kept mail: no S3 client, no MIME parser.
import type { Deps } from "../../app/deps";
import "./templates";
import { type InvocationOptions, noRawMail } from "./common";
import { functionDeps } from "./ports";

export function digestDeps(correlation: Record<string, unknown> = {}, options: InvocationOptions = {}): Deps {
  return functionDeps(correlation, options, () => noRawMail("digest"));
}
