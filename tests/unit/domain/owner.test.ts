// The owner schema (functions/domain/owner.ts): one rule per setting, the defaults, and the config
// readers that must all apply it (the deploy variables are covered in tests/infra/config.test.ts,
// the Lambdas' Owner link in tests/unit/handlers/aws-config.test.ts).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../../functions/domain/errors";
import { OwnerInputSchema, OwnerSettingsSchema } from "../../../functions/domain/owner";
import { loadLocalConfig } from "../../../functions/local/config";
import { loadScenario } from "../../../functions/local/simulate";

const SAM = { email: "sam.rivera@gmail.com", name: "Sam Rivera", timezone: "America/New_York" };

function problemsOf(input: unknown): string[] {
  const parsed = OwnerInputSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("OwnerInputSchema", () => {
  it("fills the defaults of everything but address, name and zone", () => {
    expect(OwnerInputSchema.parse({ ...SAM, email: " Sam.Rivera@Gmail.com " })).toEqual({
      ...SAM,
      aliases: [],
      workdayStart: "09:00",
      digestDay: "monday",
      digestTime: "08:00",
      ack: true,
      targetBase: null,
      closedRetentionDays: 365,
      modelTier: "off",
      modelId: null,
      modelUrl: null,
    });
  });

  it("names every missing required setting", () => {
    expect(problemsOf({})).toEqual(["email: required", "name: required", "timezone: required"]);
  });

  it.each([
    [{ email: "sam at gmail" }, "email: not an email address"],
    [{ aliases: ["sam@work.example", "nope"] }, "aliases.1: not an email address"],
    [{ name: "  " }, "name: empty"],
    [{ timezone: "EST" }, "timezone: not an IANA time zone, e.g. America/New_York"],
    [{ timezone: "Eastern" }, "timezone: not an IANA time zone, e.g. America/New_York"],
    [{ workdayStart: "9am" }, "workdayStart: expected HH:MM (24 h)"],
    [{ digestTime: "24:00" }, "digestTime: expected HH:MM (24 h)"],
    [{ digestDay: "Mon" }, "digestDay: expected one of sunday, monday, tuesday, wednesday, thursday, friday, saturday"],
    [{ ack: "yes" }, "ack: expected true or false"],
    [{ targetBase: -5 }, "targetBase: expected a positive number"],
    [{ closedRetentionDays: -1 }, "closedRetentionDays: expected whole days (0 keeps everything)"],
    [{ closedRetentionDays: 30.5 }, "closedRetentionDays: expected whole days (0 keeps everything)"],
    [{ modelTier: "gpt" }, "modelTier: expected one of off, bedrock, openai-compatible"],
    [{ modelTier: "bedrock" }, "modelId: required when modelTier is bedrock"],
    [
      { modelTier: "bedrock", modelId: "us.amazon.nova-lite-v1:0" },
      "modelId: expected a Bedrock foundation model id such as amazon.nova-lite-v1:0 (inference profiles such as us.… are not supported)",
    ],
    [
      { modelTier: "openai-compatible", modelId: "qwen2.5:7b" },
      "modelUrl: required when modelTier is openai-compatible",
    ],
    [
      { modelTier: "openai-compatible", modelId: "qwen2.5:7b", modelUrl: "ftp://host/v1" },
      "modelUrl: expected an http(s) URL such as http://127.0.0.1:11434/v1",
    ],
    [{ modelId: "qwen 2.5" }, "modelId: expected a model id such as amazon.nova-lite-v1:0"],
  ])("rejects %j", (setting, problem) => {
    expect(problemsOf({ ...SAM, ...setting })).toEqual([problem]);
  });

  it.each([
    { timezone: "Europe/Berlin" },
    { timezone: "UTC" },
    { workdayStart: "07:30", digestDay: "friday", digestTime: "17:45" },
    { targetBase: 145000, ack: false },
    { closedRetentionDays: 0 },
    { closedRetentionDays: 90 },
    { modelTier: "off", modelId: "amazon.nova-lite-v1:0" },
    { modelTier: "bedrock", modelId: "amazon.nova-lite-v1:0" },
    { modelTier: "bedrock", modelId: "anthropic.claude-3-haiku-20240307-v1:0" },
    { modelTier: "openai-compatible", modelId: "qwen2.5:7b", modelUrl: "http://127.0.0.1:11434/v1" },
  ])("accepts %j", (setting) => {
    expect(problemsOf({ ...SAM, ...setting })).toEqual([]);
  });
});

describe("OwnerSettingsSchema (complete settings, no defaults)", () => {
  it("names each setting that is absent", () => {
    const parsed = OwnerSettingsSchema.safeParse(SAM);

    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual([
      "aliases",
      "workdayStart",
      "digestDay",
      "digestTime",
      "ack",
      "targetBase",
    ]);
  });
});

describe("config readers apply the owner schema", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("the local config names the bad setting", async () => {
    const dir = await mkdtemp(join(tmpdir(), "jobnudge-owner-"));
    dirs.push(dir);
    const env = { JOBNUDGE_TIMEZONE: "EST" };

    expect(() => loadLocalConfig(env, dir)).toThrow(ConfigError);
    expect(() => loadLocalConfig(env, dir)).toThrow(/owner\.timezone \(JOBNUDGE_TIMEZONE=EST\): not an IANA time zone/);
  });

  it("names the variable behind a bad value, and no config file that does not exist", async () => {
    // Prepare: a folder without jobnudge.config.json
    const dir = await mkdtemp(join(tmpdir(), "jobnudge-owner-"));
    dirs.push(dir);

    // Act
    const error = (() => {
      try {
        loadLocalConfig({ JOBNUDGE_SMTP_PORT: "abc" }, dir);
      } catch (err) {
        return (err as Error).message;
      }
      return "";
    })();

    // Assess
    expect(error).toContain("invalid jobnudge configuration (defaults < JOBNUDGE_* variables):");
    expect(error).toContain("  - ports.smtp (JOBNUDGE_SMTP_PORT=abc): expected a port number");
    expect(error).not.toContain("jobnudge.config.json");
  });

  it("the local config file turns the model tier on, and checks its settings together", async () => {
    const dir = await mkdtemp(join(tmpdir(), "jobnudge-owner-"));
    dirs.push(dir);
    const file = (owner: object) => writeFile(join(dir, "jobnudge.config.json"), JSON.stringify({ owner }));

    expect(loadLocalConfig({}, dir).owner.modelTier).toBe("off");
    await file({ modelTier: "openai-compatible", modelId: "qwen2.5:7b", modelUrl: "http://127.0.0.1:11434/v1" });
    expect(loadLocalConfig({}, dir).owner).toMatchObject({
      modelTier: "openai-compatible",
      modelId: "qwen2.5:7b",
      modelUrl: "http://127.0.0.1:11434/v1",
    });
    await file({ modelTier: "openai-compatible", modelId: "qwen2.5:7b" });
    expect(() => loadLocalConfig({}, dir)).toThrow(/owner\.modelUrl: required when modelTier is openai-compatible/);
  });

  it("simulate's scenario.json names the bad setting and gets the defaults otherwise", async () => {
    const dir = await mkdtemp(join(tmpdir(), "jobnudge-owner-"));
    dirs.push(dir);
    const scenario = (owner: object) =>
      JSON.stringify({ owner, start: "2026-03-02T08:00:00Z", end: "2026-03-03T08:00:00Z", steps: [] });

    await writeFile(join(dir, "scenario.json"), scenario({ ...SAM, workdayStart: "9am" }));
    await expect(loadScenario(dir)).rejects.toThrow(/owner\.workdayStart: expected HH:MM/);

    await writeFile(join(dir, "scenario.json"), scenario({ ...SAM, email: "Sam.Rivera@Gmail.com" }));
    expect((await loadScenario(dir)).owner).toEqual(OwnerInputSchema.parse(SAM));
  });
});
