import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MAX_PDF_BYTES, pdfText } from "../../../functions/mail/pdf-text";

/** A one-page PDF whose content stream shows `lines` (Flate-compressed unless `plain`). */
function pdfWith(content: string, plain = false): Uint8Array {
  const stream = plain ? Buffer.from(content, "latin1") : deflateSync(Buffer.from(content, "latin1"));
  const filter = plain ? "" : " /Filter /FlateDecode";
  return Buffer.concat([
    Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1"),
    Buffer.from(`4 0 obj\n<< /Length ${stream.length}${filter} >>\nstream\n`, "latin1"),
    stream,
    Buffer.from("\nendstream\nendobj\n%%EOF\n", "latin1"),
  ]);
}

describe("pdfText", () => {
  it("reads Tj strings line by line from a Flate stream", () => {
    const pdf = pdfWith("BT /F1 11 Tf 14 TL 72 740 Td (Dear Jin,) Tj T* (Offer open until May 8.) Tj T* ET");
    expect(pdfText(pdf)).toBe("Dear Jin,\nOffer open until May 8.");
  });
  it("reads TJ arrays, escapes and octal codes from a plain stream", () => {
    const pdf = pdfWith("BT [(Senior ) -50 (Designer)] TJ 0 -14 Td (\\(salary\\) \\243182,000) Tj ET", true);
    expect(pdfText(pdf)).toBe("Senior Designer\n(salary) £182,000");
  });
  it("the ' operator starts a new line before its string", () => {
    const pdf = pdfWith("BT 13 TL (Dear Sam,) ' () ' (Open until March 26.) ' (To accept, sign below.) ' ET");
    expect(pdfText(pdf)).toBe("Dear Sam,\nOpen until March 26.\nTo accept, sign below.");
  });
  it("a large TJ gap is a space", () => {
    expect(pdfText(pdfWith("BT [(Offer)-300(letter)] TJ ET"))).toBe("Offer letter");
  });
  it.each([
    ["not a PDF", Buffer.from("hello (world) Tj", "latin1")],
    [
      "an image stream",
      Buffer.from("%PDF-1.4\n<< /Subtype /Image /Filter /DCTDecode >>\nstream\n(x) Tj\nendstream", "latin1"),
    ],
    [
      "a damaged Flate stream",
      Buffer.from("%PDF-1.4\n<< /Filter /FlateDecode >>\nstream\nnot zlib\nendstream", "latin1"),
    ],
    ["a file over the size limit", Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(MAX_PDF_BYTES)])],
  ])("%s gives no text", (_name, bytes) => {
    expect(pdfText(new Uint8Array(bytes))).toBe("");
  });
});
