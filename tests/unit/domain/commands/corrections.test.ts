// Issue 10, commands: a misspelt verb gets the closest whole command with its employer; renaming to the
// same name and merging into itself are refused with the reason; an unknown name in `rank` is said,
// never dropped. And each reply says what happened in those words.
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../../functions/domain/commands/parse";
import { composeCommandReply } from "../../../../functions/domain/compose/command-reply";
import { employer, owner, readableLinks } from "../builders";

const NOW = "2026-03-04T15:00:00.000Z";
const NY = owner();
const EMPLOYERS = [
  employer("Northwind Analytics", { stage: "offer" }),
  employer("Acme Robotics"),
  employer("Globex"),
  employer("Initech", { stage: "rejected" }),
];
const parse = (subject: string) => parseCommand(subject, EMPLOYERS, NY, NOW);
const reply = (subject: string) =>
  composeCommandReply({
    subject,
    command: parse(subject),
    outcome: { status: "applied" },
    employers: EMPLOYERS,
    planned: [],
    owner: NY,
    now: NOW,
    links: readableLinks,
  });

describe("a misspelt command", () => {
  it.each([
    ["acept Northwind", "accept Northwind Analytics"],
    ["ACCEPTT north", "accept Northwind Analytics"],
    ["declien acme", "decline Acme Robotics"],
    ["rnak globex, acme", "rank Globex, Acme Robotics"],
    ["snoze acme 3d", "snooze Acme Robotics 3d"],
    ["stauts", "status"],
    ["renme acme to Acme Robotics Inc", "rename Acme Robotics to Acme Robotics Inc"],
  ])("%j: did you mean %j", (subject, suggestion) => {
    // Act
    const command = parse(subject);
    const view = reply(subject);

    // Assess
    expect(command).toMatchObject({ type: "invalid", suggestion, choices: [suggestion] });
    expect(view.headline).toBe(`Did you mean: ${suggestion}?`);
    expect(view.subject).toContain(`(did you mean: ${suggestion}?)`);
    expect(view.happened).toContain("Nothing changed.");
  });

  it("two verbs as close as each other: both as choices, with the employer", () => {
    const command = parse("dealine globex friday");
    expect(command).toMatchObject({
      type: "invalid",
      reason: 'unknown command; did you mean "decline" or "deadline"?',
    });
    expect(command.type === "invalid" && command.choices).toContain("deadline Globex friday");
  });

  it.each(["xyzzy acme", "acept", "re"])("%j: no single guess, only the choices", (subject) => {
    // Act
    const command = parse(subject);

    // Assess
    expect(command.type).toBe("invalid");
    expect(command.type === "invalid" && command.suggestion).toBeFalsy();
    expect(reply(subject).headline).toBe("I did not understand that command");
  });
});

describe("refused with a reason", () => {
  it.each([
    ["rename Globex to Globex", "Globex is already called Globex"],
    ["merge globex into Globex", '"Globex" is Globex itself, and an employer cannot be merged into itself'],
    ["merge acme into acme robotics", '"acme robotics" is Acme Robotics itself'],
  ])("%j", (subject, reason) => {
    // Act
    const command = parse(subject);
    const view = reply(subject);

    // Assess
    expect(command).toMatchObject({ type: "invalid", refusal: true });
    expect(view.headline).toBe("Nothing changed");
    expect(view.happened).toContain(`Nothing changed: ${reason}`);
    expect(view.subject).toBe(`jobnudge: not done: ${subject}`);
  });

  it("a change of case is a correction, not a refusal", () => {
    expect(parse("rename globex to GloBex")).toMatchObject({ type: "rename", newName: "GloBex" });
  });
});

describe("rank with a name jobnudge does not know", () => {
  it.each([
    [
      "rank Zeta, Acme",
      "rank Zeta (unknown), Acme Robotics",
      ["rank Acme Robotics", "rank Northwind Analytics, Acme Robotics"],
    ],
    [
      "rank Acme, Zeta",
      "rank Acme Robotics, Zeta (unknown)",
      ["rank Acme Robotics", "rank Acme Robotics, Northwind Analytics"],
    ],
  ])("%j says so and keeps the names it knows", (subject, understood, firstChoices) => {
    // Act
    const command = parse(subject);
    const view = reply(subject);

    // Assess
    expect(command).toMatchObject({ type: "invalid", understood });
    if (command.type !== "invalid") throw new Error("expected invalid");
    expect(command.reason).toBe('"Zeta" is not one of your employers, so nothing was ranked');
    expect(command.choices.slice(0, 2)).toEqual(firstChoices);
    expect(view.sections[0]?.items).toContain(understood);
  });

  it.each(["rank Globex and Acme", "rank Globex Acme"])("%j reads two names", (subject) => {
    expect(parse(subject)).toEqual({
      type: "rank",
      employers: [
        { employerId: "globex", employerName: "Globex" },
        { employerId: "acme-robotics", employerName: "Acme Robotics" },
      ],
    });
  });
});

describe("an applied command says what was recorded", () => {
  it.each([
    ["accept northwind", "Recorded: you accepted Northwind Analytics' offer"],
    ["decline northwind", "Recorded: you declined Northwind Analytics' offer"],
    ["sent acme", "Recorded: you sent Acme Robotics a follow-up"],
    ["prefer globex", "Recorded: Globex is your top choice"],
    ["rank globex, acme", "Recorded: your ranking is 1. Globex, 2. Acme Robotics"],
    ["expect acme mar 13", "Recorded: Acme Robotics promised news by Fri 13 Mar"],
  ])("%j: %j", (subject, headline) => {
    const view = reply(subject);
    expect(view.headline).toBe(headline);
    expect(view.happened).not.toMatch(/\bI (accepted|declined|ranked|sent)/);
  });
});

describe("a known command with a part that does not match", () => {
  it("says what was wrong in the headline, not that the command was not understood", () => {
    // Act
    const view = reply("rank Zeta, Globex");

    // Assess
    expect(view.headline).toMatch(/^Nothing changed: "?Zeta"? is not one of your employers/);
  });
});
