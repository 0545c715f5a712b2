import { describe, expect, it } from "vitest";
import { digestOccurrenceAt, nextDigestAt } from "../../../functions/domain/digest-schedule";
import type { OwnerSettings } from "../../../functions/domain/owner";

const owner = (timezone: string, digestDay: OwnerSettings["digestDay"] = "monday", digestTime = "08:00") => ({
  timezone,
  digestDay,
  digestTime,
});

describe("nextDigestAt", () => {
  it.each([
    ["Saturday -> Monday 08:00 EST", owner("America/New_York"), "2026-02-28T15:00:00Z", "2026-03-02T13:00:00.000Z"],
    ["Monday 07:59 -> same Monday", owner("America/New_York"), "2026-03-02T12:59:00Z", "2026-03-02T13:00:00.000Z"],
    [
      "Monday 08:00 exactly -> next week",
      owner("America/New_York"),
      "2026-03-02T13:00:00Z",
      "2026-03-09T12:00:00.000Z",
    ],
    [
      "across the US DST change (EST -> EDT)",
      owner("America/New_York"),
      "2026-03-03T00:00:00Z",
      "2026-03-09T12:00:00.000Z",
    ],
    [
      "across the EU DST change (CET -> CEST)",
      owner("Europe/Berlin"),
      "2026-03-24T00:00:00Z",
      "2026-03-30T06:00:00.000Z",
    ],
    [
      "month boundary, Friday digest in Kolkata",
      owner("Asia/Kolkata", "friday", "18:30"),
      "2026-04-30T00:00:00Z",
      "2026-05-01T13:00:00.000Z",
    ],
    [
      "year boundary, Sunday digest",
      owner("UTC", "sunday", "09:00"),
      "2026-12-30T00:00:00Z",
      "2027-01-03T09:00:00.000Z",
    ],
  ])("%s", (_what, o, after, expected) => {
    expect(new Date(nextDigestAt(o, Date.parse(after))).toISOString()).toBe(expected);
  });
});

describe("digestOccurrenceAt", () => {
  it.each([
    ["exactly at the digest time, just after the US DST change", "2026-03-09T12:00:00Z", "2026-03-09T12:00:00.000Z"],
    ["the next day (a late retry)", "2026-03-10T03:00:00Z", "2026-03-09T12:00:00.000Z"],
    ["one minute before the next one", "2026-03-16T11:59:00Z", "2026-03-09T12:00:00.000Z"],
    ["the week before the DST change", "2026-03-03T00:00:00Z", "2026-03-02T13:00:00.000Z"],
  ])("%s", (_what, at, expected) => {
    const o = owner("America/New_York");
    expect(new Date(digestOccurrenceAt(o, Date.parse(at))).toISOString()).toBe(expected);
  });
});
