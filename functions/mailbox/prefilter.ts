// A cheap first look at every message of an import: from its headers alone, is it clearly not about
// the owner's job processes (a newsletter, a receipt, a social notification, a job alert)? Those are
// never parsed. Conservative: when no rule is sure, the message is kept.
//
// Rules in order, the first that applies decides (like chrono's parsers):
//   1. a job site's listing or social mailbox (LinkedIn job alerts, "X viewed your profile")   drop
//   2. an applicant-tracking or scheduling relay (greenhouse.io, lever.co, myworkday.com, ...)  keep
//   3. a strong hiring cue in the subject or the sender's name ("interview", "Bewerbung")      keep
//   4. a hiring team's mailbox (careers@, recruiting@, talent@)                                keep
//   5. a bulk mailing whose subject is marketing ("20% off", "newsletter")                     drop
//   6. an automated sender with a shop, bank, account or social subject ("Your order shipped") drop
//   7. a weak cue ("offer", "role", "call with")                                               keep
//   8. a bulk mailing (List-Unsubscribe, List-Id, Precedence: bulk/list/junk)                  drop
//   9. anything else (a person's mail, the owner's own)                                        keep
import { domainOf, isRelayDomain, isRobotAddress } from "../domain/senders";
import { field, type MailHeaders, readHeaders } from "./headers";
import {
  AUTOMATED_LOCAL,
  AUTOMATED_NOT_JOB_SUBJECTS,
  LISTING_AND_SOCIAL_SENDERS,
  MARKETING_MARKERS,
  RECRUITING_MAILBOX,
  STRONG_CUES,
  WEAK_CUES,
} from "./prefilter-rules";

export type PrefilterRule =
  | "job-alert"
  | "social"
  | "ats-sender"
  | "hiring-cue"
  | "recruiting-mailbox"
  | "marketing"
  | "automated"
  | "possible-cue"
  | "bulk"
  | "unsure";

export interface PrefilterVerdict {
  keep: boolean;
  /** Which rule decided: for counts in a dry run ("skipped 812 bulk, 40 job-alert"). */
  rule: PrefilterRule;
}

const any = (patterns: readonly RegExp[], ...texts: string[]) =>
  patterns.some((pattern) => texts.some((text) => pattern.test(text)));

function isBulk(headers: MailHeaders): boolean {
  return (
    field(headers, "list-unsubscribe") !== null ||
    field(headers, "list-id") !== null ||
    /\b(?:bulk|list|junk)\b/i.test(field(headers, "precedence") ?? "")
  );
}

function isAutomated(headers: MailHeaders, address: string): boolean {
  const local = address.slice(0, address.lastIndexOf("@"));
  const autoSubmitted = (field(headers, "auto-submitted") ?? "no").trim().toLowerCase();
  return isRobotAddress(address) || AUTOMATED_LOCAL.test(local) || autoSubmitted !== "no" || isBulk(headers);
}

/** The prefilter on headers already read (pure; the index pass reads each header section once). */
export function prefilterVerdict(headers: MailHeaders): PrefilterVerdict {
  const address = headers.from?.address ?? "";
  if (!address.includes("@")) return { keep: true, rule: "unsure" };
  const domain = domainOf(address);
  const local = address.slice(0, address.lastIndexOf("@"));
  const listing = LISTING_AND_SOCIAL_SENDERS.find(
    (s) => (domain === s.domain || domain.endsWith(`.${s.domain}`)) && s.local.test(local),
  );
  if (listing) return { keep: false, rule: listing.rule };
  if (isRelayDomain(domain)) return { keep: true, rule: "ats-sender" };
  const subject = headers.subject;
  const name = headers.from?.name ?? "";
  if (any(STRONG_CUES, subject, name)) return { keep: true, rule: "hiring-cue" };
  if (RECRUITING_MAILBOX.test(local)) return { keep: true, rule: "recruiting-mailbox" };
  const bulk = isBulk(headers);
  if (bulk && any(MARKETING_MARKERS, subject)) return { keep: false, rule: "marketing" };
  if (any(AUTOMATED_NOT_JOB_SUBJECTS, subject) && isAutomated(headers, address))
    return { keep: false, rule: "automated" };
  if (any(WEAK_CUES, subject)) return { keep: true, rule: "possible-cue" };
  if (bulk) return { keep: false, rule: "bulk" };
  return { keep: true, rule: "unsure" };
}

/** From a message's header bytes alone: could it be job mail? False only when clearly not. */
export async function looksLikeJobMail(headerBytes: Uint8Array): Promise<boolean> {
  return prefilterVerdict(await readHeaders(headerBytes)).keep;
}
