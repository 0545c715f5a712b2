// Starts the whole local stack (DynamoDB Local, SES emulator, SMTP inbox, local scheduler, actions
// endpoint) and wires it to the same use cases as the Lambdas. Used by `npm start`, `npm run demo`
// and the end-to-end tests; `stop()` ends every child process and server.
// Before anything starts: no other stack may run on the data folder, children a crashed stack left
// behind are stopped, and every port must be free (else a LocalStackError names port and holder).
// While it runs, <dataDir>/stack.json holds its resolved settings for the CLI (stack-file.ts).
// Durable like the AWS deployment: inbound mail is journalled before SMTP says 250 and retried
// for an hour; at start-up every message not yet processed is processed and the schedules are
// repaired and re-planned (again once a day); what still fails after its retries is emailed to
// the owner.
import { randomBytes } from "node:crypto";
import type { Deps } from "../../app/deps";
import { migrateProcesses } from "../../app/migrate-processes";
import { fireNudge } from "../../app/nudge";
import type { Logger } from "../../app/ports";
import { repairSchedules } from "../../app/repair-schedules";
import { tellOwnerOfFailure } from "../../app/tell-owner";
import { buildLocalDeps, type LocalDeps, localPaths } from "../../wiring/local";
import type { LocalConfig } from "../config";
import { startActionsServer } from "./actions-server";
import { claimDataDir } from "./claim-data-dir";
import { LocalDigestTimer } from "./digest-timer";
import { ensureTable, LOCAL_TABLE, type RunningDynamo, startDynamoDbLocal } from "./dynamodb-local";
import { InboundJournal } from "./inbound-journal";
import { LocalInboundQueue } from "./inbound-queue";
import { assertPortsFree } from "./ports";
import { commandLine } from "./processes";
import { formatReceipt, type Receipt, receiptFor, recordedMessageKeys } from "./receipt";
import { startSesEmulator } from "./ses-emulator";
import { startSmtpInbound } from "./smtp-inbound";
import { removeStackFile, type StackFile, writeStackFile } from "./stack-file";

/** How long the SMTP reply waits for the message to be processed before answering "queued". */
const RECEIPT_WAIT_MS = 60_000;
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
  await claimDataDir(config.dataDir, log);
  await assertPortsFree(config.host, [
    { name: "inbound SMTP", port: config.ports.smtp, variable: "JOBNUDGE_SMTP_PORT" },
    { name: "SES emulator and viewer", port: config.ports.ses, variable: "JOBNUDGE_SES_PORT" },
    { name: "actions endpoint", port: config.ports.actions, variable: "JOBNUDGE_ACTIONS_PORT" },
    { name: "DynamoDB Local", port: config.ports.dynamodb, variable: "JOBNUDGE_DYNAMODB_PORT" },
  ]);
  const stackFile: StackFile = {
    pid: process.pid,
    // As the system shows it (what stackState compares), which may differ from process.argv.
    argv: commandLine(process.pid) ?? process.argv,
    startedAt: new Date().toISOString(),
    ready: false,
    dataDir: config.dataDir,
    host: config.host,
    inbox: config.inbox,
    owner: {
      email: config.owner.email,
      aliases: config.owner.aliases,
      name: config.owner.name,
      timezone: config.owner.timezone,
    },
    ports: config.ports,
    sesEndpoint: `http://${config.host}:${config.ports.ses}`,
    actionsUrl: `http://${config.host}:${config.ports.actions}`,
  };
  // Written before the first child starts, so a second start on this data folder sees this one.
  writeStackFile(stackFile);
  const removeOnExit = () => removeStackFile(config.dataDir);
  process.once("exit", removeOnExit);
  const stoppers: (() => Promise<void>)[] = [
    async () => {
      process.removeListener("exit", removeOnExit);
      removeOnExit();
    },
  ];
  const stopAll = async () => {
    for (const stop of stoppers.reverse()) await stop().catch(() => {});
  };
  try {
    log.info("starting DynamoDB Local", { port: config.ports.dynamodb });
    const dynamo = await startDynamoDbLocal({
      port: config.ports.dynamodb,
      dbPath: options.inMemoryDb ? null : localPaths(config.dataDir).dynamodb,
      pidDir: config.dataDir,
    });
    stoppers.push(dynamo.stop);
    await ensureTable(dynamo.client, LOCAL_TABLE);

    const ses = await startSesEmulator({ host: config.host, port: config.ports.ses });
    stoppers.push(ses.stop);

    const deps = buildLocalDeps(config, { dynamo: dynamo.client, ses: ses.client }, log, options.clock);

    // Messages are processed one at a time, in arrival order; one failure never stops the next
    // (it is retried, and the message kept and journalled meanwhile).
    const inbound = new LocalInboundQueue(deps, new InboundJournal(localPaths(config.dataDir).inbound), log);
    const smtp = await startSmtpInbound({
      host: config.host,
      port: config.ports.smtp,
      inbox: config.inbox,
      accept: async ({ raw, envelopeFrom }) => {
        const rawKey = `${Date.now()}-${randomBytes(6).toString("hex")}`;
        await deps.rawMail.put(rawKey, raw);
        const recordedBefore = await recordedMessageKeys(deps);
        const { firstAttempt: processed } = await inbound.accept(rawKey, envelopeFrom);
        // The reply waits for the outcome, so the sender learns what became of the message.
        let timer: NodeJS.Timeout | undefined;
        const receipt = await Promise.race<Receipt>([
          processed.then(
            (outcome) => receiptFor(deps, rawKey, outcome, recordedBefore),
            (err: Error) => ({ outcome: "failed", rawKey, error: `${err.message} (kept; retried for an hour)` }),
          ),
          new Promise((resolve) => {
            timer = setTimeout(resolve, RECEIPT_WAIT_MS, { outcome: "queued", rawKey });
          }),
        ]);
        clearTimeout(timer);
        return formatReceipt(receipt);
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
    // Records written by an earlier version move forward (idempotent; a failed run is completed
    // at the next start, and the code reads unmigrated records meanwhile).
    await migrateProcesses(deps)
      .then((report) => report.migrated > 0 && log.info("records moved forward to processes", { ...report }))
      .catch((err: unknown) =>
        log.error("migration to processes failed; retried at the next start", { error: String(err) }),
      );
    await inbound.recover();
    await repair();
    const daily = setInterval(() => void repair(), DAY_MS);
    daily.unref();
    stoppers.push(async () => clearInterval(daily));
    writeStackFile({ ...stackFile, ready: true, sesEndpoint: ses.endpoint, actionsUrl: actions.url });

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
