// Replaying what failed on AWS: every message in the failed-events queues goes back to the function
// it was meant for, with the original event, and is deleted once that invocation succeeds. Safe to
// run at any time: every handler is safe to run twice for one event, and a message whose replay
// fails stays in its queue (it shows again after its visibility timeout).
// Two shapes arrive: the Lambda on-failure destination's invocation record (requestContext.functionArn
// + requestPayload), and a Scheduler dead-letter message (the schedule's input as the body; the
// target in the TARGET_ARN attribute, else told by the input's shape).
import type { LambdaClient } from "@aws-sdk/client-lambda";
import { InvokeCommand } from "@aws-sdk/client-lambda";
import { DeleteMessageCommand, type Message, ReceiveMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";

/** Longer than any function's timeout (1 min): a message is not handed out twice while it replays. */
const VISIBILITY_SECONDS = 180;

export interface RedriveTargets {
  /** Names (or ARNs) of the functions a Scheduler dead-letter message may be for. */
  nudgeFunction: string;
  digestFunction: string;
}

export interface Replay {
  functionName: string;
  payload: unknown;
}

export interface RedriveOutcome {
  queueUrl: string;
  messageId: string;
  functionName: string | null;
  result: "replayed" | "failed" | "unreadable" | "listed";
  detail?: string;
}

/** What a failed-events message asks to replay, or null when it names no function jobnudge has. */
export function replayOf(message: Message, targets: RedriveTargets): Replay | null {
  let body: unknown;
  try {
    body = JSON.parse(message.Body ?? "");
  } catch {
    return null;
  }
  const record = body as { requestContext?: { functionArn?: unknown }; requestPayload?: unknown };
  if (typeof record?.requestContext?.functionArn === "string" && "requestPayload" in record) {
    return { functionName: unqualified(record.requestContext.functionArn), payload: record.requestPayload };
  }
  const target = message.MessageAttributes?.TARGET_ARN?.StringValue;
  if (target) return { functionName: unqualified(target), payload: body };
  const input = body as { nudgeId?: unknown; kind?: unknown };
  if (typeof input?.nudgeId === "string") return { functionName: targets.nudgeFunction, payload: body };
  if (input?.kind === "digest" || input?.kind === "repair")
    return { functionName: targets.digestFunction, payload: body };
  return null;
}

/** "arn:aws:lambda:r:a:function:name:$LATEST" -> the same without the version or alias. */
function unqualified(arn: string): string {
  const parts = arn.split(":");
  return parts.length > 7 ? parts.slice(0, 7).join(":") : arn;
}

export interface RedriveOptions {
  /** List what would be replayed; replay and delete nothing. */
  dryRun: boolean;
  /** Stop after this many messages (all queues together). */
  max: number;
}

export async function redriveQueues(
  clients: { sqs: SQSClient; lambda: LambdaClient },
  queueUrls: string[],
  targets: RedriveTargets,
  options: RedriveOptions,
): Promise<RedriveOutcome[]> {
  const outcomes: RedriveOutcome[] = [];
  for (const queueUrl of queueUrls) {
    const seen = new Set<string>();
    while (outcomes.length < options.max) {
      const out = await clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: Math.min(10, options.max - outcomes.length),
          WaitTimeSeconds: 1,
          VisibilityTimeout: options.dryRun ? 30 : VISIBILITY_SECONDS,
          MessageAttributeNames: ["All"],
        }),
      );
      const messages = (out.Messages ?? []).filter((m) => m.MessageId && !seen.has(m.MessageId));
      if (messages.length === 0) break;
      for (const message of messages) {
        seen.add(message.MessageId ?? "");
        outcomes.push(await redriveOne(clients, queueUrl, message, targets, options.dryRun));
      }
    }
  }
  return outcomes;
}

async function redriveOne(
  clients: { sqs: SQSClient; lambda: LambdaClient },
  queueUrl: string,
  message: Message,
  targets: RedriveTargets,
  dryRun: boolean,
): Promise<RedriveOutcome> {
  const base = { queueUrl, messageId: message.MessageId ?? "" };
  const replay = replayOf(message, targets);
  if (!replay) return { ...base, functionName: null, result: "unreadable", detail: "names no jobnudge function" };
  if (dryRun) return { ...base, functionName: replay.functionName, result: "listed" };
  const response = await clients.lambda.send(
    new InvokeCommand({
      FunctionName: replay.functionName,
      InvocationType: "RequestResponse",
      Payload: new TextEncoder().encode(JSON.stringify(replay.payload)),
    }),
  );
  if (response.FunctionError) {
    const detail = response.Payload ? new TextDecoder().decode(response.Payload).slice(0, 300) : response.FunctionError;
    return { ...base, functionName: replay.functionName, result: "failed", detail };
  }
  await clients.sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
  return { ...base, functionName: replay.functionName, result: "replayed" };
}
