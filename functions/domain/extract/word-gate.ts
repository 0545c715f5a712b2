// Which words a pattern cannot match without, read from its source, and an index of the words a
// text has: a pattern whose every match begins with one of a few words is tested only on a text
// that holds one of them. The gate is a necessary condition, so skipping a pattern it fails never
// changes a result (tests/unit/extract/word-gate.test.ts checks the derivation against the engine).
//
// A word is a run of [A-Za-z0-9_], what `\b` and `\w` mean in a pattern without the `u` flag. A
// branch qualifies when it starts with `\b` and a letter or digit: its match then starts where a run
// of the text starts. When the literal run is followed in the pattern by a non-word character or a
// `\b`, the text's run is that word exactly; otherwise the text's run starts with it (its first four
// characters are checked). Patterns with the `u`, `g` or `y` flag, or a branch that does not start
// so, get no gate (null): they are always tested.

/** One possible start of a match: its literal text (BOUNDARY for `\b`) and whether it goes on. */
interface Start {
  text: string;
  open: boolean;
}

const BOUNDARY = "\u0001";
const SPECIAL = new Set("\\()[]{}|.^$*+?");
const QUANTIFIERS = new Set("?*+{");

/** [A-Za-z0-9_] */
function isWord(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
const MAX_STARTS = 256;

/** A gate: each entry is a word the text must have whole, or (prefix) a run it must start with. */
export type Gate = { word: string; whole: boolean }[];

class Unknown extends Error {}

/**
 * The possible starts of a pattern's matches, by a small parser of its source; null when the source
 * holds something it does not read (then the pattern gets no gate).
 */
function startsOf(source: string): Start[] | null {
  let at = 0;
  const peek = () => source[at];

  // An alternation: the union of its branches' starts.
  function alternation(): Start[] {
    const all: Start[] = [...sequence()];
    while (peek() === "|") {
      at += 1;
      all.push(...sequence());
      if (all.length > MAX_STARTS) throw new Unknown();
    }
    return all;
  }

  // A sequence: each start extended by the next item's starts while it is not open.
  function sequence(): Start[] {
    let starts: Start[] = [{ text: "", open: false }];
    while (at < source.length && peek() !== "|" && peek() !== ")") {
      const item = quantified();
      if (starts.every((s) => s.open)) continue;
      const next: Start[] = [];
      for (const s of starts) {
        if (s.open) next.push(s);
        else for (const i of item) next.push({ text: s.text + i.text, open: i.open });
      }
      // Too many ways to go on: each start so far is enough (it still begins every match).
      if (next.length > MAX_STARTS) starts = starts.map((s) => ({ text: s.text, open: true }));
      else starts = next;
    }
    return starts;
  }

  // An atom and its quantifier.
  function quantified(): Start[] {
    // A run of plain characters, none of them quantified, is one item.
    let run = "";
    while (at < source.length && !SPECIAL.has(source[at] ?? "") && !QUANTIFIERS.has(source[at + 1] ?? "")) {
      run += source[at];
      at += 1;
    }
    if (run) return [{ text: run, open: false }];
    const item = atom();
    const q = peek();
    let min = 1;
    let max = 1;
    if (q === "?" || q === "*" || q === "+") {
      at += 1;
      min = q === "+" ? 1 : 0;
      max = q === "?" ? 1 : Number.POSITIVE_INFINITY;
    } else if (q === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (m) {
        at += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
      }
    }
    if (peek() === "?") at += 1; // lazy: the same strings
    if (min === 1 && max === 1) return item;
    if (min === 0 && max === 1) return [...item, { text: "", open: false }];
    if (min === 0) return [{ text: "", open: true }];
    // One or more: the first repetition's starts, and nothing known after it.
    return item.map((s) => ({ text: s.text, open: true }));
  }

  function atom(): Start[] {
    const c = source[at];
    if (c === undefined) throw new Unknown();
    if (c === "(") {
      at += 1;
      let lookaround = false;
      if (source.startsWith("?:", at)) at += 2;
      else if (/^\?<?[=!]/.test(source.slice(at, at + 3))) {
        at += source[at + 1] === "<" ? 3 : 2;
        lookaround = true;
      } else if (source.startsWith("?<", at)) {
        const end = source.indexOf(">", at);
        if (end < 0) throw new Unknown();
        at = end + 1;
      } else if (source[at] === "?") throw new Unknown();
      const inner = alternation();
      if (source[at] !== ")") throw new Unknown();
      at += 1;
      // A lookaround consumes nothing: it adds no characters to a start.
      return lookaround ? [{ text: "", open: false }] : inner;
    }
    if (c === "[") return charClass();
    if (c === "\\") return escaped();
    at += 1;
    if (c === ".") return [{ text: "", open: true }];
    if (c === "^" || c === "$") return [{ text: "", open: false }];
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "|" || c === ")" || c === "]")
      throw new Unknown();
    return [{ text: c, open: false }];
  }

  // A small class of single characters ("[’']") is its characters; anything else is unknown.
  function charClass(): Start[] {
    const end = source.indexOf("]", at + 1);
    if (end < 0) throw new Unknown();
    const body = source.slice(at + 1, end);
    at = end + 1;
    if (body === "" || body.startsWith("^") || /[\\\-[]/.test(body)) return [{ text: "", open: true }];
    return [...body].map((ch) => ({ text: ch, open: false }));
  }

  function escaped(): Start[] {
    const c = source[at + 1];
    at += 2;
    if (c === undefined) throw new Unknown();
    if (c === "b") return [{ text: BOUNDARY, open: false }];
    if (c === "B") return [{ text: "", open: false }];
    if (c === "n") return [{ text: "\n", open: false }];
    if (c === "t") return [{ text: "\t", open: false }];
    if (c === "r") return [{ text: "\r", open: false }];
    if (c === "p" || c === "P" || c === "u" || c === "x" || c === "c" || c === "k" || /[0-9]/.test(c))
      throw new Unknown();
    if (/[dDwWsSfv]/.test(c)) return [{ text: "", open: true }];
    if (/[A-Za-z]/.test(c)) throw new Unknown();
    return [{ text: c, open: false }];
  }

  try {
    const starts = alternation();
    if (at !== source.length) return null;
    return starts;
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}

/**
 * The most telling word a start's literal text pins down in the text it matches: a run of word
 * characters with a `\b` or a non-word character before it (so a word of the text starts there),
 * whole when one also follows it, else the first four characters of the word it starts. The
 * longest is taken; null when the start pins down none.
 */
function bestTerm(text: string): { word: string; whole: boolean } | null {
  let best: { word: string; whole: boolean } | null = null;
  let i = 0;
  while (i < text.length) {
    if (!isWord(text[i])) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < text.length && isWord(text[end])) end += 1;
    // Aligned at the left: something before the run in the pattern that is not a word character.
    if (i > 0) {
      const whole = end < text.length;
      const word = text.slice(i, end).toLowerCase();
      const term = whole ? { word, whole } : word.length >= 4 ? { word: word.slice(0, 4), whole } : null;
      const rank = (t: { word: string; whole: boolean }) => (t.whole ? t.word.length : 3.5);
      if (term && (!best || rank(term) > rank(best))) best = term;
    }
    i = end;
  }
  return best;
}

const gates = new WeakMap<RegExp, Gate | null>();

/**
 * The words one of which the text must hold for `pattern` to match; null when no such gate can be
 * derived (the pattern is then always tested).
 */
export function gateOf(pattern: RegExp): Gate | null {
  if (gates.has(pattern)) return gates.get(pattern) ?? null;
  let gate: Gate | null = null;
  if (!/[uvgy]/.test(pattern.flags)) {
    const starts = startsOf(pattern.source);
    if (starts) {
      const terms = new Map<string, { word: string; whole: boolean }>();
      for (const { text } of starts) {
        const term = bestTerm(text);
        if (!term) {
          terms.clear();
          break;
        }
        terms.set(`${term.whole ? "=" : "^"}${term.word}`, term);
      }
      if (terms.size > 0) gate = [...terms.values()];
    }
  }
  gates.set(pattern, gate);
  return gate;
}

const RUN = /[A-Za-z0-9_]+/g;

/** The words of a text (runs of [A-Za-z0-9_], lower-cased) and the first four letters of each. */
export class WordIndex {
  readonly words = new Set<string>();
  #heads: Set<string> | null = null;

  constructor(text: string) {
    for (const run of text.match(RUN) ?? []) this.words.add(run.toLowerCase());
  }

  /** Whether a word of the text starts with these four characters. */
  hasHead(head: string): boolean {
    if (!this.#heads) {
      this.#heads = new Set();
      for (const word of this.words) if (word.length >= 4) this.#heads.add(word.slice(0, 4));
    }
    return this.#heads.has(head);
  }
}

/** Whether the text's words let a pattern with this gate match at all (true without a gate). */
export function passes(gate: Gate | null, index: WordIndex): boolean {
  if (!gate) return true;
  for (const { word, whole } of gate) if (whole ? index.words.has(word) : index.hasHead(word)) return true;
  return false;
}
