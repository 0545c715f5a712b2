// Every scenario's output against the DESIGN.md `simulate` contract: the exact JSON shape, the
// vocabularies, time order, and no email in quiet hours (21:00-07:00 owner-local) except the
// immediate answers to what the owner sent (acks, command replies, errors).
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DRAFT_KINDS, OWNER_EMAIL_KINDS, STAGES } from "../../../functions/domain/vocabularies";
import { localWall, runScenario, SCENARIOS_DIR } from "./run-scenario";

const FOLDERS = readdirSync(SCENARIOS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const ANSWERS_TO_THE_OWNER = ["ack", "command_reply", "error"];
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const nullableString = expect.toSatisfy((v: unknown) => v === null || typeof v === "string");

describe.each(FOLDERS)("simulate output of scenario %s", (folder) => {
  it("has exactly the DESIGN.md shape with vocabulary kinds", async () => {
    // Prepare / Act
    const { result } = await runScenario(folder);

    // Assess
    expect(Object.keys(result).sort()).toEqual(["emails", "employers"]);
    expect(result.emails.length).toBeGreaterThan(0);
    for (const email of result.emails) {
      expect(email).toStrictEqual({
        at: expect.stringMatching(ISO_UTC),
        kind: expect.toBeOneOf([...OWNER_EMAIL_KINDS]),
        employer: nullableString,
        subject: expect.stringMatching(/\S/),
        drafts: expect.any(Array),
      });
      for (const draft of email.drafts) {
        expect(draft).toStrictEqual({
          kind: expect.toBeOneOf([...DRAFT_KINDS]),
          to: expect.toSatisfy((v: unknown) => v === null || (typeof v === "string" && /^[^@\s]+@[^@\s]+$/.test(v))),
          subject: expect.stringMatching(/\S/),
        });
      }
    }
    expect(result.employers.length).toBeGreaterThan(0);
    for (const employer of result.employers) {
      expect(employer).toStrictEqual({
        name: expect.stringMatching(/\S/),
        stage: expect.toBeOneOf([...STAGES]),
        rank: expect.toSatisfy((v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 1)),
        respondBy: nullableString,
        expectDecisionBy: nullableString,
        interviewAt: nullableString,
        contactEmail: nullableString,
      });
    }
  });

  it("lists the emails in time order, all between start and end", async () => {
    // Prepare / Act
    const { scenario, result } = await runScenario(folder);

    // Assess
    const times = result.emails.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(scenario.start));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse(scenario.end));
  });

  it("sends nothing in quiet hours but the immediate answers to the owner's own mail", async () => {
    // Prepare / Act
    const { scenario, result } = await runScenario(folder);

    // Assess
    const stepTimes = new Set(scenario.steps.map((s) => Date.parse(s.at)));
    const inQuietHours = result.emails.filter((e) => {
      const hour = Number(localWall(e.at, scenario.owner.timezone).slice(11, 13));
      return hour >= 21 || hour < 7;
    });
    for (const email of inQuietHours) {
      expect({ kind: email.kind, atAStep: stepTimes.has(Date.parse(email.at)) }).toEqual({
        kind: expect.toBeOneOf(ANSWERS_TO_THE_OWNER),
        atAStep: true,
      });
    }
  });
});
