// Stateful fakes of the four AWS services the handlers call (S3, DynamoDB through the document
// client, EventBridge Scheduler, SES), built from aws-sdk-client-mock command handlers over
// in-memory maps, with one fault injected at a chosen call. No local stand-in exists for
// Scheduler, and in-memory fakes keep the thousand-run matrix fast; the DynamoDB adapter's real
// semantics are checked separately against DynamoDB Local (tests/integration).
import { AsyncLocalStorage } from "node:async_hooks";
import { ConditionalCheckFailedException, TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import { SESClient, SendRawEmailCommand } from "@aws-sdk/client-ses";
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { applyUpdate, evaluateCondition, type Item } from "./expressions";
import { awsError, type CallInfo, CrashError, type Fault, faultApplies, THROTTLED } from "./faults";

/** One event as Lambda delivers it: its attempts share the request id and one call counter. */
export interface EventChain {
  requestId: string;
  /** Calls made so far by this event's attempts (the fault index counts these). */
  calls: number;
  fault: { index: number; fault: Fault } | null;
  /** Set when the fault fired (tells the matrix which runs really were faulted). */
  injected: boolean;
  /** The current attempt died; reset by the harness when Lambda retries. */
  crashed: boolean;
  /** Every call of the chain, for enumerating the matrix from a fault-free run. */
  log: CallInfo[];
}

export interface SentEmail {
  kind: string;
  subject: string;
  messageId: string | null;
  at: number;
}

export interface StoredSchedule {
  name: string;
  group: string;
  expression: string;
  timezone: string;
  input: string;
  createdAt: number;
}

export interface WorldState {
  objects: Map<string, Uint8Array>;
  items: Map<string, Item>;
  schedules: Map<string, StoredSchedule>;
  emails: SentEmail[];
  now: number;
}

const chains = new AsyncLocalStorage<EventChain>();

/** Runs `work` as (an attempt of) `chain`: every AWS call inside counts against it. */
export function inChain<T>(chain: EventChain, work: () => Promise<T>): Promise<T> {
  return chains.run(chain, work);
}

export class World {
  state: WorldState = { objects: new Map(), items: new Map(), schedules: new Map(), emails: [], now: 0 };
  /** Items per Query page (DynamoDB pages at 1 MB; small pages exercise the adapters' paging). */
  pageSize = 50;
  /** Interleaving for concurrency runs: each call yields a few turns of the event loop first. */
  interleave: (() => number) | null = null;

  snapshot(): WorldState {
    return structuredClone(this.state);
  }

  restore(state: WorldState): void {
    this.state = structuredClone(state);
  }

  /** Every call goes through here: interleave, count, inject the planned fault, apply. */
  async call<T>(info: CallInfo, apply: () => T): Promise<T> {
    const chain = chains.getStore();
    if (chain?.crashed) throw new CrashError("process is dead");
    if (this.interleave) {
      for (let turns = this.interleave(); turns > 0; turns--) await new Promise((r) => setImmediate(r));
      if (chain?.crashed) throw new CrashError("process is dead");
    }
    if (!chain) return apply();
    const index = chain.calls++;
    chain.log.push(info);
    const planned = chain.fault;
    if (!planned || planned.index !== index || !faultApplies(planned.fault, info)) return apply();
    chain.injected = true;
    switch (planned.fault) {
      case "throttling":
        throw awsError(THROTTLED[info.service], 400);
      case "server-error":
        throw awsError(info.service === "dynamodb" ? "InternalServerError" : "ServiceUnavailable", 503);
      case "crash-before":
        chain.crashed = true;
        throw new CrashError("crashed before the call");
      case "response-lost":
        // Applied, the response never arrived; the SDK retries the same request and returns what
        // the second one gets (a conditional put meets its own write, an email goes out again).
        apply();
        return apply();
      case "applied-then-crash":
        apply();
        chain.crashed = true;
        throw new CrashError("crashed after the call");
      case "conditional-conflict":
        throw new ConditionalCheckFailedException({ message: "injected conflict", $metadata: {} });
      case "scheduler-conflict":
        // Someone else created the same schedule a moment earlier.
        apply();
        throw new ConflictException({
          message: "injected: schedule exists",
          Message: "injected: schedule exists",
          $metadata: {},
        });
      case "not-found":
        // The schedule fired and Scheduler deleted it just before this call.
        this.state.schedules.delete(scheduleKeyOf(info));
        throw new ResourceNotFoundException({
          message: "injected: schedule not found",
          Message: "injected: schedule not found",
          $metadata: {},
        });
    }
  }

  // --- DynamoDB (document client values) ---------------------------------------------------------

  private key(item: Item): string {
    return `${String(item.pk)}\u0000${String(item.sk)}`;
  }

  private checkCondition(expression: string | undefined, item: Item | undefined, input: ConditionInput): void {
    if (!expression) return;
    if (
      !evaluateCondition(expression, item, {
        names: input.ExpressionAttributeNames,
        values: input.ExpressionAttributeValues,
      })
    ) {
      throw new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: {} });
    }
  }

  get(input: { Key: Item }): { Item?: Item } {
    const item = this.state.items.get(this.key(input.Key));
    return item ? { Item: structuredClone(item) } : {};
  }

  put(input: { Item: Item } & ConditionInput): Record<string, never> {
    const clean = withoutUndefined(input.Item);
    this.checkCondition(input.ConditionExpression, this.state.items.get(this.key(clean)), input);
    this.state.items.set(this.key(clean), clean);
    return {};
  }

  update(input: { Key: Item; UpdateExpression: string } & ConditionInput): { Attributes?: Item } {
    const key = this.key(input.Key);
    const current = this.state.items.get(key);
    this.checkCondition(input.ConditionExpression, current, input);
    const next = applyUpdate(input.UpdateExpression, current ?? { ...input.Key }, {
      names: input.ExpressionAttributeNames,
      values: input.ExpressionAttributeValues,
    });
    this.state.items.set(key, withoutUndefined(next));
    return { Attributes: structuredClone(next) };
  }

  delete(input: { Key: Item } & ConditionInput): Record<string, never> {
    const key = this.key(input.Key);
    this.checkCondition(input.ConditionExpression, this.state.items.get(key), input);
    this.state.items.delete(key);
    return {};
  }

  query(
    input: {
      KeyConditionExpression: string;
      FilterExpression?: string;
      ExclusiveStartKey?: Item;
      ScanIndexForward?: boolean;
      Limit?: number;
    } & Omit<ConditionInput, "ConditionExpression">,
  ): { Items: Item[]; LastEvaluatedKey?: Item } {
    const ctx = { names: input.ExpressionAttributeNames, values: input.ExpressionAttributeValues };
    let matching = [...this.state.items.values()]
      .filter((item) => evaluateCondition(input.KeyConditionExpression, item, ctx))
      .sort((a, b) => Buffer.compare(Buffer.from(String(a.sk)), Buffer.from(String(b.sk))));
    if (input.ScanIndexForward === false) matching.reverse();
    if (input.ExclusiveStartKey) {
      const start = this.key(input.ExclusiveStartKey);
      const at = matching.findIndex((item) => this.key(item) === start);
      matching = matching.slice(at + 1);
    }
    const limit = Math.min(input.Limit ?? Number.POSITIVE_INFINITY, this.pageSize);
    const page = matching.slice(0, limit);
    const more = matching.length > page.length;
    const last = page.at(-1);
    const items = input.FilterExpression
      ? page.filter((item) => evaluateCondition(input.FilterExpression as string, item, ctx))
      : page;
    return {
      Items: structuredClone(items),
      ...(more && last ? { LastEvaluatedKey: { pk: last.pk, sk: last.sk } } : {}),
    };
  }

  transactWrite(input: { TransactItems: TransactItem[] }): Record<string, never> {
    // All conditions first, then every write: all or nothing, like DynamoDB.
    const reasons = input.TransactItems.map((t) => {
      const op = t.Put ?? t.Update ?? t.Delete ?? t.ConditionCheck;
      if (!op) return { Code: "None" };
      const key = t.Put ? this.key(t.Put.Item) : this.key((op as { Key: Item }).Key);
      try {
        this.checkCondition(op.ConditionExpression, this.state.items.get(key), op);
        return { Code: "None" };
      } catch {
        return { Code: "ConditionalCheckFailed" };
      }
    });
    if (reasons.some((r) => r.Code !== "None")) {
      throw new TransactionCanceledException({
        message: "Transaction cancelled",
        $metadata: {},
        CancellationReasons: reasons,
      });
    }
    for (const t of input.TransactItems) {
      if (t.Put) this.put({ ...t.Put, ConditionExpression: undefined });
      else if (t.Update) this.update({ ...t.Update, ConditionExpression: undefined });
      else if (t.Delete) this.delete({ ...t.Delete, ConditionExpression: undefined });
    }
    return {};
  }

  batchWrite(input: {
    RequestItems: Record<string, { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } }[]>;
  }) {
    for (const requests of Object.values(input.RequestItems)) {
      for (const r of requests) {
        if (r.PutRequest) this.put({ Item: r.PutRequest.Item });
        else if (r.DeleteRequest) this.delete({ Key: r.DeleteRequest.Key });
      }
    }
    return { UnprocessedItems: {} };
  }

  // --- Scheduler -----------------------------------------------------------------------------------

  createSchedule(input: ScheduleInput): { ScheduleArn: string } {
    const key = `${input.GroupName}/${input.Name}`;
    if (this.state.schedules.has(key))
      throw new ConflictException({ message: "exists", Message: "exists", $metadata: {} });
    this.state.schedules.set(key, scheduleOf(input, this.state.now));
    return { ScheduleArn: `arn:aws:scheduler:us-east-1:123456789012:schedule/${key}` };
  }

  updateSchedule(input: ScheduleInput): { ScheduleArn: string } {
    const key = `${input.GroupName}/${input.Name}`;
    const current = this.state.schedules.get(key);
    if (!current) throw new ResourceNotFoundException({ message: "not found", Message: "not found", $metadata: {} });
    this.state.schedules.set(key, { ...scheduleOf(input, this.state.now), createdAt: current.createdAt });
    return { ScheduleArn: `arn:aws:scheduler:us-east-1:123456789012:schedule/${key}` };
  }

  deleteSchedule(input: { Name: string; GroupName: string }): Record<string, never> {
    const key = `${input.GroupName}/${input.Name}`;
    if (!this.state.schedules.delete(key))
      throw new ResourceNotFoundException({ message: "not found", Message: "not found", $metadata: {} });
    return {};
  }

  getSchedule(input: { Name: string; GroupName: string }) {
    const s = this.state.schedules.get(`${input.GroupName}/${input.Name}`);
    if (!s) throw new ResourceNotFoundException({ message: "not found", Message: "not found", $metadata: {} });
    return {
      Name: s.name,
      GroupName: s.group,
      ScheduleExpression: s.expression,
      ScheduleExpressionTimezone: s.timezone,
      Target: { Input: s.input },
      CreationDate: new Date(s.createdAt),
    };
  }

  listSchedules(input: { GroupName?: string; NamePrefix?: string; NextToken?: string; MaxResults?: number }) {
    const all = [...this.state.schedules.values()]
      .filter((s) => (!input.GroupName || s.group === input.GroupName) && s.name.startsWith(input.NamePrefix ?? ""))
      .sort((a, b) => a.name.localeCompare(b.name));
    const start = Number(input.NextToken ?? 0);
    const size = Math.min(input.MaxResults ?? 100, 25);
    const page = all.slice(start, start + size);
    return {
      Schedules: page.map((s) => ({
        Name: s.name,
        GroupName: s.group,
        State: "ENABLED",
        CreationDate: new Date(s.createdAt),
        LastModificationDate: new Date(s.createdAt),
        Target: { Arn: "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-chaos-nudge" },
      })),
      ...(start + size < all.length ? { NextToken: String(start + size) } : {}),
    };
  }

  // --- SES -------------------------------------------------------------------------------------------

  sendRawEmail(input: { RawMessage?: { Data?: Uint8Array } }): { MessageId: string } {
    const raw = Buffer.from(input.RawMessage?.Data ?? new Uint8Array()).toString("utf8");
    const headers = headerBlock(raw);
    this.state.emails.push({
      kind: headers.get("x-jobnudge-kind") ?? "?",
      subject: headers.get("subject") ?? "",
      messageId: headers.get("message-id") ?? null,
      at: this.state.now,
    });
    return { MessageId: `ses-${this.state.emails.length}` };
  }

  /** Installs the command handlers on the SDK clients' prototypes; returns the restore function. */
  install(): () => void {
    const doc = mockClient(DynamoDBDocumentClient);
    const s3 = mockClient(S3Client);
    const scheduler = mockClient(SchedulerClient);
    const ses = mockClient(SESClient);
    const db = (operation: string, conditional: (input: never) => boolean, apply: (input: never) => unknown) =>
      ((input: never) =>
        this.call({ service: "dynamodb", operation, conditional: conditional(input) }, () => apply(input))) as never;
    const hasCondition = (input: { ConditionExpression?: string }) => Boolean(input.ConditionExpression);
    doc.on(GetCommand).callsFake(
      db(
        "GetItem",
        () => false,
        (i) => this.get(i),
      ),
    );
    doc.on(PutCommand).callsFake(db("PutItem", hasCondition, (i) => this.put(i)));
    doc.on(UpdateCommand).callsFake(db("UpdateItem", hasCondition, (i) => this.update(i)));
    doc.on(DeleteCommand).callsFake(db("DeleteItem", hasCondition, (i) => this.delete(i)));
    doc.on(QueryCommand).callsFake(
      db(
        "Query",
        () => false,
        (i) => this.query(i),
      ),
    );
    doc.on(TransactWriteCommand).callsFake(
      db(
        "TransactWriteItems",
        (i: { TransactItems: TransactItem[] }) =>
          i.TransactItems.some((t) => (t.Put ?? t.Update ?? t.Delete ?? t.ConditionCheck)?.ConditionExpression),
        (i) => this.transactWrite(i),
      ),
    );
    doc.on(BatchWriteCommand).callsFake(
      db(
        "BatchWriteItem",
        () => false,
        (i) => this.batchWrite(i),
      ),
    );

    s3.on(GetObjectCommand).callsFake((input: { Key: string }) =>
      this.call({ service: "s3", operation: "GetObject", conditional: false }, () => {
        const body = this.state.objects.get(input.Key);
        if (!body) throw new NoSuchKey({ message: "no such key", $metadata: {} });
        return { Body: { transformToByteArray: async () => new Uint8Array(body) } };
      }),
    );
    s3.on(PutObjectCommand).callsFake((input: { Key: string; Body: Uint8Array }) =>
      this.call({ service: "s3", operation: "PutObject", conditional: false }, () => {
        this.state.objects.set(input.Key, new Uint8Array(input.Body));
        return {};
      }),
    );

    const sched = (operation: string, apply: (input: never) => unknown) =>
      ((input: { Name?: string; GroupName?: string }) =>
        this.call({ service: "scheduler", operation, conditional: false, ...scheduleRef(input) } as CallInfo, () =>
          apply(input as never),
        )) as never;
    scheduler.on(CreateScheduleCommand).callsFake(sched("CreateSchedule", (i) => this.createSchedule(i)));
    scheduler.on(UpdateScheduleCommand).callsFake(sched("UpdateSchedule", (i) => this.updateSchedule(i)));
    scheduler.on(DeleteScheduleCommand).callsFake(sched("DeleteSchedule", (i) => this.deleteSchedule(i)));
    scheduler.on(GetScheduleCommand).callsFake(sched("GetSchedule", (i) => this.getSchedule(i)));
    scheduler.on(ListSchedulesCommand).callsFake(sched("ListSchedules", (i) => this.listSchedules(i)));

    ses
      .on(SendRawEmailCommand)
      .callsFake((input: { RawMessage?: { Data?: Uint8Array } }) =>
        this.call({ service: "ses", operation: "SendRawEmail", conditional: false }, () => this.sendRawEmail(input)),
      );

    return () => {
      doc.restore();
      s3.restore();
      scheduler.restore();
      ses.restore();
    };
  }
}

