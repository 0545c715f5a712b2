// The chunks of a stream still needed by the message being read, addressed by file offset. The
// reader releases chunks as soon as no message can need them, which is what bounds memory.

interface Chunk {
  start: number;
  bytes: Uint8Array;
}

export class ByteWindow {
  private chunks: Chunk[] = [];

  push(start: number, bytes: Uint8Array): void {
    if (bytes.byteLength > 0) this.chunks.push({ start, bytes });
  }

  /** Forget every chunk that ends at or before `offset`. */
  release(offset: number): void {
    let drop = 0;
    while (drop < this.chunks.length) {
      const chunk = this.chunks[drop] as Chunk;
      if (chunk.start + chunk.bytes.byteLength > offset) break;
      drop += 1;
    }
    if (drop > 0) this.chunks.splice(0, drop);
  }

  /** Retained bytes, for tests and the memory bound. */
  get retained(): number {
    return this.chunks.reduce((sum, chunk) => sum + chunk.bytes.byteLength, 0);
  }

  /**
   * A copy of [from, to) without the bytes at the offsets in `skip` (ascending): the `>` that
   * mboxrd adds in front of a body line starting with "From ".
   */
  slice(from: number, to: number, skip: readonly number[] = []): Uint8Array {
    const dropped = skip.filter((offset) => offset >= from && offset < to);
    const out = new Uint8Array(Math.max(0, to - from - dropped.length));
    let written = 0;
    let cursor = from;
    for (const offset of [...dropped, to]) {
      written = this.copy(cursor, offset, out, written);
      cursor = offset + 1;
    }
    return out;
  }

  private copy(from: number, to: number, out: Uint8Array, at: number): number {
    let written = at;
    for (const chunk of this.chunks) {
      const end = chunk.start + chunk.bytes.byteLength;
      if (end <= from) continue;
      if (chunk.start >= to) break;
      const a = Math.max(from, chunk.start) - chunk.start;
      const b = Math.min(to, end) - chunk.start;
      out.set(chunk.bytes.subarray(a, b), written);
      written += b - a;
    }
    if (written - at !== Math.max(0, to - from)) {
      throw new Error(`byte window: [${from}, ${to}) is no longer retained`);
    }
    return written;
  }
}
