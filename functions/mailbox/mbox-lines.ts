// Byte-level tests on the first bytes of one mbox line: cheap enough to run on every line.

/** Bytes of a line that any decision looks at; a separator line longer than this is not one. */
export const PREFIX = 512;
export const LF = 10;
export const CR = 13;
export const GT = 0x3e;
export const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
export const BOM = [0xef, 0xbb, 0xbf];
const latin1 = new TextDecoder("latin1");

export function startsWithFrom(buf: Uint8Array, at: number, len: number): boolean {
  if (len < 5) return false;
  for (let i = 0; i < 5; i += 1) if (buf[at + i] !== FROM_[i]) return false;
  return true;
}

/** `>From `, `>>From `, ...: an escaped body line. */
export function isQuotedFrom(buf: Uint8Array, at: number, len: number): boolean {
  let i = 0;
  while (i < len && buf[at + i] === GT) i += 1;
  return i > 0 && startsWithFrom(buf, at + i, len - i);
}

/**
 * Does the line start with an RFC 5322 field name (printable ASCII but ':', 1-76 chars) and ':'?
 * Null while the bytes seen so far cannot tell (the start of a line still being read).
 */
export function headerFieldStart(buf: Uint8Array, at: number, len: number): boolean | null {
  const max = Math.min(len, 77);
  for (let i = 0; i < max; i += 1) {
    const c = buf[at + i] as number;
    if (c === 0x3a) return i > 0;
    if (c < 0x21 || c > 0x7e) return false;
  }
  return len >= 77 ? false : null;
}

/** The line as text, without its line break (latin1: one char per byte, never fails). */
export function lineText(buf: Uint8Array, at: number, len: number): string {
  return latin1.decode(buf.subarray(at, at + len)).replace(/\r?\n$/, "");
}
