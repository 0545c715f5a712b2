// Run by memory.test.ts in its own process: reads the mbox named in argv[2] twice (streaming, then
// index + date-ordered re-read) and prints the RSS it saw, sampled after every message, as JSON.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  indexMailbox,
  isMailboxProblem,
  type MailboxItem,
  prefilterVerdict,
  readInOrder,
  readMailbox,
} from "../../../functions/mailbox";
import { mbox, message } from "./mbox-text";

const path = process.argv[2] ?? "";
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function drain(items: AsyncIterable<MailboxItem>) {
  let peak = process.memoryUsage().rss;
  let messages = 0;
  let problems = 0;
  let bytes = 0;
  for await (const item of items) {
    if (isMailboxProblem(item)) problems += 1;
    else {
      messages += 1;
      bytes += item.raw.byteLength;
    }
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { messages, problems, bytes, peak };
}

// Warm up (parser, prefilter, readers) on a small mbox so the baseline includes them.
const warm = join(dirname(path), "warm-up.mbox");
writeFileSync(warm, mbox(Array.from({ length: 50 }, (_, i) => message(`Interview ${i}`, "body"))));
await drain(readInOrder((await indexMailbox(warm, { prefilter: prefilterVerdict })).entries));
await drain(readMailbox(warm));
const baseline = process.memoryUsage().rss;
const streamed = await drain(readMailbox(path));
const index = await indexMailbox(path, { prefilter: prefilterVerdict });
const afterIndex = process.memoryUsage().rss;
const ordered = await drain(readInOrder(index.entries));
process.stdout.write(
  `${JSON.stringify({
    baselineMb: mb(baseline),
    streamed: { ...streamed, peakMb: mb(streamed.peak) },
    index: {
      entries: index.entries.length,
      messages: index.messages,
      problems: index.problems.length,
      afterMb: mb(afterIndex),
    },
    ordered: { ...ordered, peakMb: mb(ordered.peak) },
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
