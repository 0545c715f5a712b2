// `jobnudge redrive`: replay what failed after all its retries. `--stage NAME`: the AWS deployment's
// failed-events queues (Lambda's on-failure destination and the Scheduler dead-letter queue), each
// event re-invoked on its function and deleted once that succeeds. `--local`: the local stack's
// messages that failed or were never processed.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { SQSClient } from "@aws-sdk/client-sqs";
import { localPaths } from "../../wiring/local";
import { InboundJournal } from "../stack/inbound-journal";
import { type CliCommand, parseCliArgs, UsageError } from "./command";
import { withLocalStore } from "./local-store";
import { type RedriveOutcome, redriveQueues } from "./redrive-aws";
import { planLocalRedrive } from "./redrive-local";
import { findReadyStack } from "./running-stack";

const HELP = `Usage: jobnudge redrive --stage NAME [--dry-run] [--max N] [--outputs FILE] [--queue URL...]
       jobnudge redrive --local

--stage NAME   replays the deployment's failed events: every message in its failed-events queue
               and its Scheduler dead-letter queue goes back to its function with the original
               event, and is deleted once that succeeds (a failure stays queued). The queues are
               read from the outputs \`npx sst deploy --stage NAME\` wrote (.sst/outputs.json, or
               --outputs FILE), or given with --queue URL. Uses your AWS credentials.
  --dry-run    list what would be replayed, change nothing
  --max N      stop after N messages (default 100)
--local        marks the local stack's messages whose record says error, or that have none, to be
               processed again (a running \`npm start\` does it at once, a stopped one at its start)`;

interface StageOutputs {
  stage?: string;
  failedEventsQueue?: string;
  schedulerDeadLettersQueue?: string;
  nudgeFunction?: string;
  digestFunction?: string;
}

export const redriveCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values } = parseCliArgs(args, {
      stage: { type: "string" },
      local: { type: "boolean" },
      "dry-run": { type: "boolean" },
      max: { type: "string" },
      outputs: { type: "string" },
      queue: { type: "string", multiple: true },
    });
    if (values.local) return redriveLocal();
    if (!values.stage) throw new UsageError("give --stage NAME (AWS) or --local");
    const max = values.max === undefined ? 100 : Number(values.max);
    if (!Number.isInteger(max) || max < 1) throw new UsageError("--max must be a whole number of 1 or more");
    const outputs = await stageOutputs(values.stage, values.outputs ?? ".sst/outputs.json", values.queue ?? []);
    const queues =
      values.queue && values.queue.length > 0
        ? values.queue
        : [outputs.failedEventsQueue, outputs.schedulerDeadLettersQueue].filter((q): q is string => Boolean(q));
    if (queues.length === 0) throw new UsageError(`no failed-events queue known for stage ${values.stage}`);
    const region = regionOf(queues[0] ?? "");
    const sqs = new SQSClient({ region });
    const lambda = new LambdaClient({ region });
    try {
      const outcomes = await redriveQueues(
        { sqs, lambda },
        queues,
        {
          nudgeFunction: outputs.nudgeFunction ?? `jobnudge-${values.stage}-nudge`,
          digestFunction: outputs.digestFunction ?? "",
        },
        { dryRun: values["dry-run"] ?? false, max },
      );
      process.stdout.write(report(outcomes, values["dry-run"] ?? false));
      return outcomes.some((o) => o.result === "failed" || o.result === "unreadable") ? 1 : 0;
    } finally {
      sqs.destroy();
      lambda.destroy();
    }
  },
};

async function stageOutputs(stage: string, file: string, queues: string[]): Promise<StageOutputs> {
  let outputs: StageOutputs;
  try {
    outputs = JSON.parse(await readFile(resolve(file), "utf8")) as StageOutputs;
  } catch {
    if (queues.length > 0) return {};
    throw new UsageError(
      `cannot read ${file}: deploy stage ${stage} from this checkout (npx sst deploy --stage ${stage}) or give --queue URL`,
    );
  }
  if (outputs.stage !== stage && queues.length === 0) {
    throw new UsageError(
      `${file} holds the outputs of stage ${outputs.stage ?? "(unknown)"}, not ${stage}: deploy ${stage} from this checkout or give --queue URL`,
    );
  }
  return outputs.stage === stage ? outputs : {};
}

/** "https://sqs.eu-west-1.amazonaws.com/123/name" -> "eu-west-1". */
function regionOf(queueUrl: string): string | undefined {
  return /^https:\/\/sqs[.-]([a-z0-9-]+)\.amazonaws\.com\//.exec(queueUrl)?.[1];
}

function report(outcomes: RedriveOutcome[], dryRun: boolean): string {
  const count = (result: RedriveOutcome["result"]) => outcomes.filter((o) => o.result === result).length;
  const lines = outcomes
    .filter((o) => o.result !== "replayed")
    .map((o) => `  ${o.result}: ${o.messageId} -> ${o.functionName ?? "?"}${o.detail ? ` (${o.detail})` : ""}`);
  const summary = dryRun
    ? `${count("listed")} event(s) would be replayed, ${count("unreadable")} unreadable`
    : `${count("replayed")} replayed and deleted, ${count("failed")} failed (left in the queue), ${count("unreadable")} unreadable`;
  return `${[...lines, summary].join("\n")}\n`;
}

async function redriveLocal(): Promise<number> {
  const running = await findReadyStack();
  const paths = localPaths(running.config.dataDir);
  const journal = new InboundJournal(paths.inbound);
  const records = await withLocalStore(running, async (local) => (local ? local.store.listMessages() : []));
  const plan = await planLocalRedrive(journal, records, paths.mail);
  const marked = await journal.requestRedrive(plan.rawKeys);
  process.stdout.write(
    `${marked} message(s) marked to be processed again: a running \`npm start\` does it now, a stopped one at its start.\n`,
  );
  if (plan.unjournalled.length > 0) {
    process.stdout.write(
      `${plan.unjournalled.length} kept message(s) came before the inbound journal (no envelope sender kept): forward them again with \`jobnudge send\`.\n`,
    );
  }
  return 0;
}
