import { describe, expect, it } from "vitest";
import { renderEmail } from "../../../templates/render";
import { mailtoHrefs, parseMailto } from "./html-links";
import { sampleDraft, sampleView } from "./sample-view";

const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  "Tom & Jerry",
];

describe("renderEmail: values from mail are escaped", () => {
  it.each(PAYLOADS)("escapes %s wherever an employer or person name appears", (payload) => {
    // Prepare
    const view = sampleView("offer_review", {
      subject: `Offer from ${payload}`,
      preheader: payload,
      headline: `${payload} made you an offer`,
      happened: `Recruiter ${payload} wrote`,
      whyNow: payload,
      deadline: payload,
      sections: [{ title: payload, items: [payload] }],
      tables: [{ title: payload, columns: [payload], rows: [[payload]] }],
      drafts: [sampleDraft({ label: payload, subject: payload, body: payload, callScript: [payload] })],
      actions: [{ label: payload, url: "https://actions.example.com/a" }],
    });

    // Act
    const { html } = renderEmail(view);

    // Assess
    expect(html).not.toContain(payload);
    expect(html).not.toMatch(/<script|<img/i);
    // Quoted attribute values hold escaped text only; outside them no tag may gain an event handler.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).toContain(
      payload
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;"),
    );
  });

  it("escapes all five special characters", () => {
    const { html } = renderEmail(sampleView("ack", { headline: `a & b < c > d " e ' f` }));

    expect(html).toContain("a &amp; b &lt; c &gt; d &quot; e &#39; f");
  });

  it("does not expand placeholders found in values", () => {
    const email = renderEmail(sampleView("ack", { headline: "{{subject}} {{html:drafts}}" }));

    expect(email.html).toContain("{{subject}} {{html:drafts}}");
  });

  it("removes CR/LF from the subject, in the header, the title and the mailto link", () => {
    // Prepare
    const view = sampleView("follow_up", {
      subject: "Following up\r\nBcc: victim@example.com",
      drafts: [sampleDraft({ subject: "Hello\r\nBcc: victim@example.com" })],
    });

    // Act
    const email = renderEmail(view);

    // Assess
    expect(email.subject).toBe("Following up Bcc: victim@example.com");
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.html).toContain("<title>Following up Bcc: victim@example.com</title>");
    const [href = ""] = mailtoHrefs(email.html);
    expect(parseMailto(href).fields.subject).toBe("Hello Bcc: victim@example.com");
    expect(email.text).toContain("Subject: Hello Bcc: victim@example.com");
  });

  it("keeps line breaks in a draft body as <br>, escaped line by line", () => {
    const { html } = renderEmail(sampleView("thank_you", { drafts: [sampleDraft({ body: "Hi <b>Jo</b>,\nThanks" })] }));

    expect(html).toContain("Hi &lt;b&gt;Jo&lt;/b&gt;,<br>\nThanks");
  });
});
