// A nudge whose time moves keeps the same id (a snooze, a follow-up pushed back a week by a request for
// news): its schedule must move with it, or the nudge is never sent.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { processInbound } from "../../../functions/app/inbound";
import { fireNudge } from "../../../functions/app/nudge";
import { reconcile } from "../../../functions/app/reconcile";
import { type TestDeps, testDeps } from "../../fakes/use-case-deps";

const FOLLOW_UP_DUE = "2026-03-12T13:00:00.000Z"; // Initech promised news by Wed 11 Mar: Thu 12 Mar 09:00 EDT
const SNOOZED_UNTIL = "2026-03-16T14:00:00.000Z"; // Mon 16 Mar 10:00 EDT

async function initechWaiting(): Promise<TestDeps> {
  const deps = testDeps("2026-03-06T21:05:00.000Z");
  const raw = await readFile(new URL("../../../samples/demo/initech-update.eml", import.meta.url));
  await deps.rawMail.put("initech", new Uint8Array(raw));
  await processInbound(deps, { rawKey: "initech", envelopeFrom: "you@example.com", verdicts: null });
  return deps;
}

async function snooze(deps: TestDeps): Promise<void> {
  const [initech] = await deps.state.listEmployers();
  if (!initech) throw new Error("no employer");
  await deps.state.saveEmployer({ ...initech, snoozedUntil: SNOOZED_UNTIL });
}

const followUps = (deps: TestDeps) => deps.scheduler.pending().filter((s) => s.kind === "follow_up");

describe("reconcile: a nudge that moves", () => {
  it("re-creates the schedule at the new time when the same nudge is planned later", async () => {
    // Prepare
    const deps = await initechWaiting();
    expect(followUps(deps).map((s) => s.dueAt)).toEqual([FOLLOW_UP_DUE]);
    await snooze(deps);

    // Act
    await reconcile(deps);

    // Assess
    expect(followUps(deps).map((s) => s.dueAt)).toEqual([SNOOZED_UNTIL]);
  });

  it("leaves the nudge scheduled at its new time when the old schedule fires first", async () => {
    // Prepare: snoozed without a re-plan; the old schedule fires (and is deleted, as Scheduler does)
    const deps = await initechWaiting();
    await snooze(deps);
    const [old] = followUps(deps);
    if (!old) throw new Error("no follow-up scheduled");
    deps.setNow(old.dueAt);
    deps.scheduler.remove(old.id);

    // Act
    const outcome = await fireNudge(deps, { nudgeId: old.id, dueAt: old.dueAt });

    // Assess
    expect(outcome).toBe("stale");
    expect(deps.sent.filter((e) => e.kind === "follow_up")).toEqual([]);
    expect(followUps(deps).map((s) => [s.id, s.dueAt])).toEqual([[old.id, SNOOZED_UNTIL]]);
  });
});
