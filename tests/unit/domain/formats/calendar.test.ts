import { describe, expect, it } from "vitest";
import { deadlineEvent, escapeText, foldLine, interviewEvent } from "../../../../functions/domain/formats/calendar";
import { owner } from "../builders";

const NOW = "2026-03-04T15:00:00.000Z";

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n");
}

describe("interviewEvent", () => {
  it.each([
    [
      "New York owner, EST offset",
      "America/New_York",
      "2026-03-05T14:00:00-05:00",
      "20260305T190000Z",
      "20260305T194500Z",
      "Thu 5 Mar, 2:00 PM EST",
    ],
    [
      "Kolkata owner, IST offset",
      "Asia/Kolkata",
      "2026-03-05T14:00:00+05:30",
      "20260305T083000Z",
      "20260305T091500Z",
      "Thu 5 Mar, 2:00 PM IST",
    ],
    [
      "New York owner, interview stated in Berlin time",
      "America/New_York",
      "2026-03-10T15:00:00+01:00",
      "20260310T140000Z",
      "20260310T144500Z",
      "Tue 10 Mar, 10:00 AM EDT",
    ],
  ])("%s", (_name, timezone, start, dtstart, dtend, local) => {
    // Prepare / Act
    const event = interviewEvent({
      employerId: "acme",
      employerName: "Acme, Inc; R&D",
      role: "Staff Engineer",
      start,
      minutes: 45,
      interviewers: ["Dana Li"],
      owner: owner({ timezone }),
      now: NOW,
    });
    // Assess
    expect(event?.contentType).toContain("text/calendar");
    const lines = unfold(event?.content ?? "");
    expect(lines).toContain(`DTSTART:${dtstart}`);
    expect(lines).toContain(`DTEND:${dtend}`);
    expect(lines).toContain("DTSTAMP:20260304T150000Z");
    expect(lines).toContain("SUMMARY:Interview: Acme\\, Inc\\; R&D");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toContain(`Your time: ${local.replace(",", "\\,")}.`);
    expect(lines.find((l) => l.startsWith("UID:"))).toBe(`UID:interview-acme-${dtstart}@jobnudge`);
  });

  it("is deterministic for the same facts and ends every line with CRLF", () => {
    const input = {
      employerId: "acme",
      employerName: "Acme",
      role: null,
      start: "2026-03-05T14:00:00-05:00",
      minutes: null,
      interviewers: [],
      owner: owner(),
      now: NOW,
    };
    const a = interviewEvent(input)?.content ?? "";
    expect(interviewEvent(input)?.content).toBe(a);
    expect(a.endsWith("\r\n")).toBe(true);
    expect(a.replace(/\r\n/g, "")).not.toContain("\n");
    expect(unfold(a)).toContain("DTEND:20260305T200000Z"); // default 60 minutes
  });

  it("gives no event for an unreadable start", () => {
    expect(
      interviewEvent({
        employerId: "a",
        employerName: "A",
        role: null,
        start: "next tuesday",
        minutes: null,
        interviewers: [],
        owner: owner(),
        now: NOW,
      }),
    ).toBeNull();
  });
});

describe("deadlineEvent", () => {
  it("an all-day event on a date-only deadline, whatever the zone", () => {
    for (const timezone of ["America/Los_Angeles", "Asia/Tokyo"]) {
      const lines = unfold(
        deadlineEvent({
          employerId: "globex",
          employerName: "Globex",
          respondBy: "2026-03-31",
          owner: owner({ timezone }),
          now: NOW,
        })?.content ?? "",
      );
      expect(lines).toContain("DTSTART;VALUE=DATE:20260331");
      expect(lines).toContain("DTEND;VALUE=DATE:20260401"); // month boundary
    }
  });

  it("a half-hour block ending at a timed deadline", () => {
    const lines = unfold(
      deadlineEvent({
        employerId: "globex",
        employerName: "Globex",
        respondBy: "2026-03-13T17:00:00-04:00",
        owner: owner(),
        now: NOW,
      })?.content ?? "",
    );
    expect(lines).toContain("DTSTART:20260313T203000Z");
    expect(lines).toContain("DTEND:20260313T210000Z");
  });
});

describe("text escaping and folding", () => {
  it.each([
    ["a,b", "a\\,b"],
    ["a;b", "a\\;b"],
    ["back\\slash", "back\\\\slash"],
    ["two\nlines\r\nhere", "two\\nlines\\nhere"],
  ])("%j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it("folds at 75 octets without splitting a multi-byte character", () => {
    // Prepare
    const line = `DESCRIPTION:${"é".repeat(100)}`;
    // Act
    const folded = foldLine(line);
    // Assess
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});
