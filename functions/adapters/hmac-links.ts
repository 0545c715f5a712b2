// The LinkSigner port with HMAC-SHA256: signed one-click links (notes/aws-reliability.md §5.2). A token is
//   base64url(JSON payload incl. kid) "." base64url(HMAC-SHA256(key, first part))
// The MAC covers the exact bytes sent, so there is no canonicalisation to get wrong, and the key id
// inside the signed part lets old and new keys overlap during rotation. Single use is enforced by the
// caller (a claim on the jti), because expiry alone cannot revoke a link.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { LinkPayload, LinkSigner, LinkVerification } from "../app/ports";
import { ConfigError } from "../domain/errors";
import { MIN_LINK_SECRET_CHARS } from "../domain/owner";

export interface LinkKey {
  kid: string;
  secret: string;
}

/** Longer tokens are refused before any decoding (untrusted input from a URL). */
export const MAX_TOKEN_LENGTH = 2048;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const MAC_BYTES = 32;

function mac(secret: string, signed: string): Buffer {
  return createHmac("sha256", secret).update(signed, "utf8").digest();
}

export function signLink(payload: LinkPayload, key: LinkKey): string {
  const body: Record<string, unknown> = {
    v: 1,
    kid: key.kid,
    act: payload.action,
    emp: payload.employerId,
    exp: payload.exp,
    jti: payload.jti,
  };
  if (payload.extra && Object.keys(payload.extra).length > 0) body.x = payload.extra;
  const signed = Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
  return `${signed}.${mac(key.secret, signed).toString("base64url")}`;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === "string")
  );
}

function decodeBody(signed: string): { kid: string; payload: LinkPayload } | null {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(signed, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof body !== "object" || body === null) return null;
  const b = body as Record<string, unknown>;
  if (b.v !== 1 || typeof b.kid !== "string" || typeof b.act !== "string" || typeof b.jti !== "string") return null;
  if (!(b.emp === null || typeof b.emp === "string")) return null;
  if (typeof b.exp !== "number" || !Number.isSafeInteger(b.exp)) return null;
  if (b.x !== undefined && !isStringRecord(b.x)) return null;
  const payload: LinkPayload = { action: b.act, employerId: b.emp, exp: b.exp, jti: b.jti };
  if (b.x) payload.extra = b.x;
  return { kid: b.kid, payload };
}

/**
 * Checks a token from a URL. Order matters: the signature is checked before the expiry so that a
 * forged token is reported as forged, and nothing here throws on hostile input.
 */
export function verifyLink(token: string, keys: LinkKey[], nowSeconds: number): LinkVerification {
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    return { ok: false, reason: "malformed" };
  }
  const parts = token.split(".");
  const [signed, signature] = parts;
  if (parts.length !== 2 || !signed || !signature || !BASE64URL.test(signed) || !BASE64URL.test(signature)) {
    return { ok: false, reason: "malformed" };
  }
  const decoded = decodeBody(signed);
  if (!decoded) return { ok: false, reason: "malformed" };
  const key = keys.find((k) => k.kid === decoded.kid);
  if (!key) return { ok: false, reason: "unknown_key" };
  const given = Buffer.from(signature, "base64url");
  const expected = mac(key.secret, signed);
  // timingSafeEqual throws on a length mismatch; a short MAC is simply a bad one.
  if (given.length !== MAC_BYTES || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad_signature" };
  if (decoded.payload.exp <= nowSeconds) return { ok: false, reason: "expired" };
  return { ok: true, payload: decoded.payload, kid: decoded.kid };
}

export function newJti(): string {
  return randomBytes(12).toString("base64url");
}

type NowSource = string | Date | (() => Date);

function nowMillis(now: NowSource): number {
  if (typeof now === "function") return now().getTime();
  return typeof now === "string" ? Date.parse(now) : now.getTime();
}

export interface LinkSignerOptions {
  /** Older keys still accepted during a rotation (the signing key is always accepted). */
  acceptKeys?: LinkKey[];
  /** Injectable for deterministic tests. */
  jti?: () => string;
}

/**
 * The LinkSigner of app/ports.ts: `sign` makes `${baseUrl}/a/${token}`, `verify` checks its own
 * tokens, so the signing secret never leaves this closure. `now` may be a clock function so one
 * signer serves a warm Lambda for its whole life.
 */
export function makeLinkSigner(
  baseUrl: string,
  key: LinkKey,
  now: NowSource,
  ttlDays: number,
  options: LinkSignerOptions = {},
): LinkSigner {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch (cause) {
    throw new ConfigError(`actions base URL is not a URL: ${baseUrl}`, { cause });
  }
  if (base.protocol !== "https:" && base.protocol !== "http:") {
    throw new ConfigError(`actions base URL must be http(s): ${baseUrl}`);
  }
  if (!key.kid || key.secret.length < MIN_LINK_SECRET_CHARS) {
    throw new ConfigError(`link key needs a kid and a secret of ${MIN_LINK_SECRET_CHARS}+ characters`);
  }
  if (!(ttlDays > 0)) throw new ConfigError("link TTL must be positive");
  const prefix = baseUrl.replace(/\/+$/, "");
  const nextJti = options.jti ?? newJti;
  const keys = [key, ...(options.acceptKeys ?? []).filter((k) => k.kid !== key.kid)];
  return {
    sign: (action, employerId, extra) => {
      const exp = Math.floor(nowMillis(now) / 1000) + Math.round(ttlDays * 86_400);
      const payload: LinkPayload = { action, employerId, exp, jti: nextJti() };
      if (extra) payload.extra = extra;
      return `${prefix}/a/${signLink(payload, key)}`;
    },
    verify: (token, nowSeconds) => verifyLink(token, keys, nowSeconds),
  };
}
