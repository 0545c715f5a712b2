// The matches of a title pattern found from its head nouns. A pattern that opens with up to five
// capitalised words before a title's noun ("((?:WORD ){0,5}HEAD...") is tried by the regex engine
// at every capital letter of the text, reading words each time. Its matches are found in the same
// order, with the same text, by looking for the nouns first (one cheap pass) and trying the
// pattern, anchored, only at the few positions up to five words before each noun.

/** A character a title word is made of: `[A-Za-z0-9&/+.-]`. */
function isWordChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 38 ||
    code === 47 ||
    code === 43 ||
    code === 46 ||
    code === 45
  );
}

/** A character a title word or noun may start with: a letter or "&". */
function mayStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 38;
}

/**
 * The earliest position, not before `floor`, from which the text up to `head` is up to five
 * words each followed by one space (`(?:WORD ){0,5}`), possibly starting inside a word.
 */
function earliestStart(text: string, head: number, floor: number, words: number): number {
  let at = head;
  let spaces = 0;
  for (;;) {
    while (at > floor && isWordChar(text.charCodeAt(at - 1))) at -= 1;
    if (spaces < words && at - 1 > floor && text.charCodeAt(at - 1) === 32 && isWordChar(text.charCodeAt(at - 2))) {
      spaces += 1;
      at -= 1;
      continue;
    }
    return at;
  }
}

const anchored = new WeakMap<RegExp, RegExp>();

/**
 * `[...text.matchAll(pattern)]` for a global `pattern` every match of which starts with at most
 * `words` title words, each followed by one space, and then a match of `heads` (a global regex of
 * the nouns), an optional zero-width `\b` aside. Each match is the pattern's own, tried at the
 * same position: a position whose text to the next noun is not such words cannot start a match,
 * and every other one up to that noun is tried in order.
 */
export function headFirstMatches(text: string, pattern: RegExp, heads: RegExp, words = 5): RegExpExecArray[] {
  let sticky = anchored.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);
    anchored.set(pattern, sticky);
  }
  const found: RegExpExecArray[] = [];
  // Every position before `from` is known not to start a match.
  let from = 0;
  while (from <= text.length) {
    heads.lastIndex = from;
    const head = heads.exec(text);
    if (!head) break;
    let match: RegExpExecArray | null = null;
    for (let at = earliestStart(text, head.index, from, words); at <= head.index; at += 1) {
      if (!mayStart(text.charCodeAt(at))) continue;
      sticky.lastIndex = at;
      match = sticky.exec(text);
      if (match) break;
    }
    if (match) {
      found.push(match);
      from = match.index + Math.max(match[0].length, 1);
    } else from = head.index + 1;
  }
  return found;
}
