// loadAwsConfig reads SST links the way Lambda sees them: SST_RESOURCE_<Name> env vars (JSON).
// `sst` is loaded once per process (Node, not vitest, caches it) and its Resource proxy reads the
// environment once, into an object kept on globalThis. So each test empties that object and has
// SST parse the stubbed SST_RESOURCE_* variables again with its own loader, then re-imports
// aws-config (whose per-container cache must start empty too).
import { loadResourceEnvironment } from "sst/resource/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ownerSettings } from "../../fakes/owner";

const KEY = "0123456789abcdef0123456789abcdef";
const OWNER = ownerSettings({ aliases: ["sam@work.example"] });

function links(): Record<string, unknown> {
  return {
    App: { name: "jobnudge", stage: "test" },
    HmacKey: { type: "sst.sst.Secret", value: KEY },
    StateTable: { type: "sst.sst.Linkable", name: "jobnudge-test-State" },
    MailStore: { type: "sst.sst.Linkable", bucket: "jobnudge-test-inboundmail", prefix: "inbound/" },
    Scheduling: {
      type: "sst.sst.Linkable",
      groupName: "jobnudge-test-nudges",
      roleArn: "arn:aws:iam::123456789012:role/NudgeSchedulerRole",
      targetArn: "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-test-nudge",
      dlqArn: "arn:aws:sqs:us-east-1:123456789012:SchedulerDeadLetters",
    },
    Mailer: { type: "sst.sst.Linkable", sender: "jobnudge@hunt.example.com", inbox: "jobs@hunt.example.com" },
    Owner: { type: "sst.sst.Linkable", ...OWNER },
    ActionsUrl: { type: "sst.sst.Linkable", url: "https://abc123.lambda-url.us-east-1.on.aws" },
  };
}

