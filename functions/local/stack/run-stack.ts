// Starts the whole local stack (DynamoDB Local, SES emulator, SMTP inbox, local scheduler, actions
// endpoint) and wires it to the same use cases as the Lambdas. Used by `npm start`, `npm run demo`
// and the end-to-end tests; `stop()` ends every child process and server.
import { randomBytes } from "node:crypto";
import type { Deps } from "../../app/deps";
import { processInbound } from "../../app/inbound";
import { fireNudge } from "../../app/nudge";
import type { Logger } from "../../app/ports";
import { buildLocalDeps, type LocalDeps, localPaths } from "../../wiring/local";
import type { LocalConfig } from "../config";
import { startActionsServer } from "./actions-server";
import { LocalDigestTimer } from "./digest-timer";
import { ensureTable, LOCAL_TABLE, startDynamoDbLocal } from "./dynamodb-local";
import { startSesEmulator } from "./ses-emulator";
import { startSmtpInbound } from "./smtp-inbound";

export interface RunningStack {
  deps: LocalDeps;
  sesEndpoint: string;
  actionsUrl: string;
  /** Resolves when every message accepted so far has been processed. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export async function runStack(
  config: LocalConfig,
  log: Logger,
  options: { clock?: Deps["clock"]; inMemoryDb?: boolean; schedulerIntervalMs?: number } = {},
): Promise<RunningStack> {
  const stoppers: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stoppers.reverse()) await stop().catch(() => {});
  };
  try {
    log.info("starting DynamoDB Local", { port: config.ports.dynamodb });
    const dynamo = await startDynamoDbLocal({
      port: config.ports.dynamodb,
      dbPath: options.inMemoryDb ? null : localPaths(config.dataDir).dynamodb,
    });
    stoppers.push(dynamo.stop);
    await ensureTable(dynamo.client, LOCAL_TABLE);

    const ses = await startSesEmulator({ host: config.host, port: config.ports.ses });
    stoppers.push(ses.stop);

    const deps = buildLocalDeps(config, { dynamo: dynamo.client, ses: ses.client }, log, options.clock);

    // Messages are processed one at a time, in arrival order; one failure never stops the next.
    let queue: Promise<void> = Promise.resolve();
    const smtp = await startSmtpInbound({
      host: config.host,
      port: config.ports.smtp,
      inbox: config.inbox,
      accept: async ({ raw, envelopeFrom }) => {
        const rawKey = `${Date.now()}-${randomBytes(6).toString("hex")}`;
        await deps.rawMail.put(rawKey, raw);
        queue = queue.then(() =>
          processInbound(deps, { rawKey, envelopeFrom, verdicts: null }).then(
            (outcome) => log.info("inbound processed", { rawKey, outcome }),
            (err: Error) => log.error("inbound failed; raw message kept", { rawKey, error: err.message }),
          ),
        );
      },
    });
    stoppers.push(smtp.stop);

    deps.scheduler.start(
      async (firing) => {
        await fireNudge(deps, firing);
      },
      () => deps.clock.now(),
      options.schedulerIntervalMs,
    );
    stoppers.push(() => deps.scheduler.stop());

    const digest = new LocalDigestTimer(deps, localPaths(config.dataDir).digest);
    digest.start(options.schedulerIntervalMs);
    stoppers.push(() => digest.stop());

    const actions = await startActionsServer({ host: config.host, port: config.ports.actions, deps });
    stoppers.push(actions.stop);

    return {
      deps,
      sesEndpoint: ses.endpoint,
      actionsUrl: actions.url,
      idle: async () => {
        let seen: Promise<void>;
        do {
          seen = queue;
          await seen;
        } while (seen !== queue);
      },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
