// Test-only: an email's two parts as the owner reads them, for comparing what each says.
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** What a reader sees in the HTML part. */
export function visibleText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/i, "")
    .replace(/<div style="display:none[^>]*>[\s\S]*?<\/div>/g, "")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/&nbsp;/g, " ")
    .replace(/[ \t]+/g, " ");
}

/** The text part without its link targets (signed tokens are not words the owner reads). */
export function readableText(text: string): string {
  return text.replace(/https?:\/\/\S+|mailto:\S+/g, "");
}

export function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity).trim();
}

/** Whitespace folded, so a paragraph reads the same in both parts (the HTML breaks lines with <br>). */
export function folded(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Each draft body of the text part: from the blank line after its "Subject:" to the next heading. */
export function textDraftBodies(text: string): string[] {
  // A draft ends where the next heading (a line underlined with - or =) or the footer begins.
  return [...text.matchAll(/^Subject: .*\n\n([\s\S]*?)(?=\n\n[^\n]+\n[-=]{2,}\n|\n\n--\n|$(?![\s\S]))/gm)].map((m) =>
    folded(m[1] ?? ""),
  );
}

/** Each draft body of the HTML part (the draft-body cell's text). */
export function htmlDraftBodies(html: string): string[] {
  return [...html.matchAll(/class="draft-body"[^>]*>\s*<div[^>]*>([\s\S]*?)<\/div>/g)].map((m) =>
    folded(visibleText(m[1] ?? "")),
  );
}

/** Every http(s) link of a part, in order (the text part prints them, the HTML part links them). */
export function textLinks(text: string): string[] {
  return [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
}

export function htmlLinks(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*href="(https?:[^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ""));
}
