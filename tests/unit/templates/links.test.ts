import { describe, expect, it } from "vitest";
import { UnsafeLinkError } from "../../../templates/errors";
import { checkLink, mailtoHref, toSingleLine } from "../../../templates/links";

describe("checkLink", () => {
  it.each(["https://a.example.com/x?t=1", "http://127.0.0.1:8787/a", "mailto:sam@example.com?subject=Hi"])(
    "accepts %s unchanged",
    (url) => {
      expect(checkLink(url, "link")).toBe(url);
    },
  );

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "\u0000javascript:alert(1)",
    "https://a.example.com/\u2028x",
    "ftp://a.example.com",
    "cid:logo@example",
    "example.com/path",
    null,
  ])("rejects %j", (url) => {
    expect(() => checkLink(url, "link")).toThrow(UnsafeLinkError);
  });
});

describe("mailtoHref", () => {
  it("keeps the @ of each address and percent-encodes the rest (RFC 6068)", () => {
    const href = mailtoHref({ to: "a b@x.example, c&d@y.example", subject: "S", body: "B" });

    expect(href).toBe("mailto:a%20b@x.example,c%26d@y.example?subject=S&body=B");
  });

  it("sends every line break as %0D%0A", () => {
    const href = mailtoHref({ to: null, subject: "S", body: "1\n2\r\n3\r4" });

    expect(href).toBe("mailto:?subject=S&body=1%0D%0A2%0D%0A3%0D%0A4");
  });
});

describe("toSingleLine", () => {
  it("replaces CR/LF runs with one space", () => {
    expect(toSingleLine(" Re: offer\r\n\r\nBcc: x@y.example ")).toBe("Re: offer Bcc: x@y.example");
  });
});
