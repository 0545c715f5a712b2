// RawMailStore in memory, for `simulate` runs that keep nothing.
import type { RawMailStore } from "../app/ports";
import { RawMailNotFoundError } from "../app/ports";

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
