// Run by interrupt.test.ts in its own process: replays a generated mbox slowly, prints "step N" on
// stdout as each message finishes, and at the end the outcome as JSON. The test sends SIGINT.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  abortOnInterrupt,
  createProgress,
  indexMailbox,
  isMailboxProblem,
  positionKey,
  readInOrder,
  replay,
} from "../../../functions/mailbox";
import { mbox, message } from "./mbox-text";

const dir = mkdtempSync(join(tmpdir(), "jobnudge-sigint-"));
const path = join(dir, "slow.mbox");
writeFileSync(path, mbox(Array.from({ length: 200 }, (_, i) => message(`Message ${i}`, "body"))));
const stop = abortOnInterrupt({ onFirst: () => process.stderr.write("stopping after the current message\n") });
const index = await indexMailbox(path, { signal: stop.signal });
const outcome = await replay(
  readInOrder(index.entries),
  async (item) => {
    if (isMailboxProblem(item)) throw new Error(item.reason);
    await sleep(25);
    process.stdout.write(`step ${item.position.index}\n`);
  },
  {
    signal: stop.signal,
    progress: createProgress({ label: "importing", total: index.entries.length, everyUpdates: 50 }),
  },
);
stop.dispose();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ done: outcome.done, interrupted: outcome.interrupted, resumeAfter: outcome.last && positionKey(outcome.last.position) })}\n`,
);
