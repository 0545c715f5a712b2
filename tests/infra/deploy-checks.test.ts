// Deploy-time checks of settings that would break the running app (stacks/deploy-checks.ts): pure.
import { describe, expect, it } from "vitest";
import { parseHmacKeys } from "../../functions/wiring/aws-config";
import { parseDeployConfig } from "../../stacks/config";
import { assertHmacKey, DeployRefusal, hmacKeyProblems, mailDomainProblems } from "../../stacks/deploy-checks";

const MINIMAL = {
  JOBNUDGE_OWNER_EMAIL: "sam.rivera@gmail.com",
  JOBNUDGE_OWNER_NAME: "Sam Rivera",
  JOBNUDGE_TIMEZONE: "America/New_York",
  JOBNUDGE_INBOX: "jobs@hunt.example.com",
};
const problemsWith = (extra: Record<string, string>) => mailDomainProblems(parseDeployConfig({ ...MINIMAL, ...extra }));

describe("mailDomainProblems", () => {
  it.each([
    ["the minimal settings", {}],
    [
      "addresses on the parent domain",
      { JOBNUDGE_OWNER_EMAIL: "sam@example.com", JOBNUDGE_ALERT_EMAIL: "ops@example.com" },
    ],
    ["an address on a subdomain of the mail domain", { JOBNUDGE_OWNER_ALIASES: "sam@eu.hunt.example.com" }],
    ["a domain that only ends like the mail domain", { JOBNUDGE_OWNER_ALIASES: "sam@myhunt.example.com" }],
  ])("accepts %s", (_what, extra) => {
    expect(problemsWith(extra)).toEqual([]);
  });

  it.each([
    [
      "the owner's address (named once, though the alert address defaults to it)",
      { JOBNUDGE_OWNER_EMAIL: "sam@hunt.example.com" },
      ["JOBNUDGE_OWNER_EMAIL:"],
    ],
    [
      "an alias (only that one is named)",
      { JOBNUDGE_OWNER_ALIASES: "sam@work.example, me@HUNT.example.com" },
      ["JOBNUDGE_OWNER_ALIASES: me@hunt.example.com"],
    ],
    ["the alert address", { JOBNUDGE_ALERT_EMAIL: "alerts@hunt.example.com" }, ["JOBNUDGE_ALERT_EMAIL:"]],
    [
      "all three",
      {
        JOBNUDGE_OWNER_EMAIL: "sam@hunt.example.com",
        JOBNUDGE_OWNER_ALIASES: "sr@hunt.example.com",
        JOBNUDGE_ALERT_EMAIL: "ops@hunt.example.com",
      },
      ["JOBNUDGE_OWNER_EMAIL:", "JOBNUDGE_OWNER_ALIASES: sr@hunt.example.com", "JOBNUDGE_ALERT_EMAIL:"],
    ],
  ])("rejects %s on the mail domain", (_what, extra, named) => {
    const problems = problemsWith(extra);

    expect(problems.map((p) => p.slice(0, p.indexOf(" is on the inbox's mail domain")))).toEqual(named);
    for (const p of problems) expect(p).toMatch(/mail domain hunt\.example\.com, where SES accepts only jobs@hunt/);
  });
});

const KEY = "0123456789abcdef0123456789abcdef";

describe("hmacKeyProblems", () => {
  it.each([
    ["one bare key of the minimum length", KEY],
    ["what `openssl rand -hex 32` gives", "9f".repeat(32)],
    ["rotation, first signs", `k2:${KEY}x, k1:${KEY}`],
  ])("accepts %s", (_what, value) => {
    expect(hmacKeyProblems(value)).toEqual([]);
  });

  it.each([
    ["a key one character short", KEY.slice(1), [/entry 1 \(k1\): secret must have at least 32 characters/]],
    ["a short key among several", `k2:${KEY}, k1:short`, [/entry 2 \(k1\): secret must have at least 32/]],
    ["bare keys among several", `${KEY},${KEY}`, [/entry 1: .*"kid:secret"/, /entry 2: .*"kid:secret"/]],
    ["a bad kid", `bad kid!:${KEY}`, [/kid must be 1-16 characters/]],
    ["a repeated kid", `a:${KEY},a:${KEY}`, [/kid "a" appears twice/]],
    ["nothing", " , ", [/empty/]],
  ])("rejects %s", (_what, value, expected) => {
    const problems = hmacKeyProblems(value);

    expect(problems).toHaveLength(expected.length);
    for (const [i, p] of expected.entries()) expect(problems[i]).toMatch(p);
  });

  it("leaves an unset secret to SST's own 'Set a value for HmacKey' error", () => {
    expect(hmacKeyProblems(undefined)).toEqual([]);
  });

  // The functions parse the same secret at run time (functions/wiring/aws-config.ts): whatever
  // the deploy lets through must work there, and whatever it stops must fail there.
  it.each([
    [KEY],
    [KEY.slice(1)],
    [`k2:${KEY}x, k1:${KEY}`],
    [`k2:${KEY}, k1:short`],
    [`${KEY},${KEY}`],
    [`bad kid!:${KEY}`],
    [`a:${KEY},a:${KEY}`],
    [`a:short,a:${KEY}`],
    [`:${KEY}`],
    [`${"k".repeat(17)}:${KEY}`],
    [" , "],
    [""],
  ])("agrees with the functions' own parser on %j", (value) => {
    const runtime: string[] = [];
    parseHmacKeys(value, runtime);

    expect(hmacKeyProblems(value).length === 0).toBe(runtime.length === 0);
  });
});

describe("assertHmacKey", () => {
  it("refuses the deploy, saying how to set a good key, without printing the secret", () => {
    let refusal: unknown;
    try {
      assertHmacKey("k9:not-long-enough-secret");
    } catch (err) {
      refusal = err;
    }

    expect(refusal).toBeInstanceOf(DeployRefusal);
    expect(String(refusal)).toMatch(/every function fail[\s\S]*entry 1 \(k9\)[\s\S]*openssl rand -hex 32/);
    expect(String(refusal)).not.toMatch(/not-long-enough-secret/);
  });

  it("lets a good key through", () => {
    expect(() => assertHmacKey(KEY)).not.toThrow();
  });
});
