import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../../functions/domain/commands/parse";
import { isCommandSubject, type ParsedCommand } from "../../../../functions/domain/commands/syntax";
import { employer, owner } from "../builders";

// Wednesday 4 March 2026, 10:00 in New York (EST, UTC-5). US DST starts Sunday 8 March.
const NOW = "2026-03-04T15:00:00.000Z";
const EMPLOYERS = [
  employer("Acme"),
  employer("Acme Labs"),
  employer("Acorn"),
  employer("Kestrel Pay", { aliases: ["kestrel payments"] }),
  employer("Globex", { stage: "offer" }),
  employer("Go To Market"),
];
const NY = owner();

function parse(subject: string, who = NY): ParsedCommand {
  return parseCommand(subject, EMPLOYERS, who, NOW);
}

describe("parseCommand: understood commands", () => {
  it.each<[string, ParsedCommand]>([
    ["status", { type: "status" }],
    ["HELP", { type: "help" }],
    ["export", { type: "export" }],
    ["Re: status", { type: "status" }],
    ["Fwd: RE: help", { type: "help" }],
    ["accept Globex", { type: "accept", employerId: "globex", employerName: "Globex" }],
    ["decline glob", { type: "decline", employerId: "globex", employerName: "Globex" }],
    ["withdraw acorn", { type: "withdraw", employerId: "acorn", employerName: "Acorn" }],
    ["rejected KEST", { type: "rejected", employerId: "kestrel-pay", employerName: "Kestrel Pay" }],
    ["prefer kestrel payments", { type: "prefer", employerId: "kestrel-pay", employerName: "Kestrel Pay" }],
    ["sent Acme", { type: "sent", employerId: "acme", employerName: "Acme" }],
    ["stop acme labs", { type: "stop", employerId: "acme-labs", employerName: "Acme Labs" }],
    ["resume Acme.", { type: "resume", employerId: "acme", employerName: "Acme" }],
    [
      "rank Globex, kest, Acme",
      {
        type: "rank",
        employers: [
          { employerId: "globex", employerName: "Globex" },
          { employerId: "kestrel-pay", employerName: "Kestrel Pay" },
          { employerId: "acme", employerName: "Acme" },
        ],
      },
    ],
    [
      "rename acorn to Acorn Robotics",
      { type: "rename", employerId: "acorn", employerName: "Acorn", newName: "Acorn Robotics" },
    ],
    [
      "rename Go To Market to GTM",
      { type: "rename", employerId: "go-to-market", employerName: "Go To Market", newName: "GTM" },
    ],
    [
      "merge acme labs into acme",
      {
        type: "merge",
        from: { employerId: "acme-labs", employerName: "Acme Labs" },
        into: { employerId: "acme", employerName: "Acme" },
      },
    ],
  ])("%s", (subject, expected) => {
    // Prepare / Act
    const parsed = parse(subject);
    // Assess
    expect(parsed).toEqual(expected);
  });
});

describe("parseCommand: dates in the owner's zone", () => {
  it.each([
    ["deadline Globex friday", "America/New_York", "2026-03-06"],
    ["deadline Globex mar 13 5pm", "America/New_York", "2026-03-13T17:00:00-04:00"], // after the DST change
    ["deadline Globex tomorrow 9am", "America/New_York", "2026-03-05T09:00:00-05:00"],
    ["deadline Globex 2026-03-20", "America/New_York", "2026-03-20"],
    ["deadline Globex mar 13 5pm", "Asia/Kolkata", "2026-03-13T17:00:00+05:30"],
    // 15:00 UTC on Wednesday is already Thursday 00:00 in Tokyo: "tomorrow" there is Friday.
    ["deadline Globex tomorrow", "Asia/Tokyo", "2026-03-06"],
  ])("%s in %s", (subject, timezone, date) => {
    // Prepare / Act
    const parsed = parse(subject, owner({ timezone }));
    // Assess
    expect(parsed).toEqual({ type: "deadline", employerId: "globex", employerName: "Globex", date });
  });

  it("expect with a multi-word employer name and a date", () => {
    const parsed = parse("expect Kestrel Pay mar 13");
    expect(parsed).toEqual({
      type: "expect",
      employerId: "kestrel-pay",
      employerName: "Kestrel Pay",
      date: "2026-03-13",
    });
  });
});

describe("parseCommand: snooze", () => {
  it.each([
    ["snooze acme 3d", 3],
    ["snooze acme 1w", 7],
    ["snooze acme 2 days", 2],
    ["snooze acme for 2 weeks", 14],
    ["snooze acme a week", 7],
  ])("%s", (subject, days) => {
    const parsed = parse(subject);
    expect(parsed).toEqual({
      type: "snooze",
      employerId: "acme",
      employerName: "Acme",
      days,
      until: new Date(Date.parse(NOW) + days * 86_400_000).toISOString(),
    });
  });

  it("until a date means that morning at the owner's workday start", () => {
    const parsed = parse("snooze acme until monday", owner({ workdayStart: "08:30" }));
    // Monday 9 March, 08:30 EDT = 12:30 UTC.
    expect(parsed).toMatchObject({ type: "snooze", until: "2026-03-09T12:30:00.000Z", days: 5 });
  });
});

