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
