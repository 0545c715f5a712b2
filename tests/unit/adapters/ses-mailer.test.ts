// The raw email SesMailer hands to SES: a copy of one email carries the same Message-ID, in
// References too (SES replaces Message-ID on AWS; References keeps copies in one thread).
import { describe, expect, it } from "vitest";
import { buildRawEmail } from "../../../functions/adapters/ses-mailer";
import type { OutgoingEmail } from "../../../functions/app/ports";

const email = (messageId: string | null): OutgoingEmail => ({
  to: "sam@example.com",
  from: "jobnudge@hunt.example.com",
  subject: "Northwind offer: answer by Fri 13 Mar",
  html: "<p>Hi</p>",
  text: "Hi",
  attachments: [],
  kind: "offer_review",
  messageId,
  about: { employer: "Northwind", drafts: [] },
});

const header = (raw: Buffer, name: string) =>
  new RegExp(`^${name}: (.*)$`, "im").exec(raw.toString("utf8").split(/\r?\n\r?\n/)[0] ?? "")?.[1] ?? null;

describe("buildRawEmail", () => {
  it("gives every copy of one email the same Message-ID, also in References", async () => {
    // Act
    const first = await buildRawEmail(email("<jn.abc123@hunt.example.com>"));
    const second = await buildRawEmail(email("<jn.abc123@hunt.example.com>"));

    // Assess
    expect(header(first, "Message-ID")).toBe("<jn.abc123@hunt.example.com>");
    expect(header(second, "Message-ID")).toBe("<jn.abc123@hunt.example.com>");
    expect(header(first, "References")).toBe("<jn.abc123@hunt.example.com>");
    expect(header(first, "X-Jobnudge-Kind")).toBe("offer_review");
  });

  it("lets the composer pick a Message-ID when none is given", async () => {
    const raw = await buildRawEmail(email(null));

    expect(header(raw, "Message-ID")).toMatch(/^<.+@.+>$/);
    expect(header(raw, "References")).toBeNull();
  });
});
