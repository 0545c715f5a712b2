// Composition root of `jobnudge simulate` (one of several, with aws/ and local.ts): the same use
// cases wired to in-memory stand-ins and a virtual scheduler, on the clock and with the mailer the
// simulation drives. Nothing is kept.
import { makeLinkSigner } from "../adapters/hmac-links";
import { MemoryRawMailStore } from "../adapters/memory-raw-mail";
import { MemoryStateStore } from "../adapters/memory-state";
import { VirtualNudgeScheduler } from "../adapters/virtual-scheduler";
import type { Deps } from "../app/deps";
import type { Clock, Logger, Mailer } from "../app/ports";
import { LINK_TTL_DAYS } from "../domain/link-actions";
import type { OwnerSettings } from "../domain/owner";

/** The inbox address of a simulation: scenario mail and commands are addressed to it. */
export const SIMULATED_INBOX = "jobs@inbox.simulate.invalid";

export interface SimulationDeps extends Deps {
  scheduler: VirtualNudgeScheduler;
}

export function buildSimulationDeps(owner: OwnerSettings, clock: Clock, mailer: Mailer, log: Logger): SimulationDeps {
  return {
    owner,
    inboxAddress: SIMULATED_INBOX,
    senderAddress: "jobnudge@inbox.simulate.invalid",
    rawMail: new MemoryRawMailStore(),
    state: new MemoryStateStore(),
    scheduler: new VirtualNudgeScheduler(),
    mailer,
    clock,
    links: makeLinkSigner(
      "https://actions.simulate.invalid",
      { kid: "sim", secret: "simulate-only-this-is-not-a-secret" },
      () => clock.now(),
      LINK_TTL_DAYS,
    ),
    log,
    // One process plays every event in order: one owner for every claim.
    invocationId: "simulate",
  };
}
