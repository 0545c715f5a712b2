// One-time work under a lease, on DynamoDB: CLAIM#<key> = { owner, leaseUntil, doneAt? }.
// A claim written before leases existed has no owner; it was written when the work was done.
import type { ClaimOutcome } from "../app/ports";
import { type OwnerPartition, ttlFrom } from "./dynamo-partition";

export class DynamoClaims {
  constructor(private readonly partition: OwnerPartition) {}

  async claim(key: string, owner: string, now: string, leaseSeconds: number): Promise<ClaimOutcome> {
    const at = Date.parse(now);
    const sk = `CLAIM#${key}`;
    // A lost race re-reads; the item may have been released or lapsed meanwhile, so try again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const taken = await this.partition.put(
        sk,
        { owner, claimedAt: now, leaseUntil: at + leaseSeconds * 1000, expiresAt: ttlFrom(now) },
        {
          // Free, or not done and either ours (a retry, or the SDK retrying this very put after a
          // lost response) or another's lapsed lease.
          ConditionExpression:
            "attribute_not_exists(pk) OR (attribute_not_exists(doneAt) AND attribute_exists(#owner) AND (#owner = :owner OR leaseUntil <= :now))",
          ExpressionAttributeNames: { "#owner": "owner" },
          ExpressionAttributeValues: { ":owner": owner, ":now": at },
        },
      );
      if (taken) return "claimed";
      const current = await this.partition.get(sk);
      if (!current) continue;
      if (current.doneAt !== undefined || current.owner === undefined) return "done";
      if (current.owner !== owner && Number(current.leaseUntil) > at) return "held";
    }
    return "held";
  }

  async complete(key: string, now: string): Promise<void> {
    await this.partition.update(`CLAIM#${key}`, {
      UpdateExpression: "SET doneAt = if_not_exists(doneAt, :now), expiresAt = :ttl",
      ExpressionAttributeValues: { ":now": now, ":ttl": ttlFrom(now) },
    });
  }

  async release(key: string, owner: string): Promise<void> {
    // Done meanwhile, or another's now: not ours to give back (the condition fails, nothing happens).
    await this.partition.delete(`CLAIM#${key}`, {
      ConditionExpression: "#owner = :owner AND attribute_not_exists(doneAt)",
      ExpressionAttributeNames: { "#owner": "owner" },
      ExpressionAttributeValues: { ":owner": owner },
    });
  }
}
