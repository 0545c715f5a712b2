// The reading half of `jobnudge import PATH`: past mail from an mbox file (Gmail Takeout,
// Thunderbird, Apple Mail export), a Maildir or a folder of .eml files, streamed in bounded memory.
//
// A whole import, as the CLI is meant to wire it:
//
//   const stop = abortOnInterrupt({ onFirst: () => log("stopping after the current message") });
//   const index = await indexMailbox(path, { prefilter: prefilterVerdict, signal: stop.signal,
//     onProgress: (p) => reading.update(p.bytesRead ?? p.messages, { messages: p.messages, kept: p.kept }) });
//   // index.messages: all read; index.skipped: dropped by the prefilter, per rule;
//   // index.problems: [{ position, reason }] -> DESIGN.md's errors [{ at: describePosition(position), reason }]
//   const outcome = await replay(readInOrder(index.entries), async (item) => {
//     if (isMailboxProblem(item)) return void problems.push(item);
//     await inboundUseCase(item.raw);            // the caller's part: parse, extract, state
//   }, { signal: stop.signal, progress: createProgress({ label: "importing", total: index.entries.length }) });
//   stop.dispose();
//   // outcome.interrupted, outcome.last?.position: where to resume (positionKey) on a rerun
//
// Or, without date order, `for await (const item of readMailbox(path))` reads every message in file order.
// Nothing here parses a body, writes anything or knows about employers.

export { type DetectedMailbox, detectMailbox, type MailboxFormat } from "./detect";
export { type MailHeaders, readHeaders } from "./headers";
export {
  abortOnInterrupt,
  type InterruptOptions,
  type InterruptSource,
  type ReplayOptions,
  type ReplayOutcome,
  replay,
  sigint,
} from "./interrupt";
export {
  type IndexEntry,
  type IndexOptions,
  type IndexProgress,
  indexMailbox,
  type MailboxIndex,
  readAt,
  readInOrder,
} from "./mailbox-index";
export { looksLikeJobMail, type PrefilterRule, type PrefilterVerdict, prefilterVerdict } from "./prefilter";
export { createProgress, type ProgressOptions, type ProgressReporter } from "./progress";
export { readMailbox } from "./read";
export {
  describePosition,
  isMailboxProblem,
  type MailboxItem,
  type MailboxMessage,
  type MailboxPosition,
  type MailboxProblem,
  positionKey,
} from "./types";
