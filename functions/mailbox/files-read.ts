// Mailboxes of one message per file: a Maildir (cur/ and new/, Maildir++ sub-folders; tmp/ holds
// deliveries still being written and is ignored) and a folder of .eml files (recursive). Both are
// walked lazily, one directory at a time, in a fixed order, so a rerun sees the same sequence.
import type { Dirent } from "node:fs";
import { type FileHandle, open, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { headerProblem, MAX_HEADER_BYTES, MAX_RAW_BYTES, rawSizeProblem } from "../mail/limits";
import { headerSectionEnd } from "./headers";
import { type MailboxItem, type MailboxPosition, type MailboxProblem, tooLargeReason } from "./types";

type FilePosition = Extract<MailboxPosition, { kind: "file" }>;

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort(byName);
  } catch {
    return [];
  }
}

export async function isMaildir(dir: string): Promise<boolean> {
  for (const sub of ["cur", "new"]) {
    const info = await stat(join(dir, sub)).catch(() => null);
    if (info?.isDirectory()) return true;
  }
  return false;
}

/** cur/ then new/, each sorted (Maildir names start with the delivery time), then `.Folder` sub-Maildirs. */
export async function* maildirFiles(dir: string): AsyncGenerator<string> {
  for (const sub of ["cur", "new"]) {
    for (const entry of await entries(join(dir, sub))) if (entry.isFile()) yield join(dir, sub, entry.name);
  }
  const all = await readdir(dir, { withFileTypes: true }).catch(() => [] as Dirent[]);
  for (const entry of all.sort(byName)) {
    const sub = join(dir, entry.name);
    if (entry.isDirectory() && entry.name.startsWith(".") && (await isMaildir(sub))) {
      yield* maildirFiles(sub);
    }
  }
}

/** Every *.eml below `dir`, depth first, names sorted; hidden entries and symbolic links are skipped. */
export async function* emlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await entries(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* emlFiles(path);
    else if (entry.isFile() && /\.eml$/i.test(entry.name)) yield path;
  }
}

/** The message files of a one-message-per-file mailbox, in reading order. */
export function messageFilesOf(format: "maildir" | "eml-folder", path: string): AsyncGenerator<string> {
  return format === "maildir" ? maildirFiles(path) : emlFiles(path);
}

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "the file disappeared while reading" : `could not read the file (${code ?? "error"})`;
}

/** One message file, checked against the inbound limits before it is read whole. */
export async function readMessageFile(path: string, index: number): Promise<MailboxItem> {
  const position: FilePosition = { kind: "file", path, index };
  try {
    const { size } = await stat(path);
    if (size > MAX_RAW_BYTES) return { position, reason: tooLargeReason(size, MAX_RAW_BYTES) };
    const raw = new Uint8Array(await readFile(path));
    const problem = rawSizeProblem(raw) ?? headerProblem(raw);
    return problem ? { position, reason: problem } : { position, raw };
  } catch (error) {
    return { position, reason: unreadable(error) };
  }
}

const HEAD_READ = 64 * 1024;

/** Only the header section of a message file (at most MAX_HEADER_BYTES): the body is never read. */
export async function readFileHeaders(path: string, index: number): Promise<{ headers: Uint8Array } | MailboxProblem> {
  const position: FilePosition = { kind: "file", path, index };
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, "r");
    const { size } = await handle.stat();
    if (size === 0) return { position, reason: "empty message" };
    if (size > MAX_RAW_BYTES) return { position, reason: tooLargeReason(size, MAX_RAW_BYTES) };
    let want = Math.min(size, HEAD_READ);
    for (;;) {
      const head = new Uint8Array(want);
      const { bytesRead } = await handle.read(head, 0, want, 0);
      const bytes = head.subarray(0, bytesRead);
      const problem = headerProblem(bytes);
      if (problem) return { position, reason: problem };
      const end = headerSectionEnd(bytes);
      if (end !== -1) return { headers: bytes.subarray(0, end) };
      if (bytesRead < want || want >= Math.min(size, MAX_HEADER_BYTES)) return { headers: bytes };
      want = Math.min(size, MAX_HEADER_BYTES, want * 4);
    }
  } catch (error) {
    return { position, reason: unreadable(error) };
  } finally {
    await handle?.close();
  }
}
