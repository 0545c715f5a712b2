// Which kind of mailbox a path is, from its shape and its first bytes.
import { open, stat } from "node:fs/promises";
import { join } from "node:path";
import { headerProblem } from "../mail/limits";
import { isEnvelopeLine } from "./envelope";
import { isMaildir } from "./files-read";

export type MailboxFormat = "mbox" | "maildir" | "eml-folder" | "eml-file";

export type DetectedMailbox =
  /** `path` is what to read: for an Apple Mail export (`Inbox.mbox/`), the `mbox` file inside it. */
  { format: MailboxFormat; path: string } | { format: null; path: string; problem: string };

const SNIFF_BYTES = 4096;

async function sniffFile(path: string): Promise<DetectedMailbox> {
  const handle = await open(path, "r");
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    if (bytesRead === 0) return { format: null, path, problem: "empty file" };
    const text = new TextDecoder("latin1").decode(head.subarray(0, bytesRead)).replace(/^\u00ef\u00bb\u00bf/, "");
    const first = text.split("\n").find((line) => line.trim() !== "") ?? "";
    if (first.startsWith("From ")) {
      if (isEnvelopeLine(first.replace(/\r$/, ""))) return { format: "mbox", path };
      return { format: null, path, problem: `not an mbox: unrecognised separator line "${first.slice(0, 80).trim()}"` };
    }
    if (headerProblem(head.subarray(0, bytesRead)) === null) return { format: "eml-file", path };
    return { format: null, path, problem: "not a mailbox: neither an mbox (From separator lines) nor an email" };
  } finally {
    await handle.close();
  }
}

/**
 * An mbox file (its first line a `From ` separator), a single message file, a Maildir (has cur/ or
 * new/), an Apple Mail export folder (holds a file named `mbox`), else a folder of .eml files.
 * A path that does not exist rejects (the caller's usage error); a file that is no mailbox is a
 * `problem`, reported like any other.
 */
export async function detectMailbox(path: string): Promise<DetectedMailbox> {
  const info = await stat(path);
  if (info.isFile()) return sniffFile(path);
  if (!info.isDirectory()) return { format: null, path, problem: "not a file or a folder" };
  if (await isMaildir(path)) return { format: "maildir", path };
  const inner = join(path, "mbox");
  if ((await stat(inner).catch(() => null))?.isFile()) return sniffFile(inner);
  return { format: "eml-folder", path };
}
