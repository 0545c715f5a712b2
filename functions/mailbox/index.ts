// The reading half of `jobnudge import PATH`: past mail from an mbox file (Gmail Takeout,
// Thunderbird, Apple Mail export), a Maildir or a folder of .eml files, streamed in bounded memory.
//
// A whole import, as the CLI is meant to wire it:
//
//   const stop = abortOnInterrupt({ onFirst: () => log("stopping after the current message") });
//   let reading: ProgressReporter | undefined;
//   const index = await indexMailbox(path, {
//     prefilter: prefilterVerdict,          // headers only: newsletters, receipts, alerts never parsed
//     signal: stop.signal,                  // Ctrl-C here: index.interrupted, nothing applied yet
//     onProgress: (p) => {
//       reading ??= createProgress({ label: "reading", total: p.totalBytes, unit: p.totalBytes === null ? "messages" : "bytes" });
//       reading.update(p.bytesRead ?? p.messages, { messages: p.messages, kept: p.kept });
//     },
//   });
//   reading?.stop();
//   // index.messages: all read; index.skipped: per prefilter rule; index.problems: [{ position, reason }],
//   // which DESIGN.md's dry run prints as errors [{ at: describePosition(position), reason }].
//   const todo = entriesAfter(index.entries, savedResumeKey);   // null on a first run
//   const outcome = await replay(readInOrder(todo), async (item) => {
//     if (isMailboxProblem(item)) return void problems.push(item);
//     await applyInbound(item.raw);          // the caller's part: the inbound use case
//   }, { signal: stop.signal, progress: createProgress({ label: "importing", total: todo.length }) });
//   stop.dispose();
//   // outcome.interrupted: keep positionKey(outcome.last.position) as the resume key.
//
// Or, in file order without an index: `for await (const item of readMailbox(path))`.
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
  entriesAfter,
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
