// EventBridge Scheduler -> Lambda, two recurring schedules on one function: the weekly digest
// ({"kind":"digest"}, the owner's day and hour in their zone) and the daily repair of the schedule
// book ({"kind":"repair"}), which first moves records written by an earlier version forward.
import type { Context } from "aws-lambda";
import { sendDigest } from "../app/digest";
import { migrateProcesses } from "../app/migrate-processes";
import { repairSchedules } from "../app/repair-schedules";
import { digestDeps } from "../wiring/aws/digest";

export async function handler(
  event: unknown,
  context?: Pick<Context, "awsRequestId">,
): Promise<{ outcome: "sent" | "already_sent" | "repaired" }> {
  const kind = typeof event === "object" && event !== null ? (event as { kind?: unknown }).kind : undefined;
  const deps = digestDeps({ use: kind === "repair" ? "repair" : "digest" }, { invocationId: context?.awsRequestId });
  if (kind === "repair") {
    // Records written before processes move forward (idempotent: nothing to write once done).
    await migrateProcesses(deps);
    await repairSchedules(deps);
    return { outcome: "repaired" };
  }
  const sent = await sendDigest(deps);
  return { outcome: sent ? "sent" : "already_sent" };
}
