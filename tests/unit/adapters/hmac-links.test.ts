import { describe, expect, it } from "vitest";
import { makeLinkSigner, signLink, verifyLink } from "../../../functions/adapters/hmac-links";
import type { LinkPayload } from "../../../functions/app/ports";
import { ConfigError } from "../../../functions/domain/errors";
import { MIN_LINK_SECRET_CHARS } from "../../../functions/domain/owner";

const KEY = { kid: "k1", secret: "0123456789abcdef0123456789abcdef" };
const NEW_KEY = { kid: "k2", secret: "fedcba9876543210fedcba9876543210" };
const NOW_S = 1_772_636_400; // 2026-03-04T15:00:00Z
const PAYLOAD: LinkPayload = { action: "accept", employerId: "globex", exp: NOW_S + 3600, jti: "jti-1" };

function flipLastChar(text: string): string {
  const last = text.at(-1);
  return text.slice(0, -1) + (last === "A" ? "B" : "A");
}

describe("verifyLink", () => {
  it("accepts its own token and returns the payload", () => {
    // Prepare
    const token = signLink({ ...PAYLOAD, extra: { days: "2" } }, KEY);
    // Act
    const result = verifyLink(token, [KEY], NOW_S);
    // Assess
    expect(result).toEqual({ ok: true, kid: "k1", payload: { ...PAYLOAD, extra: { days: "2" } } });
  });

  it("accepts a token of an old key while both keys are configured (rotation)", () => {
    const token = signLink(PAYLOAD, KEY);
    expect(verifyLink(token, [NEW_KEY, KEY], NOW_S)).toMatchObject({ ok: true, kid: "k1" });
  });

  it.each<[string, (token: string) => string, string]>([
    ["empty", () => "", "malformed"],
    ["no dot", (t) => t.replace(".", ""), "malformed"],
    ["three parts", (t) => `${t}.x`, "malformed"],
    ["truncated signature", (t) => t.slice(0, -5), "bad_signature"],
    ["truncated payload", (t) => t.slice(5), "malformed"],
    ["empty signature", (t) => `${t.split(".")[0]}.`, "malformed"],
    ["not base64url", (t) => t.replace(/^./, "%"), "malformed"],
    ["signature flipped", flipLastChar, "bad_signature"],
    ["oversized", (t) => `${"A".repeat(5000)}.${t.split(".")[1]}`, "malformed"],
    ["payload not JSON", (t) => `${Buffer.from("not json").toString("base64url")}.${t.split(".")[1]}`, "malformed"],
    [
      "payload JSON of the wrong shape",
      (t) => `${Buffer.from('{"v":1}').toString("base64url")}.${t.split(".")[1]}`,
      "malformed",
    ],
  ])("%s -> %s", (_name, tamper, reason) => {
    // Prepare
    const token = tamper(signLink(PAYLOAD, KEY));
    // Act
    const result = verifyLink(token, [KEY], NOW_S);
    // Assess
    expect(result).toEqual({ ok: false, reason });
  });

  it("rejects a payload changed to another employer (forged)", () => {
    const [, signature] = signLink(PAYLOAD, KEY).split(".");
    const other = signLink({ ...PAYLOAD, employerId: "acme" }, KEY).split(".")[0];
    expect(verifyLink(`${other}.${signature}`, [KEY], NOW_S)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("rejects a token signed with a different secret under a known key id (forged)", () => {
    const token = signLink(PAYLOAD, { kid: "k1", secret: "attacker-secret-attacker-secret!" });
    expect(verifyLink(token, [KEY], NOW_S)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("rejects a token of a key id that is not configured", () => {
    const token = signLink(PAYLOAD, NEW_KEY);
    expect(verifyLink(token, [KEY], NOW_S)).toEqual({ ok: false, reason: "unknown_key" });
  });

  it("rejects an expired token, and one expiring exactly now", () => {
    const token = signLink(PAYLOAD, KEY);
    expect(verifyLink(token, [KEY], PAYLOAD.exp + 1)).toEqual({ ok: false, reason: "expired" });
    expect(verifyLink(token, [KEY], PAYLOAD.exp)).toEqual({ ok: false, reason: "expired" });
    expect(verifyLink(token, [KEY], PAYLOAD.exp - 1)).toMatchObject({ ok: true });
  });

  it("reports a forged expired token as forged, not expired", () => {
    const token = flipLastChar(signLink(PAYLOAD, KEY));
    expect(verifyLink(token, [KEY], PAYLOAD.exp + 100)).toEqual({ ok: false, reason: "bad_signature" });
  });
});

describe("makeLinkSigner", () => {
  it("builds base/a/token links that verify, expiring after the TTL", () => {
    // Prepare
    const links = makeLinkSigner("https://actions.example.com/", KEY, "2026-03-04T15:00:00Z", 30, {
      jti: () => "fixed",
    });
    // Act
    const url = links.sign("snooze", "acme", { days: "7" });
    // Assess
    const match = /^https:\/\/actions\.example\.com\/a\/([A-Za-z0-9_.-]+)$/.exec(url);
    expect(match).not.toBeNull();
    const result = verifyLink(match?.[1] ?? "", [KEY], NOW_S);
    expect(result).toEqual({
      ok: true,
      kid: "k1",
      payload: { action: "snooze", employerId: "acme", extra: { days: "7" }, exp: NOW_S + 30 * 86_400, jti: "fixed" },
    });
  });

  it("reads the clock at each call when given a clock function", () => {
    let now = new Date("2026-03-04T15:00:00Z");
    const links = makeLinkSigner("http://127.0.0.1:8787", KEY, () => now, 1);
    const first = links.sign("stop", "acme").split("/a/")[1] ?? "";
    now = new Date("2026-03-10T15:00:00Z");
    const second = links.sign("stop", "acme").split("/a/")[1] ?? "";
    expect(verifyLink(first, [KEY], NOW_S + 2 * 86_400)).toEqual({ ok: false, reason: "expired" });
    expect(verifyLink(second, [KEY], NOW_S + 6 * 86_400)).toMatchObject({ ok: true });
  });

  it("verifies its own links, and the old key's during a rotation", () => {
    const oldToken = signLink(PAYLOAD, KEY);
    const rotated = makeLinkSigner("https://a.example", NEW_KEY, new Date(NOW_S * 1000), 1, { acceptKeys: [KEY] });
    const own = rotated.sign("stop", "acme").split("/a/")[1] ?? "";
    expect(rotated.verify(own, NOW_S)).toMatchObject({ ok: true, kid: "k2" });
    expect(rotated.verify(oldToken, NOW_S)).toMatchObject({ ok: true, kid: "k1" });
    const notRotated = makeLinkSigner("https://a.example", NEW_KEY, new Date(NOW_S * 1000), 1);
    expect(notRotated.verify(oldToken, NOW_S)).toEqual({ ok: false, reason: "unknown_key" });
  });

  it("gives every link its own jti by default", () => {
    const links = makeLinkSigner("http://127.0.0.1:8787", KEY, new Date(), 1);
    expect(links.sign("stop", "acme")).not.toBe(links.sign("stop", "acme"));
  });

  it.each([
    ["not a url", KEY],
    ["javascript:alert(1)", KEY],
    ["https://ok.example", { kid: "k1", secret: "short" }],
    ["https://ok.example", { kid: "k1", secret: KEY.secret.slice(1) }],
  ])("refuses a bad configuration (%s)", (base, key) => {
    expect(() => makeLinkSigner(base, key, new Date(), 30)).toThrow(ConfigError);
  });

  it("takes the same shortest secret as the deploy configuration", () => {
    expect(KEY.secret).toHaveLength(MIN_LINK_SECRET_CHARS);
    expect(() => makeLinkSigner("https://ok.example", KEY, new Date(), 30)).not.toThrow();
  });
});
