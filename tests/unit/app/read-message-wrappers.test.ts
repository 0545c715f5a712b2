import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEmail } from "../../../functions/app/read-message";

const FIXTURES = join(import.meta.dirname, "../../fixtures/mail");
const CTX = {
  ownerAddresses: ["Alex.Moreno@gmail.com", "alex.old@gmail.com", "jonas.keller@outlook.de", "camille.roy@hotmail.com"],
  timezone: "America/New_York",
};

function load(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, file)));
}

describe("readEmail on each wrapper shape", () => {
  const cases = [
    {
      file: "gmail-inline-offer.eml",
      forward: "inline",
      want: {
        kind: "offer",
        employer: "Tidewater Robotics",
        role: "Senior Firmware Engineer",
        respondBy: "2026-06-12T17:00:00-07:00",
        contactEmail: "nadia.brooks@tidewaterrobotics.com",
      },
    },
    {
      file: "outlook-de-inline-invite.eml",
      forward: "inline",
      want: {
        kind: "interview_invite",
        employer: "Feldmann Analytik",
        role: "Data Engineer",
        interviewAt: null,
        contactEmail: "mira.vogt@feldmann-analytik.de",
      },
    },
    {
      file: "outlook-fr-inline-rejection.eml",
      forward: "inline",
      want: {
        kind: "rejection",
        employer: "Atelier Lumen",
        role: "Product Designer",
        contactEmail: "hugo.bernard@atelier-lumen.fr",
      },
    },
    {
      file: "apple-quoted-confirmed.eml",
      forward: "inline",
      want: {
        kind: "interview_scheduled",
        employer: "Northwind",
        interviewAt: "2026-05-12T10:30:00-04:00",
        interviewMinutes: 60,
        interviewers: ["Sam Lee", "Dana Ito"],
        originalDate: "2026-05-07T16:12:09-07:00",
      },
    },
    {
      file: "yahoo-jammed-update.eml",
      forward: "inline",
      want: {
        kind: "update",
        employer: "Quarry Lane",
        expectDecisionBy: "2026-05-13",
        originalDate: "2026-05-08T07:40:00-06:00",
      },
    },
    {
      file: "thunderbird-rfc822-ics.eml",
      forward: "attachment",
      want: {
        kind: "interview_scheduled",
        employer: "Beaconcrest",
        interviewAt: "2026-05-20T14:00:00+02:00",
        interviewers: ["Tomás Weber"],
        messageId: "inner-ics-1@beaconcrest.com",
      },
    },
    {
      file: "gmail-forward-of-forward.eml",
      forward: "inline",
      want: {
        kind: "interview_invite",
        employer: "Orbitfield",
        contactEmail: "lena.park@orbitfield.com",
        ownerNote: "from my old address",
      },
    },
    {
      file: "redirect-resent.eml",
      forward: "redirect",
      want: {
        kind: "update",
        employer: "Harborline",
        expectDecisionBy: "2026-05-22",
        messageId: "redirect-1@harborline.com",
      },
    },
    {
      file: "auto-forward-html-only.eml",
      forward: "auto",
      want: { kind: "rejection", employer: "Kelvin & Marsh", role: "Data Scientist", contactEmail: null },
    },
    {
      file: "bcc-outgoing-withdrawal.eml",
      forward: "bcc",
      want: {
        kind: "outgoing",
        outgoingKind: "withdrawal",
        employer: "Orbitfield",
        contactEmail: "lena.park@orbitfield.com",
      },
    },
    {
      file: "owner-note-deadline.eml",
      forward: "inline",
      want: {
        kind: "offer",
        employer: "Saltmeadow",
        respondBy: "2026-05-21",
        ownerNote: "they called, deadline is Thursday",
      },
    },
    {
      file: "job-alert-digest.eml",
      forward: "auto",
      want: { kind: "other", employer: null, respondBy: null, interviewAt: null, contactEmail: null },
    },
    {
      file: "agency-client.eml",
      forward: "auto",
      want: { kind: "interview_invite", employer: "Fennick Logistics", role: "Lead Data Engineer" },
    },
    {
      file: "thread-newest-decides.eml",
      forward: "inline",
      want: { kind: "update", employer: "Copperfield", respondBy: "2026-05-26" },
    },
  ] as const;

  it.each(cases)("$file", async ({ file, forward, want }) => {
    // Prepare
    const raw = load(file);

    // Act
    const result = await readEmail(raw, CTX);

    // Assess
    expect(result.outer.forward).toBe(forward);
    expect(result.extraction).toMatchObject(want);
    expect(result.extraction.error).toBeUndefined();
  });

  it("treats mail the owner wrote to the inbox itself as a command, not an employer message", async () => {
    // Prepare
    const raw = load("command-direct.eml");

    // Act
    const result = await readEmail(raw, { ...CTX, inboxAddress: "track@inbox.alexmoreno.dev" });

    // Assess
    expect(result.outer.forward).toBe("none");
    expect(result.ownerText).toBe("status please");
    expect(result.extraction.kind).toBe("other");
    expect(result.extraction.employer).toBeNull();
  });

  it("fills the outer fields and keeps the extraction JSON-friendly", async () => {
    // Prepare
    const raw = load("gmail-inline-offer.eml");

    // Act
    const result = await readEmail(raw, CTX);

    // Assess
    expect(result.outer).toMatchObject({
      from: "alex.moreno@gmail.com",
      subject: "Fwd: Your offer from Tidewater Robotics",
      date: "2026-06-09T17:02:00.000Z",
      messageId: "fwd-offer-1@mail.gmail.com",
      fromJobnudge: false,
    });
    expect(JSON.parse(JSON.stringify(result.extraction))).toEqual(result.extraction);
    expect(result.extraction.offerTerms).toMatchObject({ base: 182000, currency: "USD", signOn: 20000, pto: 25 });
    for (const value of Object.values(result.extraction.confidence)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
});

describe("readEmail on unreadable input", () => {
  const cases = [
    { name: "empty", raw: new Uint8Array(), error: /empty/ },
    { name: "oversized", raw: new Uint8Array(26 * 1024 * 1024), error: /too large/ },
    { name: "blank lines", raw: new TextEncoder().encode("\n\n\n"), error: /^not an email: no header lines$/ },
    {
      name: "a binary file",
      raw: new Uint8Array([0, 159, 146, 150, 255, 0, 1, 2, 3]),
      error: /^not an email: no header lines$/,
    },
    {
      name: "plain text without headers",
      raw: new TextEncoder().encode("they called, deadline is Thursday noon\nthanks\n"),
      error: /^not an email: no header lines$/,
    },
    {
      name: "a PDF",
      raw: new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\n"),
      error: /^not an email: no header lines$/,
    },
  ];

  it.each(cases)("$name gives kind other with a one-line error", async ({ raw, error }) => {
    // Act
    const result = await readEmail(raw, CTX);

    // Assess
    expect(result.extraction.kind).toBe("other");
    expect(result.extraction.error).toMatch(error);
    expect(result.extraction.error).not.toMatch(/\n/);
  });

  it("flags mail jobnudge sent itself (loop guard)", async () => {
    // Prepare
    const raw = new TextEncoder().encode(
      "From: track@inbox.alexmoreno.dev\r\nTo: alex.moreno@gmail.com\r\nX-Jobnudge-Kind: ack\r\nAuto-Submitted: auto-generated\r\nSubject: got it\r\n\r\nok\r\n",
    );

    // Act
    const result = await readEmail(raw, CTX);

    // Assess
    expect(result.outer.fromJobnudge).toBe(true);
  });
});
