// RawMailStore in memory, for `simulate` runs that keep nothing.
import type { RawMailStore } from "./ports";
import { RawMailNotFoundError } from "./raw-mail-errors";

export class MemoryRawMailStore implements RawMailStore {
  private readonly messages = new Map<string, Uint8Array>();

  async put(key: string, raw: Uint8Array): Promise<void> {
    this.messages.set(key, raw);
  }

  async get(key: string): Promise<Uint8Array> {
    const raw = this.messages.get(key);
    if (!raw) throw new RawMailNotFoundError(key);
    return raw;
  }
}
