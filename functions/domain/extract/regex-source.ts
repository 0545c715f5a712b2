// Literal text inside a pattern built at run time: every character a regular expression reads
// specially is escaped.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
