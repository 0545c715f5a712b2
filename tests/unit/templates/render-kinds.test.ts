import { describe, expect, it } from "vitest";
import { OWNER_EMAIL_KINDS } from "../../../functions/domain/vocabularies";
import { renderEmail } from "../../../templates/render";
import { sampleDraft, sampleView } from "./sample-view";

const FOOTER = "jobnudge never writes to an employer: you send every draft.";

describe("renderEmail: every owner email kind", () => {
  it.each(OWNER_EMAIL_KINDS)("renders %s with its headline, blocks and drafts", (kind) => {
    // Prepare
    const drafts = [
      sampleDraft(),
      sampleDraft({
        label: "Call Globex instead",
        to: null,
        subject: "Quick call about timing",
        body: "Hi Jordan,\nA quick call this week?\nSam",
        callScript: ["Say you hold an offer", "Ask for their timeline", "Thank them"],
      }),
    ];
    const view = sampleView(kind, { drafts });

    // Act
    const email = renderEmail(view);

    // Assess
    expect(email.subject).toBe(view.subject);
    expect(email.html).toMatch(/^<!doctype html>/i);
    expect(email.html).toContain(`<title>${view.subject}</title>`);
    expect(email.html).toContain(view.headline);
    expect(email.html).toContain(view.preheader);
    expect(email.html).toContain("Fri 13 Mar, 5:00 PM (America/New_York)");
    expect(email.html).toContain("Before you send");
    expect(email.html).toContain("Globex Corporation");
    expect(email.html).toContain("Drafts ready to send (2)");
    expect(email.html).toContain("Ask for their timeline");
    expect(email.html).toContain(FOOTER);
    expect(email.html).not.toMatch(/\{\{|\}\}|\[\[/);
    for (const draft of drafts) {
      expect(email.html).toContain(draft.label);
      expect(email.html).toContain(draft.subject);
      expect(email.text).toContain(draft.body);
      expect(email.text).toContain(`Subject: ${draft.subject}`);
    }
    expect(email.text).toContain("To: jordan.lee@globex.example");
    expect(email.text).toContain("To: (add the recipient)");
    expect(email.text).toContain(view.headline);
    expect(email.text).toContain(view.happened);
    expect(email.text).toContain(view.whyNow);
    expect(email.text).toContain("Deadline: Fri 13 Mar, 5:00 PM (America/New_York)");
    expect(email.text).toContain("- I sent it: https://actions.example.com/a/sent?t=abc&s=1");
    expect(email.text).toContain(FOOTER);
  });

  it("shows a different accent and label per kind", () => {
    const digest = renderEmail(sampleView("digest")).html;
    const error = renderEmail(sampleView("error")).html;

    expect(digest).toContain("Weekly digest");
    expect(error).toContain("Something went wrong");
    expect(digest).toContain("#6d28d9");
    expect(error).not.toContain("#6d28d9");
  });

  it.each(["digest", "command_reply", "error"] as const)("%s shows no drafts block when it has no draft", (kind) => {
    const email = renderEmail(sampleView(kind, { drafts: [] }));

    expect(email.html).not.toContain("Draft");
    expect(email.text).not.toContain("Draft");
  });

  it("a draft kind with no draft says there is nothing to send", () => {
    const email = renderEmail(sampleView("follow_up", { drafts: [] }));

    expect(email.html).toContain("No draft this time");
  });

  it("leaves out the deadline, sections, tables and actions when there are none", () => {
    const email = renderEmail(sampleView("ack", { deadline: null, sections: [], tables: [], actions: [] }));

    expect(email.html).not.toContain("Deadline");
    expect(email.html).not.toContain("Quick actions");
    expect(email.text).not.toContain("Deadline");
    expect(email.text).not.toContain("Quick actions");
  });

  it("passes attachments through unchanged", () => {
    const attachment = { filename: "globex.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR" };

    const email = renderEmail(sampleView("interview_prep", { attachments: [attachment] }));

    expect(email.attachments).toEqual([attachment]);
  });
});
