// Plain-text mail is hard-wrapped at 70-80 columns, so a sentence ("We'd need your answer\nwithin 5
// business days") or a name ("Northwind\nAnalytics") can straddle a line break. The extractors read
// sentences and names within a line; this joins wrapped prose lines back together. Each joining
// newline becomes one space, so offsets into the text stay valid.

/** A line this long that runs on into a non-empty line was wrapped by the mail client. */
export const MIN_WRAPPED_LINE = 45;

// Lines that are structure, not prose: list items, quotes, "Label: value" rows, separators.
const STRUCTURED = /^\s*(?:[-*•·>–—]\s|\d{1,2}[.)]\s|[\p{L} /]{1,24}:\s|[-_=]{3,}|\|)/u;
// A sentence that opens with a phrase and a colon ("Good news: you're confirmed for the Product")
// and runs to the wrap column is prose, not a label row.
const LONG_LABEL_PROSE = /^\s*\p{Lu}\p{Ll}+ \p{Ll}+:\s(?:\S+\s+){6,}\S+$/u;

export function joinWrappedLines(text: string): string {
  const lines = text.split("\n");
  let out = "";
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? "";
    out += line;
    if (i === lines.length - 1) break;
    const next = lines[i + 1] ?? "";
    const wrapped =
      line.trim().length >= MIN_WRAPPED_LINE &&
      next.trim() !== "" &&
      (!STRUCTURED.test(line) || LONG_LABEL_PROSE.test(line)) &&
      !STRUCTURED.test(next) &&
      /^\s*[\p{L}\p{N}("'“‘$£€]/u.test(next);
    out += wrapped ? " " : "\n";
  }
  return out;
}

/**
 * Quoted thread text with its "> " markers removed, so a quoted sentence wrapped over two quoted
 * lines (">> for the Analytics Engineering\n>> Manager role") can be joined like any other.
 */
export function unquoteLines(text: string): string {
  return text.replace(/^[ \t]*(?:>[ \t]?)+/gm, "");
}
