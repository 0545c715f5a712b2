// The offset cache (functions/domain/time/offsets.ts) must give what Intl gives, to the millisecond,
// also inside the hour of a transition, whatever order the hours are first asked in.
import { describe, expect, it } from "vitest";
import { isIanaTimeZone, offsetMinutesAt } from "../../../../functions/domain/time";

/** Minutes east of UTC straight from Intl ("GMT-04:00" -> -240), uncached. */
function intlOffset(zone: string, ms: number): number {
  const label =
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(new Date(ms))
      .find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(label);
  if (!m?.[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -minutes : minutes;
}

const TRANSITIONS = [
  { zone: "America/New_York", at: "2026-03-08T07:00:00Z" },
  { zone: "America/New_York", at: "2026-11-01T06:00:00Z" },
  { zone: "Europe/Dublin", at: "2026-10-25T01:00:00Z" },
  { zone: "Australia/Sydney", at: "2026-04-04T16:00:00Z" },
  // Lord Howe changes at half past a UTC hour, by 30 minutes.
  { zone: "Australia/Lord_Howe", at: "2026-04-04T15:00:00Z" },
  { zone: "Australia/Lord_Howe", at: "2026-10-03T15:30:00Z" },
];

describe("offsetMinutesAt", () => {
  it.each(TRANSITIONS)("matches Intl around $at in $zone, forwards and backwards", ({ zone, at }) => {
    // Prepare: every minute for two hours either side, then the transition's own second to the millisecond
    const center = Date.parse(at);
    const instants: number[] = [];
    for (let minute = -120; minute <= 120; minute += 1) instants.push(center + minute * 60_000);
    instants.push(center - 1, center, center + 1, center + 999);
    const backwards = [...instants].reverse();

    // Act
    const got = [
      ...backwards.map((ms) => offsetMinutesAt(ms, zone)).reverse(),
      ...instants.map((ms) => offsetMinutesAt(ms, zone)),
    ];

    // Assess
    const want = [...instants, ...instants].map((ms) => intlOffset(zone, ms));
    expect(got).toEqual(want);
    expect(offsetMinutesAt(center - 1, zone)).not.toBe(offsetMinutesAt(center, zone));
  });

  it("takes a fixed offset as it is", () => {
    expect(offsetMinutesAt(Date.parse("2026-03-08T07:00:00Z"), { kind: "fixed", offsetMinutes: 330 })).toBe(330);
  });

  it("throws for an unknown zone instead of guessing UTC", () => {
    expect(() => offsetMinutesAt(0, "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("isIanaTimeZone", () => {
  it.each(["America/New_York", "Europe/Berlin", "Asia/Kolkata", "America/Argentina/Buenos_Aires", "UTC", "Etc/GMT+5"])(
    "accepts %s",
    (name) => {
      expect(isIanaTimeZone(name)).toBe(true);
    },
  );

  it.each(["", "EST", "CET", "Eastern", "GMT", "Mars/Olympus", "America/New York", "+05:30"])("rejects %j", (name) => {
    expect(isIanaTimeZone(name)).toBe(false);
  });
});
