// Deploy-time checks of settings that parse fine one by one but would break the running app:
// addresses that mail would bounce or loop on, and a link-signing key every invocation would reject.
// Each returns the problems it finds (empty: fine), in the `VARIABLE: what is wrong` form that
// DeployConfigError prints. Pure: no Pulumi, no SST globals, no AWS.
import { MIN_LINK_SECRET_CHARS } from "../functions/domain/owner";
import type { DeployConfig } from "./config";

/** The deploy stopped before touching anything; the message says why and what to do. */
export class DeployRefusal extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
    this.name = "DeployRefusal";
  }
}

/**
 * The owner's, their aliases' and the alert address must live outside the inbox's mail domain: its
 * MX points at SES, which receives only the inbox address there, so mail to any other address on
 * it bounces (nudges, alarms) or comes back in as inbound mail (a loop).
 */
export function mailDomainProblems(config: DeployConfig): string[] {
  const onMailDomain = (address: string) => address.slice(address.lastIndexOf("@") + 1) === config.mailDomain;
  const why = `is on the inbox's mail domain ${config.mailDomain}, where SES accepts only ${config.inboxAddress}: mail to it would bounce or loop back into jobnudge; use an address at your usual mail provider`;
  const problems: string[] = [];
  if (onMailDomain(config.owner.email)) problems.push(`JOBNUDGE_OWNER_EMAIL: ${why}`);
  for (const alias of config.owner.aliases.filter(onMailDomain)) {
    problems.push(`JOBNUDGE_OWNER_ALIASES: ${alias} ${why}`);
  }
  // When it defaults to the owner's address, the owner's problem above already says it.
  if (config.alertEmail !== config.owner.email && onMailDomain(config.alertEmail)) {
    problems.push(`JOBNUDGE_ALERT_EMAIL: ${why}`);
  }
  return problems;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

/**
 * The HmacKey secret as the functions will read it (functions/wiring/aws-config.ts
 * parseHmacKeys: "secret", or "kid:secret,kid:secret" with the first signing), checked at deploy so
 * a short or malformed key fails `sst deploy` instead of every invocation afterwards. `undefined`
 * (no value set) is left to SST, which stops the deploy with "Set a value for HmacKey".
 * Messages name entries and ids, never secrets.
 */
export function hmacKeyProblems(value: string | undefined): string[] {
  if (value === undefined) return [];
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return ["HmacKey is empty"];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    const colon = entry.indexOf(":");
    const where = `HmacKey entry ${i + 1}`;
    if (colon < 0 && entries.length > 1) {
      problems.push(`${where}: with several keys each must be "kid:secret"`);
      continue;
    }
    const kid = colon < 0 ? "k1" : entry.slice(0, colon);
    const secret = colon < 0 ? entry : entry.slice(colon + 1);
    if (!KEY_ID.test(kid)) {
      problems.push(`${where}: kid must be 1-16 characters of A-Z a-z 0-9 _ -`);
    } else if (secret.length < MIN_LINK_SECRET_CHARS) {
      problems.push(
        `${where} (${kid}): secret must have at least ${MIN_LINK_SECRET_CHARS} characters (openssl rand -hex 32)`,
      );
    } else if (seen.has(kid)) {
      problems.push(`HmacKey: kid "${kid}" appears twice`);
    } else {
      seen.add(kid);
    }
  }
  return problems;
}

/** Throws DeployRefusal listing hmacKeyProblems, with how to set a good key. */
export function assertHmacKey(value: string | undefined): void {
  const problems = hmacKeyProblems(value);
  if (problems.length === 0) return;
  throw new DeployRefusal([
    "jobnudge: the HmacKey secret would make every function fail at its first invocation:",
    ...problems.map((p) => `  - ${p}`),
    'Set a good one with `npx sst secret set HmacKey "$(openssl rand -hex 32)" --stage <stage>` (docs/deploy.md, section 4).',
  ]);
}
