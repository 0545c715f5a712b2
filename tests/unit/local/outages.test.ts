// The local stack through outages, on a virtual clock: the SES emulator or DynamoDB Local down for
// ten minutes delays a due nudge or a forwarded message, it never loses or repeats one; past the
// retry budget the owner is told by email.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalNudgeScheduler } from "../../../functions/adapters/local-scheduler";
import { silentLogger } from "../../../functions/adapters/logger";
import type { Deps } from "../../../functions/app/deps";
import { processInbound } from "../../../functions/app/inbound";
import { fireNudge } from "../../../functions/app/nudge";
import type { Mailer, StateStore } from "../../../functions/app/ports";
import { tellOwnerOfFailure } from "../../../functions/app/tell-owner";
import { InboundJournal } from "../../../functions/local/stack/inbound-journal";
import { LocalInboundQueue } from "../../../functions/local/stack/inbound-queue";
import { type TestDeps, testDeps } from "../../fakes/use-case-deps";

const START = "2026-03-09T15:00:00.000Z";
const STEP_MS = 5_000;
const MINUTE = 60_000;

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "jobnudge-outage-"));
  dirs.push(dir);
  return dir;
}

interface Outage {
  state: boolean;
  mailer: boolean;
}

/** The deps with a switch per stand-in: while it is down every call fails as a refused connection would. */
function withOutages(base: TestDeps, scheduler: LocalNudgeScheduler): { deps: Deps; down: Outage } {
  const down: Outage = { state: false, mailer: false };
  const refused = (port: number) => Promise.reject(new Error(`connect ECONNREFUSED 127.0.0.1:${port}`));
  const state = new Proxy(base.state, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => (down.state ? refused(8006) : value.apply(target, args));
    },
  }) as StateStore;
  const mailer: Mailer = { send: (email) => (down.mailer ? refused(8005) : base.mailer.send(email)) };
  return { deps: { ...base, state, mailer, scheduler }, down };
}

async function offerForwarded(deps: Deps): Promise<void> {
  const raw = await readFile(new URL("../../../samples/northwind-offer.eml", import.meta.url));
  await deps.rawMail.put("offer", new Uint8Array(raw));
  await processInbound(deps, { rawKey: "offer", envelopeFrom: "you@example.com", verdicts: null });
}

/** An offer forwarded at START, its reminders in a local scheduler; `first` is the earliest one. */
async function offerScheduled() {
  const base = testDeps(START);
  const scheduler = new LocalNudgeScheduler(join(await tempDir(), "schedules.json"), silentLogger, base.clock);
  const { deps, down } = withOutages(base, scheduler);
  await offerForwarded(deps);
  const [first] = (await scheduler.pending()).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  if (!first) throw new Error("nothing scheduled");
  return { base, scheduler, deps, down, first };
}

describe("local scheduler through an outage", () => {
  it.each([
    ["the SES emulator", "mailer"],
    ["DynamoDB Local", "state"],
  ] as const)("sends a nudge that fell due while %s was down once, after it is back", async (_what, service) => {
    // Prepare: an offer scheduled its reminders; the clock moves to the first one.
    const { base, scheduler, deps, down, first } = await offerScheduled();
    const sentBefore = base.sent.length;
    const handlers = {
      fire: (firing: { nudgeId: string; dueAt: string }, name: string) =>
        fireNudge({ ...deps, invocationId: `local-schedule-${name}` }, firing).then(() => {}),
      giveUp: () => Promise.reject(new Error("must not give up within the budget")),
    };
    const due = Date.parse(first.dueAt);
    const recovered = due + 10 * MINUTE;

    const nudgesSent = () => base.sent.slice(sentBefore).filter((e) => e.kind === first.kind).length;
    let sentAt: number | null = null;

    // Act: down for ten minutes from the due time, the loop ticking every 5 s; then 15 more minutes.
    down[service] = true;
    for (let now = due; now <= recovered + 15 * MINUTE; now += STEP_MS) {
      if (now >= recovered) down[service] = false;
      base.setNow(new Date(now).toISOString());
      await scheduler.fireDue(handlers, new Date(now));
      if (sentAt === null && nudgesSent() > 0) sentAt = now;
    }

    // Assess: exactly one email of that nudge, sent after recovery, within the 5-minute cap of the backoff.
    expect(nudgesSent()).toBe(1);
    expect(sentAt).toBeGreaterThanOrEqual(recovered);
    expect(sentAt).toBeLessThanOrEqual(recovered + 5 * MINUTE);
    expect(base.sent.slice(sentBefore).filter((e) => e.kind === "error")).toEqual([]);
    expect((await scheduler.pending()).map((s) => s.name)).not.toContain(first.name);
    expect((await base.state.getEmployer(first.employerId ?? ""))?.sentNudges).toContain(first.id);
  });

  it("gives up after an hour of failures and tells the owner", async () => {
    const { base, scheduler, deps, down, first } = await offerScheduled();
    const handlers = {
      fire: (firing: { nudgeId: string; dueAt: string }) => fireNudge(deps, firing).then(() => {}),
      giveUp: (schedule: { name: string; kind: string; dueAt: string }, err: unknown) =>
        tellOwnerOfFailure(deps, `schedule.${schedule.name}`, {
          what: `send your ${schedule.kind} reminder`,
          reason: String(err),
          since: schedule.dueAt,
          reference: schedule.name,
          retry: null,
        }),
    };

    down.state = true;
    const due = Date.parse(first.dueAt);
    for (let now = due; now <= due + 2 * 60 * MINUTE; now += STEP_MS) {
      base.setNow(new Date(now).toISOString());
      await scheduler.fireDue(handlers, new Date(now));
    }

    const errors = base.sent.filter((e) => e.kind === "error");
    expect(errors.map((e) => e.subject)).toEqual([`I could not send your ${first.kind} reminder`]);
    expect((await scheduler.pending()).map((s) => s.name)).not.toContain(first.name);
  });
});

