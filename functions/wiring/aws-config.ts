/// <reference path="../../sst-env.d.ts" />
// The one place that reads SST links (`Resource`) and the environment on Lambda. Read lazily on
// first use, validated once with zod; a missing or malformed link fails with a ConfigError that
// names it, at the first invocation rather than halfway through one.
import { Resource } from "sst";
// zod/mini: the same checks as classic zod at ~13 KB instead of ~450 KB in every Lambda bundle
// (measured by bench/bundles.ts).
import * as z from "zod/mini";
import { ConfigError } from "../domain/errors";
import { MIN_LINK_SECRET_CHARS, type OwnerSettings, OwnerSettingsSchema } from "../domain/owner";

export interface HmacKey {
  kid: string;
  secret: string;
}

export interface AwsConfig {
  tableName: string;
  mailBucket: string;
  /** Key prefix SES writes raw mail under ("inbound/"); the object key is prefix + SES messageId. */
  mailPrefix: string;
  scheduleGroup: string;
  schedulerRoleArn: string;
  nudgeTargetArn: string;
  schedulerDlqArn: string | null;
  /** From address of every email to the owner. */
  senderAddress: string;
  inboxAddress: string;
  /** Absolute base URL of the actions endpoint, ending in "/". */
  actionsBaseUrl: string;
  /** First key signs; every key verifies (rotation). */
  hmacKeys: HmacKey[];
  owner: OwnerSettings;
}

export interface LoadOptions {
  /**
   * The actions function cannot have its own URL linked in (the URL depends on the function: a
   * cycle), so its handler passes the Function URL domain of the request it serves
   * (`event.requestContext.domainName`). Ignored when the ActionsUrl link exists.
   */
  requestDomain?: string;
}

const KID = /^[A-Za-z0-9_-]{1,16}$/;
// Function URL hosts: <url-id>.lambda-url.<region>.on.aws (set by AWS routing, not by the client).
const FUNCTION_URL_HOST = /^[a-z0-9]+\.lambda-url\.[a-z0-9-]+\.on\.aws$/;

const arn = z.string().check(z.startsWith("arn:", "not an ARN"));
const email = z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email());

const LINKS = {
  StateTable: z.object({ name: z.string().check(z.minLength(1)) }),
  MailStore: z.object({
    bucket: z.string().check(z.minLength(1)),
    prefix: z.string().check(z.minLength(1), z.endsWith("/")),
  }),
  Scheduling: z.object({
    groupName: z.string().check(z.regex(/^[0-9a-zA-Z._-]{1,64}$/)),
    roleArn: arn,
    targetArn: arn,
    dlqArn: z.optional(z.union([arn, z.literal(""), z.null()])),
  }),
  Mailer: z.object({ sender: email, inbox: email }),
  Owner: OwnerSettingsSchema,
  HmacKey: z.object({ value: z.string().check(z.minLength(1)) }),
} as const;

const ActionsUrl = z.object({ url: z.url({ protocol: /^https?$/ }) });

type LinkName = keyof typeof LINKS;

/** Everything but the actions URL is fixed per container; that one may come per request (actions). */
type ContainerConfig = Omit<AwsConfig, "actionsBaseUrl"> & { actionsBaseUrl: string | null };

let cached: ContainerConfig | null = null;

/**
 * The AWS configuration of this function. Throws ConfigError naming every missing or invalid link
 * (e.g. `link "StateTable" is missing`), which means sst.config.ts / stacks/functions.ts did not
 * link it to this function.
 */
export function loadAwsConfig(options: LoadOptions = {}): AwsConfig {
  cached ??= readConfig();
  const { actionsBaseUrl } = cached;
  if (actionsBaseUrl !== null) return { ...cached, actionsBaseUrl };
  return { ...cached, actionsBaseUrl: actionsUrlFromRequest(options.requestDomain) };
}

