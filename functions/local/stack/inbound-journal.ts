// The local stand-in for Lambda's async event queue: one small JSON file per inbound message
// (next to, not inside, the raw-mail folder), written before SMTP answers 250 and updated as the
// message is processed. What SES's event carries on AWS (the envelope sender) is kept here, so a
// message can be processed again after a crash or a restart exactly as it first would have been.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface JournalEntry {
  rawKey: string;
  envelopeFrom: string | null;
  receivedAt: string;
  state: "pending" | "done" | "failed";
  attempts: number;
  /** First failure (UTC ISO): the retry budget counts from here. */
  firstFailedAt: string | null;
  /** When to try again (UTC ISO); null = now. */
  retryAt: string | null;
  outcome: string | null;
  error: string | null;
}

const SAFE_KEY = /^[0-9A-Za-z._-]{1,200}$/;
const REDRIVE_FLAG = ".redrive";

export class InboundJournal {
  constructor(private readonly dir: string) {}

  async add(rawKey: string, envelopeFrom: string | null, receivedAt: string): Promise<JournalEntry> {
    const entry: JournalEntry = {
      rawKey,
      envelopeFrom,
      receivedAt,
      state: "pending",
      attempts: 0,
      firstFailedAt: null,
      retryAt: null,
      outcome: null,
      error: null,
    };
    await this.write(entry);
    return entry;
  }

  async get(rawKey: string): Promise<JournalEntry | null> {
    try {
      return JSON.parse(await readFile(this.pathFor(rawKey), "utf8")) as JournalEntry;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async write(entry: JournalEntry): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const path = this.pathFor(entry.rawKey);
    await writeFile(`${path}.tmp`, JSON.stringify(entry));
    await rename(`${path}.tmp`, path);
  }

  async list(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw err;
    }
    const entries: JournalEntry[] = [];
    for (const name of names.filter((n) => n.endsWith(".json"))) {
      const entry = await this.get(name.slice(0, -".json".length));
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.rawKey.localeCompare(b.rawKey));
  }

  /** Marks messages for processing again (`jobnudge redrive --local`); a running stack picks them up. */
  async requestRedrive(rawKeys: string[]): Promise<number> {
    let marked = 0;
    for (const rawKey of rawKeys) {
      const entry = await this.get(rawKey);
      if (!entry) continue;
      await this.write({ ...entry, state: "pending", attempts: 0, firstFailedAt: null, retryAt: null, error: null });
      marked++;
    }
    if (marked > 0) await writeFile(join(this.dir, REDRIVE_FLAG), new Date().toISOString());
    return marked;
  }

  /** True (once) when a redrive was requested since the last call. */
  async takeRedriveRequest(): Promise<boolean> {
    try {
      await rm(join(this.dir, REDRIVE_FLAG));
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw err;
    }
  }

  private pathFor(rawKey: string): string {
    if (!SAFE_KEY.test(rawKey)) throw new RangeError(`unsafe raw message key: ${rawKey}`);
    return join(this.dir, `${rawKey}.json`);
  }
}
