import { describe, expect, it } from "vitest";
import { envelopeDate, isEnvelopeLine } from "../../../functions/mailbox/envelope";

describe("isEnvelopeLine", () => {
  it.each([
    ["Gmail Takeout", "From 1788766383567437921@xxx Thu Jan 29 16:19:54 +0000 2026", "2026-01-29T16:19:54.000Z"],
    ["Thunderbird", "From - Thu Mar 05 10:15:00 2026", "2026-03-05T10:15:00.000Z"],
    ["Apple Mail, space-padded day", "From sam@example.com Thu Mar  5 10:15:00 2026", "2026-03-05T10:15:00.000Z"],
    [
      "qmail, two spaces after the sender",
      "From sam@example.com  Mon Mar  2 09:00:00 2026",
      "2026-03-02T09:00:00.000Z",
    ],
    ["a zone after the year", "From MAILER-DAEMON Fri Mar  6 09:00:00 2026 -0500", "2026-03-06T14:00:00.000Z"],
    ["no seconds", "From sam@example.com Fri Mar  6 09:00 2026", "2026-03-06T09:00:00.000Z"],
    ["RFC 5322 style", "From sam@example.com Thu, 05 Mar 2026 10:15:00 +0100", "2026-03-05T09:15:00.000Z"],
  ])("accepts %s", (_writer, line, iso) => {
    expect(isEnvelopeLine(line)).toBe(true);
    expect(new Date(envelopeDate(line) ?? Number.NaN).toISOString()).toBe(iso);
  });

  it.each([
    ["prose", "From what I heard, the panel went well."],
    ["prose with a date in it", "From Monday March 2 10:00 2026 we start"],
    ["a sender without a date", "From sam@example.com"],
    ["a date without a weekday", "From sam@example.com Mar  5 10:15:00 2026"],
    ["a header", "From: Dana Whitfield <dana@northwind.example>"],
    ["a quoted separator", ">From sam@example.com Thu Mar  5 10:15:00 2026"],
    ["trailing words", "From sam@example.com Thu Mar  5 10:15:00 2026 and then"],
  ])("refuses %s", (_what, line) => {
    expect(isEnvelopeLine(line)).toBe(false);
    expect(envelopeDate(line)).toBeNull();
  });
});
