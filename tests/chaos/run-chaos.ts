// The chaos run: (1) the fault matrix, every AWS call of each scenario's event x every fault that
// applies to it, each run replayed as Lambda's async retry does and compared with the fault-free
// run; (2) concurrency: many offers at once (and many copies of one forward at once), each with
// at most one random fault, retried as Lambda does. `npm run chaos` prints the full size;
// tests/unit/chaos/chaos.test.ts runs a CI-sized sample.
import { random as seededRandom } from "../../bench/mailbox-fixture";
import { FAULTS, type Fault, faultApplies } from "./fakes/faults";
import { World } from "./fakes/world";
import { configureAws, deliver, inboundEvent, newChain } from "./lambda";
import { judge, type Outcome, readOutcome, type Verdict } from "./outcome";
import { COMPANIES, type MeasuredEvent, offerFrom, SCENARIOS, type Scenario, START, storeRaw } from "./scenarios";

export interface ChaosOptions {
  /** Fault every `stride`-th call of each scenario (1 = every call). */
  stride: number;
  /** Concurrency: repetitions of `offers` different offers at once. */
  repeats: number;
  offers: number;
  /** Concurrency: repetitions of `copies` copies of one forward at once. */
  copyRepeats: number;
  copies: number;
  seed: number;
  /** Progress and per-scenario lines. */
  print: (line: string) => void;
}

export interface Tally {
  runs: number;
  converged: number;
  lost: number;
  duplicates: number;
  sameIdDuplicates: number;
  drift: number;
  /** Short descriptions of the runs that did not converge (first few per scenario). */
  failures: string[];
  /** The runs that sent an email twice, and why. */
  duplicateRuns: string[];
}

export interface ChaosReport extends Tally {
  matrix: Record<string, Tally>;
  concurrency: ConcurrencyTally;
  copies: ConcurrencyTally;
  summary: string;
}

/** First attempts that failed among the events given no fault (what concurrency alone costs). */
export type ConcurrencyTally = Tally & { firstAttemptFailures: number; unfaulted: number };

const emptyTally = (): Tally => ({
  runs: 0,
  converged: 0,
  lost: 0,
  duplicates: 0,
  sameIdDuplicates: 0,
  drift: 0,
  failures: [],
  duplicateRuns: [],
});

function add(t: Tally, v: Verdict, label: string): void {
  t.runs++;
  if (v.converged) t.converged++;
  t.lost += v.lost;
  t.duplicates += v.duplicates;
  t.sameIdDuplicates += v.sameIdDuplicates;
  if (v.drift) t.drift++;
  if (!v.converged && t.failures.length < 12) t.failures.push(`${label}: ${v.notes.join("; ")}`);
  if (v.converged && v.duplicates > 0) t.duplicateRuns.push(`${label}: ${v.notes.join("; ")}`);
}

async function prepare(world: World, scenario: Scenario) {
  world.restore({ objects: new Map(), items: new Map(), schedules: new Map(), emails: [], now: START });
  let n = 0;
  await scenario.setup(world, async (e: MeasuredEvent) => {
    const done = await deliver(world, e.fn, e.event, newChain(`setup-${n++}`));
    if (!done.ok) throw new Error(`${scenario.name}: setup event failed without faults`);
  });
  return world.snapshot();
}

async function runMatrix(world: World, options: ChaosOptions): Promise<Record<string, Tally>> {
  const tallies: Record<string, Tally> = {};
  for (const scenario of SCENARIOS) {
    const prepared = await prepare(world, scenario);
    const measure = async (fault: { index: number; fault: Fault } | null) => {
      world.restore(prepared);
      const e = scenario.measured(world);
      const chain = newChain(`req-${scenario.name.replace(/\W+/g, "-")}`, fault);
      const delivery = await deliver(world, e.fn, e.event, chain);
      return { outcome: await readOutcome(world), chain, delivery };
    };
    const reference = await measure(null);
    if (!reference.delivery.ok || reference.delivery.attempts !== 1) {
      throw new Error(`${scenario.name}: the fault-free run failed`);
    }
    const tally = emptyTally();
    const calls = reference.chain.log;
    for (let index = 0; index < calls.length; index += options.stride) {
      const call = calls[index];
      if (!call) continue;
      for (const fault of FAULTS) {
        if (!faultApplies(fault, call)) continue;
        const run = await measure({ index, fault });
        const verdict = judge(reference.outcome, run.outcome);
        if (!run.delivery.ok) verdict.notes.push("event ended in the failed-events queue");
        add(tally, verdict, `${scenario.name} #${index} ${call.service}.${call.operation} ${fault}`);
      }
    }
    tallies[scenario.name] = tally;
    options.print(
      `matrix ${scenario.name}: ${calls.length} AWS calls, ${tally.runs} runs: ${tally.converged} converged, ` +
        `${tally.lost} lost, ${tally.duplicates} duplicates (${tally.sameIdDuplicates} sharing a Message-ID), ${tally.drift} book drift`,
    );
  }
  return tallies;
}

