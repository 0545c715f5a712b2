// Least privilege (stacks/policies.ts): every statement each principal gets, resolved to JSON, and
// every action a function role grants traced to an SDK command the function code sends.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, installMocks } from "./harness";

type Policies = typeof import("../../stacks/policies");
type Iam = typeof import("../../stacks/iam");

interface JsonStatement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Principal?: unknown;
  Action: string[];
  Resource?: string[];
  Condition?: Record<string, Record<string, string[]>>;
}

const ACCOUNT = { accountId: "123456789012", region: "us-east-1" };
const TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/jobnudge-prod-State";
const BUCKET = "arn:aws:s3:::jobnudge-prod-inboundmail";
const ROLE = "arn:aws:iam::123456789012:role/NudgeSchedulerRole";
const FAILED = "arn:aws:sqs:us-east-1:123456789012:FailedEvents";
const DLQ = "arn:aws:sqs:us-east-1:123456789012:SchedulerDeadLetters";
const IDENTITIES = [
  "arn:aws:ses:us-east-1:123456789012:identity/hunt.example.com",
  "arn:aws:ses:us-east-1:123456789012:identity/sam.rivera@gmail.com",
];

let h: Harness;
let policies: Policies;
let iam: Iam;

beforeAll(async () => {
  h = await installMocks();
  policies = await import("../../stacks/policies");
  iam = await import("../../stacks/iam");
});

async function statements(list: Parameters<Iam["policyDocument"]>[0]): Promise<JsonStatement[]> {
  const json = await h.resolve(iam.policyDocument(list));
  const doc = JSON.parse(json) as { Version: string; Statement: JsonStatement[] };
  expect(doc.Version).toBe("2012-10-17");
  return doc.Statement;
}

const MODEL = "amazon.nova-lite-v1:0";

/** The roles as deployed; `bedrockModelId` as when the owner turned the model tier on. */
async function functionStatements(bedrockModelId: string | null = null) {
  const perms = policies.functionPermissions({
    bedrockModelId,
    account: ACCOUNT,
    tableArn: TABLE,
    bucketArn: BUCKET,
    mailPrefix: "inbound/",
    sesIdentityArns: IDENTITIES,
    senderAddress: "jobnudge@hunt.example.com",
    scheduleGroup: "jobnudge-prod-nudges",
    schedulerRoleArn: ROLE,
    failedEventsQueueArn: FAILED,
  });
  return {
    inbound: await statements(perms.inbound),
    nudge: await statements(perms.nudge),
    actions: await statements(perms.actions),
    digest: await statements(perms.digest),
  };
}

const actionsOf = (s: JsonStatement[]) => s.flatMap((x) => x.Action).sort();
const find = (s: JsonStatement[], action: string) => s.filter((x) => x.Action.includes(action));

