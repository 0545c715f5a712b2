// EventBridge Scheduler (weekly, owner's day and hour in their zone) -> Lambda: send the digest.
import { sendDigest } from "../app/digest";
import { awsDeps } from "../wiring/aws";

export async function handler(): Promise<{ outcome: "sent" | "already_sent" }> {
  const sent = await sendDigest(awsDeps({ use: "digest" }));
  return { outcome: sent ? "sent" : "already_sent" };
}