interface ConditionInput {
  ConditionExpression?: string | undefined;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

interface TransactItem {
  Put?: { Item: Item } & ConditionInput;
  Update?: { Key: Item; UpdateExpression: string } & ConditionInput;
  Delete?: { Key: Item } & ConditionInput;
  ConditionCheck?: { Key: Item } & ConditionInput;
}

interface ScheduleInput {
  Name: string;
  GroupName: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  Target: { Input?: string };
}

function scheduleOf(input: ScheduleInput, now: number): StoredSchedule {
  return {
    name: input.Name,
    group: input.GroupName,
    expression: input.ScheduleExpression,
    timezone: input.ScheduleExpressionTimezone ?? "UTC",
    input: input.Target.Input ?? "{}",
    createdAt: now,
  };
}

function scheduleRef(input: { Name?: string; GroupName?: string }) {
  return { scheduleKey: `${input.GroupName}/${input.Name}` };
}

function scheduleKeyOf(info: CallInfo): string {
  return (info as CallInfo & { scheduleKey?: string }).scheduleKey ?? "";
}

/** Removes undefined values, as the document client's removeUndefinedValues marshalling does. */
function withoutUndefined(item: Item): Item {
  return JSON.parse(JSON.stringify(item)) as Item;
}

/** The (unfolded) header fields of a raw message, lower-cased names. */
function headerBlock(raw: string): Map<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}
