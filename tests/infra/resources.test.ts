// The non-Function resources of stacks/, constructed under Pulumi mocks: what would be sent to AWS.
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, installMocks, settle } from "./harness";

const ACCOUNT = { accountId: "123456789012", region: "us-east-1" };
const T = {
  bucket: "aws:s3/bucket:Bucket",
  publicAccess: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  encryption: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  lifecycle: "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
  ownership: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
  bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
  ruleSet: "aws:ses/receiptRuleSet:ReceiptRuleSet",
  rule: "aws:ses/receiptRule:ReceiptRule",
  activeSet: "aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet",
  permission: "aws:lambda/permission:Permission",
  group: "aws:scheduler/scheduleGroup:ScheduleGroup",
  schedule: "aws:scheduler/schedule:Schedule",
  role: "aws:iam/role:Role",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
  queue: "aws:sqs/queue:Queue",
  topic: "aws:sns/topic:Topic",
  subscription: "aws:sns/topicSubscription:TopicSubscription",
  alarm: "aws:cloudwatch/metricAlarm:MetricAlarm",
  identity: "aws:sesv2/emailIdentity:EmailIdentity",
  record: "aws:route53/record:Record",
} as const;

let h: Harness;
let storage: typeof import("../../stacks/storage");
let receiving: typeof import("../../stacks/receiving");
let scheduling: typeof import("../../stacks/scheduling");
let alerts: typeof import("../../stacks/alerts");
let email: typeof import("../../stacks/email");
let ses: ReturnType<typeof import("../../stacks/email")["createSesIdentities"]>;

beforeAll(async () => {
  // Slow registrations: the receipt rule must still wait for them (explicit dependsOn).
  h = await installMocks({ slow: [T.bucketPolicy, T.permission] });
  storage = await import("../../stacks/storage");
  receiving = await import("../../stacks/receiving");
  scheduling = await import("../../stacks/scheduling");
  alerts = await import("../../stacks/alerts");
  email = await import("../../stacks/email");

  const mail = storage.createMailBucket({
    account: ACCOUNT,
    prefix: "inbound/",
    retentionDays: 90,
    ruleSetName: "jobnudge-prod-inbound",
    ruleName: "jobnudge-prod-inbox",
    retain: true,
  });
  receiving.createReceiving({
    account: ACCOUNT,
    ruleSetName: "jobnudge-prod-inbound",
    createRuleSet: true,
    activate: true,
    ruleName: "jobnudge-prod-inbox",
    inboxAddress: "jobs@hunt.example.com",
    bucketName: mail.bucket.bucket,
    prefix: "inbound/",
    bucketPolicy: mail.policy,
    inboundFunctionName: "jobnudge-prod-Inbound",
    inboundFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-prod-Inbound",
  });
  const queues = alerts.createFailureQueues();
  scheduling.createNudgeScheduling({
    account: ACCOUNT,
    groupName: "jobnudge-prod-nudges",
    nudgeFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-prod-nudge",
    dlqArn: queues.schedulerDlq.arn,
  });
  scheduling.createDigestSchedule({
    account: ACCOUNT,
    name: "jobnudge-prod-digest",
    digestFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-prod-Digest",
    cron: "cron(0 8 ? * MON *)",
    timezone: "America/New_York",
    dlqArn: queues.schedulerDlq.arn,
  });
  alerts.createFailureAlarms({
    alertEmail: "sam.rivera@gmail.com",
    queues: [
      { label: "FailedEvents", queueName: queues.failedEvents.name },
      { label: "SchedulerDeadLetters", queueName: queues.schedulerDlq.name },
    ],
  });
  ses = email.createSesIdentities({
    account: ACCOUNT,
    mailDomain: "hunt.example.com",
    ownerEmail: "sam.rivera@gmail.com",
    createDomainIdentity: true,
    verifyOwnerAddress: true,
    route53ZoneId: "Z0123456789ABCDEFGHIJ",
  });
  await settle();
});

const policyOf = (r: { inputs: Record<string, unknown> }, key = "policy") =>
  JSON.parse(r.inputs[key] as string) as { Statement: { Action: string[]; Resource?: string[] }[] };