describe("local inbound queue through an outage", () => {
  async function queueWith(outage: keyof Outage) {
    const base = testDeps(START);
    const scheduler = new LocalNudgeScheduler(join(await tempDir(), "schedules.json"), silentLogger, base.clock);
    const { deps, down } = withOutages(base, scheduler);
    const journal = new InboundJournal(await tempDir());
    const queue = new LocalInboundQueue(deps, journal, silentLogger);
    const raw = await readFile(new URL("../../../samples/northwind-offer.eml", import.meta.url));
    await deps.rawMail.put("m1", new Uint8Array(raw));
    down[outage] = true;
    return { base, down, journal, queue };
  }

  it.each([["state"], ["mailer"]] as const)(
    "processes a message received while %s was down once it is back, acknowledging it once",
    async (outage) => {
      // Prepare
      const { base, down, journal, queue } = await queueWith(outage);
      const received = Date.parse(START);

      // Act
      await queue.accept("m1", "you@example.com");
      for (let now = received; now <= received + 25 * MINUTE; now += STEP_MS) {
        if (now >= received + 10 * MINUTE) down[outage] = false;
        base.setNow(new Date(now).toISOString());
        await queue.processDue();
      }

      // Assess
      expect(base.sent.filter((e) => e.kind === "ack")).toHaveLength(1);
      expect(base.sent.filter((e) => e.kind === "error")).toEqual([]);
      expect(await journal.get("m1")).toMatchObject({ state: "done", outcome: "applied" });
      expect(queue.waiting()).toEqual([]);
      expect(await base.state.listEmployers()).toHaveLength(1);
    },
  );

  it("tells the owner when the retries run out, and keeps the message for a redrive", async () => {
    const { base, journal, queue } = await queueWith("state");
    const received = Date.parse(START);

    await queue.accept("m1", "you@example.com");
    for (let now = received; now <= received + 2 * 60 * MINUTE; now += STEP_MS) {
      base.setNow(new Date(now).toISOString());
      await queue.processDue();
    }

    expect(base.sent.map((e) => [e.kind, e.subject])).toEqual([
      ["error", "I could not process a message you forwarded"],
    ]);
    expect(await journal.get("m1")).toMatchObject({ state: "failed" });
    expect(queue.waiting()).toEqual([]);
  });

  it("picks up, at start-up, a message journalled before a crash", async () => {
    const { base, down, journal } = await queueWith("state");
    await journal.add("m1", "you@example.com", START);
    down.state = false;

    const restarted = new LocalInboundQueue({ ...base }, journal, silentLogger);
    expect(await restarted.recover()).toBe(1);
    await restarted.idle();

    expect(base.sent.filter((e) => e.kind === "ack")).toHaveLength(1);
    expect(await journal.get("m1")).toMatchObject({ state: "done" });
  });
});
