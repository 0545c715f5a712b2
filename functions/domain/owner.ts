// The owner: the one person a jobnudge deployment works for, and the one schema of their settings.
// Every reader of settings validates with it: the deploy (stacks/config.ts, one environment variable
// per setting), the Lambdas (the Owner link, handlers/aws-config.ts), the local config file,
// simulate's scenario.json and the test builders. What counts as an address, a zone or a clock
// time, and what an unset setting defaults to, is decided here only.
import * as z from "zod/mini";
import { isIanaTimeZone } from "./time/offsets";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The optional model tier for facts the rules were unsure of (domain/model-reading.ts): off (the
 * default), Amazon Bedrock (on AWS; locally with the machine's AWS credentials), or an
 * OpenAI-compatible endpoint such as a local Ollama (the local stack only).
 */
export const MODEL_TIERS = ["off", "bedrock", "openai-compatible"] as const;
export type ModelTier = (typeof MODEL_TIERS)[number];

export interface OwnerSettings {
  /** Primary address: nudges go here. Lower-cased. */
  email: string;
  /** Other addresses of the owner that may forward mail (lower-cased). */
  aliases: string[];
  name: string;
  /** IANA zone, e.g. "America/New_York". */
  timezone: string;
  /** "HH:MM" local: what "morning" means (default 09:00). */
  workdayStart: string;
  /** Weekly digest day and time, owner-local (default monday 08:00). */
  digestDay: Weekday;
  digestTime: string;
  /** Send an `ack` for each accepted forward (default true). */
  ack: boolean;
  /** Optional target base pay, for negotiation prep. */
  targetBase: number | null;
  /**
   * Days a closed process (declined, withdrawn, rejected, accepted) is kept after it closed, then
   * deleted with its history (default 365); 0 keeps everything for good.
   */
  closedRetentionDays: number;
  /** The optional model tier (default "off": no model is ever asked). */
  modelTier: ModelTier;
  /** The model: a Bedrock model id ("amazon.nova-lite-v1:0") or the endpoint's model name ("qwen2.5:7b"). */
  modelId: string | null;
  /** The OpenAI-compatible endpoint's base URL ("http://127.0.0.1:11434/v1"); openai-compatible only. */
  modelUrl: string | null;
}

export const DEFAULT_WORKDAY_START = "09:00";
export const DEFAULT_DIGEST_DAY: Weekday = "monday";
export const DEFAULT_DIGEST_TIME = "08:00";
export const DEFAULT_CLOSED_RETENTION_DAYS = 365;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

// "required" is the whole message for an absent value, so each reader can say where it is set.
const expecting = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "required" : what),
});
const address = z.pipe(
  z.string(expecting("expected an email address")).check(z.trim(), z.toLowerCase()),
  z.email({ error: "not an email address" }),
);
const clock = z.string(expecting("expected HH:MM (24 h)")).check(z.trim(), z.regex(HHMM, "expected HH:MM (24 h)"));

/** The rule of each setting, for readers that take the settings one by one (deploy variables). */
export const ownerSetting = {
  email: address,
  aliases: z.array(address, expecting("expected a list of email addresses")),
  name: z.string(expecting("expected a name")).check(z.trim(), z.minLength(1, "empty")),
  timezone: z
    .string(expecting("expected an IANA time zone, e.g. America/New_York"))
    .check(z.trim(), z.refine(isIanaTimeZone, "not an IANA time zone, e.g. America/New_York")),
  workdayStart: clock,
  digestDay: z.enum(WEEKDAYS, expecting(`expected one of ${WEEKDAYS.join(", ")}`)),
  digestTime: clock,
  ack: z.boolean(expecting("expected true or false")),
  /** A target base pay when there is one (the setting itself may be null). */
  targetBase: z.number(expecting("expected a positive number")).check(z.positive("expected a positive number")),
  closedRetentionDays: z
    .number(expecting("expected whole days (0 keeps everything)"))
    .check(
      z.int("expected whole days (0 keeps everything)"),
      z.minimum(0, "expected whole days (0 keeps everything)"),
      z.maximum(36_500, "at most 36500 days"),
    ),
  modelTier: z.enum(MODEL_TIERS, expecting(`expected one of ${MODEL_TIERS.join(", ")}`)),
  /** A model when there is one (the setting itself may be null). */
  modelId: z
    .string(expecting("expected a model id"))
    .check(z.trim(), z.regex(/^[A-Za-z0-9._:/-]{1,200}$/, "expected a model id such as amazon.nova-lite-v1:0")),
  modelUrl: z.url({ protocol: /^https?$/, error: "expected an http(s) URL such as http://127.0.0.1:11434/v1" }),
};

