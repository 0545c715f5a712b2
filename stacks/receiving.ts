// SES receiving: the receipt rule for the inbox address (store in S3, then invoke the inbound
// function asynchronously), the permission SES needs to invoke it, and, where this stage owns
// receiving, the rule set and its activation (one active set per account and region).
import type { In } from "./iam";
import { type Account, receiptRuleArn } from "./policies";

export interface ReceivingInputs {
  account: Account;
  /** Set the rule goes into; created here when `createRuleSet`. */
  ruleSetName: string;
  createRuleSet: boolean;
  /** Make our set the active one (only meaningful with `createRuleSet`). */
  activate: boolean;
  ruleName: string;
  inboxAddress: string;
  bucketName: In<string>;
  prefix: string;
  /** The bucket policy granting SES PutObject: SES verifies it when the rule is created. */
  bucketPolicy: $util.Resource;
  inboundFunctionName: In<string>;
  inboundFunctionArn: In<string>;
}

export function createReceiving(i: ReceivingInputs) {
  const ruleSet = i.createRuleSet ? new aws.ses.ReceiptRuleSet("InboundRuleSet", { ruleSetName: i.ruleSetName }) : null;
  const invoke = new aws.lambda.Permission("InboundAllowSes", {
    action: "lambda:InvokeFunction",
    function: i.inboundFunctionName,
    principal: "ses.amazonaws.com",
    sourceAccount: i.account.accountId,
    sourceArn: receiptRuleArn(i.account, i.ruleSetName, i.ruleName),
  });
  const rule = new aws.ses.ReceiptRule(
    "InboxRule",
    {
      name: i.ruleName,
      ruleSetName: ruleSet ? ruleSet.ruleSetName : i.ruleSetName,
      recipients: [i.inboxAddress],
      enabled: true,
      scanEnabled: true,
      tlsPolicy: "Require",
      // Order matters: the Lambda event carries no body, the function reads <prefix><messageId>.
      s3Actions: [{ position: 1, bucketName: i.bucketName, objectKeyPrefix: i.prefix }],
      lambdaActions: [{ position: 2, functionArn: i.inboundFunctionArn, invocationType: "Event" }],
      // Last: no later rule of the set acts on the inbox's mail. In a set the owner already runs,
      // the rule is created first (no `after`), so their catch-all or forwarding rules would
      // otherwise also store, forward or bounce every job email.
      stopActions: [{ position: 3, scope: "RuleSet" }],
    },
    { dependsOn: [i.bucketPolicy, invoke] },
  );
  // Deleting this resource (sst remove, or switching to JOBNUDGE_RULE_SET) would call
  // SetActiveReceiptRuleSet without a name, deactivating whatever set is active by then, possibly
  // one the owner activated since. So jobnudge never deactivates: while its own set is still the
  // active one, SES refuses to delete that set and the owner deactivates it (docs/deploy.md, 'Removal').
  const active =
    ruleSet && i.activate
      ? new aws.ses.ActiveReceiptRuleSet(
          "ActiveRuleSet",
          { ruleSetName: ruleSet.ruleSetName },
          { dependsOn: [rule], retainOnDelete: true },
        )
      : null;
  return { ruleSet, invoke, rule, active };
}
