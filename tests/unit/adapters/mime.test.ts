// The outgoing MIME writer, read back by a real MIME parser (postal-mime, what the inbound path
// uses; the SES emulator's mailparser is checked in tests/integration/ses-mailer.test.ts).
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { buildMime, type MimeMessage, qp } from "../../../functions/adapters/mime";

const message = (over: Partial<MimeMessage> = {}): MimeMessage => ({
  from: "jobnudge@hunt.example.com",
  to: "sam@example.com",
  subject: "Northwind offer: answer by Fri 13 Mar",
  text: "Hi Sam,\n\nYour offer is in.",
  html: "<p>Hi <b>Sam</b></p>",
  messageId: "<jn.abc@hunt.example.com>",
  ...over,
});

const parse = (raw: Buffer) => PostalMime.parse(raw);
// A parser keeps the line break before a part's boundary (nodemailer's output reads the same).
const body = (value: string | undefined) => value?.replace(/\r\n/g, "\n").replace(/\n$/, "");
const headLines = (raw: Buffer) => raw.toString("utf8").split("\r\n\r\n")[0]?.split("\r\n") ?? [];

describe("buildMime", () => {
  it("writes text and HTML alternatives a parser reads back unchanged", async () => {
    const parsed = await parse(buildMime(message()));

    expect(parsed.subject).toBe("Northwind offer: answer by Fri 13 Mar");
    expect(parsed.from?.address).toBe("jobnudge@hunt.example.com");
    expect(parsed.to?.map((a) => a.address)).toEqual(["sam@example.com"]);
    expect(parsed.messageId).toBe("<jn.abc@hunt.example.com>");
    expect(body(parsed.text)).toBe("Hi Sam,\n\nYour offer is in.");
    expect(body(parsed.html)).toBe("<p>Hi <b>Sam</b></p>");
    expect(parsed.attachments).toEqual([]);
  });

  it("round-trips non-ASCII subjects, names, bodies and attachment file names", async () => {
    // Prepare
    const subject = `Zürich AG — Angebot bis Fr. 13. März 🎉 ${"long words ".repeat(8)}`.trim();
    const text = `Grüße aus Zürich\n${"é".repeat(120)}\nline with trailing space \n=equals=`;

    // Act
    const raw = buildMime(
      message({
        subject,
        from: "Jöbnudge <jobnudge@hunt.example.com>",
        text,
        html: `<p>${"ü".repeat(100)}</p>`,
        attachments: [
          {
            filename: "Frist März.ics",
            contentType: "text/calendar; method=PUBLISH",
            content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR",
          },
          { filename: "export.json", contentType: "application/json", content: '{"a":"ß"}' },
        ],
      }),
    );
    const parsed = await parse(raw);

    // Assess
    expect(parsed.subject).toBe(subject);
    expect(parsed.from).toMatchObject({ name: "Jöbnudge", address: "jobnudge@hunt.example.com" });
    expect(body(parsed.text)).toBe(text);
    expect(body(parsed.html)).toBe(`<p>${"ü".repeat(100)}</p>`);
    expect(parsed.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
      ["Frist März.ics", "text/calendar"],
      ["export.json", "application/json"],
    ]);
    expect(Buffer.from(parsed.attachments[1]?.content as ArrayBuffer).toString("utf8")).toBe('{"a":"ß"}');
    expect(raw.toString("latin1")).toMatch(/Content-Type: text\/calendar; method=PUBLISH; charset=utf-8;/);
    // Every line fits the 998-octet limit, and nothing but CRLF ends one.
    const lines = raw.toString("latin1").split("\r\n");
    expect(lines.every((l) => l.length <= 998 && !l.includes("\n") && !l.includes("\r"))).toBe(true);
    expect(headLines(raw).every((l) => l.length <= 78)).toBe(true);
  });

  it("keeps line breaks out of header values", async () => {
    const raw = buildMime(message({ subject: "Offer\r\nBcc: evil@example.com", to: "sam@example.com\nCc: x@y.z" }));
    const head = headLines(raw);

    expect(head.some((l) => /^(Bcc|Cc):/i.test(l))).toBe(false);
    expect((await parse(raw)).subject).toBe("Offer Bcc: evil@example.com");
  });

  it("makes a Message-ID on the sender's domain when none is given, and writes the extra headers", async () => {
    const raw = buildMime(
      message({ messageId: null, references: null, headers: { "Auto-Submitted": "auto-generated" } }),
    );
    const head = headLines(raw);

    expect(head.find((l) => l.startsWith("Message-ID:"))).toMatch(/^Message-ID: <[0-9a-f-]+@hunt\.example\.com>$/);
    expect(head).toContain("Auto-Submitted: auto-generated");
    expect(head.some((l) => l.startsWith("References:"))).toBe(false);
    expect(head.find((l) => l.startsWith("Date:"))).toMatch(
      /^Date: \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/,
    );
  });
});

describe("qp", () => {
  it("keeps lines at 76 characters and encodes what transports could change", () => {
    const encoded = qp(`${"a".repeat(200)}\nend tab\t\n=`);
    const lines = encoded.split("\r\n");

    expect(lines.every((l) => l.length <= 76)).toBe(true);
    expect(lines.join("").replace(/=\r?\n?/g, "")).toContain("a".repeat(150));
    expect(encoded).toContain("end tab=09");
    expect(encoded.endsWith("=3D")).toBe(true);
  });
});
