import { describe, expect, it } from "vitest";
import type { EmailView } from "../../../functions/domain/email-view";
import { MissingTemplateValueError, renderEmail, UnsafeLinkError } from "../../../templates/render";
import { mailtoHrefs, parseMailto } from "./html-links";
import { sampleDraft, sampleView } from "./sample-view";

// Views built from untyped data (JSON, a bug upstream) can break the contract at run time.
const broken = (overrides: Record<string, unknown>): EmailView =>
  ({ ...sampleView("follow_up"), ...overrides }) as unknown as EmailView;

describe("renderEmail: missing values", () => {
  it.each([
    ["headline undefined", broken({ headline: undefined }), "headline"],
    ["happened null", broken({ happened: null }), "happened"],
    ["whyNow blank", broken({ whyNow: "  " }), "whyNow"],
    ["subject empty", broken({ subject: "" }), "subject"],
    ["preheader a number", broken({ preheader: 3 }), "preheader"],
    ["deadline undefined (null means none)", broken({ deadline: undefined }), "deadline"],
    ["sections missing", broken({ sections: undefined }), "sections"],
    ["section item blank", broken({ sections: [{ title: "T", items: [""] }] }), "sections[0].items[0]"],
    ["table cell null", broken({ tables: [{ title: "T", columns: ["A"], rows: [[null]] }] }), "tables[0].rows[0][0]"],
    [
      "table row too short",
      broken({ tables: [{ title: "T", columns: ["A", "B"], rows: [["x"]] }] }),
      "tables[0].rows[0]",
    ],
    ["draft body empty", broken({ drafts: [sampleDraft({ body: "" })] }), "drafts[0].body"],
    ["draft label undefined", broken({ drafts: [{ ...sampleDraft(), label: undefined }] }), "drafts[0].label"],
    ["draft to empty (null means unknown)", broken({ drafts: [sampleDraft({ to: "" })] }), "drafts[0].to"],
    ["action label missing", broken({ actions: [{ url: "https://a.example.com" }] }), "actions[0].label"],
  ])("%s throws", (_, view, field) => {
    expect(() => renderEmail(view)).toThrow(MissingTemplateValueError);
    expect(() => renderEmail(view)).toThrow(field);
  });

  it("an unknown kind throws", () => {
    expect(() => renderEmail(broken({ kind: "surprise" }))).toThrow(MissingTemplateValueError);
  });

  it("an empty table cell is a value, not a missing one", () => {
    const view = sampleView("digest", { tables: [{ title: "T", columns: ["A", "B"], rows: [["x", ""]] }] });

    expect(() => renderEmail(view)).not.toThrow();
  });
});

describe("renderEmail: links", () => {
  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "/relative/path",
    "//evil.example.com",
    "",
  ])("rejects action link %j", (url) => {
    const view = sampleView("decision_reminder", { actions: [{ label: "Click", url }] });

    expect(() => renderEmail(view)).toThrow(UnsafeLinkError);
  });

  it.each(["https://actions.example.com/a?t=1&u=2", "http://127.0.0.1:8787/a/snooze?t=x", "mailto:sam@example.com"])(
    "keeps action link %s as an href",
    (url) => {
      const { html } = renderEmail(sampleView("decision_reminder", { actions: [{ label: "Go", url }] }));

      expect(html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    },
  );

  it("round-trips to, subject and body through the draft's mailto: link", () => {
    // Prepare
    const draft = sampleDraft({
      to: "jordan+hiring@globex.example",
      subject: "Re: Offer & timeline? 100% yes = great #1",
      body: "Hi Jordan,\n\nLine two: a&b=c?d #e 50% é 🙂\r\nLast line",
    });

    // Act
    const { html } = renderEmail(sampleView("expedite_request", { drafts: [draft] }));

    // Assess
    const hrefs = mailtoHrefs(html);
    expect(hrefs).toHaveLength(1);
    const [href = ""] = hrefs;
    expect(href).toContain("jordan%2Bhiring@globex.example?");
    expect(href).toContain("%0D%0A");
    expect(href).not.toMatch(/[ \r\n]/);
    const parsed = parseMailto(href);
    expect(parsed.to).toEqual(["jordan+hiring@globex.example"]);
    expect(parsed.fields.subject).toBe(draft.subject);
    expect(parsed.fields.body).toBe("Hi Jordan,\r\n\r\nLine two: a&b=c?d #e 50% é 🙂\r\nLast line");
  });

  it("a draft without a recipient still gets a mailto: link with subject and body", () => {
    const { html } = renderEmail(sampleView("withdrawal", { drafts: [sampleDraft({ to: null })] }));

    const [href = ""] = mailtoHrefs(html);
    expect(href.startsWith("mailto:?subject=")).toBe(true);
    expect(parseMailto(href).to).toEqual([]);
  });
});
