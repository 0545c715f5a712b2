// Least-privilege statements for every principal in the product, built from names and ARNs only
// (notes/aws-reliability.md §5.6). No wildcard actions; resource wildcards only below a prefix or
// a schedule group. Each action is one the function code sends (the SDK command named beside it);
// tests/infra asserts on these directly and on that list.
import type { Condition, In, Permission, PolicyStatement } from "./iam";

export interface Account {
  accountId: In<string>;
  region: In<string>;
}

// --- ARNs derived from names (known before the resources exist: no dependency cycles) ----------

export function lambdaArn(a: Account, functionName: In<string>): $util.Output<string> {
  return $interpolate`arn:aws:lambda:${a.region}:${a.accountId}:function:${functionName}`;
}

export function scheduleGroupArn(a: Account, group: In<string>): $util.Output<string> {
  return $interpolate`arn:aws:scheduler:${a.region}:${a.accountId}:schedule-group/${group}`;
}

export function receiptRuleArn(a: Account, ruleSetName: In<string>, ruleName: In<string>): $util.Output<string> {
  return $interpolate`arn:aws:ses:${a.region}:${a.accountId}:receipt-rule-set/${ruleSetName}:receipt-rule/${ruleName}`;
}

export function sesIdentityArn(a: Account, identity: In<string>): $util.Output<string> {
  return $interpolate`arn:aws:ses:${a.region}:${a.accountId}:identity/${identity}`;
}

const sourceAccount = (a: Account): Condition => ({
  test: "StringEquals",
  variable: "aws:SourceAccount",
  values: [a.accountId],
});

// --- Building blocks for function roles -----------------------------------------------------------

/**
 * Read and write the state table: functions/adapters/dynamo-state.ts sends GetCommand, QueryCommand
 * (on the table's key, no index), PutCommand, UpdateCommand and DeleteCommand (conditional writes
 * included).
 */
export function stateTableAccess(tableArn: In<string>): Permission {
  return {
    actions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"],
    resources: [tableArn],
  };
}

/**
 * Read raw mail under the prefix SES writes to (s3-raw-mail.ts GetObjectCommand); ListBucket (same
 * prefix) makes a missing key a 404, not a 403.
 */
export function rawMailRead(bucketArn: In<string>, prefix: string): Permission[] {
  return [
    { actions: ["s3:GetObject"], resources: [$interpolate`${bucketArn}/${prefix}*`] },
    {
      actions: ["s3:ListBucket"],
      resources: [bucketArn],
      conditions: [{ test: "StringLike", variable: "s3:prefix", values: [`${prefix}*`] }],
    },
  ];
}

/**
 * Send email to the owner (ses-mailer.ts SendRawEmailCommand): only From the sender address, only
 * through our identities. In the SES sandbox the recipient's identity is authorised too, hence the
 * owner's address identity ARN.
 */
export function sendOwnerMail(identityArns: In<string>[], senderAddress: string): Permission {
  return {
    actions: ["ses:SendRawEmail"],
    resources: identityArns,
    conditions: [{ test: "StringEqualsIgnoreCase", variable: "ses:FromAddress", values: [senderAddress] }],
  };
}

/**
 * Create and delete one-time nudge schedules in our group (eventbridge-scheduler.ts
 * CreateScheduleCommand, DeleteScheduleCommand; a moved nudge is a new schedule, never an update),
 * handing Scheduler only our role.
 */
export function manageNudgeSchedules(a: Account, group: In<string>, schedulerRoleArn: In<string>): Permission[] {
  return [
    {
      actions: ["scheduler:CreateSchedule", "scheduler:DeleteSchedule"],
      resources: [$interpolate`arn:aws:scheduler:${a.region}:${a.accountId}:schedule/${group}/*`],
    },
    {
      actions: ["iam:PassRole"],
      resources: [schedulerRoleArn],
      conditions: [{ test: "StringEquals", variable: "iam:PassedToService", values: ["scheduler.amazonaws.com"] }],
    },
  ];
}

/**
 * List the schedules of our group (the daily repair). ListSchedules has no resource type: IAM
 * checks it against "*" only, so the grant cannot name the group; the adapter always passes its
 * GroupName, and the action reads names and dates, nothing it could change.
 */
export function listNudgeSchedules(): Permission {
  return { actions: ["scheduler:ListSchedules"], resources: ["*"] };
}

/** A Bedrock foundation model (no account in the ARN: foundation models belong to AWS). */
export function foundationModelArn(a: Account, modelId: string): $util.Output<string> {
  return $interpolate`arn:aws:bedrock:${a.region}::foundation-model/${modelId}`;
}

/**
 * The optional model tier (adapters/model/bedrock.ts ConverseCommand, which IAM authorises as
 * bedrock:InvokeModel): the one configured model, nothing else of Bedrock.
 */
