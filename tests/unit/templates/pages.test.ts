import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../../templates/fill";
import { confirmationPage, errorPage, resultPage } from "../../../templates/pages";

const HOSTILE = `<script>alert("x")</script>&'`;

describe("pages", () => {
  it("escapes every value with the templates' escaper", () => {
    const html = errorPage(HOSTILE, HOSTILE);
    expect(html).toContain(`<h1>${escapeHtml(HOSTILE)}</h1>`);
    expect(html).toContain(`<title>${escapeHtml(HOSTILE)} · jobnudge</title>`);
  });

  it("the confirmation page POSTs to its own URL and changes nothing by itself", () => {
    // Prepare / Act
    const html = confirmationPage({
      title: HOSTILE,
      question: HOSTILE,
      button: HOSTILE,
      fields: [{ name: "name", label: HOSTILE, value: HOSTILE }],
    });
    // Assess
    expect(html).not.toContain("<script>");
    expect(html).toContain('<form method="post">');
    expect(html).not.toMatch(/<form[^>]*action=/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<label for="field-0">[^<]*<\/label><input type="text" id="field-0"/);
  });

  it("result and error pages escape and announce their message", () => {
    expect(resultPage({ title: "Done", message: HOSTILE, details: [HOSTILE], preformatted: HOSTILE })).not.toContain(
      "<script>",
    );
    const error = errorPage("Link expired", HOSTILE);
    expect(error).toContain('role="alert"');
    expect(error).toContain("Nothing was changed.");
    expect(error).not.toContain("<script>");
  });
});
