// Deploy-time configuration: the owner's settings and the few infra choices, read from the
// environment (SST loads `.env` and `.env.<stage>` next to sst.config.ts into process.env) and
// validated once with zod. Anything wrong fails the deploy with one message listing every problem
// by its variable name, before a single resource is touched.
// The owner's settings are checked by the owner schema of the domain (the only product code stacks/
// imports), one variable per setting; this module only turns variables into values.
// Pure: no Pulumi, no SST globals, so tests/infra can call it directly.
import { z } from "zod";
import {
  modelTierProblem,
  OwnerInputSchema,
  type OwnerSettings,
  ownerSetting,
  type Weekday,
} from "../functions/domain/owner";

export interface DeployConfig {
  owner: OwnerSettings;
  /** The private address the owner forwards job mail to, e.g. "jobs@hunt.example.com" (lower-cased). */
  inboxAddress: string;
  /** Its domain: the SES identity that receives and sends. */
  mailDomain: string;
  /** From address of every email jobnudge sends the owner; on `mailDomain`. */
  senderAddress: string;
  /** Days raw inbound mail is kept in S3 before the lifecycle rule expires it. */
  mailRetentionDays: number;
  receiving: {
    /**
     * Receipt rule set the inbox rule goes into. `create: true`: jobnudge creates (and, when
     * `activate`, activates) its own set; `false`: the rule is added to an existing set the owner
     * already uses (an account has only one active set per region).
     */
    ruleSetName: string | null;
    create: boolean;
    activate: boolean;
  };
  ses: {
    /** Create the domain identity (DKIM) for `mailDomain`, or use one verified already. */
    createDomainIdentity: boolean;
    /** Create an email identity for the owner's address (SES sandbox: recipients must be verified). */
    verifyOwnerAddress: boolean;
  };
  /** Route 53 hosted zone of `mailDomain`: when set, MX and DKIM records are created too. */
  route53ZoneId: string | null;
  /** Where DLQ alarms are emailed (SNS subscription; confirm the first mail). */
  alertEmail: string;
}

export class DeployConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      [
        "jobnudge: the deploy configuration is invalid (read from the environment and .env / .env.<stage>):",
        ...problems.map((p) => `  - ${p}`),
        "See docs/deploy.md, section 'Configure'.",
      ].join("\n"),
    );
    this.name = "DeployConfigError";
  }
}

const RULE_SET_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9._-]{0,62}[a-zA-Z0-9])?$/;

const optional = <T extends z.core.SomeType>(s: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.optional(s));
const bool = (fallback: boolean) => optional(z.stringbool()).transform((v) => (v === undefined ? fallback : v));
const address = (what: string) =>
  z
    .string({ error: `required: ${what}` })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: `not an email address (${what})` }));

/** A variable that must be set, checked by the owner schema's rule for its setting. */
const required = <T extends z.core.$ZodType<unknown, string>>(what: string, rule: T) =>
  z.string({ error: `required: ${what}` }).pipe(rule);

// Keys are the variable names, so every issue's path is the variable to fix.
const EnvSchema = z.object({
  JOBNUDGE_OWNER_EMAIL: required("the owner's address; nudges go here", ownerSetting.email),
  JOBNUDGE_OWNER_NAME: required("the owner's name, used in drafts", ownerSetting.name),
  JOBNUDGE_TIMEZONE: required("the owner's IANA time zone, e.g. America/New_York", ownerSetting.timezone),
  JOBNUDGE_INBOX: address("the private inbox address on your domain, e.g. jobs@hunt.example.com"),
  JOBNUDGE_OWNER_ALIASES: optional(z.string())
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((a) => a.trim())
        .filter((a) => a !== ""),
    )
    .pipe(ownerSetting.aliases),
  JOBNUDGE_SENDER: optional(address("From address of jobnudge's emails")),
  JOBNUDGE_WORKDAY_START: optional(ownerSetting.workdayStart),
  JOBNUDGE_DIGEST_DAY: optional(z.string().trim().toLowerCase().pipe(ownerSetting.digestDay)),
  JOBNUDGE_DIGEST_TIME: optional(ownerSetting.digestTime),
  JOBNUDGE_ACK: optional(z.stringbool()),
  JOBNUDGE_TARGET_BASE: optional(z.coerce.number().pipe(ownerSetting.targetBase)),
  JOBNUDGE_CLOSED_RETENTION_DAYS: optional(z.coerce.number().pipe(ownerSetting.closedRetentionDays)),
  JOBNUDGE_MODEL_TIER: optional(z.string().trim().toLowerCase().pipe(ownerSetting.modelTier)),
  JOBNUDGE_MODEL_ID: optional(ownerSetting.modelId),
  JOBNUDGE_MAIL_RETENTION_DAYS: optional(
    z.coerce.number().int("expected whole days").min(1, "at least 1 day").max(3650, "at most 3650 days"),
  ),
  JOBNUDGE_RULE_SET: optional(z.string().trim().regex(RULE_SET_NAME, "not a valid receipt rule set name")),
  JOBNUDGE_ACTIVATE_RULE_SET: bool(true),
  JOBNUDGE_CREATE_SES_IDENTITY: bool(true),
  JOBNUDGE_VERIFY_OWNER_ADDRESS: bool(true),
  JOBNUDGE_ROUTE53_ZONE_ID: optional(
    z
      .string()
      .trim()
      .regex(/^Z[A-Z0-9]{4,32}$/, "not a Route 53 hosted zone id"),
  ),
  JOBNUDGE_ALERT_EMAIL: optional(address("where failure alarms go")),
});

