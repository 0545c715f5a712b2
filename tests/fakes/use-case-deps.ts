// Deps for use-case tests: the production in-memory adapters plus a recording mailer and a
// settable clock. Test-only; production code never imports from tests/.
import { silentLogger } from "../../functions/adapters/logger";
import { MemoryRawMailStore } from "../../functions/adapters/memory-raw-mail";
import { MemoryStateStore } from "../../functions/adapters/memory-state";
import { VirtualNudgeScheduler } from "../../functions/adapters/virtual-scheduler";
import type { Deps } from "../../functions/app/deps";
import type { OutgoingEmail } from "../../functions/app/ports";
import type { OwnerSettings } from "../../functions/domain/owner";
import { ownerSettings } from "./owner";

export const testOwner: OwnerSettings = ownerSettings({ email: "you@example.com" });

export interface TestDeps extends Deps {
  sent: OutgoingEmail[];
  scheduler: VirtualNudgeScheduler;
  setNow(iso: string): void;
}

export function testDeps(now: string, owner: OwnerSettings = testOwner): TestDeps {
  let current = new Date(now);
  const sent: OutgoingEmail[] = [];
  return {
    owner,
    inboxAddress: "jobs@inbox.localhost",
    senderAddress: "jobnudge@inbox.localhost",
    rawMail: new MemoryRawMailStore(),
    state: new MemoryStateStore(),
    scheduler: new VirtualNudgeScheduler(),
    mailer: {
      async send(email) {
        sent.push(email);
        return `m${sent.length}`;
      },
    },
    clock: { now: () => current },
    links: {
      sign: (action, employerId) => `https://actions.test/a/${action}.${employerId ?? "none"}`,
      // Only the HMAC signer makes tokens that verify; tests of clicks plug it in.
      verify: () => ({ ok: false, reason: "bad_signature" }),
    },
    log: silentLogger,
    sent,
    setNow(iso: string) {
      current = new Date(iso);
    },
  };
}
