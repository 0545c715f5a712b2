// Words of a text without Unicode letter classes when none are needed. `\p{L}` is several times
// slower to match than `[A-Za-z]`, and most mail has no letter outside a-z: ASCII plus the
// typographic marks mail is full of (curly quotes, dashes, bullets, currency signs, no-break
// spaces), none of which is a letter. For such a text the two classes match the same characters, so
// the same words come out, faster; any other text is read with the Unicode class as before.

/** Printable ASCII, tab, line breaks and typographic marks that are not letters or digits. */
const ONLY_ASCII_LETTERS =
  /^[\t\n\r -~\u00a0\u00a3\u00ab\u00b0\u00b7\u00bb\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]*$/;

/** True when every letter and digit of the text is ASCII (see above). */
export function onlyAsciiLetters(text: string): boolean {
  return ONLY_ASCII_LETTERS.test(text);
}

/** The runs of letters of a text, in order: `text.match(/\p{L}+/gu)`, never null. */
export function letterRuns(text: string): string[] {
  return (onlyAsciiLetters(text) ? text.match(/[A-Za-z]+/g) : text.match(/\p{L}+/gu)) ?? [];
}
