// The two passes of `jobnudge import`: index the mailbox from headers (the prefilter drops what is
// clearly not job mail, nothing is parsed), then replay the kept messages oldest first through the
// import use case, with progress on stderr and Ctrl-C finishing the message in hand. Wiring only:
// which store and mailer the messages reach is the caller's (import-targets.ts).

import type { Deps } from "../../app/deps";
import { finishImport, type ImportReport, ImportTallier, importMessage } from "../../app/import";
import { ownerAddresses } from "../../domain/owner";
import {
  abortOnInterrupt,
  createProgress,
  describePosition,
  type InterruptSource,
  indexMailbox,
  isMailboxProblem,
  type MailboxFormat,
  type PrefilterRule,
  type ProgressReporter,
  prefilterVerdict,
  readInOrder,
  replay,
} from "../../mailbox";

export interface ImportError {
  /** "Takeout.mbox: message 12 at byte 34567" or a file's path. */
  at: string;
  reason: string;
}

export interface ImportRunOptions {
  dryRun: boolean;
  /** Progress and notices (a terminal gets a bar, anything else plain lines). */
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Ctrl-C by default; tests pass a fake. */
  interrupts?: InterruptSource;
}

export interface ImportOutcome {
  format: MailboxFormat | null;
  /** Messages read (the header pass). */
  messages: number;
  /** Kept by the header prefilter. */
  kept: number;
  /** Dropped by the prefilter, per rule. */
  skipped: Partial<Record<PrefilterRule, number>>;
  /** Replayed through the inbound use case in this run (already imported ones included). */
  replayed: number;
  /** Of the replayed ones, new in this run. */
  applied: number;
  jobMessages: number;
  errors: ImportError[];
  /** Stopped by Ctrl-C: nothing planned or sent; a rerun continues. */
  interrupted: boolean;
  /** After the last message (null when interrupted). */
  report: ImportReport | null;
  /**
   * Kept messages forwarded ("Fwd:" subjects) from addresses that are not the owner's, most first:
   * they are read as mail those people sent, so the forwarder can become the "employer". An owner
   * who forwards from a second address of their own should list it in owner.aliases.
   */
  forwardsFromOthers: { address: string; messages: number }[];
}

/** Who forwarded kept messages without being the owner: address and count, most first. */
export function forwardsFromOthers(
  entries: readonly { forwardedBy: string | null }[],
  owner: readonly string[],
): { address: string; messages: number }[] {
  const mine = new Set(owner.map((a) => a.toLowerCase()));
  const counts = new Map<string, number>();
  for (const { forwardedBy } of entries)
    if (forwardedBy && !mine.has(forwardedBy)) counts.set(forwardedBy, (counts.get(forwardedBy) ?? 0) + 1);
  return [...counts]
    .map(([address, messages]) => ({ address, messages }))
    .sort((a, b) => b.messages - a.messages || a.address.localeCompare(b.address));
}

export async function runImport(path: string, deps: Deps, options: ImportRunOptions): Promise<ImportOutcome> {
  const stderr = options.stderr ?? process.stderr;
  const stop = abortOnInterrupt({
    ...(options.interrupts ? { source: options.interrupts } : {}),
    onFirst: () => stderr.write("\njobnudge import: stopping after the current message (Ctrl-C again quits at once)\n"),
  });
  try {
    let reading: ProgressReporter | null = null;
    const index = await indexMailbox(path, {
      prefilter: prefilterVerdict,
      signal: stop.signal,
      onProgress: (p) => {
        reading ??= createProgress({
          label: "reading headers",
          total: p.totalBytes,
          unit: p.totalBytes === null ? "messages" : "bytes",
          stream: stderr,
        });
        reading.update(p.bytesRead ?? p.messages, { messages: p.messages, kept: p.kept, problems: p.problems });
      },
    });
    (reading as ProgressReporter | null)?.stop();
    const errors: ImportError[] = index.problems.map((p) => ({ at: describePosition(p.position), reason: p.reason }));
    const outcome: ImportOutcome = {
      format: index.format,
      messages: index.messages,
      kept: index.entries.length,
      skipped: index.skipped,
      replayed: 0,
      applied: 0,
      jobMessages: 0,
      errors,
      interrupted: index.interrupted,
      report: null,
      forwardsFromOthers: forwardsFromOthers(index.entries, ownerAddresses(deps.owner)),
    };
    if (index.interrupted) return outcome;

    const tally = new ImportTallier();
    let mailboxProblems = errors.length;
    const replayed = await replay(
      readInOrder(index.entries),
      async (item) => {
        if (isMailboxProblem(item)) {
          errors.push({ at: describePosition(item.position), reason: item.reason });
          mailboxProblems += 1;
          return;
        }
        const result = await importMessage(deps, item.raw);
        tally.add(result);
        if (result.outcome === "error") {
          errors.push({ at: describePosition(item.position), reason: result.extraction.error ?? "unreadable message" });
        }
      },
      {
        signal: stop.signal,
        progress: createProgress({
          label: options.dryRun ? "reading job mail" : "importing",
          total: index.entries.length,
          stream: stderr,
        }),
        counts: () => ({ "job mail": tally.jobMessages, new: tally.applied, errors: errors.length }),
      },
    );
    outcome.replayed = replayed.done;
    outcome.applied = tally.applied;
    outcome.jobMessages = tally.jobMessages;
    outcome.interrupted = replayed.interrupted;
    if (replayed.interrupted) return outcome;
    outcome.report = await finishImport(deps, tally, {
      messages: index.messages,
      problems: mailboxProblems,
      dryRun: options.dryRun,
    });
    return outcome;
  } finally {
    stop.dispose();
  }
}
