// The prefilter's data: who and what is clearly not mail about the owner's job processes, and the
// words that say it may be. Applicant-tracking and scheduling senders are the extractors' own list
// (domain/senders.ts), not a copy.

/**
 * Mailboxes at job sites that send only listings or social updates, never news of a process. The
 * same sites' other mailboxes (recruiter messages, application updates) stay relays and are kept.
 */
export const LISTING_AND_SOCIAL_SENDERS: readonly { domain: string; local: RegExp; rule: "job-alert" | "social" }[] = [
  {
    domain: "linkedin.com",
    local: /^(?:jobalerts-noreply|jobs-listings|jobs-noreply-recommendations)$/,
    rule: "job-alert",
  },
  { domain: "indeed.com", local: /^(?:alert|alerts|jobalerts|donotreply-jobalerts)$/, rule: "job-alert" },
  {
    domain: "linkedin.com",
    local:
      /^(?:notifications-noreply|invitations|newsletters-noreply|editors-noreply|groups-noreply|updates-noreply|news|learning-noreply|security-noreply)$/,
    rule: "social",
  },
];

/** Words that make a subject or sender name worth reading whatever else the headers say. */
export const STRONG_CUES: readonly RegExp[] = [
  /\binterview/i,
  /\bapplica(?:tion|nt)|\bapplied\b|\bapplying\b/i,
  /\bcandida(?:te|cy|tura|ture)/i,
  /\brecruit/i,
  /\bhiring\b|\bhire[ds]?\b/i,
  /\btalent\b/i,
  /\bcareers?\b/i,
  /\bphone screen|\bscreening call|\bonsite\b|\bon-site\b|\bsuperday\b/i,
  /\bassessment|\bcoding (?:challenge|exercise|test)|\btake[- ]home\b/i,
  /\bnext steps?\b/i,
  /\boffer letter|\bjob offer|\bemployment (?:offer|contract|agreement)|\boffer of employment/i,
  /\bbackground check|\breferences?\b|\bonboarding\b|\bstart date\b/i,
  /\bthank(?:s| you) for (?:your )?(?:interest|applying|your time)/i,
  /\bunfortunately\b|\bregret to\b|\bnot (?:be )?moving forward\b/i,
  /\b(?:resume|résumé|cv|cover letter)\b/i,
  // de, fr, es, it, nl, pt
  /bewerbung|vorstellungsgespr|\babsage\b|\bzusage\b|\bstellenangebot|arbeitsvertrag/i,
  /\bentretien\b|\brecrutement\b|\bembauche\b/i,
  /\bentrevista\b|proceso de selecci|\bvacante\b|\bcontrataci/i,
  /\bcolloquio\b|\bselezione\b/i,
  /\bsollicitatie|\bvacature/i,
  /\bvaga\b|processo seletivo/i,
];

/**
 * Words that may be about a process but are everyday in mailings too ("a special offer"): they keep a
 * message unless it is a bulk mailing with a marketing marker in its subject.
 */
export const WEAK_CUES: readonly RegExp[] = [
  /\boffer/i,
  /\b(?:role|position|opening|vacancy|job)s?\b/i,
  /\bopportunit/i,
  /\b(?:call|chat|conversation|meeting|catch up|coffee) with\b/i,
  /\bavailab(?:le|ility)\b|\b(?:re)?schedul/i,
  /\binvitation\b|\binvite\b|\bcalendar\b/i,
  /\bfollow(?:ing)?[- ]up\b|\bchecking in\b|\bupdate on\b|\bdecision\b/i,
  /\bcontract\b|\bcompensation\b|\bsalary\b|\bequity\b/i,
  /\bangebot\b|\beinladung\b|\bgespr[äa]ch|\boffre\b|\bposte\b|\boferta\b|\bofferta\b|\baanbod\b|\bproposta\b/i,
];

/** Only a mailing says these in a subject. */
export const MARKETING_MARKERS: readonly RegExp[] = [
  /\d+\s?% off\b|\bsave \d+\s?%|\bup to \d+\s?%/i,
  /\bsale\b|\bdeals?\b|\bcoupon|\bpromo(?:tion)?\b|\bdiscount|\bfree shipping\b/i,
  /\bblack friday\b|\bcyber monday\b|\blimited[- ]time\b|\bends (?:tonight|today|soon)\b|\blast chance\b/i,
  /\bnewsletter\b|\bdigest\b|\bweekly (?:roundup|recap)\b|\bwebinar\b/i,
];

/** Local parts of a hiring team's shared mailbox. */
export const RECRUITING_MAILBOX =
  /^(?:jobs?|careers?|talent|talent-?acquisition|ta|recruit(?:ing|ment|er|ers)?|hiring|hr|people|people-?ops|staffing)(?:[+._-].*)?$/i;

/** Local parts that shops, banks and accounts send from, beyond the usual no-reply family. */
export const AUTOMATED_LOCAL =
  /^(?:auto-?confirm|shipment-?tracking|shipping|order-?updates?|orders?|receipts?|billing|payments?|accounts?|security|verify|verification|store-?news|account-?update)(?:[+._-].*)?$/i;

/** Subjects of what a shop, a bank, an account or a social network sends on its own. */
export const AUTOMATED_NOT_JOB_SUBJECTS: readonly RegExp[] = [
  /\byour (?:order|purchase|package|delivery|shipment|receipt|invoice|statement|bill|subscription|trip|ride)\b/i,
  /\border (?:#|no\.?|number|confirm)|\bhas (?:shipped|been delivered|been dispatched)|\bout for delivery\b|\btracking number\b/i,
  /\breceipt\b|\binvoice\b|\bpayment (?:received|confirmation|due|failed)\b|\bstatement is (?:ready|available)\b/i,
  /\bpassword\b|\bverify your (?:email|account)|\bsign[- ]?in\b|\blog[- ]?in\b|\bsecurity (?:alert|code)\b|\bverification code\b|\bone-time (?:code|password)\b/i,
  /\bcommented on\b|\bliked your\b|\breacted to\b|\bmentioned you\b|\btagged you\b|\bfriend request\b|\bnew follower|\bstarted following you\b|\bbirthday\b/i,
  /\bappeared in \d+ search|\bviewed your profile\b|\bendorsed you\b|\bwants to connect\b|\binvitation to connect\b/i,
];