function readConfig(): ContainerConfig {
  const problems: string[] = [];
  const links = readLinks(problems);
  const actionsBaseUrl = readActionsUrl(problems);
  const hmacKeys = links.HmacKey ? parseHmacKeys(links.HmacKey.value, problems) : [];
  if (problems.length > 0 || !isComplete(links)) {
    throw new ConfigError(`jobnudge AWS configuration is incomplete:\n  - ${problems.join("\n  - ")}`);
  }
  const { StateTable, MailStore, Scheduling, Mailer, Owner } = links;
  return {
    tableName: StateTable.name,
    mailBucket: MailStore.bucket,
    mailPrefix: MailStore.prefix,
    scheduleGroup: Scheduling.groupName,
    schedulerRoleArn: Scheduling.roleArn,
    nudgeTargetArn: Scheduling.targetArn,
    schedulerDlqArn: Scheduling.dlqArn ? Scheduling.dlqArn : null,
    senderAddress: Mailer.sender,
    inboxAddress: Mailer.inbox,
    actionsBaseUrl,
    hmacKeys,
    owner: Owner,
  };
}

type Links = { [K in LinkName]: z.infer<(typeof LINKS)[K]> };

function readLinks(problems: string[]): Partial<Links> {
  const resource = Resource as unknown as Record<string, unknown>;
  const out: Partial<Record<LinkName, unknown>> = {};
  for (const name of Object.keys(LINKS) as LinkName[]) {
    const value = linkValue(resource, name);
    if (value === undefined) {
      problems.push(`link "${name}" is missing: it must be linked to this function in stacks/functions.ts`);
      continue;
    }
    const parsed = LINKS[name].safeParse(value);
    if (parsed.success) out[name] = parsed.data;
    else problems.push(`link "${name}" is invalid: ${describeIssues(parsed.error)}`);
  }
  return out as Partial<Links>;
}

function isComplete(links: Partial<Links>): links is Links {
  return (Object.keys(LINKS) as LinkName[]).every((name) => links[name] !== undefined);
}

function readActionsUrl(problems: string[]): string | null {
  const linked = linkValue(Resource as unknown as Record<string, unknown>, "ActionsUrl");
  if (linked === undefined) return null;
  const parsed = ActionsUrl.safeParse(linked);
  if (!parsed.success) {
    problems.push(`link "ActionsUrl" is invalid: ${describeIssues(parsed.error)}`);
    return null;
  }
  return withTrailingSlash(parsed.data.url);
}

function actionsUrlFromRequest(domain: string | undefined): string {
  if (domain === undefined) {
    throw new ConfigError(
      'link "ActionsUrl" is missing: inbound, nudge and digest have it linked; the actions function must pass the requestDomain of its Function URL request',
    );
  }
  const host = domain.trim().toLowerCase();
  if (!FUNCTION_URL_HOST.test(host)) throw new ConfigError(`requestDomain is not a Lambda Function URL host: ${host}`);
  return `https://${host}/`;
}

/** "secret" (kid "k1") or "kid:secret,kid:secret" (first signs). Secrets of 32+ characters. */
export function parseHmacKeys(value: string, problems: string[]): HmacKey[] {
  const parts = value
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const keys: HmacKey[] = [];
  for (const [i, part] of parts.entries()) {
    const colon = part.indexOf(":");
    const key =
      colon < 0 && parts.length === 1
        ? { kid: "k1", secret: part }
        : { kid: part.slice(0, colon), secret: part.slice(colon + 1) };
    if (colon < 0 && parts.length > 1) {
      problems.push(`HmacKey entry ${i + 1}: with several keys each must be "kid:secret"`);
    } else if (!KID.test(key.kid)) {
      problems.push(`HmacKey entry ${i + 1}: kid must be 1-16 characters of A-Z a-z 0-9 _ -`);
    } else if (key.secret.length < MIN_LINK_SECRET_CHARS) {
      problems.push(
        `HmacKey entry ${i + 1} (${key.kid}): secret must have at least ${MIN_LINK_SECRET_CHARS} characters (openssl rand -hex 32)`,
      );
    } else if (keys.some((k) => k.kid === key.kid)) {
      problems.push(`HmacKey: kid "${key.kid}" appears twice`);
    } else {
      keys.push(key);
    }
  }
  if (parts.length === 0) problems.push("HmacKey is empty");
  return keys;
}

function linkValue(resource: Record<string, unknown>, name: string): unknown {
  // `in` does not throw for an unlinked name, property access does.
  return name in resource ? resource[name] : undefined;
}

function describeIssues(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  // Paths only, never values: an owner address or a secret must not reach the logs.
  return error.issues.map((i) => `${i.path.join(".") || "(value)"}: ${i.message}`).join("; ");
}

function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
