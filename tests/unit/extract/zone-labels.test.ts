// Zone labels the reader missed on fresh mail: a Windows display name ("(UTC-05:00) Eastern Time
// (US & Canada)") states the standard offset but names a zone that changes clocks, and "Gulf
// Standard Time (GST)" or "HKT" name zones the tables lacked. Each case is made up.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { zoneMentionedIn } from "../../../functions/domain/extract/time-zones";
import { sampleFacts } from "./sample-facts";

/** A message sent at `sentUtc` with a UTC Date header, as Calendly and Bookings send them. */
const utcMail = (body: string, sentUtc: string, ownerTimezone = "America/New_York") =>
  sampleFacts({
    body,
    dateHeader: new Date(sentUtc).toUTCString().replace("GMT", "+0000"),
    dateMs: Date.parse(sentUtc),
    zone: { kind: "fixed", offsetMinutes: 0 },
    ownerTimezone,
  });

describe("Windows time zone display names", () => {
  it.each([
    ["9:30 AM - 10:15 AM (UTC-05:00) Eastern Time (US & Canada)", "America/New_York"],
    ["(UTC-08:00) Pacific Time (US & Canada)", "America/Los_Angeles"],
    ["(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin"],
    ["(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "Europe/Paris"],
    ["(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "Europe/London"],
    ["(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata"],
    ["(UTC+10:00) Canberra, Melbourne, Sydney", "Australia/Sydney"],
    ["(UTC+08:00) Perth", "Australia/Perth"],
    ["(UTC+04:00) Abu Dhabi, Muscat", "Asia/Dubai"],
    ["(UTC) Coordinated Universal Time", "Etc/UTC"],
  ])("%s is %s", (text, zone) => {
    expect(zoneMentionedIn(text)).toBe(zone);
  });

  it("keeps the written offset for a label it does not know", () => {
    expect(zoneMentionedIn("(UTC-03:00) Somewhere Far")).toEqual({ kind: "fixed", offsetMinutes: -180 });
    expect(zoneMentionedIn("10:00 (UTC+02:00)")).toEqual({ kind: "fixed", offsetMinutes: 120 });
  });

  it("reads a summer slot under a standard-offset label on the daylight clock", () => {
    const body =
      "Your case interview is booked.\n\nThursday, April 22, 2027\n9:30 AM - 10:15 AM (UTC-05:00) Eastern Time (US & Canada)";
    const facts = utcMail(body, "2027-04-13T14:00:00Z");
    expect(extractDates(facts, "interview_scheduled").interviewAt).toBe("2027-04-22T09:30:00-04:00");
  });
});

describe("zone names and abbreviations the tables lacked", () => {
  it.each([
    ["10:00 - 10:45 (all times HKT)", "Asia/Hong_Kong"],
    ["at 2pm SAST", "Africa/Johannesburg"],
    ["at 11:00 KST", "Asia/Seoul"],
    ["at 9:00 AM GST", "Asia/Dubai"],
    ["Gulf Standard Time", "Asia/Dubai"],
    ["South Africa Standard Time", "Africa/Johannesburg"],
  ])("%s is %s", (text, zone) => {
    expect(zoneMentionedIn(text)).toBe(zone);
  });

  it("does not read the sales tax GST as a zone", () => {
    expect(zoneMentionedIn("The day rate is AUD 1,100 plus GST, paid monthly.")).toBeNull();
  });

  it("reads an itinerary 'All times are Gulf Standard Time' on that clock", () => {
    const body =
      "Here is your itinerary for Tuesday, 10 August 2027. All times are Gulf Standard Time (GST).\n\n09:00 - 09:45 Welcome\n10:00 - 11:30 Case study";
    const facts = utcMail(body, "2027-08-03T08:00:00Z", "Asia/Dubai");
    expect(extractDates(facts, "interview_scheduled").interviewAt).toBe("2027-08-10T09:00:00+04:00");
  });
});

describe("dates the fresh sets wrote", () => {
  const facts = (body: string, ownerTimezone?: string) => utcMail(body, "2027-03-15T20:02:11Z", ownerTimezone);

  it("reads Arizona's clock, which keeps standard time all year", () => {
    const body = "Event Date/Time:\n9:00am - 9:45am (Arizona Time), Wednesday, March 17, 2027";
    expect(extractDates(facts(body, "America/Phoenix"), "interview_scheduled").interviewAt).toBe(
      "2027-03-17T09:00:00-07:00",
    );
  });

  it("reads the typeset French '13 h 30'", () => {
    const body = "Date : le mardi 16 mars 2027\nHeure : de 13 h 30 à 14 h 45 (heure de l'Est)";
    expect(extractDates(facts(body, "America/Toronto"), "interview_scheduled", "fr").interviewAt).toBe(
      "2027-03-16T13:30:00-04:00",
    );
  });

  it("skips an 'Old time:' row above the new one", () => {
    const body =
      "We need to move your second interview.\n\nOld time: Friday 19 March, 2:00pm\nNew time: Tuesday 23 March, 10:30am to 11:15am (Eastern)";
    expect(extractDates(facts(body), "interview_scheduled").interviewAt).toBe("2027-03-23T10:30:00-04:00");
  });
});