export function invokeBedrockModel(a: Account, modelId: string): Permission {
  return { actions: ["bedrock:InvokeModel"], resources: [foundationModelArn(a, modelId)] };
}

/** Lambda's async on-failure destination is written with the function's own role. */
export function sendToQueue(queueArn: In<string>): Permission {
  return { actions: ["sqs:SendMessage"], resources: [queueArn] };
}

// --- Per function ---------------------------------------------------------------------------------

export interface FunctionAccessInputs {
  account: Account;
  tableArn: In<string>;
  bucketArn: In<string>;
  mailPrefix: string;
  sesIdentityArns: In<string>[];
  senderAddress: string;
  scheduleGroup: In<string>;
  schedulerRoleArn: In<string>;
  failedEventsQueueArn: In<string>;
  /** The Bedrock model of the optional model tier, when the owner turned it on (inbound only). */
  bedrockModelId?: string | null;
}

export interface FunctionPermissions {
  inbound: Permission[];
  nudge: Permission[];
  actions: Permission[];
  digest: Permission[];
}

/**
 * inbound: reads the raw mail, updates state, reconciles schedules, sends acks.
 * nudge and actions: update state, reconcile schedules (a sent nudge or an applied action changes
 * the plan), send due nudges; actions also reads raw mail for its "view the original" page.
 * digest: the weekly digest (reads state, records it, sends one email) and the daily repair (lists
 * the group's schedules, then reconciles like the others).
 * Only the async ones (inbound, nudge, digest) write to the failed-events queue. With the model
 * tier on (owner.modelTier bedrock), inbound may also invoke that one Bedrock model.
 */
export function functionPermissions(i: FunctionAccessInputs): FunctionPermissions {
  const state = stateTableAccess(i.tableArn);
  const mail = sendOwnerMail(i.sesIdentityArns, i.senderAddress);
  const schedules = manageNudgeSchedules(i.account, i.scheduleGroup, i.schedulerRoleArn);
  const failed = sendToQueue(i.failedEventsQueueArn);
  return {
    inbound: [
      ...rawMailRead(i.bucketArn, i.mailPrefix),
      state,
      ...schedules,
      mail,
      failed,
      // Only when the owner turned the model tier on: otherwise the role names no Bedrock action.
      ...(i.bedrockModelId ? [invokeBedrockModel(i.account, i.bedrockModelId)] : []),
    ],
    nudge: [state, ...schedules, mail, failed],
    // "View the original message" links show the raw mail: read-only, same prefix as inbound.
    actions: [...rawMailRead(i.bucketArn, i.mailPrefix), state, ...schedules, mail],
    digest: [state, ...schedules, listNudgeSchedules(), mail, failed],
  };
}

// --- Scheduler execution roles --------------------------------------------------------------------

/** Trust: only EventBridge Scheduler, only for schedules of this account in this group (confused deputy). */
export function schedulerTrust(a: Account, group: In<string>): PolicyStatement[] {
  return [
    {
      principals: [{ type: "Service", identifiers: ["scheduler.amazonaws.com"] }],
      actions: ["sts:AssumeRole"],
      conditions: [
        sourceAccount(a),
        { test: "ArnEquals", variable: "aws:SourceArn", values: [scheduleGroupArn(a, group)] },
      ],
    },
  ];
}

/** What a schedule may do with the role: invoke exactly one function, and dead-letter to its queue. */
export function schedulerTargetAccess(functionArn: In<string>, dlqArn: In<string>): Permission[] {
  return [
    { actions: ["lambda:InvokeFunction"], resources: [functionArn, $interpolate`${functionArn}:*`] },
    { actions: ["sqs:SendMessage"], resources: [dlqArn] },
  ];
}

// --- Resource policies ----------------------------------------------------------------------------

export interface MailBucketPolicyInputs {
  account: Account;
  bucketArn: In<string>;
  prefix: string;
  ruleSetName: In<string>;
  ruleName: In<string>;
}

/** SES may put objects under the prefix, for our receipt rule only; nobody may use plain HTTP. */
export function mailBucketPolicy(i: MailBucketPolicyInputs): PolicyStatement[] {
  return [
    {
      sid: "AllowSesReceiptRulePut",
      principals: [{ type: "Service", identifiers: ["ses.amazonaws.com"] }],
      actions: ["s3:PutObject"],
      resources: [$interpolate`${i.bucketArn}/${i.prefix}*`],
      conditions: [
        sourceAccount(i.account),
        { test: "ArnLike", variable: "aws:SourceArn", values: [receiptRuleArn(i.account, i.ruleSetName, i.ruleName)] },
      ],
    },
    {
      sid: "DenyInsecureTransport",
      effect: "deny",
      principals: "*",
      actions: ["s3:*"],
      resources: [i.bucketArn, $interpolate`${i.bucketArn}/*`],
      conditions: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
    },
  ];
}
