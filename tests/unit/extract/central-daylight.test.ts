// "CDT" is a daylight time: Mexico's central zone has not observed one since 2022 and Central
// America never did, so a CDT time is US Central even in mail that otherwise reads "CST" as Mexico's.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../functions/domain/extract/deadlines";
import { centralReading, zoneMentionedIn } from "../../../functions/domain/extract/time-zones";
import { sampleFacts } from "./sample-facts";

const mexican = { zone: "America/Mexico_City" as const, sure: false, central: "America/Mexico_City" as const };

describe("a CDT time written to someone in Mexico", () => {
  it("is US Central; CST and CT stay Mexico's clock", () => {
    expect(centralReading("Nueva hora: 10:00 a.m. hora de Texas (CDT)", "agencia.mx", "America/Mexico_City")).toBe(
      "America/Mexico_City",
    );
    expect(zoneMentionedIn("10:00 a.m. hora de Texas (CDT)", "America/Mexico_City", mexican)).toBe("America/Chicago");
    expect(zoneMentionedIn("10:00 a.m. (CST)", "America/Mexico_City", mexican)).toBe("America/Mexico_City");
    expect(zoneMentionedIn("a las 10:00 CT", "America/Mexico_City", mexican)).toBe("America/Mexico_City");
  });

  it("reads the slot on the US clock (-05:00 in June), not Mexico's (-06:00)", () => {
    const facts = sampleFacts({
      from: { name: "Reclutamiento", address: "rh@agenciaejemplo.mx" },
      ownerTimezone: "America/Mexico_City",
      dateHeader: "Mon, 7 Jun 2027 17:09:00 -0600",
      dateMs: Date.parse("2027-06-07T17:09:00-06:00"),
      zone: { kind: "fixed", offsetMinutes: -360 },
      subject: "New time for your interview",
      body: "Your interview has been moved to Thursday, June 10, 2027 at 10:00 a.m. Texas time (CDT).",
    });
    expect(extractDates(facts, "interview_scheduled").interviewAt).toBe("2027-06-10T10:00:00-05:00");
  });
});
