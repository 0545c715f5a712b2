// The local inbox's receipt (the text of its SMTP 250 reply) and what `send` makes of it: every
// outcome the stack can report, and which of them are failures at the terminal (exit 1).
import { describe, expect, it } from "vitest";
import { describeReceipt } from "../../../functions/local/cli/deliver";
import { formatReceipt, parseReceipt, type Receipt } from "../../../functions/local/stack/receipt";

const CONTEXT = { from: "stranger@else.example", owner: "sam@example.org", dataDir: "/d", viewer: "http://v" };
const delivered = (receipt: Receipt | null, response = "250 OK") => ({ receipt, response });

describe("receipt", () => {
  it("round-trips through one printable ASCII line", () => {
    // Prepare
    const receipt: Receipt = { outcome: "applied", rawKey: "k1", kind: "offer", employer: "Zürich Ünited\r\nX" };

    // Act
    const line = formatReceipt(receipt);

    // Assess
    expect(line).toMatch(/^jobnudge-receipt [\x20-\x7e]+$/);
    expect(parseReceipt(`250 ${line}`)).toEqual(receipt);
  });

  it("keeps long fields short enough for an SMTP reply", () => {
    const line = formatReceipt({ outcome: "error", rawKey: "k", error: "x".repeat(5000) });
    expect(line.length).toBeLessThan(300);
  });

  it.each(["250 OK: message queued", "250 jobnudge-receipt {not json", "", undefined])(
    "finds no receipt in %j",
    (response) => {
      expect(parseReceipt(response)).toBeNull();
    },
  );
});

describe("describeReceipt", () => {
  it.each([
    {
      receipt: { outcome: "applied", rawKey: "k", kind: "offer", employer: "Northwind" },
      ok: true,
      says: "applied: offer from Northwind",
    },
    {
      receipt: { outcome: "applied", rawKey: "k", kind: "offer", employer: "Northwind", repeat: true },
      ok: true,
      says: "already applied: offer from Northwind (jobnudge had this message, same Message-ID); nothing changed and no second acknowledgement",
    },
    {
      receipt: { outcome: "applied", rawKey: "k", kind: "outgoing", employer: "Brightline" },
      ok: true,
      says: "applied: your own mail to Brightline",
    },
    {
      receipt: { outcome: "applied", rawKey: "k", kind: "interview_scheduled", employer: "Globex", repeat: true },
      ok: true,
      says: "already applied: interview scheduled from Globex (",
    },
    { receipt: { outcome: "applied", rawKey: "k", kind: "other" }, ok: true, says: "not about a job process" },
    { receipt: { outcome: "command", rawKey: "k", kind: "other" }, ok: true, says: "command run" },
    { receipt: { outcome: "queued", rawKey: "k" }, ok: true, says: "still being processed" },
    {
      receipt: { outcome: "rejected_sender", rawKey: "k", kind: "offer" },
      ok: false,
      says: "rejected as a stranger: the envelope sender stranger@else.example is not the owner (sam@example.org)",
    },
    {
      receipt: { outcome: "error", rawKey: "k", kind: "other", error: "not an email: no header lines" },
      ok: false,
      says: "unreadable (not an email: no header lines): jobnudge could not read it as an email; the owner was told",
    },
    {
      receipt: { outcome: "error", rawKey: "k", kind: "other", error: "not an email", repeat: true },
      ok: false,
      says: "could not read it as an email; the owner was told by email when it first came",
    },
    { receipt: { outcome: "ignored", rawKey: "k" }, ok: false, says: "mail jobnudge sent itself" },
    { receipt: { outcome: "failed", rawKey: "k9", error: "boom" }, ok: false, says: "kept as /d/mail/k9" },
  ] as { receipt: Receipt; ok: boolean; says: string }[])("$receipt.outcome: ok=$ok", ({ receipt, ok, says }) => {
    // Act
    const result = describeReceipt(delivered(receipt), CONTEXT);

    // Assess
    expect(result.ok).toBe(ok);
    expect(result.text).toContain(says);
  });

  it("is a failure when the server says nothing about the message (not jobnudge's inbox)", () => {
    const result = describeReceipt(delivered(null, "250 OK: message queued"), CONTEXT);
    expect(result).toEqual({ ok: false, text: expect.stringContaining("is that jobnudge's inbox?") });
  });
});
