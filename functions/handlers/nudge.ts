// EventBridge Scheduler -> Lambda (async). Input: {"nudgeId","dueAt"} set when the schedule was made.
import type { Context } from "aws-lambda";
import * as z from "zod/mini";
import { fireNudge } from "../app/nudge";
import { nudgeDeps } from "../wiring/aws/nudge";

const Firing = z.object({ nudgeId: z.string().check(z.regex(/^[0-9a-zA-Z._-]{1,64}$/)), dueAt: z.string() });

export async function handler(event: unknown, context?: Pick<Context, "awsRequestId">): Promise<{ outcome: string }> {
  const parsed = Firing.safeParse(event);
  const deps = nudgeDeps(parsed.success ? { nudgeId: parsed.data.nudgeId } : {}, {
    invocationId: context?.awsRequestId,
  });
  if (!parsed.success) {
    // A malformed payload will never become valid: log and finish (retrying cannot help).
    deps.log.error("malformed nudge payload", { issues: parsed.error.issues.length });
    return { outcome: "malformed" };
  }
  return { outcome: await fireNudge(deps, parsed.data) };
}
