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
});
