// What a newcomer reads at the terminal: `status` says stages and nudges in words, `simulate DIR`
// gives each email's time in the owner's zone, and `--version` (-v) names the version. The machine
// forms (--json) keep the stored values.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { simulateCommand } from "../../../functions/local/cli/simulate";
import { statusText } from "../../../functions/local/cli/status";
import { employer } from "../domain/builders";

const ROOT = join(import.meta.dirname, "../../..");
const DEMO = join(ROOT, "samples/demo");

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

describe("status", () => {
  const NOW = Date.parse("2026-03-10T14:00:00.000Z");
  const employers = [
    employer("Globex Systems", {
      stage: "in_process",
      rank: 1,
      interviewAt: "2026-03-12T18:00:00.000Z",
      lastContactAt: "2026-03-09T15:00:00.000Z",
    }),
    employer("Northwind Analytics", { stage: "offer", respondBy: "2026-03-13T17:00:00-04:00" }),
  ];
  const schedules = [
    { employerId: "globex-systems", kind: "interview_prep" as const, dueAt: "2026-03-11T22:00:00.000Z" },
    { employerId: "northwind-analytics", kind: "decision_reminder" as const, dueAt: "2026-03-11T13:00:00.000Z" },
  ];

  it("names stages and nudges in words, dates in the owner's zone", () => {
    const out = statusText(employers, schedules, "America/New_York", NOW);

    expect(out).toContain("Globex Systems (#1): in process\n");
    expect(out).toContain("Northwind Analytics: offer\n");
    expect(out).toContain("interview Thu 12 Mar, 2:00 PM EDT");
    expect(out).toContain("  next nudge: interview prep at Wed 11 Mar, 6:00 PM EDT\n");
    expect(out).toContain("  next nudge: decision reminder at Wed 11 Mar, 9:00 AM EDT\n");
    expect(out).toContain("answer by Fri 13 Mar, 5:00 PM EDT");
    expect(out).not.toMatch(/in_process|interview_prep|decision_reminder|\d{4}-\d{2}-\d{2}/);
  });

  it("says when a deadline or a promised date has passed, and until when nudges are snoozed", () => {
    // Prepare: the answer deadline and the promised news are over; a snooze runs past now
    const records = [
      employer("Northwind Analytics", {
        stage: "offer",
        respondBy: "2026-03-06T17:00:00-05:00",
        snoozedUntil: "2026-03-13T13:00:00.000Z",
      }),
      employer("Initech", { expectDecisionBy: "2026-03-09", snoozedUntil: "2026-03-01T13:00:00.000Z" }),
      employer("Globex Systems", { stage: "withdrawn", snoozedUntil: "2026-03-13T13:00:00.000Z" }),
    ];

    // Act
    const out = statusText(records, [], "America/New_York", NOW);

    // Assess
    expect(out).toContain("Northwind Analytics: offer, snoozed until Fri 13 Mar, 9:00 AM EDT\n");
    expect(out).toContain("answer by Fri 6 Mar, 5:00 PM EST (passed)");
    expect(out).toContain("Initech: in process\n"); // a snooze that ended is not mentioned
    expect(out).toContain("Globex Systems: withdrawn\n"); // nor one on a closed process
    expect(out).toContain("news promised Mon 9 Mar (passed)");
    expect(statusText(employers, schedules, "America/New_York", NOW)).not.toContain("(passed)");
  });

  it("reads the same record in another owner's zone", () => {
    const out = statusText(employers, schedules, "Europe/Berlin", NOW);

    expect(out).toContain("  next nudge: interview prep at Wed 11 Mar, 11:00 PM CET\n");
    expect(out).toContain("answer by Fri 13 Mar, 10:00 PM CET");
  });
});

describe("simulate DIR (the lines for a person)", () => {
  it("gives each email's time in the owner's zone, drafts aligned under it, stages in words", async () => {
    const out = await printed([DEMO]);
    const lines = out.split("\n");

    // samples/demo: the owner is in New York; the first email is the acknowledgement at 10:15 AM EST.
    expect(lines[0]).toMatch(/^Mon 2 Mar, 10:15 AM EST +ack +Got it: Globex Systems/);
    expect(out).toMatch(/\nThu 5 Mar, 3:30 PM EST +thank_you +Globex Systems: send your thank-you today\n/);
    const draft = lines.find((l) => l.includes("draft thank_you ->")) ?? "";
    const email = lines.find((l) => l.includes("thank_you  ")) ?? "";
    expect(draft.indexOf("draft")).toBe(email.indexOf("thank_you"));
    expect(out).toContain("  Globex Systems: in process (rank 1)\n");
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(out).not.toContain("in_process");
  }, 60_000);

  it("--json keeps the contract: UTC ISO times, stages as stored", async () => {
    const json = JSON.parse(await printed([DEMO, "--json"]));

    expect(json.emails[0].at).toBe("2026-03-02T15:15:00.000Z");
    expect(json.employers.map((e: { stage: string }) => e.stage)).toContain("in_process");
  }, 60_000);
});

describe("--version", () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

  function cli(args: string[]): Promise<{ code: number | null; stdout: string }> {
    const child = spawn(process.execPath, ["--import", "tsx", "functions/local/cli/main.ts", ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout })));
  }

  it.each([["--version"], ["-v"]])(
    "%s prints the package version, exit 0",
    async (flag) => {
      expect(await cli([flag])).toEqual({ code: 0, stdout: `jobnudge ${version}\n` });
    },
    60_000,
  );

  it("the usage names it", async () => {
    const { stdout } = await cli(["--help"]);
    expect(stdout).toContain("jobnudge --version");
  }, 60_000);
});
