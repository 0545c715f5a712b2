// Local inbound processing with the durability Lambda's async invocation gives on AWS: every
// message accepted over SMTP is journalled first (inbound-journal.ts), then processed one at a time
// in arrival order. A failure (DynamoDB Local or the SES emulator down) is retried with a growing
// delay, 5 s up to 5 min apart, for an hour; then the owner is told by email. At start-up, every
// journalled message not yet processed is processed, so a crash or a kill loses nothing.

import { LOCAL_RETRY, type RetryPolicy, retryDelayMs } from "../../adapters/local-scheduler";
import type { Deps } from "../../app/deps";
import { type InboundOutcome, processInbound } from "../../app/inbound";
import type { Logger } from "../../app/ports";
import { tellOwnerOfFailure } from "../../app/tell-owner";
import type { InboundJournal, JournalEntry } from "./inbound-journal";

export class LocalInboundQueue {
  private readonly pending = new Map<string, JournalEntry>();
  private readonly firstAttempts = new Map<
    string,
    { resolve(outcome: InboundOutcome): void; reject(err: unknown): void }
  >();
  private draining: Promise<void> = Promise.resolve();
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: Deps,
    private readonly journal: InboundJournal,
    private readonly log: Logger,
    private readonly policy: RetryPolicy = LOCAL_RETRY,
  ) {}

  /**
   * A message SMTP accepted: journalled (the raw message is already stored), then processed.
   * Resolves once journalled, with the outcome of its first attempt to come (which rejects when
   * that attempt failed: the message is then retried).
   */
  async accept(rawKey: string, envelopeFrom: string | null): Promise<{ firstAttempt: Promise<InboundOutcome> }> {
    const entry = await this.journal.add(rawKey, envelopeFrom, this.deps.clock.now().toISOString());
    const firstAttempt = new Promise<InboundOutcome>((resolve, reject) => {
      this.firstAttempts.set(rawKey, { resolve, reject });
    });
    // Nobody has to wait for it (a test, the CLI's receipt may): never an unhandled rejection.
    firstAttempt.catch(() => {});
    this.pending.set(rawKey, entry);
    this.kick();
    return { firstAttempt };
  }

  /** Start-up: everything the journal still has pending is due now. */
  async recover(): Promise<number> {
    await this.reload(true);
    if (this.pending.size > 0) this.log.info("processing messages left over from before", { count: this.pending.size });
    this.kick();
    return this.pending.size;
  }

  /** Every `intervalMs`: retries that fell due, and messages `jobnudge redrive --local` marked. */
  start(intervalMs = 1000): void {
    this.timer = setInterval(() => {
      void this.journal
        .takeRedriveRequest()
        .then(async (requested) => {
          if (requested) await this.reload(true);
          if (this.dueNow().length > 0) this.kick();
        })
        .catch((err: unknown) => this.log.error("inbound queue tick failed", { error: String(err) }));
    }, intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.draining;
  }

  /** Processes what is due now (retries whose time came); resolves when done. */
  async processDue(): Promise<void> {
    this.kick();
    await this.idle();
  }

  /** Resolves once nothing is being processed and nothing is due now (retries later do not count). */
  async idle(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.draining;
      await seen;
    } while (seen !== this.draining || this.again);
  }

  /** Messages still waiting (for a retry, or for a database that is down). */
  waiting(): JournalEntry[] {
    return [...this.pending.values()];
  }

  private async reload(dueNow: boolean): Promise<void> {
    for (const entry of await this.journal.list()) {
      if (entry.state !== "pending") continue;
      this.pending.set(entry.rawKey, dueNow ? { ...entry, retryAt: null } : entry);
    }
  }

  private dueNow(): JournalEntry[] {
    const now = this.deps.clock.now().getTime();
    return [...this.pending.values()]
      .filter((e) => e.retryAt === null || Date.parse(e.retryAt) <= now)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.rawKey.localeCompare(b.rawKey));
  }

  private kick(): void {
    this.again = true;
    this.draining = this.draining.then(async () => {
      while (this.again) {
        this.again = false;
        for (const entry of this.dueNow()) await this.process(entry);
      }
    });
  }

  private async process(entry: JournalEntry): Promise<void> {
    const { rawKey } = entry;
    // The message key makes a restarted run the owner of its own earlier claims (ack, replies).
    const deps = { ...this.deps, invocationId: `local-raw-${rawKey}` };
    try {
      const outcome = await processInbound(deps, { rawKey, envelopeFrom: entry.envelopeFrom, verdicts: null });
      this.pending.delete(rawKey);
      await this.journal.write({ ...entry, state: "done", retryAt: null, outcome, error: null });
      this.log.info("inbound processed", { rawKey, outcome });
      this.firstAttempts.get(rawKey)?.resolve(outcome);
    } catch (err) {
      this.firstAttempts.get(rawKey)?.reject(err);
      await this.failed(entry, err);
    } finally {
      this.firstAttempts.delete(rawKey);
    }
  }

  private async failed(entry: JournalEntry, err: unknown): Promise<void> {
    const now = this.deps.clock.now();
    const attempts = entry.attempts + 1;
    const firstFailedAt = entry.firstFailedAt ?? now.toISOString();
    const retryAt = now.getTime() + retryDelayMs(this.policy, attempts);
    const error = err instanceof Error ? err.message : String(err);
    if (retryAt - Date.parse(firstFailedAt) <= this.policy.budgetMs) {
      const next = { ...entry, attempts, firstFailedAt, retryAt: new Date(retryAt).toISOString(), error };
      this.pending.set(entry.rawKey, next);
      await this.journal.write(next).catch(() => {});
      this.log.error("inbound failed; raw message kept, will retry", { rawKey: entry.rawKey, attempts, error });
      return;
    }
    this.pending.delete(entry.rawKey);
    this.log.error("inbound failed; giving up and telling the owner", { rawKey: entry.rawKey, attempts, error });
    await tellOwnerOfFailure(this.deps, `inbound.${entry.rawKey}`, {
      what: "process a message you forwarded",
      reason: error,
      since: entry.receivedAt,
      reference: entry.rawKey,
      retry: "jobnudge redrive --local",
    }).catch((tellErr: unknown) =>
      this.log.error("could not tell the owner either", { rawKey: entry.rawKey, error: String(tellErr) }),
    );
    await this.journal.write({ ...entry, state: "failed", attempts, firstFailedAt, retryAt: null, error });
  }
}
