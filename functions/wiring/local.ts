// Composition root of the local stack (one of several, with aws/ and simulate.ts): the same use
// cases as on AWS, wired to the embedded stand-ins (DynamoDB Local, the SES emulator, a folder of
// raw mail, the durable local scheduler).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { SESClient } from "@aws-sdk/client-ses";
import { DynamoStateStore } from "../adapters/dynamo-state";
import { FolderRawMailStore } from "../adapters/folder-raw-mail";
import { makeLinkSigner } from "../adapters/hmac-links";
import { LocalNudgeScheduler } from "../adapters/local-scheduler";
import { SesMailer } from "../adapters/ses-mailer";
import type { Deps } from "../app/deps";
import type { Logger } from "../app/ports";
import { LINK_TTL_DAYS } from "../domain/link-actions";
import type { LocalConfig } from "../local/config";
import { LOCAL_TABLE } from "../local/stack/dynamodb-local";
import { factReaderFor } from "./model";

export interface LocalDeps extends Deps {
  scheduler: LocalNudgeScheduler;
}

export function localPaths(dataDir: string) {
  return {
    mail: join(dataDir, "mail"),
    inbound: join(dataDir, "inbound"),
    dynamodb: join(dataDir, "dynamodb"),
    schedules: join(dataDir, "schedules.json"),
    hmacKey: join(dataDir, "hmac.key"),
    digest: join(dataDir, "digest.json"),
  };
}

/** The local signing key: generated once, kept in the data dir. */
export function localSigningKey(dataDir: string): { kid: string; secret: string } {
  const path = localPaths(dataDir).hmacKey;
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return { kid: "local1", secret: readFileSync(path, "utf8").trim() };
}

export function buildLocalDeps(
  config: LocalConfig,
  clients: { dynamo: DynamoDBClient; ses: SESClient },
  log: Logger,
  clock: Deps["clock"] = { now: () => new Date() },
): LocalDeps {
  const paths = localPaths(config.dataDir);
  return {
    owner: config.owner,
    inboxAddress: config.inbox,
    senderAddress: config.sender,
    rawMail: new FolderRawMailStore(paths.mail),
    state: new DynamoStateStore(clients.dynamo, LOCAL_TABLE, config.owner.email, {
      closedRetentionDays: config.owner.closedRetentionDays || null,
    }),
    scheduler: new LocalNudgeScheduler(paths.schedules, log, clock),
    mailer: new SesMailer(clients.ses),
    clock,
    links: makeLinkSigner(
      `http://${config.host}:${config.ports.actions}`,
      localSigningKey(config.dataDir),
      () => clock.now(),
      LINK_TTL_DAYS,
    ),
    log,
    // This process; each event it handles gets its own token (run-stack.ts: the raw message key,
    // the schedule name), so work restarted after a crash resumes its own claims.
    invocationId: `local-${randomBytes(6).toString("hex")}`,
    // The optional model tier (owner.modelTier; off by default: the null reader).
    factReader: factReaderFor(config.owner),
  };
}
