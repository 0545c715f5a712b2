// Reads hrefs back out of rendered HTML, undoing the renderer's attribute escaping.
const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

export function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) =>
    (match[1] ?? "").replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity),
  );
}

export function mailtoHrefs(html: string): string[] {
  return hrefs(html).filter((href) => href.startsWith("mailto:"));
}

/** Splits a mailto: URL (RFC 6068) into its decoded recipients and header fields. */
export function parseMailto(href: string): { to: string[]; fields: Record<string, string> } {
  const match = /^mailto:([^?]*)(?:\?(.*))?$/.exec(href);
  if (!match) throw new Error(`not a mailto: URL: ${href}`);
  const to = (match[1] ?? "")
    .split(",")
    .filter((address) => address !== "")
    .map(decodeURIComponent);
  const fields: Record<string, string> = {};
  for (const pair of (match[2] ?? "").split("&")) {
    const [name = "", value = ""] = pair.split("=");
    fields[decodeURIComponent(name)] = decodeURIComponent(value);
  }
  return { to, fields };
}
