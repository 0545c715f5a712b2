// The demo's virtual clock: `speed` times real time from `start`, stopped at `end`, and held still
// while a scripted step is delivered. At 7,200x a second of processing is two virtual hours, so a
// clock that ran on while the inbox read a forward played the next step hours late (a command due
// at 12:00 PM went in at 3:32 PM), after nudges it should have come before.
export class DemoClock {
  /** Real time the clock started, or null before; then virtual time runs. */
  private startedAt: number | null = null;
  /** Real milliseconds spent held, all holds together. */
  private held = 0;
  /** Real time the current hold began, or null when running. */
  private heldSince: number | null = null;

  constructor(
    private readonly start: number,
    private readonly end: number,
    private readonly speed: number,
    private readonly realNow: () => number = Date.now,
  ) {}

  begin(): void {
    this.startedAt = this.realNow();
  }

  now(): Date {
    if (this.startedAt === null) return new Date(this.start);
    const until = this.heldSince ?? this.realNow();
    const elapsed = until - this.startedAt - this.held;
    return new Date(Math.min(this.end, this.start + elapsed * this.speed));
  }

  /** Real milliseconds until the virtual clock reads `at` (0 when it has). */
  realMsUntil(at: number): number {
    return Math.max(0, (Math.min(at, this.end) - this.now().getTime()) / this.speed);
  }

  /** Holds the clock while `work` runs: what it does happens at one virtual instant. */
  async holding<T>(work: () => Promise<T>): Promise<T> {
    this.heldSince = this.realNow();
    try {
      return await work();
    } finally {
      this.held += this.realNow() - this.heldSince;
      this.heldSince = null;
    }
  }
}
