// Call hours (PLAYBOOK §3: phone advice never on a weekend or outside 09:00-17:00 on business days)
// and the resignation plan (§4: the last day planned back from the new start date).
import { describe, expect, it } from "vitest";
import { callHoursOnOrAfter } from "../../../../functions/domain/playbook/hours";
import { resignationPlan } from "../../../../functions/domain/playbook/resignation";
import { formatCivilDate } from "../../../../functions/domain/time";
import { BERLIN, employer, KOLKATA, NEW_YORK, ownerIn } from "../builders";

describe("callHoursOnOrAfter", () => {
  it.each([
    { name: "Tue 11:00 EDT stays", zone: NEW_YORK, at: "2026-04-07T15:00:00.000Z", due: "2026-04-07T15:00:00.000Z" },
    {
      name: "Tue 07:30 EDT → 09:00 that day",
      zone: NEW_YORK,
      at: "2026-04-07T11:30:00.000Z",
      due: "2026-04-07T13:00:00.000Z",
    },
    {
      name: "Tue 17:00 EDT → Wed 09:00",
      zone: NEW_YORK,
      at: "2026-04-07T21:00:00.000Z",
      due: "2026-04-08T13:00:00.000Z",
    },
    {
      name: "Fri 18:00 CEST → Mon 09:00",
      zone: BERLIN,
      at: "2026-04-10T16:00:00.000Z",
      due: "2026-04-13T07:00:00.000Z",
    },
    {
      name: "Sat 07:00 EDT → Mon 09:00",
      zone: NEW_YORK,
      at: "2026-03-21T11:00:00.000Z",
      due: "2026-03-23T13:00:00.000Z",
    },
    {
      name: "Sun 10:00 IST → Mon 09:00 IST",
      zone: KOLKATA,
      at: "2026-04-12T04:30:00.000Z",
      due: "2026-04-13T03:30:00.000Z",
    },
    // the night the US clocks change (Sun 8 Mar): Sat 20:00 EST → Mon 09:00 EDT
    {
      name: "across the US DST change",
      zone: NEW_YORK,
      at: "2026-03-08T01:00:00.000Z",
      due: "2026-03-09T13:00:00.000Z",
    },
    // the month boundary: Tue 31 Mar 18:00 CEST → Wed 1 Apr 09:00
    { name: "across a month end", zone: BERLIN, at: "2026-03-31T16:00:00.000Z", due: "2026-04-01T07:00:00.000Z" },
  ])("$name", ({ zone, at, due }) => {
    expect(new Date(callHoursOnOrAfter(Date.parse(at), ownerIn(zone))).toISOString()).toBe(due);
  });

  it("opens at the owner's configured workday start", () => {
    const owner = ownerIn(NEW_YORK, { workdayStart: "10:00" });
    expect(new Date(callHoursOnOrAfter(Date.parse("2026-04-07T13:30:00.000Z"), owner)).toISOString()).toBe(
      "2026-04-07T14:00:00.000Z",
    );
  });
});

describe("resignationPlan", () => {
  const day = (d: { year: number; month: number; day: number }) => formatCivilDate(d);
  it.each([
    // start Mon 4 May: last day Fri 1 May, notice by Fri 17 Apr
    {
      name: "start on a Monday",
      zone: NEW_YORK,
      now: "2026-04-14T15:00:00.000Z",
      start: "2026-05-04",
      last: "2026-05-01",
      by: "2026-04-17",
      short: false,
    },
    // start Wed 6 May: last day Tue 5 May; 14 days before is Tue 21 Apr
    {
      name: "start mid-week",
      zone: BERLIN,
      now: "2026-04-14T08:00:00.000Z",
      start: "2026-05-06",
      last: "2026-05-05",
      by: "2026-04-21",
      short: false,
    },
    // 14 days before Fri 1 May... Fri 17 Apr; from Sunday 19 Apr that is gone: short notice, resign today
    {
      name: "less than two weeks left",
      zone: KOLKATA,
      now: "2026-04-19T06:00:00.000Z",
      start: "2026-05-04",
      last: "2026-05-01",
      by: "2026-04-19",
      short: true,
    },
    // start Mon 1 Jun: the last day is in May (month boundary), notice by Fri 15 May
    {
      name: "across a month boundary",
      zone: NEW_YORK,
      now: "2026-04-14T15:00:00.000Z",
      start: "2026-06-01",
      last: "2026-05-29",
      by: "2026-05-15",
      short: false,
    },
  ])("$name", ({ zone, now, start, last, by, short }) => {
    const plan = resignationPlan(employer("Acme", { offer: { startDate: start } }), Date.parse(now), ownerIn(zone));
    expect({ last: day(plan.lastDay), by: day(plan.noticeBy), short: plan.shortNotice }).toEqual({ last, by, short });
  });

  it("without a start date: two weeks from today, on a business day", () => {
    // Wed 15 Apr + 14 days = Wed 29 Apr
    const plan = resignationPlan(employer("Acme"), Date.parse("2026-04-15T15:00:00.000Z"), ownerIn(NEW_YORK));
    expect([plan.startDate, day(plan.lastDay)]).toEqual([null, "2026-04-29"]);
  });
});