describe("function roles", () => {
  it("grant no wildcard actions and no account-wide resources", async () => {
    const all = await functionStatements();

    for (const [fn, list] of Object.entries(all)) {
      for (const s of list) {
        expect(s.Effect, fn).toBe("Allow");
        for (const a of s.Action) expect(a, fn).toMatch(/^[a-z0-9]+:[A-Za-z]+$/);
        // ListSchedules alone has no resource type (IAM checks it against "*" only): see below.
        if (s.Action.join() === "scheduler:ListSchedules") continue;
        for (const r of s.Resource ?? []) expect(r, fn).not.toMatch(/^\*$|:\*$|^arn:aws:[a-z0-9]+:[^:]*:[^:]*:\*/);
      }
    }
  });

  it("give each function only the services its use cases touch", async () => {
    const all = await functionStatements();
    const services = (s: JsonStatement[]) =>
      [...new Set(s.flatMap((x) => x.Action.map((a) => a.split(":")[0])))].sort();

    expect(services(all.inbound)).toEqual(["dynamodb", "iam", "s3", "scheduler", "ses", "sqs"]);
    expect(services(all.nudge)).toEqual(["dynamodb", "iam", "scheduler", "ses", "sqs"]);
    // Synchronous (Function URL): no async failure destination to write to.
    expect(services(all.actions)).toEqual(["dynamodb", "iam", "s3", "scheduler", "ses"]);
    // The digest function also runs the daily repair of the schedule book: it reconciles too.
    expect(services(all.digest)).toEqual(["dynamodb", "iam", "scheduler", "ses", "sqs"]);
  });

  it("let only inbound and actions (its view-the-original page) read raw mail, read-only, under the SES prefix", async () => {
    const all = await functionStatements();

    for (const statements of [all.inbound, all.actions]) {
      expect(find(statements, "s3:GetObject")).toEqual([
        { Effect: "Allow", Action: ["s3:GetObject"], Resource: [`${BUCKET}/inbound/*`] },
      ]);
      expect(find(statements, "s3:ListBucket")).toEqual([
        {
          Effect: "Allow",
          Action: ["s3:ListBucket"],
          Resource: [BUCKET],
          Condition: { StringLike: { "s3:prefix": ["inbound/*"] } },
        },
      ]);
      expect(actionsOf(statements).filter((a) => a.startsWith("s3:"))).toEqual(["s3:GetObject", "s3:ListBucket"]);
    }
    expect(actionsOf(all.nudge).some((a) => a.startsWith("s3:"))).toBe(false);
    expect(actionsOf(all.digest).some((a) => a.startsWith("s3:"))).toBe(false);
  });

  it("scope state access to the table itself (it has no index), to the five item actions the adapter sends", async () => {
    const { nudge } = await functionStatements();
    const [state] = nudge.filter((s) => s.Action[0]?.startsWith("dynamodb:"));

    expect(state?.Resource).toEqual([TABLE]);
    expect(state?.Action).toEqual([
      "dynamodb:GetItem",
      "dynamodb:Query",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
    ]);
  });

  it("list schedules only for the daily repair, in a statement of that one action", async () => {
    const all = await functionStatements();

    expect(find(all.digest, "scheduler:ListSchedules")).toEqual([
      { Effect: "Allow", Action: ["scheduler:ListSchedules"], Resource: ["*"] },
    ]);
    for (const fn of [all.inbound, all.nudge, all.actions]) {
      expect(actionsOf(fn)).not.toContain("scheduler:ListSchedules");
    }
    expect(find(all.digest, "scheduler:DeleteSchedule")[0]?.Resource).toEqual([
      "arn:aws:scheduler:us-east-1:123456789012:schedule/jobnudge-prod-nudges/*",
    ]);
  });

  it("schedule only in the nudge group and pass only the scheduler role, only to Scheduler", async () => {
    const { inbound } = await functionStatements();

    expect(find(inbound, "scheduler:CreateSchedule")).toEqual([
      {
        Effect: "Allow",
        Action: ["scheduler:CreateSchedule", "scheduler:DeleteSchedule"],
        Resource: ["arn:aws:scheduler:us-east-1:123456789012:schedule/jobnudge-prod-nudges/*"],
      },
    ]);
    expect(find(inbound, "iam:PassRole")).toEqual([
      {
        Effect: "Allow",
        Action: ["iam:PassRole"],
        Resource: [ROLE],
        Condition: { StringEquals: { "iam:PassedToService": ["scheduler.amazonaws.com"] } },
      },
    ]);
  });

  it("send mail only through our identities and only from the sender address", async () => {
    const { digest } = await functionStatements();

    expect(find(digest, "ses:SendRawEmail")).toEqual([
      {
        Effect: "Allow",
        Action: ["ses:SendRawEmail"],
        Resource: IDENTITIES,
        Condition: { StringEqualsIgnoreCase: { "ses:FromAddress": ["jobnudge@hunt.example.com"] } },
      },
    ]);
  });

  it("write async failures only to the failed-events queue", async () => {
    const { inbound, nudge, digest } = await functionStatements();

    for (const list of [inbound, nudge, digest]) {
      expect(find(list, "sqs:SendMessage")).toEqual([
        { Effect: "Allow", Action: ["sqs:SendMessage"], Resource: [FAILED] },
      ]);
    }
  });
});

// What the functions send on AWS: the SDK command classes in functions/ outside the local stack.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IAM_ACTION_OF_COMMAND: Record<string, string> = {
  GetCommand: "dynamodb:GetItem",
  QueryCommand: "dynamodb:Query",
  PutCommand: "dynamodb:PutItem",
  DeleteCommand: "dynamodb:DeleteItem",
  UpdateCommand: "dynamodb:UpdateItem",
  GetObjectCommand: "s3:GetObject",
  PutObjectCommand: "s3:PutObject",
  CreateScheduleCommand: "scheduler:CreateSchedule",
  GetScheduleCommand: "scheduler:GetSchedule",
  UpdateScheduleCommand: "scheduler:UpdateSchedule",
  DeleteScheduleCommand: "scheduler:DeleteSchedule",
  ListSchedulesCommand: "scheduler:ListSchedules",
  SendRawEmailCommand: "ses:SendRawEmail",
  SendEmailCommand: "ses:SendEmail",
  ConverseCommand: "bedrock:InvokeModel",
};
/** Sent by code the Lambdas bundle, but only ever called by the local stack. */
const LOCAL_ONLY = {
  PutObjectCommand: "S3RawMailStore.put: on AWS, SES writes raw mail; only simulate and the local stack put",
};
/** Granted without an SDK command of their own. */
const IMPLIED = {
  "s3:ListBucket": "makes GetObject on a missing key a 404 instead of a 403",
  "iam:PassRole": "CreateSchedule hands Scheduler its role",
  "sqs:SendMessage": "Lambda writes async failures to the on-failure destination with the function's role",
};