async function loadWith(resources: Record<string, unknown>) {
  for (const key of Object.keys(process.env)) if (key.startsWith("SST_RESOURCE_")) vi.stubEnv(key, undefined);
  for (const [name, value] of Object.entries(resources)) vi.stubEnv(`SST_RESOURCE_${name}`, JSON.stringify(value));
  const raw = (globalThis as { __SST_RESOURCE_RAW__?: Record<string, unknown> }).__SST_RESOURCE_RAW__ ?? {};
  for (const key of Object.keys(raw)) delete raw[key];
  loadResourceEnvironment(process.env);
  vi.resetModules();
  return await import("../../../functions/wiring/aws-config");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("loadAwsConfig", () => {
  it("maps every link to the config the handlers use", async () => {
    // Prepare
    const { loadAwsConfig } = await loadWith(links());

    // Act
    const config = loadAwsConfig();

    // Assess
    expect(config).toEqual({
      tableName: "jobnudge-test-State",
      mailBucket: "jobnudge-test-inboundmail",
      mailPrefix: "inbound/",
      scheduleGroup: "jobnudge-test-nudges",
      schedulerRoleArn: "arn:aws:iam::123456789012:role/NudgeSchedulerRole",
      nudgeTargetArn: "arn:aws:lambda:us-east-1:123456789012:function:jobnudge-test-nudge",
      schedulerDlqArn: "arn:aws:sqs:us-east-1:123456789012:SchedulerDeadLetters",
      senderAddress: "jobnudge@hunt.example.com",
      inboxAddress: "jobs@hunt.example.com",
      actionsBaseUrl: "https://abc123.lambda-url.us-east-1.on.aws/",
      hmacKeys: [{ kid: "k1", secret: KEY }],
      owner: OWNER,
    });
  });

  it("reads the links once per container", async () => {
    const { loadAwsConfig } = await loadWith(links());
    const first = loadAwsConfig();

    vi.stubEnv("SST_RESOURCE_StateTable", JSON.stringify({ name: "changed" }));
    loadResourceEnvironment(process.env);

    expect(loadAwsConfig().tableName).toBe(first.tableName);
  });

  it("names a missing link", async () => {
    const { StateTable: _dropped, ...rest } = links();
    const { loadAwsConfig } = await loadWith(rest);

    expect(() => loadAwsConfig()).toThrow(/link "StateTable" is missing/);
  });

  it("lists every problem at once, with the ConfigError name", async () => {
    const { MailStore: _a, Mailer: _b, ...rest } = links();
    const { loadAwsConfig } = await loadWith(rest);

    let error: unknown;
    try {
      loadAwsConfig();
    } catch (err) {
      error = err;
    }

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("ConfigError");
    expect((error as Error).message).toMatch(/"MailStore" is missing/);
    expect((error as Error).message).toMatch(/"Mailer" is missing/);
  });

  it("rejects a malformed link without echoing its values", async () => {
    const bad = links();
    bad.Owner = { ...OWNER, email: "not-an-address-secret-ish", digestDay: "someday" };
    const { loadAwsConfig } = await loadWith(bad);

    expect(() => loadAwsConfig()).toThrow(/link "Owner" is invalid: email: .*digestDay/);
    expect(() => loadAwsConfig()).not.toThrow(/not-an-address-secret-ish|someday/);
  });

  it.each([
    ["a mail prefix without the trailing slash", "MailStore", { bucket: "b", prefix: "inbound" }],
    ["a role that is not an ARN", "Scheduling", { ...(links().Scheduling as object), roleArn: "NudgeSchedulerRole" }],
    ["a schedule group with spaces", "Scheduling", { ...(links().Scheduling as object), groupName: "my group" }],
    ["an actions URL that is not http(s)", "ActionsUrl", { url: "ftp://example.com" }],
  ])("rejects %s", async (_what, name, value) => {
    const { loadAwsConfig } = await loadWith({ ...links(), [name]: value });

    expect(() => loadAwsConfig()).toThrow(new RegExp(`link "${name}" is invalid`));
  });

  it("maps an empty scheduler DLQ to null", async () => {
    const withoutDlq = links();
    withoutDlq.Scheduling = { ...(withoutDlq.Scheduling as object), dlqArn: "" };
    const { loadAwsConfig } = await loadWith(withoutDlq);

    expect(loadAwsConfig().schedulerDlqArn).toBeNull();
  });
});

describe("the actions function (no ActionsUrl link: it would be a cycle)", () => {
  async function actionsFunction() {
    const { ActionsUrl: _none, ...rest } = links();
    return (await loadWith(rest)).loadAwsConfig;
  }

  it("takes its base URL from the Function URL domain of the request", async () => {
    const loadAwsConfig = await actionsFunction();

    const config = loadAwsConfig({ requestDomain: "Abc123.lambda-url.us-east-1.on.aws" });

    expect(config.actionsBaseUrl).toBe("https://abc123.lambda-url.us-east-1.on.aws/");
  });

  it.each([["evil.example.com"], ["abc.lambda-url.us-east-1.on.aws.evil.example"], [""]])(
    "refuses the request domain %j",
    async (domain) => {
      const loadAwsConfig = await actionsFunction();

      expect(() => loadAwsConfig({ requestDomain: domain })).toThrow(/not a Lambda Function URL host/);
    },
  );

  it("says what is missing when no request domain is given", async () => {
    const loadAwsConfig = await actionsFunction();

    expect(() => loadAwsConfig()).toThrow(/"ActionsUrl" is missing/);
  });

  it("prefers the link when there is one", async () => {
    const { loadAwsConfig } = await loadWith(links());

    expect(loadAwsConfig({ requestDomain: "other.lambda-url.us-east-1.on.aws" }).actionsBaseUrl).toBe(
      "https://abc123.lambda-url.us-east-1.on.aws/",
    );
  });
});

describe("HMAC keys", () => {
  it.each([
    ["one bare key", KEY, [{ kid: "k1", secret: KEY }], []],
    [
      "rotation, first signs",
      `k2:${KEY}x, k1:${KEY}`,
      [
        { kid: "k2", secret: `${KEY}x` },
        { kid: "k1", secret: KEY },
      ],
      [],
    ],
    ["a short secret", "tooshort", [], [/at least 32 characters/]],
    ["a secret one character short", KEY.slice(1), [], [/at least 32 characters/]],
    ["bare keys among several", `${KEY},${KEY}`, [], [/each must be "kid:secret"/, /each must be "kid:secret"/]],
    ["a bad kid", `bad kid!:${KEY}`, [], [/kid must be/]],
    ["a repeated kid", `a:${KEY},a:${KEY}`, [{ kid: "a", secret: KEY }], [/appears twice/]],
    ["nothing", " , ", [], [/empty/]],
  ])("parses %s", async (_what, value, keys, problems) => {
    const { parseHmacKeys } = await loadWith(links());
    const found: string[] = [];

    expect(parseHmacKeys(value, found)).toEqual(keys);
    expect(found).toHaveLength(problems.length);
    for (const [i, p] of problems.entries()) expect(found[i]).toMatch(p);
  });

  it("fails the config on a bad secret without printing it", async () => {
    const { loadAwsConfig } = await loadWith({
      ...links(),
      HmacKey: { type: "sst.sst.Secret", value: "k9:short-secret" },
    });

    expect(() => loadAwsConfig()).toThrow(/HmacKey entry 1 \(k9\)/);
    expect(() => loadAwsConfig()).not.toThrow(/short-secret/);
  });
});
