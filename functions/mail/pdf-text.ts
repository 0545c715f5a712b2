// Offer letters arrive as PDFs whose text may be the only place the title and the deadline are
// written ("attached is your offer letter"). This reads the text-showing operators of a PDF's
// content streams (Flate-compressed or plain), which is how HR systems and word processors write
// simple letters. No fonts, no layout, no hex strings: a few KB of readable text, within limits,
// since the file is untrusted input.
import { inflateSync } from "node:zlib";

/** Bigger attachments are scans or brochures, not letters worth reading. */
export const MAX_PDF_BYTES = 5 * 1024 * 1024;
const MAX_STREAMS = 64;
/** Inflated size per stream: guards against compression bombs. */
const MAX_INFLATED_BYTES = 1024 * 1024;
export const MAX_PDF_TEXT = 8_000;

const STREAM = /(?<!end)stream\r?\n/g;
// A literal string (one level of nested parentheses), a TJ array, or an operator that ends a line.
// The quote operators (' and ") move to the next line before they show their string.
const TEXT_OPERATOR =
  /\[((?:[^\]\\]|\\[\s\S])*)\]\s*TJ|\(((?:[^()\\]|\\[\s\S]|\((?:[^()\\]|\\[\s\S])*\))*)\)\s*(Tj|'|")|(?<![\w*])(T\*|ET|Td|TD)(?![\w*])/g;
const LITERAL = /\(((?:[^()\\]|\\[\s\S]|\((?:[^()\\]|\\[\s\S])*\))*)\)|(-?\d+(?:\.\d+)?)/g;

const ESCAPES: Record<string, string> = { n: "\n", r: "", t: "\t", b: "", f: "", "(": "(", ")": ")", "\\": "\\" };

function decodeLiteral(raw: string): string {
  return raw.replace(/\\(\d{1,3}|\r?\n|[\s\S])/g, (_, escaped: string) => {
    if (/^\d/.test(escaped)) return String.fromCharCode(Number.parseInt(escaped, 8) & 0xff);
    if (escaped.startsWith("\n") || escaped.startsWith("\r")) return "";
    return ESCAPES[escaped] ?? escaped;
  });
}

function streamsOf(latin: string, bytes: Uint8Array): Uint8Array[] {
  const streams: Uint8Array[] = [];
  for (const m of latin.matchAll(STREAM)) {
    if (streams.length >= MAX_STREAMS) break;
    const start = m.index + m[0].length;
    const end = latin.indexOf("endstream", start);
    if (end < 0) break;
    const dictionary = latin.slice(Math.max(0, latin.lastIndexOf("<<", m.index)), m.index);
    const data = bytes.subarray(start, end);
    // Images and fonts use other filters (or none with binary data); only text streams matter.
    if (
      /\/(?:DCT|JPX|CCITTFax|JBIG2)Decode|\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType)|\/Length1/.test(
        dictionary,
      )
    )
      continue;
    if (/\/FlateDecode/.test(dictionary)) {
      try {
        streams.push(inflateSync(data, { maxOutputLength: MAX_INFLATED_BYTES }));
      } catch {
        // A damaged or truncated stream: skip it, the rest may still read.
      }
    } else if (!/\/Filter/.test(dictionary)) {
      streams.push(data);
    }
  }
  return streams;
}

function textOfContent(content: string): string {
  let out = "";
  for (const m of content.matchAll(TEXT_OPERATOR)) {
    if (m[1] !== undefined) {
      for (const part of m[1].matchAll(LITERAL)) {
        if (part[1] !== undefined) out += decodeLiteral(part[1]);
        // A large negative adjustment inside a TJ array is a word gap.
        else if (Number(part[2]) < -200) out += " ";
      }
    } else if (m[2] !== undefined) {
      if (m[3] !== "Tj" && out && !out.endsWith("\n")) out += "\n";
      out += decodeLiteral(m[2]);
    } else if (!out.endsWith("\n")) {
      out += "\n";
    }
    if (out.length > MAX_PDF_TEXT) break;
  }
  return out;
}

/** The readable text of a PDF, or "" when there is none (scanned, encrypted, hex-encoded fonts). */
export function pdfText(bytes: Uint8Array): string {
  if (bytes.length > MAX_PDF_BYTES || !/^%PDF-/.test(Buffer.from(bytes.subarray(0, 8)).toString("latin1"))) return "";
  const latin = Buffer.from(bytes).toString("latin1");
  let text = "";
  for (const stream of streamsOf(latin, bytes)) {
    text += textOfContent(Buffer.from(stream).toString("latin1"));
    if (text.length > MAX_PDF_TEXT) break;
  }
  return text
    .replace(/[^\S\n]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .slice(0, MAX_PDF_TEXT);
}
