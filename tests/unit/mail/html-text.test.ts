import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "../../../functions/mail/html-text";

describe("htmlToText", () => {
  const cases = [
    { name: "paragraphs apart, line breaks inside", html: "<p>Hi</p><p>One<br>Two</p>", want: "Hi\n\nOne\nTwo" },
    {
      name: "table cells stay on their row",
      html: "<table><tr><td>When:</td><td>Tue 3pm</td></tr><tr><td>Where:</td><td>HQ</td></tr></table>",
      want: "When: Tue 3pm\n\nWhere: HQ",
    },
    {
      name: "a short label cell reads as 'Label: value'",
      html: "<table><tr><td><b>Date</b></td><td>Thursday 23 April 2026</td></tr><tr><td><strong>Time</strong></td><td>10:00 (BST)</td></tr></table>",
      want: "Date: Thursday 23 April 2026\n\nTime: 10:00 (BST)",
    },
    {
      name: "a row of three cells is not a label row",
      html: "<table><tr><td>Role</td><td>Team</td><td>Level</td></tr></table>",
      want: "Role Team Level",
    },
    {
      name: "a long first cell is not a label",
      html: "<table><tr><td>Thank you for confirming your availability with us</td><td>x</td></tr></table>",
      want: "Thank you for confirming your availability with us x",
    },
    {
      name: "style, script and comments dropped",
      html: "<style>p{x:1}</style><script>alert(1)</script><!-- c --><p>Text</p>",
      want: "Text",
    },
    {
      name: "entities decoded",
      html: "<p>Marrow &amp; Pine &ndash; caf&#233; &#x2019;s&nbsp;x</p>",
      want: "Marrow & Pine – café ’s x",
    },
    { name: "links keep their text", html: '<a href="mailto:a@b.co">a@b.co</a>', want: "a@b.co" },
    { name: "list items", html: "<ul><li>One</li><li>Two</li></ul>", want: "- One\n- Two" },
  ];

  it.each(cases)("$name", ({ html, want }) => {
    expect(htmlToText(html)).toBe(want);
  });

  it("drops the doctype and XML declarations", () => {
    const text = htmlToText('<?xml version="1.0"?><!DOCTYPE html><html><body><p>Hello Sam</p></body></html>');
    expect(text.trim()).toBe("Hello Sam");
  });

  it("leaves unknown entities and stray brackets as text", () => {
    expect(decodeEntities("a &bogus; b")).toBe("a &bogus; b");
  });

  it.each([
    ["Z&uuml;rich", "Zürich"],
    ["confirm&eacute;", "confirmé"],
    ["Holloway &amp; Baird", "Holloway & Baird"],
    ["we&rsquo;re", "we’re"],
    ["&copy 2026 Acme", "© 2026 Acme"],
    ["10:00&ndash;11:15", "10:00–11:15"],
    ["&#x1F4C5; &#233;", "📅 é"],
    ["co&shy;operate", "cooperate"],
  ])("decodes %s as the HTML standard does", (html, text) => {
    expect(decodeEntities(html)).toBe(text);
    expect(htmlToText("1 < 2 and 3 > 2")).toBe("1 < 2 and 3 > 2");
  });
});
