// Sample EmailView values for the template tests: one of each block, overridable per test.
import type { DraftView, EmailView } from "../../../functions/domain/email-view";
import type { OwnerEmailKind } from "../../../functions/domain/vocabularies";

export function sampleDraft(overrides: Partial<DraftView> = {}): DraftView {
  return {
    kind: "expedite_request",
    label: "Expedite request to Globex",
    to: "jordan.lee@globex.example",
    subject: "Timeline for the Staff Engineer role",
    body: "Hi Jordan,\n\nI have received an offer with a deadline of Friday 13 March.\nGlobex remains my first choice: could you share where things stand?\n\nBest,\nSam",
    callScript: null,
    ...overrides,
  };
}

export function sampleView(kind: OwnerEmailKind, overrides: Partial<EmailView> = {}): EmailView {
  return {
    kind,
    subject: `jobnudge: ${kind} for Globex`,
    preheader: "Two days left to answer Acme",
    headline: `Headline for ${kind}: Globex`,
    happened: "Acme made you an offer on Monday 9 March.",
    whyNow: "Its deadline is in two days and Globex has not decided yet.",
    deadline: "Fri 13 Mar, 5:00 PM (America/New_York)",
    sections: [{ title: "Before you send", items: ["Check the deadline", "Name your top choice"] }],
    tables: [
      {
        title: "Your processes",
        columns: ["Employer", "Stage", "Respond by"],
        rows: [
          ["Acme", "offer", "Fri 13 Mar"],
          ["Globex Corporation", "in_process", ""],
        ],
      },
    ],
    drafts: [sampleDraft()],
    actions: [{ label: "I sent it", url: "https://actions.example.com/a/sent?t=abc&s=1" }],
    attachments: [],
    ...overrides,
  };
}
