// The matches of a pattern built around a name or title the message wrote ("(?<![\p{L}\p{N}])" +
// the escaped title + what may follow it): every match starts where the text writes that literal.
// Built per call, such a pattern is run by the regex interpreter and tried at every position of the
// text; here it is tried, anchored, only where the literal occurs (found with indexOf), in order.

/**
 * What `new RegExp(source, flags)` finds in `text`: all matches (`matchAll`) when `flags` has `g`,
 * else the first (`exec`) or none. Every match of the pattern must start with `literal` (a
 * zero-width lookbehind before it aside), which must not be empty.
 */
export function literalStartMatches(text: string, literal: string, source: string, flags: string): RegExpExecArray[] {
  const global = flags.includes("g");
  if (!literal) {
    const pattern = new RegExp(source, flags);
    if (global) return [...text.matchAll(pattern)] as RegExpExecArray[];
    const match = pattern.exec(text);
    return match ? [match] : [];
  }
  const found: RegExpExecArray[] = [];
  let at = text.indexOf(literal);
  if (at < 0) return found;
  const unicode = flags.includes("u") || flags.includes("v");
  const sticky = new RegExp(source, `${flags.replace("g", "")}y`);
  while (at >= 0) {
    // A Unicode pattern is never tried inside a surrogate pair.
    const code = text.charCodeAt(at);
    const inPair =
      unicode && code >= 0xdc00 && code <= 0xdfff && at > 0 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800;
    let next = at + 1;
    if (!inPair) {
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match) {
        found.push(match);
        if (!global) break;
        next = at + Math.max(match[0].length, 1);
      }
    }
    at = text.indexOf(literal, next);
  }
  return found;
}