function commandsSentOnAws(): Map<string, string[]> {
  const sent = new Map<string, string[]>();
  const files = readdirSync(path.join(root, "functions"), { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".ts") && !f.startsWith(`local${path.sep}`),
  );
  for (const file of files) {
    const source = readFileSync(path.join(root, "functions", file), "utf8");
    for (const [, command] of source.matchAll(/\bnew (\w+Command)\(/g)) {
      sent.set(command as string, [...(sent.get(command as string) ?? []), file]);
    }
  }
  return sent;
}

describe("the optional model tier", () => {
  it("grants nothing of Bedrock while it is off", async () => {
    const all = await functionStatements(null);

    expect(
      Object.values(all)
        .flatMap(actionsOf)
        .filter((a) => a.startsWith("bedrock:")),
    ).toEqual([]);
  });

  it("lets only inbound invoke the one configured model, when it is on", async () => {
    const all = await functionStatements(MODEL);

    expect(find(all.inbound, "bedrock:InvokeModel")).toEqual([
      {
        Effect: "Allow",
        Action: ["bedrock:InvokeModel"],
        Resource: [`arn:aws:bedrock:us-east-1::foundation-model/${MODEL}`],
      },
    ]);
    expect(actionsOf(all.inbound).filter((a) => a.startsWith("bedrock:"))).toEqual(["bedrock:InvokeModel"]);
    for (const other of [all.nudge, all.actions, all.digest]) {
      expect(actionsOf(other).some((a) => a.startsWith("bedrock:"))).toBe(false);
    }
  });
});

describe("function roles against the function code", () => {
  it("know every SDK command the functions send", () => {
    const unknown = [...commandsSentOnAws().keys()].filter((c) => !(c in IAM_ACTION_OF_COMMAND));

    expect(unknown, "add it to IAM_ACTION_OF_COMMAND and grant it in stacks/policies.ts").toEqual([]);
  });

  it("grant exactly the actions of the commands sent, plus the implied ones", async () => {
    const all = await functionStatements(MODEL);
    const granted = new Set(Object.values(all).flatMap(actionsOf));
    const needed = [...commandsSentOnAws().keys()]
      .filter((c) => !(c in LOCAL_ONLY))
      .map((c) => IAM_ACTION_OF_COMMAND[c] as string);

    expect([...granted].sort()).toEqual([...new Set([...needed, ...Object.keys(IMPLIED)])].sort());
  });

  it("find the commands where they are sent (the scan sees the adapters)", () => {
    const sent = commandsSentOnAws();

    expect(sent.get("SendRawEmailCommand")).toEqual([path.join("adapters", "ses-mailer.ts")]);
    expect(new Set(sent.get("UpdateCommand"))).toEqual(new Set([path.join("adapters", "dynamo-partition.ts")]));
    expect(sent.get("ListSchedulesCommand")).toEqual([path.join("adapters", "eventbridge-scheduler.ts")]);
    expect(sent.has("GetScheduleCommand")).toBe(false);
    expect(sent.has("UpdateScheduleCommand")).toBe(false);
  });
});

describe("scheduler execution role", () => {
  it("trusts only EventBridge Scheduler, for this account and schedule group", async () => {
    const trust = await statements(policies.schedulerTrust(ACCOUNT, "jobnudge-prod-nudges"));

    expect(trust).toEqual([
      {
        Effect: "Allow",
        Principal: { Service: "scheduler.amazonaws.com" },
        Action: ["sts:AssumeRole"],
        Condition: {
          StringEquals: { "aws:SourceAccount": ["123456789012"] },
          ArnEquals: {
            "aws:SourceArn": ["arn:aws:scheduler:us-east-1:123456789012:schedule-group/jobnudge-prod-nudges"],
          },
        },
      },
    ]);
  });

  it("may invoke only the nudge function and send only to its DLQ", async () => {
    const nudgeArn = await h.resolve(policies.lambdaArn(ACCOUNT, "jobnudge-prod-nudge"));
    const access = await statements(policies.schedulerTargetAccess(nudgeArn, DLQ));

    expect(nudgeArn).toBe("arn:aws:lambda:us-east-1:123456789012:function:jobnudge-prod-nudge");
    expect(access).toEqual([
      { Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: [nudgeArn, `${nudgeArn}:*`] },
      { Effect: "Allow", Action: ["sqs:SendMessage"], Resource: [DLQ] },
    ]);
  });
});

describe("raw-mail bucket policy", () => {
  it("lets SES put objects under the prefix for our receipt rule only, and denies plain HTTP", async () => {
    const doc = await statements(
      policies.mailBucketPolicy({
        account: ACCOUNT,
        bucketArn: BUCKET,
        prefix: "inbound/",
        ruleSetName: "jobnudge-prod-inbound",
        ruleName: "jobnudge-prod-inbox",
      }),
    );

    expect(doc).toEqual([
      {
        Sid: "AllowSesReceiptRulePut",
        Effect: "Allow",
        Principal: { Service: "ses.amazonaws.com" },
        Action: ["s3:PutObject"],
        Resource: [`${BUCKET}/inbound/*`],
        Condition: {
          StringEquals: { "aws:SourceAccount": ["123456789012"] },
          ArnLike: {
            "aws:SourceArn": [
              "arn:aws:ses:us-east-1:123456789012:receipt-rule-set/jobnudge-prod-inbound:receipt-rule/jobnudge-prod-inbox",
            ],
          },
        },
      },
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: ["s3:*"],
        Resource: [BUCKET, `${BUCKET}/*`],
        Condition: { Bool: { "aws:SecureTransport": ["false"] } },
      },
    ]);
  });
});
