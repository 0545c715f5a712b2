// The mail addresses written in a text: what `text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)` finds,
// without trying the pattern at every position. That pattern fails slowly away from an "@" (at each
// letter of a word it reads the rest of the word), which on a long message cost more than any other
// pattern. Every match holds an "@" and starts where the run of address characters before it starts,
// so the pattern is run, anchored, only there. The same matches, in the same order.

const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/y;

/** A letter, digit, "_", ".", "+" or "-": what `[\w.+-]` matches. */
function isAddressChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 || // _
    code === 46 || // .
    code === 43 || // +
    code === 45 // -
  );
}

export interface AddressMatch {
  address: string;
  index: number;
}

/** Each address written in `text` with where it starts, as the global pattern above matches them. */
export function addressesIn(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf("@", from);
    if (at < 0) return found;
    // A match ending its local part at this "@" starts at the run's start (no match can start
    // inside the run: the domain after the "@" is the same, and the greedy run is longest there).
    let start = at;
    while (start > from && isAddressChar(text.charCodeAt(start - 1))) start -= 1;
    ADDRESS.lastIndex = start;
    const m = start < at ? ADDRESS.exec(text) : null;
    if (m) {
      found.push({ address: m[0], index: start });
      from = start + m[0].length;
    } else {
      from = at + 1;
    }
  }
}

/** The addresses alone: `text.match(pattern) ?? []`. */
export function addressesOf(text: string): string[] {
  return addressesIn(text).map((m) => m.address);
}
