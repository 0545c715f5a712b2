// Bounds on untrusted input, checked before and during parsing. A message past them is reported,
// not parsed: the cost of MIME parsing, HTML conversion and chrono grows with size.

/** SES accepts up to 40 MB; job mail with a PDF is well under this. */
export const MAX_RAW_BYTES = 25 * 1024 * 1024;
/** Total header bytes across all parts (postal-mime's own default is 2 MiB). */
export const MAX_HEADER_BYTES = 512 * 1024;
/** MIME nesting; real mail rarely passes 6. */
export const MAX_MIME_DEPTH = 40;
/** Forwards inside forwards (attached or inline) that are unwrapped. */
export const MAX_FORWARD_DEPTH = 5;
/** HTML fed to the converter, and text fed to the extractors. */
export const MAX_HTML_CHARS = 1_000_000;
export const MAX_TEXT_CHARS = 100_000;
/** Calendar text parsed per .ics part. */
export const MAX_ICS_CHARS = 200_000;
/** The owner's note / command text kept. */
export const MAX_OWNER_TEXT = 2000;

export function rawSizeProblem(raw: Uint8Array): string | null {
  if (raw.byteLength === 0) return "empty message";
  if (raw.byteLength > MAX_RAW_BYTES) {
    return `message too large (${Math.round(raw.byteLength / 1024 / 1024)} MB, limit ${MAX_RAW_BYTES / 1024 / 1024} MB)`;
  }
  return null;
}

// A header field: printable ASCII name without spaces or colons, then a colon (RFC 5322 2.2).
const HEADER_FIELD = /^[\x21-\x39\x3b-\x7e]{1,76}:/;
// An mbox "From " separator may precede the headers.
const MBOX_FROM = /^From \S/;

/**
 * A message must open with header lines. Binary files and plain text without headers parse
 * "successfully" as a message of nonsense headers; they are reported instead.
 */
export function headerProblem(raw: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(raw.subarray(0, 4096));
  const lines = head.replace(/^\u00ef\u00bb\u00bf/, "").split(/\r?\n/);
  let i = 0;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i += 1;
  if (MBOX_FROM.test(lines[i] ?? "")) i += 1;
  return HEADER_FIELD.test(lines[i] ?? "") ? null : "not an email: no header lines";
}
