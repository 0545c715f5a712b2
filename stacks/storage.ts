// Where state and raw mail live: the DynamoDB table (TTL, PITR) and the raw-mail bucket SES writes to.

import { policyDocument } from "./iam";
import type { Account } from "./policies";
import { mailBucketPolicy } from "./policies";

/** Key schema of functions/adapters/dynamo-state.ts (TABLE_KEY_SCHEMA): pk/sk strings, TTL `expiresAt`. */
export function createStateTable(opts: { retain: boolean }) {
  // sst.aws.Dynamo: on-demand billing and point-in-time recovery are always on.
  return new sst.aws.Dynamo("State", {
    fields: { pk: "string", sk: "string" },
    primaryIndex: { hashKey: "pk", rangeKey: "sk" },
    ttl: "expiresAt",
    deletionProtection: opts.retain,
  });
}

export interface MailBucketInputs {
  account: Account;
  prefix: string;
  retentionDays: number;
  ruleSetName: $util.Input<string>;
  ruleName: $util.Input<string>;
  /**
   * Keep the bucket and its mail on `sst remove` (prod), together with everything that protects
   * it and expires the mail: SST's removal "retain" keeps only the bucket itself, so without this
   * its lifecycle rule (raw mail would never expire), public-access block, encryption default and
   * policy are deleted. Otherwise (other stages) the bucket is emptied and everything is deleted.
   */
  retain: boolean;
}

/**
 * Raw inbound mail. A raw aws.s3.Bucket rather than sst.aws.Bucket: we own its single bucket policy
 * and hand it back so the receipt rule can depend on it (SES checks the policy when the rule is
 * created: "Could not write to bucket", notes/sst-v4.md §5).
 */
export function createMailBucket(i: MailBucketInputs) {
  const kept = { retainOnDelete: i.retain };
  const bucket = new aws.s3.Bucket("InboundMail", { forceDestroy: !i.retain }, kept);
  const publicAccess = new aws.s3.BucketPublicAccessBlock(
    "InboundMailPublicAccess",
    {
      bucket: bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    },
    kept,
  );
  new aws.s3.BucketOwnershipControls(
    "InboundMailOwnership",
    { bucket: bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } },
    kept,
  );
  // SSE-S3: SES writes with it transparently (SSE-KMS would need a key policy for SES).
  new aws.s3.BucketServerSideEncryptionConfiguration(
    "InboundMailEncryption",
    { bucket: bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
    kept,
  );
  new aws.s3.BucketLifecycleConfiguration(
    "InboundMailExpiry",
    {
      bucket: bucket.id,
      rules: [
        {
          id: "expire-raw-mail",
          status: "Enabled",
          filter: { prefix: i.prefix },
          expiration: { days: i.retentionDays },
          abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
        },
      ],
    },
    kept,
  );
  const policy = new aws.s3.BucketPolicy(
    "InboundMailPolicy",
    {
      bucket: bucket.id,
      policy: policyDocument(
        mailBucketPolicy({
          account: i.account,
          bucketArn: bucket.arn,
          prefix: i.prefix,
          ruleSetName: i.ruleSetName,
          ruleName: i.ruleName,
        }),
      ),
    },
    // S3 rejects policy writes while the public-access block is being applied.
    { ...kept, dependsOn: [publicAccess] },
  );
  return { bucket, policy };
}
