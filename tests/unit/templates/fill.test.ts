import { describe, expect, it } from "vitest";
import { MissingTemplateValueError } from "../../../templates/errors";
import { escapeHtml, fill } from "../../../templates/fill";

describe("fill", () => {
  it("escapes text values and inserts html fragments as they are", () => {
    const html = fill("<p>{{name}}</p>{{html:list}}", "t", { text: { name: "<b>" }, html: { list: "<ul></ul>" } });

    expect(html).toBe("<p>&lt;b&gt;</p><ul></ul>");
  });

  it("turns line breaks into <br> only for |lines placeholders", () => {
    const html = fill("{{a|lines}}|{{a}}", "t", { text: { a: "x\r\ny\nz" } });

    expect(html).toBe("x<br>\ny<br>\nz|x\r\ny\nz");
  });

  it.each([
    ["a text value", "{{name}}", {}],
    ["an html fragment", "{{html:list}}", { text: { list: "<ul></ul>" } }],
  ])("throws on %s without a value", (_, template, values) => {
    expect(() => fill(template, "block", values)).toThrow(MissingTemplateValueError);
    expect(() => fill(template, "block", values)).toThrow(/block.*(name|list)/);
  });

  it("escapes & < > \" '", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
