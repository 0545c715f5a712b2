// The real Lambda handlers, driven the way AWS drives them: an SES receipt event or a Scheduler
// payload delivered asynchronously, retried by Lambda up to twice (1 min, then 2 min later) with
// the same request id, against the fakes of ./fakes/world.ts on a virtual clock.
import { readFileSync } from "node:fs";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SESClient } from "@aws-sdk/client-ses";
import type { SESEvent } from "aws-lambda";
import { handler as digestHandler } from "../../functions/handlers/digest";
import { handler as inboundHandler } from "../../functions/handlers/inbound";
import { handler as nudgeHandler } from "../../functions/handlers/nudge";
import { setAwsClients, setAwsClock, setAwsLogWriter } from "../../functions/wiring/aws/common";
import { ownerSettings } from "../fakes/owner";
import { linkStage } from "../fakes/sst-links";
import { type EventChain, inChain, type World } from "./fakes/world";

export const OWNER = ownerSettings({ email: "you@example.com" });
export const TABLE = "jobnudge-chaos-state";
export const BUCKET = "jobnudge-chaos-mail";
export const PREFIX = "inbound/";
export const GROUP = "jobnudge-chaos-nudges";

const RETRY_DELAYS_MS = [60_000, 120_000];

/** Links and clients as SST and Lambda would provide them; the clock is the world's. */
export function configureAws(world: World): () => void {
  const unlink = linkStage({
    stage: "chaos",
    table: TABLE,
    bucket: BUCKET,
    prefix: PREFIX,
    groupName: GROUP,
    owner: OWNER,
    hmacKey: "k1:chaos-0123456789abcdef0123456789abcdef",
    actionsUrl: "https://chaos.lambda-url.us-east-1.on.aws/",
  });
  const credentials = { accessKeyId: "chaos", secretAccessKey: "chaos" };
  const region = "us-east-1";
  setAwsClients({
    dynamo: new DynamoDBClient({ region, credentials }),
    s3: new S3Client({ region, credentials }),
    scheduler: new SchedulerClient({ region, credentials }),
    ses: new SESClient({ region, credentials }),
  });
  setAwsClock({ now: () => new Date(world.state.now) });
  setAwsLogWriter(() => true);
  const restoreMocks = world.install();
  return () => {
    restoreMocks();
    unlink();
    setAwsClients(null);
    setAwsClock(null);
    setAwsLogWriter(null);
  };
}

const sesEvent = JSON.parse(
  readFileSync(new URL("../fixtures/aws/ses-receipt-event.json", import.meta.url), "utf8"),
) as SESEvent;

/** The SES receipt event for a message SES stored at PREFIX + sesMessageId, from the owner. */
export function inboundEvent(sesMessageId: string): SESEvent {
  const event = structuredClone(sesEvent);
  const record = event.Records[0];
  if (!record) throw new Error("fixture has no record");
  record.ses.mail.messageId = sesMessageId;
  record.ses.mail.source = OWNER.email;
  return event;
}

export type LambdaFunction = "inbound" | "nudge" | "digest";

const HANDLERS: Record<LambdaFunction, (event: never, context: never) => Promise<unknown>> = {
  inbound: inboundHandler as never,
  nudge: nudgeHandler as never,
  digest: digestHandler as never,
};

export interface Delivery {
  ok: boolean;
  attempts: number;
}

export function newChain(requestId: string, fault: EventChain["fault"] = null): EventChain {
  return { requestId, calls: 0, fault, injected: false, crashed: false, log: [] };
}

/** Attempts running now: a retry comes a minute or more later, after every one of them ended. */
const running = new Set<Promise<unknown>>();

/**
 * Lambda's async invocation: the event, then up to two retries after an error, same request id.
 * A retry starts `delay` after the failure on the shared clock, and only once every attempt
 * running at the failure has ended: a function times out after at most a minute, so by then
 * none of them can still be running (however the event loop happened to interleave them).
 */
export async function deliver(world: World, fn: LambdaFunction, event: unknown, chain: EventChain): Promise<Delivery> {
  const context = { awsRequestId: chain.requestId, functionName: `jobnudge-chaos-${fn}` };
  for (let attempt = 1; ; attempt++) {
    chain.crashed = false;
    const run = inChain(chain, () => HANDLERS[fn](event as never, context as never));
    running.add(run);
    try {
      await run;
      // A process that died failed its invocation, whatever the code did with the error.
      if (chain.crashed) throw new Error("crashed");
      return { ok: true, attempts: attempt };
    } catch {
      const delay = RETRY_DELAYS_MS[attempt - 1];
      if (delay === undefined) return { ok: false, attempts: attempt };
      const failedAt = world.state.now;
      running.delete(run);
      await Promise.allSettled([...running]);
      world.state.now = Math.max(world.state.now, failedAt + delay);
    } finally {
      running.delete(run);
    }
  }
}
