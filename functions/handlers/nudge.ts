// EventBridge Scheduler -> Lambda (async). Input: {"nudgeId","dueAt"} set when the schedule was made.
import * as z from "zod/mini";
import { fireNudge } from "../app/nudge";
import { awsDeps } from "../wiring/aws";

const Firing = z.object({ nudgeId: z.string().check(z.regex(/^[0-9a-zA-Z._-]{1,64}$/)), dueAt: z.string() });

export async function handler(event: unknown): Promise<{ outcome: string }> {
  const parsed = Firing.safeParse(event);
  const deps = awsDeps(parsed.success ? { nudgeId: parsed.data.nudgeId } : {});
  if (!parsed.success) {
    // A malformed payload will never become valid: log and finish (retrying cannot help).
    deps.log.error("malformed nudge payload", { issues: parsed.error.issues.length });
    return { outcome: "malformed" };
  }
  return { outcome: await fireNudge(deps, parsed.data) };
}