/** Reads and validates the deploy configuration. Throws DeployConfigError listing every problem. */
export function parseDeployConfig(env: Record<string, string | undefined>): DeployConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new DeployConfigError(parsed.error.issues.map(describeIssue));
  const e = parsed.data;
  const problems: string[] = [];
  const mailDomain = domainOf(e.JOBNUDGE_INBOX);
  const senderAddress = e.JOBNUDGE_SENDER ?? `jobnudge@${mailDomain}`;
  if (domainOf(senderAddress) !== mailDomain) {
    problems.push(`JOBNUDGE_SENDER: must be on the inbox domain ${mailDomain} (one SES identity sends and receives)`);
  }
  const owners = [e.JOBNUDGE_OWNER_EMAIL, ...e.JOBNUDGE_OWNER_ALIASES];
  if (owners.includes(e.JOBNUDGE_INBOX)) {
    problems.push("JOBNUDGE_INBOX: must not be one of the owner's own addresses (mail would loop)");
  }
  if (owners.includes(senderAddress)) {
    problems.push("JOBNUDGE_SENDER: must not be one of the owner's own addresses");
  }
  const modelTier = e.JOBNUDGE_MODEL_TIER ?? "off";
  const modelId = e.JOBNUDGE_MODEL_ID ?? null;
  if (modelTier === "openai-compatible") {
    problems.push(
      "JOBNUDGE_MODEL_TIER: openai-compatible is for the local stack (jobnudge.config.json); on AWS use bedrock or off",
    );
  } else {
    const model = modelTierProblem({ modelTier, modelId, modelUrl: null });
    if (model) problems.push(`JOBNUDGE_MODEL_ID: ${model.message.replace("modelTier", "JOBNUDGE_MODEL_TIER")}`);
  }
  const ruleSetName = e.JOBNUDGE_RULE_SET ?? null;
  if (problems.length > 0) throw new DeployConfigError(problems);

  const ownerDomain = domainOf(e.JOBNUDGE_OWNER_EMAIL);
  return {
    // Checked already, variable by variable: this adds the schema's defaults for the unset ones.
    owner: OwnerInputSchema.parse({
      email: e.JOBNUDGE_OWNER_EMAIL,
      aliases: e.JOBNUDGE_OWNER_ALIASES,
      name: e.JOBNUDGE_OWNER_NAME,
      timezone: e.JOBNUDGE_TIMEZONE,
      workdayStart: e.JOBNUDGE_WORKDAY_START,
      digestDay: e.JOBNUDGE_DIGEST_DAY,
      digestTime: e.JOBNUDGE_DIGEST_TIME,
      ack: e.JOBNUDGE_ACK,
      targetBase: e.JOBNUDGE_TARGET_BASE,
      closedRetentionDays: e.JOBNUDGE_CLOSED_RETENTION_DAYS,
      modelTier,
      modelId,
    }),
    inboxAddress: e.JOBNUDGE_INBOX,
    mailDomain,
    senderAddress,
    mailRetentionDays: e.JOBNUDGE_MAIL_RETENTION_DAYS ?? 90,
    receiving: {
      ruleSetName,
      create: ruleSetName === null,
      // Adding a rule to a set the owner already runs never changes which set is active.
      activate: ruleSetName === null && e.JOBNUDGE_ACTIVATE_RULE_SET,
    },
    ses: {
      createDomainIdentity: e.JOBNUDGE_CREATE_SES_IDENTITY,
      // An address on the mail domain is covered by the domain identity already.
      verifyOwnerAddress: e.JOBNUDGE_VERIFY_OWNER_ADDRESS && ownerDomain !== mailDomain,
    },
    route53ZoneId: e.JOBNUDGE_ROUTE53_ZONE_ID ?? null,
    alertEmail: e.JOBNUDGE_ALERT_EMAIL ?? e.JOBNUDGE_OWNER_EMAIL,
  };
}

/** "JOBNUDGE_X: message", naming the entry when one address of a comma-separated list is wrong. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [variable = "config", entry] = issue.path;
  const where = typeof entry === "number" ? ` (entry ${entry + 1} of the comma-separated list)` : "";
  return `${String(variable)}: ${issue.message}${where}`;
}

const CRON_DAYS: Record<Weekday, string> = {
  sunday: "SUN",
  monday: "MON",
  tuesday: "TUE",
  wednesday: "WED",
  thursday: "THU",
  friday: "FRI",
  saturday: "SAT",
};

/** EventBridge Scheduler cron for the weekly digest, evaluated in the owner's zone (ScheduleExpressionTimezone). */
export function digestCron(owner: Pick<OwnerSettings, "digestDay" | "digestTime">): string {
  const [hours, minutes] = owner.digestTime.split(":").map((n) => Number.parseInt(n, 10));
  return `cron(${minutes} ${hours} ? * ${CRON_DAYS[owner.digestDay]} *)`;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}

/** Region the stage deploys to: JOBNUDGE_REGION, else AWS_REGION, else us-east-1 (receives mail). */
export function deployRegion(env: Record<string, string | undefined>): string {
  return env.JOBNUDGE_REGION?.trim() || env.AWS_REGION?.trim() || "us-east-1";
}

/** The MJML templates are compiled into a module the functions bundle; fail early if it is missing. */
export function templatesBuiltProblem(exists: (path: string) => boolean): string | null {
  return exists("templates/compiled/index.ts")
    ? null
    : "jobnudge: templates/compiled/index.ts is missing; run `npm run build:templates` before deploying.";
}
