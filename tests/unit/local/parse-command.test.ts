// `jobnudge parse FILE` without --owner reads as the settings' owner and says so: whose mail a
// message is decides what it means (a forward by the owner vs mail from a stranger's mailbox).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { parseCommand } from "../../../functions/local/cli/parse";

const dir = mkdtempSync(join(tmpdir(), "jobnudge-parse-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const FORWARD = [
  "From: Robin Vale <robin.vale@mailbox.example>",
  "To: jobs@inbox.localhost",
  "Subject: Fwd: Interview invitation - Data Analyst",
  "Date: Tue, 02 Mar 2027 10:00:00 -0500",
  "Message-ID: <fwd-1@mailbox.example>",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "---------- Forwarded message ---------",
  "From: Priya Lane <priya.lane@copperleaf.example>",
  "Date: Mon, 1 Mar 2027 at 16:12",
  "Subject: Interview invitation - Data Analyst",
  "To: Robin Vale <robin.vale@mailbox.example>",
  "",
  "Hi Robin,",
  "",
  "We would like to invite you to an interview for the Data Analyst role at Copperleaf Analytics.",
  "Could you send me two or three times that suit you next week?",
  "",
  "Priya Lane",
  "Talent Partner, Copperleaf Analytics",
  "",
].join("\r\n");
const file = join(dir, "forward.eml");
writeFileSync(file, FORWARD);

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => err.push(String(chunk)) > 0);
  return { json: () => JSON.parse(out.join("")), err: () => err.join("") };
}

function noStack(env: Record<string, string>) {
  // No running stack can be found: an empty data folder and a DynamoDB port nothing listens on.
  vi.stubEnv("JOBNUDGE_DATA_DIR", join(dir, "data"));
  vi.stubEnv("JOBNUDGE_DYNAMODB_PORT", "1");
  vi.stubEnv("JOBNUDGE_CONFIG", "");
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
}

describe("jobnudge parse without --owner", () => {
  it("reads as the settings' owner, in the owner's zone, and says so on stderr", async () => {
    noStack({ JOBNUDGE_OWNER_EMAIL: "Robin.Vale@mailbox.example", JOBNUDGE_TIMEZONE: "Europe/Dublin" });
    const io = captured();

    const code = await parseCommand.run([file, "--json"]);

    expect(code).toBe(0);
    expect(io.json()).toMatchObject({ kind: "interview_invite", employer: "Copperleaf Analytics", forward: "inline" });
    expect(io.err()).toContain("reading as robin.vale@mailbox.example in Europe/Dublin, from JOBNUDGE_OWNER_EMAIL");
    expect(io.err()).toContain("pass --owner EMAIL to choose");
  }, 30_000);

  it("names the default owner when nothing is set, so a misread forward is explained", async () => {
    noStack({});
    vi.stubEnv("JOBNUDGE_OWNER_EMAIL", undefined as unknown as string);
    const io = captured();

    const code = await parseCommand.run([file, "--json"]);

    expect(code).toBe(0);
    expect(io.err()).toContain("reading as you@example.com");
    expect(io.json().forward).not.toBe("inline");
  }, 30_000);

  it("with --owner reads as that owner and says nothing on stderr (the DESIGN.md contract)", async () => {
    noStack({ JOBNUDGE_OWNER_EMAIL: "someone.else@mailbox.example" });
    const io = captured();

    const code = await parseCommand.run([file, "--owner", "robin.vale@mailbox.example", "--json"]);

    expect(code).toBe(0);
    expect(io.json()).toMatchObject({ employer: "Copperleaf Analytics", forward: "inline" });
    expect(io.err()).toBe("");
  }, 30_000);
});
