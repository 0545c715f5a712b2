// Progress of a long import: a bar with counts, rate and ETA on a terminal (cli-progress), plain
// lines every N updates or S seconds otherwise (a log, CI, a pipe), so neither floods its output.
import cliProgress from "cli-progress";

export interface ProgressReporter {
  /** `value` in the reporter's unit; `counts` are shown as they are ("kept 310, problems 2"). */
  update(value: number, counts?: Readonly<Record<string, number>>): void;
  /** Final line (plain) or the bar's last state (terminal); the bar's timer is cleared. */
  stop(): void;
}

export interface ProgressOptions {
  /** What is being done: "reading", "importing". */
  label: string;
  /** The value at completion; null when unknown (no percentage, no ETA). */
  total: number | null;
  unit?: "messages" | "bytes";
  /** Where to write; the terminal's if it is a TTY. Default: standard error. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Plain lines: one every this many updates ... */
  everyUpdates?: number;
  /** ... or this many ms, whichever comes first. */
  everyMs?: number;
  /** The clock (plain lines); injected in tests. */
  now?: () => number;
}

const count = new Intl.NumberFormat("en-US");

function amount(value: number, unit: "messages" | "bytes"): string {
  if (unit === "messages") return count.format(Math.round(value));
  if (value >= 1024 ** 3) return `${(value / 1024 ** 3).toFixed(1)} GB`;
  if (value >= 1024 ** 2) return `${(value / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.round(value / 1024)} KB`;
}

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

function countsText(counts: Readonly<Record<string, number>> | undefined): string {
  return Object.entries(counts ?? {})
    .map(([name, n]) => `${name} ${count.format(n)}`)
    .join(", ");
}

/** Rate and ETA from the average since the start: steady enough for lines minutes apart. */
export function describeProgress(
  options: Pick<ProgressOptions, "label" | "total" | "unit">,
  value: number,
  elapsedMs: number,
  counts?: Readonly<Record<string, number>>,
): string {
  const unit = options.unit ?? "messages";
  const rate = elapsedMs > 0 ? (value * 1000) / elapsedMs : 0;
  const parts: string[] = [];
  if (options.total !== null && options.total > 0) {
    const pct = Math.min(100, Math.floor((value / options.total) * 100));
    parts.push(`${pct}% (${amount(value, unit)} of ${amount(options.total, unit)})`);
  } else {
    parts.push(amount(value, unit) + (unit === "messages" ? " messages" : ""));
  }
  const extra = countsText(counts);
  if (extra) parts.push(extra);
  parts.push(`${amount(rate, unit)}${unit === "messages" ? " messages" : ""}/s`);
  if (options.total !== null && rate > 0 && value < options.total) {
    parts.push(`ETA ${duration(((options.total - value) / rate) * 1000)}`);
  }
  return `${options.label}: ${parts.join(", ")}`;
}

class PlainProgress implements ProgressReporter {
  private readonly started: number;
  private lastLine: number;
  private sinceLine = 0;
  private value = 0;
  private counts: Readonly<Record<string, number>> | undefined;

  constructor(
    private readonly options: ProgressOptions,
    private readonly stream: NodeJS.WritableStream,
    private readonly now: () => number,
  ) {
    this.started = now();
    this.lastLine = this.started;
  }

  update(value: number, counts?: Readonly<Record<string, number>>): void {
    this.value = value;
    this.counts = counts;
    this.sinceLine += 1;
    const at = this.now();
    if (this.sinceLine >= (this.options.everyUpdates ?? 1000) || at - this.lastLine >= (this.options.everyMs ?? 5000)) {
      this.write(at);
    }
  }

  stop(): void {
    const at = this.now();
    this.stream.write(
      `${describeProgress({ ...this.options, total: null }, this.value, at - this.started, this.counts)}, done in ${duration(at - this.started)}\n`,
    );
  }

  private write(at: number): void {
    this.stream.write(`${describeProgress(this.options, this.value, at - this.started, this.counts)}\n`);
    this.lastLine = at;
    this.sinceLine = 0;
  }
}

class BarProgress implements ProgressReporter {
  private readonly bar: cliProgress.SingleBar;
  private readonly started = Date.now();

  constructor(
    private readonly options: ProgressOptions,
    stream: NodeJS.WritableStream,
  ) {
    const known = options.total !== null && options.total > 0;
    this.bar = new cliProgress.SingleBar({
      stream,
      format: known
        ? `${options.label} [{bar}] {percentage}% | {amount} | {counts} | {rate} | ETA {eta_formatted}`
        : `${options.label} {amount} | {counts} | {rate}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    });
    this.bar.start(known ? (options.total as number) : 1, 0, this.payload(0));
  }

  update(value: number, counts?: Readonly<Record<string, number>>): void {
    this.bar.update(value, this.payload(value, counts));
  }

  stop(): void {
    this.bar.stop();
  }

  private payload(value: number, counts?: Readonly<Record<string, number>>) {
    const unit = this.options.unit ?? "messages";
    const noun = unit === "messages" ? " messages" : "";
    const seconds = (Date.now() - this.started) / 1000;
    const total = this.options.total;
    return {
      amount:
        total !== null && total > 0 ? `${amount(value, unit)} / ${amount(total, unit)}` : amount(value, unit) + noun,
      counts: countsText(counts) || "-",
      rate: `${amount(seconds > 0 ? value / seconds : 0, unit)}${noun}/s`,
    };
  }
}

/** A bar when `stream` is a terminal, plain lines otherwise. */
export function createProgress(options: ProgressOptions): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  if (stream.isTTY === true) return new BarProgress(options, stream);
  return new PlainProgress(options, stream, options.now ?? Date.now);
}
