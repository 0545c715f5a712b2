import { describe, expect, inject, it } from "vitest";
import { SesMailer } from "../../functions/adapters/ses-mailer";
import { emulatorEmails, localSesClient } from "../../functions/local/stack/ses-emulator";

describe("SesMailer against the SES emulator", () => {
  it("delivers HTML, text and attachments as one raw message", async () => {
    // Prepare
    const endpoint = inject("sesEndpoint");
    const mailer = new SesMailer(localSesClient(endpoint));
    const subject = `Offer review ${Date.now()}`;

    // Act
    await mailer.send({
      to: "sam@example.com",
      from: "jobnudge@example.com",
      subject: `${subject}\r\nBcc: evil@example.com`,
      html: "<p>Hello <b>Sam</b></p>",
      text: "Hello Sam",
      attachments: [
        { filename: "deadline.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR" },
      ],
      kind: "offer_review",
      messageId: "<jn.0123456789abcdef@example.com>",
      about: { employer: "Acme", drafts: [] },
    });

    // Assess
    const email = (await emulatorEmails(endpoint)).find((e) => e.subject.startsWith(subject));
    expect(email).toBeDefined();
    expect(email?.subject).not.toContain("\n");
    expect(email?.destination.to).toEqual(["sam@example.com"]);
    expect(email?.body.html).toContain("<b>Sam</b>");
    expect(email?.body.text).toContain("Hello Sam");
    expect(email?.attachments.map((a) => a.filename)).toEqual(["deadline.ics"]);
  });
});
