import { execFile } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { escapeMboxrd, GMAIL_ENVELOPE, message } from "./mbox-text";

const dir = mkdtempSync(join(tmpdir(), "jobnudge-rss-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * About 200 MB: 18,000 messages of 1-15 KB (base64-like lines, some "From " body lines) and, in the
 * middle, one 50 MB message, over the inbound limit. Written in 1 MB pieces, never held whole.
 */
function writeLargeMbox(path: string): { messages: number } {
  const fd = openSync(path, "w");
  let pending: string[] = [];
  let pendingLength = 0;
  const put = (text: string) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength > 1024 * 1024) {
      writeSync(fd, pending.join(""));
      pending = [];
      pendingLength = 0;
    }
  };
  const line = "TWFpbCBmcm9tIGFuIGltcG9ydCB0ZXN0LCBhIGxpbmUgb2YgYmFzZTY0LWxpa2UgdGV4dCB0byBmaWxsIHRoZQ==\n";
  const count = 18_000;
  for (let i = 0; i < count; i += 1) {
    if (i === count / 2) {
      put(`${GMAIL_ENVELOPE}\n${message("Huge", "")}`);
      for (let k = 0; k < 600_000; k += 1) put(line);
      put("\n");
    }
    const body = `${"From the team: hello\n".repeat(i % 3)}${line.repeat(10 + (i % 170))}`;
    put(`${GMAIL_ENVELOPE}\n${escapeMboxrd(message(`Message ${i}`, body, { id: `m${i}` }))}\n`);
  }
  writeSync(fd, pending.join(""));
  closeSync(fd);
  return { messages: count };
}

describe("reading a large mbox", () => {
  it("stays in bounded memory: RSS grows far less than the file's size", async () => {
    const path = join(dir, "large.mbox");
    const { messages } = writeLargeMbox(path);
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(190 * 1024 * 1024);

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "rss-child.ts"), path],
      { maxBuffer: 1024 * 1024 },
    );
    const seen = JSON.parse(stdout);
    // The figures, for the record (`npx vitest run tests/unit/mailbox/memory.test.ts`).
    console.log(`mbox ${Math.round(size / 1024 / 1024)} MB: ${stdout.trim()}`);

    expect(seen.streamed).toMatchObject({ messages, problems: 1 });
    expect(seen.index).toMatchObject({ messages, problems: 1 });
    expect(seen.ordered).toMatchObject({ messages: seen.index.entries, problems: 0 });
    // Generous bounds, never a timing: buffering the file would add 200 MB; holding the 50 MB
    // message, 50 MB. The reader holds one chunk and at most one message under the 25 MB limit.
    expect(seen.streamed.peakMb - seen.baselineMb).toBeLessThan(150);
    expect(seen.ordered.peakMb - seen.baselineMb).toBeLessThan(150);
    expect(seen.maxRssMb).toBeLessThan(300);
  }, 300_000);
});
