// `jobnudge simulate DIR --full`: every email whole, as its text part reads, with each draft's
// recipient, subject and body, so a whole timeline can be reviewed without a mail viewer.
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UsageError } from "../../../functions/local/cli/command";
import { simulateCommand } from "../../../functions/local/cli/simulate";
import { loadScenario, simulateFull } from "../../../functions/local/simulate";

const DIR = join(import.meta.dirname, "../../fixtures/scenarios/decline-new-york");

afterEach(() => {
  vi.restoreAllMocks();
});

async function printed(args: string[]): Promise<string> {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const code = await simulateCommand.run(args);
  expect(code).toBe(0);
  return out;
}

describe("simulate --full", () => {
  it("prints each email once, in order, with its owner-local time, kind, employer and subject", async () => {
    // Prepare
    const { result } = await simulateFull(DIR, await loadScenario(DIR));

    // Act
    const out = await printed([DIR, "--full"]);

    // Assess
    const headers = [...out.matchAll(/^#(\d+) {2}(.+?) {2}(\S+)(?: {2}\((.+)\))?$/gm)];
    expect(headers.map((h) => h[3])).toEqual(result.emails.map((e) => e.kind));
    expect(headers[0]?.[2]).toBe("Mon 6 Apr, 10:00 AM EDT");
    for (const email of result.emails) expect(out).toContain(`Subject: ${email.subject}`);
  });

  it("prints every draft in full: recipient, subject and the whole body", async () => {
    // Act
    const out = await printed([DIR, "--full"]);

    // Assess: the discuss_offer email's reply that books the call
    const discuss = out.slice(out.indexOf("discuss_offer  (Redwood Labs)"));
    expect(discuss).toContain("To: carla.jensen@redwoodlabs.ai\nSubject: Re: Machine Learning Engineer\n\nHi Carla,");
    expect(discuss).toContain("I look forward to speaking with you.\n\nBest regards,\nSam Rivera");
  });

  it("--json keeps the DESIGN.md contract; --json with --full is a usage error", async () => {
    const json = JSON.parse(await printed([DIR, "--json"]));
    expect(Object.keys(json).sort()).toEqual(["emails", "employers"]);
    await expect(simulateCommand.run([DIR, "--json", "--full"])).rejects.toThrow(UsageError);
  });
});

describe("simulate: what a newcomer types", () => {
  const DEMO = join(import.meta.dirname, "../../../samples/demo");

  it("takes the scenario.json file as well as its folder", async () => {
    const fromFolder = await printed([DEMO]);
    vi.restoreAllMocks();

    const fromFile = await printed([join(DEMO, "scenario.json")]);

    expect(fromFile).toBe(fromFolder);
  }, 60_000);

  it("tells drafts of one kind to one address apart by their subject (a thank-you per interviewer)", async () => {
    const out = await printed([DEMO]);

    // Dana Whitfield only arranges the interview ("Reply to me if anything changes"): the owner meets
    // Priya Nair and Tom Becker, and both notes go through Dana's address.
    expect(out).toContain(
      "draft thank_you -> dana.whitfield@globexsystems.com: Thank you: Senior Data Engineer (a note for Tom Becker)\n",
    );
    expect(out).toContain(
      "draft thank_you -> dana.whitfield@globexsystems.com: Thank you: Senior Data Engineer (a note for Priya Nair)\n",
    );
  }, 60_000);

  it("names a missing scenario in words, not an errno code", async () => {
    await expect(simulateCommand.run([join(DEMO, "nowhere")])).rejects.toThrow(
      `cannot read ${join(DEMO, "nowhere", "scenario.json")}: no such file`,
    );
  });
});
