// Words of a text without Unicode letter classes when none are needed. `\p{L}` is several times
// slower to match than `[A-Za-z]`, and most mail has no letter outside a-z: ASCII plus the
// typographic marks mail is full of (curly quotes, dashes, bullets, currency signs, no-break
// spaces), none of which is a letter. For such a text the two classes match the same characters, so
// the same words come out, faster; any other text is read with the Unicode class as before.

// The test itself lives in domain/ascii-letters.ts, where the model tier's guard reads it too.
import { onlyAsciiLetters } from "../ascii-letters";

export { onlyAsciiLetters };

/** The runs of letters of a text, in order: `text.match(/\p{L}+/gu)`, never null. */
export function letterRuns(text: string): string[] {
  return (onlyAsciiLetters(text) ? text.match(/[A-Za-z]+/g) : text.match(/\p{L}+/gu)) ?? [];
}

// The same idea for whole patterns: a pattern's twin with ASCII classes in place of the Unicode
// letter, upper-case, lower-case and digit classes, to run on a text whose every letter and digit
// is ASCII. On such a text `\p{Lu}` matches exactly what `[A-Z]` does (under the `i` flag both also
// match a-z; the only other characters `[A-Z]` then matches, the long s and the Kelvin sign, are
// letters such a text does not hold), so the twin finds the same matches at the same places.
// Marks (\p{M}) are none of such a text's characters: no range inside a class, a class of nothing outside.
const ASCII_CLASSES: Record<string, string> = { L: "A-Za-z", Lu: "A-Z", Ll: "a-z", N: "0-9", M: "" };
const twins = new WeakMap<RegExp, RegExp>();

/** `pattern` with ASCII classes for \p{L}, \p{Lu}, \p{Ll}, \p{N}, \p{M}; itself if it uses any other \p or \P. */
export function asciiTwin(pattern: RegExp): RegExp {
  let twin = twins.get(pattern);
  if (!twin) {
    const source = pattern.source;
    // Only a `u` pattern reads \p as a class (a `v` one writes classes differently: left alone).
    const other = !pattern.unicode || pattern.flags.includes("v") || /\\P|\\p\{(?!(?:L|Lu|Ll|N|M)\})/.test(source);
    twin = other
      ? pattern
      : new RegExp(
          // Inside a class the ranges join it; outside one, the escape becomes a class of its own.
          source.replace(/\\p\{(L|Lu|Ll|N|M)\}|\\.|\[(?:\\.|[^\]\\])*\]/g, (all, name?: string) =>
            name
              ? `[${ASCII_CLASSES[name]}]`
              : all.startsWith("[")
                ? all.replace(/\\p\{(L|Lu|Ll|N|M)\}|\\./g, (part, inner?: string) =>
                    inner ? (ASCII_CLASSES[inner] ?? "") : part,
                  )
                : all,
          ),
          pattern.flags,
        );
    twins.set(pattern, twin);
  }
  return twin;
}

// A character outside ASCII that is a letter, a digit or a mark: the classes above then differ.
const WIDE_WORD_CHAR = /[^\0-\x7f](?<=[\p{L}\p{N}\p{M}])/u;
let lastPatternText = "";
let lastAsciiWords = true;

/**
 * Whether every letter, digit and mark of the text is ASCII: then the twin's classes match what the
 * Unicode ones do. Other characters (symbols, emoji, spaces of any width) may be anything.
 */
export function asciiWordChars(text: string): boolean {
  if (text !== lastPatternText) {
    lastAsciiWords = onlyAsciiLetters(text) || !WIDE_WORD_CHAR.test(text);
    lastPatternText = text;
  }
  return lastAsciiWords;
}

/** The pattern to run on `text`: the ASCII twin when every letter, digit and mark of it is ASCII. */
export function patternFor(pattern: RegExp, text: string): RegExp {
  return asciiWordChars(text) ? asciiTwin(pattern) : pattern;
}
