import { escapeRegExp } from "./regex-source";

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

// Not a letter or digit before: the lookbehind every pattern below opens with.
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}])/uy;
const tails = new Map<string, RegExp>();

function tailPattern(tail: string, flags: string): RegExp {
  const key = `${flags}/${tail}`;
  let pattern = tails.get(key);
  if (!pattern) {
    if (tails.size > 200) tails.clear();
    pattern = new RegExp(tail, `${flags.replace("g", "")}y`);
    tails.set(key, pattern);
  }
  return pattern;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * `literalStartMatches` for the pattern `(?<![\p{L}\p{N}])` + `literal` (escaped) + `tail`, with
 * the `u` flag (and `g` for all matches): the lookbehind, the literal and the tail are checked one
 * after the other at each place the literal occurs, so only the tail, the same in every call, is
 * compiled (once). The tail must hold no back-reference to, and no lookbehind into, what precedes
 * it. Each match has the whole pattern's index, text and captures (the lookbehind and the literal
 * capture nothing).
 */
export function afterWordLiteral(text: string, literal: string, tail: string, flags: string): RegExpExecArray[] {
  // A lone surrogate in the literal matches differently under `u`: the pattern decides.
  if (!literal || SURROGATE.test(literal) || !flags.includes("u") || flags.includes("v"))
    return literalStartMatches(text, literal, `(?<![\\p{L}\\p{N}])${escapeRegExp(literal)}${tail}`, flags);
  const global = flags.includes("g");
  const rest = tailPattern(tail, flags);
  const found: RegExpExecArray[] = [];
  let at = text.indexOf(literal);
  while (at >= 0) {
    let next = at + 1;
    NO_WORD_BEFORE.lastIndex = at;
    if (NO_WORD_BEFORE.test(text)) {
      rest.lastIndex = at + literal.length;
      const after = rest.exec(text);
      if (after) {
        after[0] = literal + after[0];
        after.index = at;
        found.push(after);
        if (!global) break;
        next = at + after[0].length;
      }
    }
    at = text.indexOf(literal, next);
  }
  return found;
}
