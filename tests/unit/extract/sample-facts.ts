// Builds MailFacts for extractor tests: an employer's message to the owner unless overridden.
import type { MailFacts } from "../../../functions/domain/mail-facts";

export const OWNER = "sam.rivera@gmail.com";

export function sampleFacts(overrides: Partial<MailFacts> = {}): MailFacts {
  return {
    from: { name: "Priya Shah", address: "priya.shah@northwind.io" },
    to: [{ name: "Sam Rivera", address: OWNER }],
    cc: [],
    replyTo: [],
    subject: "",
    dateHeader: "Mon, 2 Mar 2026 10:00:00 -0500",
    dateMs: Date.parse("2026-03-02T10:00:00-05:00"),
    zone: { kind: "fixed", offsetMinutes: -300 },
    body: "",
    quoted: "",
    ownerNote: null,
    calendar: null,
    attachments: [],
    bulk: false,
    ownerAddresses: [OWNER],
    ownerTimezone: "America/New_York",
    ...overrides,
  };
}
