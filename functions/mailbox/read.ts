// readMailbox: every message of a mailbox in file order, as raw bytes or a problem with its position.
import { detectMailbox } from "./detect";
import { messageFilesOf, readMessageFile } from "./files-read";
import { mboxItem, mboxRecords } from "./mbox-read";
import type { MailboxItem } from "./types";

/**
 * Streams `path` (an mbox file, a Maildir, a folder of .eml files or one .eml file), detected from
 * its shape. Each message comes out as `{ position, raw }`; whatever cannot be read as
 * `{ position, reason }`, and reading goes on. Memory stays bounded whatever the mailbox's size: one
 * read chunk plus one message, itself at most the inbound size limit.
 * Rejects only when `path` does not exist or cannot be opened.
 */
export async function* readMailbox(path: string): AsyncGenerator<MailboxItem> {
  const source = await detectMailbox(path);
  switch (source.format) {
    case null:
      yield { position: { kind: "file", path: source.path, index: 0 }, reason: source.problem };
      return;
    case "mbox":
      for await (const record of mboxRecords(source.path, "message")) yield mboxItem(source.path, record);
      return;
    case "eml-file":
      yield await readMessageFile(source.path, 0);
      return;
    default: {
      let index = 0;
      for await (const file of messageFilesOf(source.format, source.path)) {
        yield await readMessageFile(file, index);
        index += 1;
      }
    }
  }
}
