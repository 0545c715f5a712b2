// HTML mail to readable text: block elements become line breaks, table cells stay on their row,
// links keep their text, entities are decoded. Linear regexes only (no nested quantifiers), and
// the input is capped before conversion.
import { decodeHTML } from "entities/decode";
import { MAX_HTML_CHARS } from "./limits";

/**
 * Every HTML entity the HTML standard defines, named ("&uuml;", "&rsquo;"), numeric or legacy
 * (no semicolon), decoded by the `entities` package. Invisible formatting characters (soft hyphen,
 * zero-width joiners) are dropped: they only split words a reader sees whole.
 */
export function decodeEntities(text: string): string {
  return decodeHTML(text).replace(/\u00ad|\u200b|\u200c|\u200d|\u2060/g, "");
}

const BLOCK =
  /<\/?(?:p|div|br|tr|ul|ol|h[1-6]|table|tbody|thead|section|article|header|footer|hr|pre|center|dl|dt|dd)\b[^>]*>/gi;

// A two-cell row whose first cell is a short label ("Date", "Time", "Location") reads as "Date: value",
// the way the same details are written in plain text.
const LABEL_ROW =
  /(<tr\b[^>]*>\s*<t[dh]\b[^>]*>(?:\s*<(?:b|strong|span|p|font)\b[^>]*>)*\s*)([A-Za-z][A-Za-z /&]{1,24}?)(\s*(?:<\/(?:b|strong|span|p|font)\s*>\s*)*<\/t[dh]\s*>)(?=\s*<t[dh]\b[^>]*>[^<]*(?:<(?!\/?t[dhr]\b)[^>]*>[^<]*)*<\/t[dh]\s*>\s*<\/tr\s*>)/gi;

function labelTableRows(html: string): string {
  return html.replace(LABEL_ROW, (_, open: string, label: string, close: string) =>
    /:\s*$/.test(label) ? `${open}${label}${close}` : `${open}${label}:${close}`,
  );
}

export function htmlToText(html: string): string {
  return decodeEntities(
    labelTableRows(
      html
        .slice(0, MAX_HTML_CHARS)
        .replace(/<!--[\s\S]*?-->/g, "")
        // <!DOCTYPE html>, <![CDATA[...]]> markers and <?xml ...?> declarations are not text.
        .replace(/<![^>]{0,2000}>|<\?[^>]{0,2000}>/g, "")
        .replace(/<(head|style|script|title|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ""),
    )
      .replace(/[\r\n\t]+/g, " ")
      .replace(/<blockquote\b[^>]*>/gi, "\n")
      .replace(/<\/blockquote\s*>/gi, "\n")
      .replace(/<li\b[^>]*>/gi, "\n- ")
      .replace(/<\/t[dh]\s*>/gi, " \t")
      .replace(BLOCK, "\n")
      .replace(/<\/?[a-zA-Z][^<>]{0,2000}>/g, ""),
  )
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
