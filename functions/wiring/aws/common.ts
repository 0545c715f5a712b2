// What the four Lambda composition roots (inbound.ts, nudge.ts, digest.ts, actions.ts here) share:
// the configuration, the clock, the logger, and one SDK client of each kind per container. This
// module imports no SDK client and no adapter of one: each root imports only the clients and
// adapters its use cases call, so a handler's bundle holds nothing it does not run (the nudge
// function has no S3 client, the digest function no MIME parser).
import { randomUUID } from "node:crypto";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { S3Client } from "@aws-sdk/client-s3";
import type { SchedulerClient } from "@aws-sdk/client-scheduler";
import type { SESClient } from "@aws-sdk/client-ses";
import { makeLinkSigner } from "../../adapters/hmac-links";
import { jsonLogger } from "../../adapters/logger";
import type { Deps } from "../../app/deps";
import type { Clock, RawMailStore } from "../../app/ports";
import { LINK_TTL_DAYS } from "../../domain/link-actions";
import { type AwsConfig, type LoadOptions, loadAwsConfig } from "../aws-config";

export interface AwsClients {
  dynamo: DynamoDBClient;
  s3: S3Client;
  scheduler: SchedulerClient;
  ses: SESClient;
}

const created: Partial<AwsClients> = {};
let replaced: Partial<AwsClients> | null = null;

/** The container's client of one kind: made on first use (so tests can set the environment first). */
export function awsClient<K extends keyof AwsClients>(kind: K, make: () => AwsClients[K]): AwsClients[K] {
  const swapped = replaced?.[kind];
  if (swapped) return swapped;
  created[kind] ??= make();
  return created[kind] as AwsClients[K];
}

/** Tests swap in clients (aws-sdk-client-mock works on the shared prototypes either way). */
export function setAwsClients(replacement: Partial<AwsClients> | null): void {
  replaced = replacement;
}

let clockOverride: Clock | null = null;
let logWriter: ((line: string) => boolean) | undefined;

/** Tests that drive the handlers on a virtual clock (the chaos harness) set it here; null = wall clock. */
export function setAwsClock(clock: Clock | null): void {
  clockOverride = clock;
}

/** Where log lines go (default stderr); the chaos harness collects them instead of printing thousands. */
export function setAwsLogWriter(write: ((line: string) => boolean) | null): void {
  logWriter = write ?? undefined;
}

export type InvocationOptions = LoadOptions & { invocationId?: string };

/** The ports every function has (configuration, clock, links, log); the roots add the rest. */
export type BaseDeps = Pick<
  Deps,
  "owner" | "inboxAddress" | "senderAddress" | "clock" | "links" | "log" | "invocationId"
>;

/**
 * The configuration and the shared ports of one invocation. `invocationId` owns the claims it
 * takes: pass Lambda's request id (kept by Lambda for its retries of one event, so a retry resumes
 * its own claims).
 */
export function baseDeps(
  correlation: Record<string, unknown>,
  options: InvocationOptions,
): { config: AwsConfig; base: BaseDeps } {
  const config = loadAwsConfig(options);
  const clock = clockOverride ?? { now: () => new Date() };
  const signingKey = config.hmacKeys[0];
  if (!signingKey) throw new Error("no HMAC key configured");
  return {
    config,
    base: {
      owner: config.owner,
      inboxAddress: config.inboxAddress,
      senderAddress: config.senderAddress,
      clock,
      links: makeLinkSigner(config.actionsBaseUrl, signingKey, () => clock.now(), LINK_TTL_DAYS, {
        acceptKeys: config.hmacKeys,
      }),
      log: jsonLogger({ app: "jobnudge", ...correlation }, logWriter),
      invocationId: options.invocationId ?? `aws-${randomUUID()}`,
    },
  };
}

/**
 * The raw-mail port of a function whose use cases never read kept mail (nudge, digest). Calling it
 * is a wiring mistake, named as such, rather than a reason to bundle the S3 client everywhere.
 */
export function noRawMail(functionName: string): RawMailStore {
  const fail = (): never => {
    throw new Error(`the ${functionName} function has no raw mail store: wire one in functions/wiring/aws/`);
  };
  return { put: async () => fail(), get: async () => fail() };
}