describe("parseCommand: offer terms", () => {
  it("reads every term of the DESIGN example", () => {
    const parsed = parse("offer Globex base 145000 bonus 10% equity 20000 signon 5000 pto 25 remote hybrid");
    expect(parsed).toEqual({
      type: "offer",
      employerId: "globex",
      employerName: "Globex",
      terms: { base: 145000, bonus: "10%", equity: "20000", signOn: 5000, pto: 25, remote: "hybrid" },
    });
  });

  it("reads amounts with symbols and k, a start date and a location", () => {
    const parsed = parse("offer kest base $145k sign-on 7,500 start apr 1 location Berlin onsite");
    expect(parsed).toMatchObject({
      type: "offer",
      terms: {
        base: 145000,
        currency: "USD",
        signOn: 7500,
        startDate: "2026-04-01",
        location: "Berlin",
        remote: "onsite",
      },
    });
  });
});

describe("parseCommand: unknown, ambiguous and malformed commands change nothing", () => {
  it.each<[string, string, string[] | null]>([
    ["", "the subject holds no command", null],
    ["hello there", "unknown command", null],
    ["accept", "the command needs an employer", null],
    ["accept ac", '"ac" matches 3 employers', ["accept Acme", "accept Acme Labs", "accept Acorn"]],
    ["accept Initech", 'no employer matches "Initech"', ["accept Globex"]],
    ["accept Globex now", "accept takes only an employer", ["accept Globex"]],
    ["status please", "status takes nothing after it", ["status"]],
    ["snooze acme", "the snooze needs a duration", ["snooze Acme 2d", "snooze Acme 1w"]],
    ["snooze acme forever", '"forever" is not a duration (3d, 1w, 2 days) or a date', null],
    ["snooze acme 900d", "a snooze is 1 to 365 days", null],
    ["snooze acme 0d", "a snooze is 1 to 365 days", null],
    ["deadline Globex", "the command needs a date", ["deadline Globex friday"]],
    ["deadline Globex whenever", '"whenever" is not a date', null],
    ["offer Globex", "no offer terms given", null],
    ["offer Globex base lots", '"base lots" is not an amount', null],
    ["offer Globex salary 100k perks", '"perks" is not an offer term', null],
    ["offer Globex pto many", '"pto many" is not a number of days', null],
    ["offer Globex remote sometimes", "should be remote, hybrid or onsite", null],
    ["rank Globex, Globex", "Globex appears twice", null],
    ["rank Globex, ac", '"ac" matches 3 employers', null],
    ["rename Acme", 'use "rename OLD to NEW"', null],
    ["rename Acme to Globex", "another employer is already called Globex", ["merge Acme into Globex"]],
    ["rename Nope to Other", 'no employer matches "Nope"', null],
    ["merge Acme into Acme", "an employer cannot be merged into itself", null],
    ["merge Acme into Nope", 'no employer matches "Nope"', null],
    ["merge Acme", 'use "merge A into B"', null],
  ])("%j", (subject, reason, someChoices) => {
    // Prepare / Act
    const parsed = parse(subject);
    // Assess
    expect(parsed.type).toBe("invalid");
    if (parsed.type !== "invalid") return;
    expect(parsed.reason).toContain(reason);
    expect(parsed.understood.length).toBeGreaterThan(0);
    expect(parsed.choices.length).toBeGreaterThan(0);
    if (someChoices) expect(parsed.choices).toEqual(expect.arrayContaining(someChoices));
  });

  it("an exact name wins over a longer name it starts ('Acme' vs 'Acme Labs')", () => {
    expect(parse("accept acme")).toMatchObject({ employerId: "acme" });
  });

  it("a verb is never guessed from a prefix", () => {
    const parsed = parse("acc Globex");
    expect(parsed).toMatchObject({ type: "invalid", reason: "unknown command" });
    expect(parsed.type === "invalid" && parsed.choices).toContain("accept EMPLOYER");
  });

  it("with no employers at all, says so", () => {
    const parsed = parseCommand("accept Acme", [], NY, NOW);
    expect(parsed).toMatchObject({ type: "invalid", reason: "there are no employers yet" });
  });
});

describe("isCommandSubject", () => {
  it.each([
    ["status", true],
    ["Re: status", true],
    ["accept Acme", true],
    ["rank A, B", true],
    ["offer Acme base 145000", true],
    ["Snooze acme 3d", true],
    ["Fwd: status", false],
    ["Fw: accept Acme", false],
    ["Status of your application", false],
    ["Offer letter - Senior Engineer", false],
    ["Offer from Acme", false],
    ["Accept", true],
    ["offer", true],
    ["Interview invitation", false],
    ["", false],
  ])("%j -> %s", (subject, expected) => {
    expect(isCommandSubject(subject)).toBe(expected);
  });
});