/** Sequential, fault-free processing of the same events: what the concurrent run must match. */
async function sequentialReference(world: World, events: { id: string; raw: Uint8Array }[]): Promise<Outcome> {
  world.restore({ objects: new Map(), items: new Map(), schedules: new Map(), emails: [], now: START });
  for (const e of events) storeRaw(world, e.id, e.raw);
  for (const [i, e] of events.entries()) {
    const done = await deliver(world, "inbound", inboundEvent(e.id), newChain(`ref-${i}`));
    if (!done.ok) throw new Error("concurrency reference failed without faults");
  }
  return readOutcome(world);
}

async function runConcurrent(
  world: World,
  events: { id: string; raw: Uint8Array }[],
  reference: Outcome,
  random: () => number,
  tally: ConcurrencyTally,
  label: string,
): Promise<void> {
  world.restore({ objects: new Map(), items: new Map(), schedules: new Map(), emails: [], now: START });
  for (const e of events) storeRaw(world, e.id, e.raw);
  world.interleave = () => (random() < 0.5 ? 0 : 1 + Math.floor(random() * 3));
  try {
    const chains = events.map((_, i) => {
      const fault =
        random() < 0.5
          ? { index: Math.floor(random() * 40), fault: FAULTS[Math.floor(random() * FAULTS.length)] as Fault }
          : null;
      return newChain(`${label}-${i}`, fault);
    });
    const deliveries = await Promise.all(
      events.map((e, i) => deliver(world, "inbound", inboundEvent(e.id), chains[i] ?? newChain(`${label}-${i}`))),
    );
    const unfaulted = deliveries.filter((_, i) => !chains[i]?.injected);
    tally.unfaulted += unfaulted.length;
    tally.firstAttemptFailures += unfaulted.filter((d) => d.attempts > 1).length;
    const verdict = judge(reference, await readOutcome(world));
    const dlq = deliveries.filter((d) => !d.ok).length;
    if (dlq > 0) verdict.notes.push(`${dlq} event(s) ended in the failed-events queue`);
    add(tally, verdict, label);
  } finally {
    world.interleave = null;
  }
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const world = new World();
  const restore = configureAws(world);
  try {
    const matrix = await runMatrix(world, options);
    const random = seededRandom(options.seed);

    const offers = COMPANIES.slice(0, options.offers).map((c, i) => ({ id: `ses-offer-${i}`, raw: offerFrom(c) }));
    const offersReference = await sequentialReference(world, offers);
    const concurrency: ConcurrencyTally = { ...emptyTally(), firstAttemptFailures: 0, unfaulted: 0 };
    for (let r = 0; r < options.repeats; r++) {
      await runConcurrent(world, offers, offersReference, random, concurrency, `offers #${r}`);
    }
    options.print(
      `concurrency: ${options.repeats} x ${options.offers} offers at once: ${concurrency.converged}/${concurrency.runs} converged, ` +
        `${concurrency.lost} lost, ${concurrency.duplicates} duplicates, ${concurrency.drift} book drift; ` +
        `first attempts failed without a fault: ${concurrency.firstAttemptFailures}/${concurrency.unfaulted}`,
    );

    const northwind = offerFrom("Northwind Analytics");
    const copyEvents = Array.from({ length: options.copies }, (_, i) => ({ id: `ses-copy-${i}`, raw: northwind }));
    const copiesReference = await sequentialReference(world, copyEvents);
    const copies: ConcurrencyTally = { ...emptyTally(), firstAttemptFailures: 0, unfaulted: 0 };
    for (let r = 0; r < options.copyRepeats; r++) {
      await runConcurrent(world, copyEvents, copiesReference, random, copies, `copies #${r}`);
    }
    options.print(
      `copies: ${options.copyRepeats} x ${options.copies} copies of one forward at once: ${copies.converged}/${copies.runs} converged, ` +
        `${copies.lost} lost, ${copies.duplicates} duplicates, ${copies.drift} book drift; ` +
        `first attempts failed without a fault: ${copies.firstAttemptFailures}/${copies.unfaulted}`,
    );

    const total = emptyTally();
    for (const t of [...Object.values(matrix), concurrency, copies]) {
      total.runs += t.runs;
      total.converged += t.converged;
      total.lost += t.lost;
      total.duplicates += t.duplicates;
      total.sameIdDuplicates += t.sameIdDuplicates;
      total.drift += t.drift;
      total.failures.push(...t.failures);
      total.duplicateRuns.push(...t.duplicateRuns);
    }
    const summary = `chaos: ${total.converged}/${total.runs} converged, ${total.lost} lost, ${total.duplicates} duplicates, ${total.drift} book drift`;
    return { ...total, matrix, concurrency, copies, summary };
  } finally {
    restore();
  }
}
