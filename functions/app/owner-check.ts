// Who may talk to jobnudge: only the owner. Locally (no SES) the envelope sender decides; on AWS the
// address must be backed by a verdict SES computed: DMARC pass for the From: header (a manual
// forward or a BCC), or SPF pass for the envelope sender (a provider's auto-forward, which keeps
// the employer's From: and shows the owner only in the envelope). Headers in the body prove nothing.
import type { OwnerSettings } from "../domain/owner";
import { ownerAddresses } from "../domain/owner";

export type VerdictStatus = "PASS" | "FAIL" | "GRAY" | "PROCESSING_FAILED" | "DISABLED" | string;

/** The verdicts SES puts in the receipt (absent locally). */
export interface SesVerdicts {
  spf: VerdictStatus;
  dkim: VerdictStatus;
  dmarc: VerdictStatus;
  spam: VerdictStatus;
  virus: VerdictStatus;
}

export type SenderCheck =
  | { ok: true; via: "envelope" | "dmarc" | "spf" }
  | { ok: false; reason: "stranger" | "unauthenticated" | "virus" | "spam" };

export function checkSender(input: {
  owner: OwnerSettings;
  headerFrom: string | null;
  envelopeFrom: string | null;
  verdicts: SesVerdicts | null;
}): SenderCheck {
  const owners = new Set(ownerAddresses(input.owner));
  const headerFrom = input.headerFrom?.toLowerCase() ?? null;
  const envelope = normaliseEnvelope(input.envelopeFrom);
  const { verdicts } = input;

  if (!verdicts) {
    return envelope && owners.has(envelope) ? { ok: true, via: "envelope" } : { ok: false, reason: "stranger" };
  }
  const claimsOwner = (headerFrom && owners.has(headerFrom)) || (envelope && owners.has(envelope));
  if (!claimsOwner) return { ok: false, reason: "stranger" };
  if (verdicts.virus === "FAIL") return { ok: false, reason: "virus" };
  if (verdicts.spam === "FAIL") return { ok: false, reason: "spam" };
  if (headerFrom && owners.has(headerFrom) && verdicts.dmarc === "PASS") return { ok: true, via: "dmarc" };
  if (envelope && owners.has(envelope) && verdicts.spf === "PASS") return { ok: true, via: "spf" };
  return { ok: false, reason: "unauthenticated" };
}

/**
 * Envelope sender as the owner's address: lower-cased, with Gmail's auto-forward tag removed
 * ("sam+caf_=jobs=inbox.example@gmail.com" -> "sam@gmail.com").
 */
export function normaliseEnvelope(address: string | null): string | null {
  if (!address) return null;
  const lower = address.trim().toLowerCase().replace(/^<|>$/g, "");
  const at = lower.lastIndexOf("@");
  if (at <= 0) return null;
  const local = lower.slice(0, at).replace(/\+caf_=.*$/, "");
  return `${local}${lower.slice(at)}`;
}
