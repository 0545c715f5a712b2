// Runtime: fills compiled HTML. `{{name}}` is text, HTML-escaped; `{{name|lines}}` is escaped text
// whose line breaks become <br>; `{{html:name}}` is a fragment this renderer built from compiled
// blocks (never a view value). A placeholder without a value throws: nothing renders as "".
import { MissingTemplateValueError } from "./errors";

const PLACEHOLDER = /\{\{(html:)?([A-Za-z][A-Za-z0-9]*)(\|lines)?\}\}/g;
const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export interface FillValues {
  /** Plain text, escaped on the way in. */
  text?: Readonly<Record<string, string>>;
  /** HTML fragments built from compiled blocks. */
  html?: Readonly<Record<string, string>>;
}

/** One pass over the template: inserted values are never scanned for placeholders again. */
export function fill(template: string, templateName: string, values: FillValues): string {
  return template.replace(PLACEHOLDER, (_, html: string | undefined, name: string, lines: string | undefined) => {
    const value = html ? values.html?.[name] : values.text?.[name];
    if (typeof value !== "string") throw new MissingTemplateValueError(templateName, name);
    if (html) return value;
    const escaped = escapeHtml(value);
    return lines ? escaped.replace(/\r\n|\r|\n/g, "<br>\n") : escaped;
  });
}