describe("raw-mail bucket", () => {
  it("blocks every kind of public access and enforces bucket-owner objects", () => {
    expect(h.one(T.publicAccess).inputs).toMatchObject({
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    expect(h.one(T.ownership).inputs).toMatchObject({ rule: { objectOwnership: "BucketOwnerEnforced" } });
  });

  it("encrypts at rest with SSE-S3 (SES can write it without a key policy)", () => {
    expect(h.one(T.encryption).inputs).toMatchObject({
      rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
    });
  });

  it("expires raw mail under the prefix after the configured days", () => {
    expect(h.one(T.lifecycle).inputs).toMatchObject({
      rules: [{ status: "Enabled", filter: { prefix: "inbound/" }, expiration: { days: 90 } }],
    });
  });

  it("is kept on removal in prod (no forceDestroy)", () => {
    expect(h.one(T.bucket).inputs.forceDestroy).toBe(false);
  });

  it("keeps what protects and expires the mail on removal in prod, not only the bucket", () => {
    const parts = [T.bucket, T.publicAccess, T.ownership, T.encryption, T.lifecycle, T.bucketPolicy];

    expect(parts.map((type) => [h.one(type).name, h.one(type).retainOnDelete])).toEqual(
      parts.map((type) => [h.one(type).name, true]),
    );
  });

  it("carries the SES put statement", () => {
    const policy = policyOf(h.one(T.bucketPolicy));

    expect(policy.Statement[0]?.Action).toEqual(["s3:PutObject"]);
  });
});

describe("SES receipt rule", () => {
  it("matches only the inbox, scans, requires TLS, stores then invokes asynchronously", () => {
    const rule = h.one(T.rule).inputs;

    expect(rule).toMatchObject({
      name: "jobnudge-prod-inbox",
      ruleSetName: "jobnudge-prod-inbound",
      recipients: ["jobs@hunt.example.com"],
      enabled: true,
      scanEnabled: true,
      tlsPolicy: "Require",
      s3Actions: [{ position: 1, objectKeyPrefix: "inbound/", bucketName: "inboundmail-bucket" }],
      lambdaActions: [
        {
          position: 2,
          invocationType: "Event",
          functionArn: "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-prod-Inbound",
        },
      ],
      stopActions: [{ position: 3, scope: "RuleSet" }],
    });
  });

  it("is created only after the bucket policy and the invoke permission exist", () => {
    const rule = h.one(T.rule);

    expect(rule.order).toBeGreaterThan(h.one(T.bucketPolicy).order);
    expect(rule.order).toBeGreaterThan(h.one(T.permission).order);
  });

  it("lets SES invoke the inbound function only for this account and rule", () => {
    expect(h.one(T.permission).inputs).toMatchObject({
      action: "lambda:InvokeFunction",
      function: "jobnudge-prod-Inbound",
      principal: "ses.amazonaws.com",
      sourceAccount: "123456789012",
      sourceArn:
        "arn:aws:ses:us-east-1:123456789012:receipt-rule-set/jobnudge-prod-inbound:receipt-rule/jobnudge-prod-inbox",
    });
  });

  it("creates and activates the stage's own rule set after the rule", () => {
    expect(h.one(T.ruleSet).inputs.ruleSetName).toBe("jobnudge-prod-inbound");
    const active = h.one(T.activeSet);
    expect(active.inputs.ruleSetName).toBe("jobnudge-prod-inbound");
    expect(active.order).toBeGreaterThan(h.one(T.rule).order);
  });

  it("never deactivates on removal (that would switch off whatever set is active by then)", () => {
    expect(h.one(T.activeSet).retainOnDelete).toBe(true);
  });
});

describe("scheduling", () => {
  it("creates the nudge schedule group by its fixed name", () => {
    expect(h.one(T.group).inputs.name).toBe("jobnudge-prod-nudges");
  });

  it("gives the nudge and digest schedules separate roles, each trusting Scheduler for its own group", () => {
    const roles = h.ofType(T.role).map((r) => JSON.parse(r.inputs.assumeRolePolicy as string));

    expect(roles.map((p) => p.Statement[0].Condition.ArnEquals["aws:SourceArn"][0]).sort()).toEqual([
      "arn:aws:scheduler:us-east-1:123456789012:schedule-group/default",
      "arn:aws:scheduler:us-east-1:123456789012:schedule-group/jobnudge-prod-nudges",
    ]);
  });

  it("lets each role invoke exactly one function", () => {
    const invoked = h
      .ofType(T.rolePolicy)
      .map((p) => policyOf(p).Statement.find((s) => s.Action.includes("lambda:InvokeFunction"))?.Resource?.[0])
      .sort();

    expect(invoked).toEqual([
      "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-prod-Digest",
      "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-prod-nudge",
    ]);
  });

  it("fires the weekly digest in the owner's zone, with retries and the DLQ", () => {
    const schedule = h.one(T.schedule).inputs;

    expect(schedule).toMatchObject({
      name: "jobnudge-prod-digest",
      groupName: "default",
      scheduleExpression: "cron(0 8 ? * MON *)",
      scheduleExpressionTimezone: "America/New_York",
      flexibleTimeWindow: { mode: "OFF" },
      state: "ENABLED",
      target: {
        arn: "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-prod-Digest",
        retryPolicy: { maximumRetryAttempts: 3 },
        deadLetterConfig: { arn: "arn:aws:mock:us-east-1:123456789012:SchedulerDeadLetters" },
      },
    });
    expect(JSON.parse((schedule.target as { input: string }).input)).toEqual({
      kind: "digest",
      scheduledAt: "<aws.scheduler.scheduled-time>",
    });
  });
});

describe("failure alerts", () => {
  it("keeps failed events 14 days in encrypted queues", () => {
    const queues = h.ofType(T.queue);

    expect(queues.map((q) => q.name).sort()).toEqual(["FailedEvents", "SchedulerDeadLetters"]);
    for (const q of queues)
      expect(q.inputs).toMatchObject({ messageRetentionSeconds: 1209600, sqsManagedSseEnabled: true });
  });

  it("emails the owner when anything lands in either queue", () => {
    expect(h.one(T.subscription).inputs).toMatchObject({ protocol: "email", endpoint: "sam.rivera@gmail.com" });
    const alarms = h.ofType(T.alarm);
    expect(alarms).toHaveLength(2);
    for (const a of alarms) {
      expect(a.inputs).toMatchObject({
        namespace: "AWS/SQS",
        metricName: "NumberOfMessagesSent",
        threshold: 0,
        comparisonOperator: "GreaterThanThreshold",
        treatMissingData: "notBreaching",
        alarmActions: ["arn:aws:mock:us-east-1:123456789012:FailureAlerts"],
      });
    }
  });
});

describe("SES identities and DNS", () => {
  it("creates the domain identity and the owner's address identity (sandbox)", () => {
    expect(
      h
        .ofType(T.identity)
        .map((i) => i.inputs.emailIdentity)
        .sort(),
    ).toEqual(["hunt.example.com", "sam.rivera@gmail.com"]);
  });

  it("writes the MX record for the region's inbound endpoint when given a Route 53 zone", () => {
    const mx = h.ofType(T.record).find((r) => r.inputs.type === "MX");

    expect(mx?.inputs).toMatchObject({
      zoneId: "Z0123456789ABCDEFGHIJ",
      name: "hunt.example.com",
      records: ["10 inbound-smtp.us-east-1.amazonaws.com"],
    });
    expect(h.ofType(T.record).filter((r) => r.inputs.type === "CNAME")).toHaveLength(3);
  });

  it("outputs the DNS records to add by hand: MX plus the three DKIM CNAMEs", async () => {
    expect(await h.resolve(ses.dnsRecords)).toEqual([
      { type: "MX", name: "hunt.example.com", value: "10 inbound-smtp.us-east-1.amazonaws.com" },
      { type: "CNAME", name: "tok1._domainkey.hunt.example.com", value: "tok1.dkim.amazonses.com" },
      { type: "CNAME", name: "tok2._domainkey.hunt.example.com", value: "tok2.dkim.amazonses.com" },
      { type: "CNAME", name: "tok3._domainkey.hunt.example.com", value: "tok3.dkim.amazonses.com" },
    ]);
  });

  it("authorises sending through the domain and the owner's address identities", async () => {
    expect(await h.resolve($output(ses.sendingIdentityArns))).toEqual([
      "arn:aws:ses:us-east-1:123456789012:identity/hunt.example.com",
      "arn:aws:ses:us-east-1:123456789012:identity/sam.rivera@gmail.com",
    ]);
  });
});
