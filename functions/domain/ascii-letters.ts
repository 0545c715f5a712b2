// Whether a text's letters and digits are all ASCII: then a Unicode letter class matches what an
// ASCII one does, and readers take a faster path (extract/letter-runs.ts, the model tier's fold).
// Mail is mostly ASCII plus the typographic marks it is full of (curly quotes, dashes, bullets,
// currency signs, no-break spaces), none of which is a letter or digit.

/** Printable ASCII, tab, line breaks and typographic marks that are not letters or digits. */
const ONLY_ASCII_LETTERS =
  /^[\t\n\r -~\u00a0\u00a3\u00ab\u00b0\u00b7\u00bb\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]*$/;

let lastText = "";
let lastAnswer = true;

/** True when every letter and digit of the text is ASCII (see above). */
export function onlyAsciiLetters(text: string): boolean {
  // Several readers ask of the same long text in a row: the last answer is kept.
  if (text !== lastText) {
    lastAnswer = ONLY_ASCII_LETTERS.test(text);
    lastText = text;
  }
  return lastAnswer;
}
