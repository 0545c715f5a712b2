// Starts the whole local stack (DynamoDB Local, SES emulator, SMTP inbox, local scheduler, actions
// endpoint) and wires it to the same use cases as the Lambdas. Used by `npm start`, `npm run demo`
// and the end-to-end tests; `stop()` ends every child process and server.
// Durable like the AWS deployment: inbound mail is journalled before SMTP says 250 and retried
// for an hour; at start-up every message not yet processed is processed and the schedules are
// repaired and re-planned (again once a day); what still fails after its retries is emailed to
// the owner.
import { randomBytes } from "node:crypto";
import type { Deps } from "../../app/deps";
import { fireNudge } from "../../app/nudge";
import type { Logger } from "../../app/ports";
import { repairSchedules } from "../../app/repair-schedules";
import { tellOwnerOfFailure } from "../../app/tell-owner";
import { buildLocalDeps, type LocalDeps, localPaths } from "../../wiring/local";
import type { LocalConfig } from "../config";
import { startActionsServer } from "./actions-server";
import { LocalDigestTimer } from "./digest-timer";
import { ensureTable, LOCAL_TABLE, type RunningDynamo, startDynamoDbLocal } from "./dynamodb-local";
import { InboundJournal } from "./inbound-journal";
import { LocalInboundQueue } from "./inbound-queue";
import { startSesEmulator } from "./ses-emulator";
import { startSmtpInbound } from "./smtp-inbound";

const DAY_MS = 24 * 3600 * 1000;

export interface RunningStack {
  deps: LocalDeps;
  sesEndpoint: string;
  actionsUrl: string;
  /** DynamoDB Local (tests kill it to check that nothing is lost). */
  dynamo: RunningDynamo;
  /** Resolves when every message accepted so far has been processed or is waiting for a retry. */
  idle(): Promise<void>;
  /** Messages waiting for a retry. */
  waiting(): number;
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

    const inbound = new LocalInboundQueue(deps, new InboundJournal(localPaths(config.dataDir).inbound), log);
    const smtp = await startSmtpInbound({
      host: config.host,
      port: config.ports.smtp,
      inbox: config.inbox,
      accept: async ({ raw, envelopeFrom }) => {
        const rawKey = `${Date.now()}-${randomBytes(6).toString("hex")}`;
        await deps.rawMail.put(rawKey, raw);
        await inbound.accept(rawKey, envelopeFrom);
      },
    });
    stoppers.push(smtp.stop);
    inbound.start(options.schedulerIntervalMs);
    stoppers.push(() => inbound.stop());

    deps.scheduler.start(
      {
        fire: async (firing, name) => {
          await fireNudge({ ...deps, invocationId: `local-schedule-${name}` }, firing);
        },
        giveUp: (schedule, err) =>
          tellOwnerOfFailure(deps, `schedule.${schedule.name}`, {
            what: `send your ${schedule.kind.replaceAll("_", " ")} reminder`,
            reason: err instanceof Error ? err.message : String(err),
            since: schedule.dueAt,
            reference: schedule.name,
            retry: null,
          }),
      },
      options.schedulerIntervalMs,
    );
    stoppers.push(() => deps.scheduler.stop());

    const digest = new LocalDigestTimer(deps, localPaths(config.dataDir).digest);
    digest.start(options.schedulerIntervalMs);
    stoppers.push(() => digest.stop());

    const actions = await startActionsServer({ host: config.host, port: config.ports.actions, deps });
    stoppers.push(actions.stop);

    // Catch up on whatever a crash or a stop left behind, then once a day: the schedule book
    // against the scheduler, and a full re-plan (missed nudges that are due go out now).
    const repair = async () => {
      await repairSchedules({ ...deps, invocationId: `local-repair-${randomBytes(4).toString("hex")}` }).catch(
        (err: unknown) =>
          log.error("schedule repair failed; retried tomorrow or at the next start", { error: String(err) }),
      );
    };
    await inbound.recover();
    await repair();
    const daily = setInterval(() => void repair(), DAY_MS);
    daily.unref();
    stoppers.push(async () => clearInterval(daily));

    return {
      deps,
      sesEndpoint: ses.endpoint,
      actionsUrl: actions.url,
      dynamo,
      idle: () => inbound.idle(),
      waiting: () => inbound.waiting().length,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