/** What is missing or wrong about the model tier's settings taken together, or null. */
export function modelTierProblem(o: Pick<OwnerSettings, "modelTier" | "modelId" | "modelUrl">): {
  setting: "modelId" | "modelUrl";
  message: string;
} | null {
  if (o.modelTier === "off") return null;
  if (o.modelId === null) return { setting: "modelId", message: `required when modelTier is ${o.modelTier}` };
  if (o.modelTier === "bedrock" && !isBedrockModelId(o.modelId)) {
    return {
      setting: "modelId",
      message:
        "expected a Bedrock foundation model id such as amazon.nova-lite-v1:0 (inference profiles such as us.… are not supported)",
    };
  }
  if (o.modelTier === "openai-compatible" && o.modelUrl === null)
    return { setting: "modelUrl", message: "required when modelTier is openai-compatible" };
  return null;
}

/** "provider.model-name-v1:0": a foundation model id, not a cross-Region inference profile ("us.provider...."). */
function isBedrockModelId(id: string): boolean {
  const match = /^([a-z0-9-]+)\.[a-z0-9][a-z0-9.:_-]*$/.exec(id);
  return match !== null && !INFERENCE_PROFILE_PREFIXES.has(match[1] ?? "");
}
const INFERENCE_PROFILE_PREFIXES = new Set(["us", "eu", "apac", "global", "us-gov", "ca", "jp", "au"]);

const modelTierRule = z.superRefine((o: Pick<OwnerSettings, "modelTier" | "modelId" | "modelUrl">, ctx) => {
  const problem = modelTierProblem(o);
  if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: [problem.setting], input: o });
});

/** Off unless the owner says otherwise (and settings from before the tier existed read as off). */
function modelDefaults() {
  return {
    modelTier: z._default(ownerSetting.modelTier, "off"),
    modelId: z._default(z.nullable(ownerSetting.modelId), null),
    modelUrl: z._default(z.nullable(ownerSetting.modelUrl), null),
  };
}

/** Complete settings, as linked into the Lambdas (the Owner link) and held by the use cases. */
export const OwnerSettingsSchema = z
  .object({
    ...ownerSetting,
    targetBase: z.nullable(ownerSetting.targetBase),
    // Settings linked before this setting existed read as the default.
    closedRetentionDays: z._default(ownerSetting.closedRetentionDays, DEFAULT_CLOSED_RETENTION_DAYS),
    ...modelDefaults(),
  })
  .check(modelTierRule) satisfies z.ZodMiniType<OwnerSettings, unknown>;

/** Settings as an owner writes them: email, name and zone are required, the rest has defaults. */
export const OwnerInputSchema = z
  .object({
    ...ownerSetting,
    aliases: z._default(ownerSetting.aliases, () => []),
    workdayStart: z._default(clock, DEFAULT_WORKDAY_START),
    digestDay: z._default(ownerSetting.digestDay, DEFAULT_DIGEST_DAY),
    digestTime: z._default(clock, DEFAULT_DIGEST_TIME),
    ack: z._default(ownerSetting.ack, true),
    targetBase: z._default(z.nullable(ownerSetting.targetBase), null),
    closedRetentionDays: z._default(ownerSetting.closedRetentionDays, DEFAULT_CLOSED_RETENTION_DAYS),
    ...modelDefaults(),
  })
  .check(modelTierRule) satisfies z.ZodMiniType<OwnerSettings>;

export type OwnerInput = z.input<typeof OwnerInputSchema>;

export function ownerAddresses(owner: OwnerSettings): string[] {
  return [owner.email, ...owner.aliases].map((a) => a.toLowerCase());
}

/** The shortest link-signing secret accepted anywhere (deploy secret, Lambda config, local key): 32 characters. */
export const MIN_LINK_SECRET_CHARS = 32;
