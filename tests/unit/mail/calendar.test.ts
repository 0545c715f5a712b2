import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../functions/mail/calendar";

const NEW_YORK = "America/New_York";

function ics(lines: string[]): string {
  return ["BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", ...lines, "END:VEVENT", "END:VCALENDAR"].join("\r\n");
}

describe("readCalendar", () => {
  const cases = [
    {
      name: "IANA TZID after a DST change",
      line: "DTSTART;TZID=America/New_York:20260310T140000",
      start: "2026-03-10T14:00:00-04:00",
    },
    {
      name: "IANA TZID before a DST change",
      line: "DTSTART;TZID=America/New_York:20260306T140000",
      start: "2026-03-06T14:00:00-05:00",
    },
    {
      name: "Windows zone name",
      line: 'DTSTART;TZID="W. Europe Standard Time":20260520T140000',
      start: "2026-05-20T14:00:00+02:00",
    },
    {
      name: "Windows zone name, winter",
      line: "DTSTART;TZID=GMT Standard Time:20260115T093000",
      start: "2026-01-15T09:30:00+00:00",
    },
    { name: "UTC shown in the fallback zone", line: "DTSTART:20260413T133000Z", start: "2026-04-13T09:30:00-04:00" },
    { name: "floating time in the fallback zone", line: "DTSTART:20261102T090000", start: "2026-11-02T09:00:00-05:00" },
    { name: "all-day event", line: "DTSTART;VALUE=DATE:20260601", start: "2026-06-01" },
  ];

  it.each(cases)("$name", ({ line, start }) => {
    expect(readCalendar(ics([line]), NEW_YORK)?.start).toBe(start);
  });

  it("reads length, organizer and attendees (folded lines)", () => {
    // Prepare
    const text = ics([
      "DTSTART;TZID=Europe/London:20260413T143000",
      "DTEND;TZID=Europe/London:20260413T153000",
      "ORGANIZER;CN=Aoife Brennan:mailto:aoife@corvane.com",
      'ATTENDEE;CN="Marcus Hale";ROLE=REQ-PARTICIPANT:mailto:marcus@cor',
      " vane.com",
    ]);

    // Act
    const event = readCalendar(text, NEW_YORK);

    // Assess
    expect(event).toMatchObject({
      start: "2026-04-13T14:30:00+01:00",
      minutes: 60,
      organizer: { address: "aoife@corvane.com", name: "Aoife Brennan" },
      attendees: [{ address: "marcus@corvane.com", name: "Marcus Hale" }],
      cancelled: false,
    });
  });

  it.each(["", "not a calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR", ics(["DTSTART:garbage"])])(
    "returns no start for %j",
    (text) => {
      expect(readCalendar(text, NEW_YORK)?.start ?? null).toBeNull();
    },
  );

  // Outlook writes the sender's own rules when the zone has no standard name: the offset must come
  // from them (13:00 at -04:00 in daylight time), not from the owner's zone or UTC.
  const customized = [
    "BEGIN:VCALENDAR",
    "METHOD:REQUEST",
    "BEGIN:VTIMEZONE",
    "TZID:Customized Time Zone",
    "BEGIN:STANDARD",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    'DTSTART;TZID="Customized Time Zone":20260428T130000',
    'DTEND;TZID="Customized Time Zone":20260428T143000',
    "SUMMARY:Panel interview\\, Platform team\\; round 2",
    "DESCRIPTION:You'll meet:\\nPriya Nair\\nTom Okafor",
    "LOCATION:Room 4\\, 2nd floor",
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");

  it.each([
    { name: "daylight rule of a customized zone", ics: customized, start: "2026-04-28T13:00:00-04:00", minutes: 90 },
    {
      name: "standard rule of the same zone",
      ics: customized.replace(/20260428T1[34]/g, (m) => m.replace("0428", "1201")),
      start: "2026-12-01T13:00:00-05:00",
      minutes: 90,
    },
    {
      // A Windows name with its own definition: London is +01:00 in May, not GMT.
      name: "GMT Standard Time defined in the file",
      ics: [
        "BEGIN:VCALENDAR",
        "BEGIN:VTIMEZONE",
        "TZID:GMT Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "DTSTART;TZID=GMT Standard Time:20260506T100000",
        "DURATION:PT45M",
        "END:VEVENT",
        "END:VCALENDAR",
      ].join("\r\n"),
      start: "2026-05-06T10:00:00+01:00",
      minutes: 45,
    },
  ])("$name", ({ ics: text, start, minutes }) => {
    expect(readCalendar(text, NEW_YORK)).toMatchObject({ start, minutes });
  });

  it("unescapes text values", () => {
    const event = readCalendar(customized, { kind: "fixed", offsetMinutes: 0 });
    expect(event?.summary).toBe("Panel interview, Platform team; round 2");
    expect(event?.description).toBe("You'll meet:\nPriya Nair\nTom Okafor");
    expect(event?.location).toBe("Room 4, 2nd floor");
  });
});
