// Deploy-time configuration (stacks/config.ts) and fixed names (stacks/names.ts): pure, no mocks.
import { describe, expect, it } from "vitest";
import {
  DeployConfigError,
  deployRegion,
  digestCron,
  parseDeployConfig,
  templatesBuiltProblem,
} from "../../stacks/config";
import { resourceNames } from "../../stacks/names";

const MINIMAL = {
  JOBNUDGE_OWNER_EMAIL: "Sam.Rivera@gmail.com",
  JOBNUDGE_OWNER_NAME: "Sam Rivera",
  JOBNUDGE_TIMEZONE: "America/New_York",
  JOBNUDGE_INBOX: "jobs@hunt.example.com",
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    parseDeployConfig(env);
  } catch (err) {
    if (err instanceof DeployConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe("parseDeployConfig", () => {
  it("fills the documented defaults from four required settings", () => {
    const config = parseDeployConfig(MINIMAL);

    expect(config).toEqual({
      owner: {
        email: "sam.rivera@gmail.com",
        aliases: [],
        name: "Sam Rivera",
        timezone: "America/New_York",
        workdayStart: "09:00",
        digestDay: "monday",
        digestTime: "08:00",
        ack: true,
        targetBase: null,
        closedRetentionDays: 365,
        modelTier: "off",
        modelId: null,
        modelUrl: null,
      },
      inboxAddress: "jobs@hunt.example.com",
      mailDomain: "hunt.example.com",
      senderAddress: "jobnudge@hunt.example.com",
      mailRetentionDays: 90,
      receiving: { ruleSetName: null, create: true, activate: true },
      ses: { createDomainIdentity: true, verifyOwnerAddress: true },
      route53ZoneId: null,
      alertEmail: "sam.rivera@gmail.com",
    });
  });

  it("reads every optional setting", () => {
    const config = parseDeployConfig({
      ...MINIMAL,
      JOBNUDGE_OWNER_ALIASES: " sam@work.example , S.R@proton.me ",
      JOBNUDGE_SENDER: "nudges@hunt.example.com",
      JOBNUDGE_WORKDAY_START: "08:30",
      JOBNUDGE_DIGEST_DAY: "Friday",
      JOBNUDGE_DIGEST_TIME: "17:45",
      JOBNUDGE_ACK: "false",
      JOBNUDGE_TARGET_BASE: "145000",
      JOBNUDGE_CLOSED_RETENTION_DAYS: "0",
      JOBNUDGE_MAIL_RETENTION_DAYS: "30",
      JOBNUDGE_RULE_SET: "my-existing-set",
      JOBNUDGE_CREATE_SES_IDENTITY: "no",
      JOBNUDGE_VERIFY_OWNER_ADDRESS: "0",
      JOBNUDGE_ROUTE53_ZONE_ID: "Z0123456789ABCDEFGHIJ",
      JOBNUDGE_ALERT_EMAIL: "alerts@proton.me",
    });

    expect(config.owner).toMatchObject({
      aliases: ["sam@work.example", "s.r@proton.me"],
      workdayStart: "08:30",
      digestDay: "friday",
      digestTime: "17:45",
      ack: false,
      targetBase: 145000,
      closedRetentionDays: 0,
    });
    expect(config.senderAddress).toBe("nudges@hunt.example.com");
    expect(config.mailRetentionDays).toBe(30);
    // Joining an existing set never creates or activates one.
    expect(config.receiving).toEqual({ ruleSetName: "my-existing-set", create: false, activate: false });
    expect(config.ses).toEqual({ createDomainIdentity: false, verifyOwnerAddress: false });
    expect(config.route53ZoneId).toBe("Z0123456789ABCDEFGHIJ");
    expect(config.alertEmail).toBe("alerts@proton.me");
  });

  it("turns the model tier on only when asked, with its model", () => {
    const config = parseDeployConfig({
      ...MINIMAL,
      JOBNUDGE_MODEL_TIER: "Bedrock",
      JOBNUDGE_MODEL_ID: "amazon.nova-lite-v1:0",
    });

    expect(config.owner).toMatchObject({ modelTier: "bedrock", modelId: "amazon.nova-lite-v1:0", modelUrl: null });
    expect(parseDeployConfig({ ...MINIMAL, JOBNUDGE_MODEL_ID: "amazon.nova-lite-v1:0" }).owner.modelTier).toBe("off");
  });

  it.each([
    [{ JOBNUDGE_MODEL_TIER: "bedrock" }, /^JOBNUDGE_MODEL_ID: required when JOBNUDGE_MODEL_TIER is bedrock/],
    [
      { JOBNUDGE_MODEL_TIER: "bedrock", JOBNUDGE_MODEL_ID: "us.amazon.nova-lite-v1:0" },
      /^JOBNUDGE_MODEL_ID: .*inference profiles/,
    ],
  ])("refuses a model tier that cannot work: %j", (env, message) => {
    const problems = problemsOf({ ...MINIMAL, ...env });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it("treats empty values as unset", () => {
    expect(parseDeployConfig({ ...MINIMAL, JOBNUDGE_SENDER: "", JOBNUDGE_DIGEST_DAY: "  " }).owner.digestDay).toBe(
      "monday",
    );
  });

  it("lists every missing required setting by its variable name", () => {
    const problems = problemsOf({});

    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "JOBNUDGE_OWNER_EMAIL",
      "JOBNUDGE_OWNER_NAME",
      "JOBNUDGE_TIMEZONE",
      "JOBNUDGE_INBOX",
    ]);
    expect(problems[0]).toMatch(/required/);
  });

  it("fails with one readable message that points at the docs", () => {
    expect(() => parseDeployConfig({})).toThrow(/deploy configuration is invalid[\s\S]*docs\/deploy\.md/);
  });

  it.each([
    ["JOBNUDGE_OWNER_EMAIL", "sam at gmail", /not an email address/],
    ["JOBNUDGE_TIMEZONE", "Eastern", /IANA time zone/],
    ["JOBNUDGE_TIMEZONE", "EST", /IANA time zone/],
    ["JOBNUDGE_INBOX", "jobs", /not an email address/],
    ["JOBNUDGE_OWNER_ALIASES", "a@b.example, nope", /comma-separated list/],
    ["JOBNUDGE_DIGEST_DAY", "mon", /one of sunday/],
    ["JOBNUDGE_DIGEST_TIME", "8am", /HH:MM/],
    ["JOBNUDGE_WORKDAY_START", "24:00", /HH:MM/],
    ["JOBNUDGE_ACK", "maybe", /./],
    ["JOBNUDGE_TARGET_BASE", "-5", /positive/],
    ["JOBNUDGE_CLOSED_RETENTION_DAYS", "30.5", /whole days/],
    ["JOBNUDGE_MAIL_RETENTION_DAYS", "0", /at least 1 day/],
    ["JOBNUDGE_MAIL_RETENTION_DAYS", "7.5", /whole days/],
    ["JOBNUDGE_RULE_SET", "bad name!", /rule set name/],
    ["JOBNUDGE_ROUTE53_ZONE_ID", "example.com", /hosted zone id/],
    ["JOBNUDGE_MODEL_TIER", "claude", /one of off, bedrock/],
    ["JOBNUDGE_MODEL_TIER", "openai-compatible", /local stack/],
    ["JOBNUDGE_MODEL_ID", "amazon nova", /model id/],
  ])("rejects %s=%j", (name, value, message) => {
    const problems = problemsOf({ ...MINIMAL, [name]: value });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: `));
    expect(problems[0]).toMatch(message);
  });

  it.each([
    [{ JOBNUDGE_SENDER: "jobnudge@other.example" }, /JOBNUDGE_SENDER: must be on the inbox domain/],
    [{ JOBNUDGE_INBOX: "sam.rivera@gmail.com" }, /JOBNUDGE_INBOX: must not be one of the owner's own addresses/],
    [
      { JOBNUDGE_OWNER_ALIASES: "jobnudge@hunt.example.com" },
      /JOBNUDGE_SENDER: must not be one of the owner's own addresses/,
    ],
  ])("rejects inconsistent addresses %j", (extra, message) => {
    expect(problemsOf({ ...MINIMAL, ...extra })).toEqual([expect.stringMatching(message)]);
  });

  it("does not ask to verify an owner address the domain identity already covers", () => {
    const config = parseDeployConfig({ ...MINIMAL, JOBNUDGE_OWNER_EMAIL: "sam@hunt.example.com" });

    expect(config.ses.verifyOwnerAddress).toBe(false);
  });
});

describe("digestCron", () => {
  it.each([
    ["monday", "08:00", "cron(0 8 ? * MON *)"],
    ["sunday", "18:30", "cron(30 18 ? * SUN *)"],
    ["saturday", "00:05", "cron(5 0 ? * SAT *)"],
  ] as const)("%s %s -> %s", (digestDay, digestTime, cron) => {
    expect(digestCron({ digestDay, digestTime })).toBe(cron);
  });
});

describe("regions and build prerequisites", () => {
  it("deploys to JOBNUDGE_REGION, else AWS_REGION, else us-east-1", () => {
    expect(deployRegion({ JOBNUDGE_REGION: "eu-west-1", AWS_REGION: "us-west-2" })).toBe("eu-west-1");
    expect(deployRegion({ AWS_REGION: "us-west-2" })).toBe("us-west-2");
    expect(deployRegion({})).toBe("us-east-1");
  });

  it("asks for the template build when the compiled module is missing", () => {
    expect(templatesBuiltProblem(() => true)).toBeNull();
    expect(templatesBuiltProblem(() => false)).toMatch(/npm run build:templates/);
  });
});

describe("resourceNames", () => {
  it("derives every fixed name from the stage, within AWS limits", () => {
    const names = resourceNames("jobnudge", "a".repeat(30));

    for (const name of [names.ruleSetName, names.ruleName, names.scheduleGroup, names.digestSchedule]) {
      expect(name).toMatch(/^[0-9a-zA-Z._-]{1,64}$/);
    }
    expect(names.nudgeFunction).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(names.mailPrefix).toBe("inbound/");
  });

  it("keeps stages apart", () => {
    const prod = resourceNames("jobnudge", "prod");
    const dev = resourceNames("jobnudge", "dev");

    expect(prod.ruleSetName).not.toBe(dev.ruleSetName);
    expect(prod.nudgeFunction).toBe("jobnudge-prod-nudge");
  });

  it.each([["Prod"], ["a_b"], [""], ["x".repeat(31)]])("rejects the stage %j", (stage) => {
    expect(() => resourceNames("jobnudge", stage)).toThrow(/stage/);
  });
});
