// The import's one summary email: the headline the owner reads first, the employers found, the
// facts to check with their one-tap answers, and the nudges that were due before the import.
import { describe, expect, it } from "vitest";
import { composeImportSummary, importHeadline } from "../../../../functions/domain/compose/import-summary";
import type { PlannedNudge } from "../../../../functions/domain/nudge";
import { renderEmail } from "../../../../templates/render";
import { employer, ownerIn } from "../builders";

const NOW = "2026-04-20T14:00:00.000Z";
const owner = ownerIn("America/New_York");
const links = (action: string, employerId: string | null) => `https://actions.test/${action}/${employerId ?? "-"}`;
const mailOf = (key: string, at: string) => ({
  at,
  kind: "update" as const,
  summary: "update: noted",
  messageKey: key,
});

describe("import summary", () => {
  it.each([
    [412, 7, 2, "imported 412 messages, 7 employers, 2 need your answer"],
    [1, 1, 1, "imported 1 message, 1 employer, 1 needs your answer"],
    [0, 0, 0, "imported 0 messages, 0 employers, 0 need your answer"],
  ])("headline for %i messages, %i employers, %i waiting", (messages, employers, waiting, headline) => {
    const records = Array.from({ length: employers }, (_, i) =>
      employer(`E${i}`, {
        timeline: [mailOf(`k${i}`, NOW)],
        unsure:
          i < waiting
            ? [{ field: "respondBy", value: "2026-05-01", confidence: 0.6, messageKey: `k${i}`, at: NOW }]
            : [],
      }),
    );
    const keys = new Set(records.map((_, i) => `k${i}`));

    expect(importHeadline({ messages, employers: records, messageKeys: keys })).toBe(headline);
  });

  it("lists the employers, asks about unsure facts with links, and tells what was already due", () => {
    // Prepare
    const acme = employer("Acme", {
      role: "Data Engineer",
      timeline: [mailOf("a1", "2026-02-02T15:00:00.000Z"), mailOf("a2", "2026-02-09T15:00:00.000Z")],
      unsure: [{ field: "respondBy", value: "2026-05-01", confidence: 0.6, messageKey: "a2", at: NOW }],
    });
    const globex = employer("Globex", { timeline: [mailOf("g1", "2026-03-01T15:00:00.000Z")] });
    const overdue: PlannedNudge[] = [
      {
        id: "follow_up.acme.1",
        kind: "follow_up",
        employerId: acme.id,
        dueAt: "2026-02-17T14:00:00.000Z",
        drafts: ["follow_up"],
        reason: "7 days of silence",
      },
    ];

    // Act
    const view = composeImportSummary(
      {
        messages: 40,
        jobMessages: 3,
        problems: 1,
        employers: [acme, globex],
        messageKeys: new Set(["a1", "a2", "g1"]),
        overdue,
      },
      [],
      owner,
      NOW,
      links,
    );
    const rendered = renderEmail(view);

    // Assess
    expect(view.kind).toBe("digest");
    expect(view.subject).toBe("jobnudge imported 40 messages, 2 employers, 1 needs your answer");
    expect(view.sections.map((s) => s.title)).toEqual([
      "Employers found",
      "Acme: please check",
      "Already due when imported (not sent separately)",
      "Not read",
    ]);
    expect(view.sections[0]?.items[0]).toMatch(/^Acme \(Data Engineer\): in process, two messages, latest Mon 9 Feb/);
    expect(view.actions.map((a) => a.url)).toContain(`https://actions.test/confirm/${acme.id}`);
    expect(view.sections[2]?.items).toEqual(["follow-up for Acme: 7 days of silence"]);
    expect(rendered.text).toContain("Deadline");
    expect(rendered.html).toContain("Acme: please check");
  });
});
