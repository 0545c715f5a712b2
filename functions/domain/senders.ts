// Who sent what: applicant-tracking and scheduling relays, robot mailboxes, bulk senders. Shared by
// the extractors, the mailbox prefilter, the model tier and message routing (domain/message-employer.ts),
// which the actions function loads at its cold start without the extractors.
// A relay's mail names the employer only in the display name, subject or body.

import { isIndustryWord } from "./industry-words";

const RELAY_DOMAINS = [
  "greenhouse-mail.io",
  "greenhouse.io",
  "hire.lever.co",
  "lever.co",
  "ashbyhq.com",
  "myworkday.com",
  "myworkdayjobs.com",
  // Workday's and GoodTime's sending domains for candidate mail.
  "myworkday-mail.com",
  "workday.com",
  "icims.com",
  "smartrecruiters.com",
  "taleo.net",
  "oracle.com",
  "oraclecloud.com",
  "bamboohr.com",
  "gem.com",
  "hirevue.com",
  "calendly.com",
  "goodtime.io",
  "goodtime-mail.io",
  "modernloop.io",
  "jobvite.com",
  "workable.com",
  "workablemail.com",
  "personio.de",
  "personio.com",
  "recruiteemail.com",
  "applytojob.com",
  "jazz.co",
  "teamtailor-mail.com",
  "pinpointhq.com",
  "recruitee.com",
  "teamtailor.com",
  "breezy.hr",
  "jazzhr.com",
  "successfactors.com",
  "successfactors.eu",
  "sapsf.com",
  "sapsf.eu",
  "join.com",
  "softgarden.io",
  "softgarden.de",
  "dvinci-easy.com",
  "dvinci.de",
  "taleez.com",
  "rexx-systems.com",
  "homerun.co",
  "jobylon.com",
  "talent-soft.com",
  "comeet.com",
  "comeet.co",
  // Avature's candidate mail, Paradox's scheduling assistant ("Olivia", "Aria from <company>").
  "avature.net",
  "paradox.ai",
  // Eightfold's candidate mail, from the employer's subdomain ("acme.eightfold.ai").
  "eightfold.ai",
  "docusign.net",
  "linkedin.com",
  "indeed.com",
];

// Background-check and identity vendors write on an employer's behalf: their mail is about the
// employer's process, and their name is never the employer.
const SCREENING_VENDOR_DOMAINS = [
  "sterlingcheck.com",
  "sterlingcheck.app",
  "hireright.com",
  "checkr.com",
  "fadv.com",
  "firstadvantage.com",
  "goodhire.com",
  "certn.co",
  "accuratebackground.com",
  "verifent.com",
];

// Job boards relay an employer's message under the board's name ("InfoJobs") or a recruiter's
// ("Inès Morel <no-reply@welcometothejungle.com>"): their display name is never the employer.
const JOB_BOARD_DOMAINS = [
  "infojobs.net",
  "stepstone.de",
  "stepstone.com",
  "xing.com",
  "welcometothejungle.com",
  "welcomekit.co",
  "jobteaser.com",
  "hellowork.com",
  "jobs.ch",
  "jobup.ch",
  "indeedemail.com",
];

const FREE_MAIL = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "yahoo.com",
  "icloud.com",
  "me.com",
  "proton.me",
  "protonmail.com",
  "fastmail.com",
  "aol.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "gmx.at",
  "gmx.ch",
  "t-online.de",
  "freenet.de",
  "bluewin.ch",
  "orange.fr",
  "free.fr",
  "laposte.net",
  "sfr.fr",
  "wanadoo.fr",
  "hotmail.fr",
  "hotmail.es",
  "hotmail.de",
  "outlook.de",
  "outlook.fr",
  "outlook.es",
  "yahoo.fr",
  "yahoo.es",
  "yahoo.de",
  "telefonica.net",
  "ziggo.nl",
  "kpnmail.nl",
  "planet.nl",
  "home.nl",
  "xs4all.nl",
  "telenet.be",
  "skynet.be",
]);

const ROBOT_LOCAL =
  /^(?:no-?reply|do-?not-?reply|noreply|notifications?|notify|alerts?|mailer(?:-daemon)?|bounces?|postmaster|calendar|scheduling|news(?:letter)?|updates?|digest|marketing|unsubscribe|privacy|datenschutz|dpo|gdpr|abuse)(?:[+._-].*)?$/i;
// Team mailboxes in the languages the reader knows: "recrutement@", "karriere@", "bewerbung@",
// "empleo@", "werving@", "rekrytering@"; "bookings@" is a booking page's mailbox (Microsoft Bookings),
// "interviews@" (or "Harbour Water Interviews") the one a booking page sends interview slots from.
const SHARED_WORDS =
  "jobs?|careers?|talent|recruiting|recruitment|hiring|hr|people|info|support|hello|team|contact|bookings?|interviews|recrutement|emploi|carrieres?|rh|karriere|bewerbung(?:en)?|personal|empleo|rrhh|trabajo|werving|vacatures|sollicitatie|rekrytering|rekrutacja|kariera|reclutamento|lavora(?:con)?noi|recrutamento|carreiras";
const SHARED_LOCAL = new RegExp(`^(?:${SHARED_WORDS})(?:[+._-].*)?$`, "i");
// A team word written as its own word in a display name: "Harbour Health Careers", "Bookings".
const SHARED_NAME_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${SHARED_WORDS})(?:$|[^\\p{L}])`, "iu");

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

const underAny = (domain: string, list: readonly string[]) =>
  list.some((base) => domain === base || domain.endsWith(`.${base}`));

export function isRelayDomain(domain: string): boolean {
  return (
    underAny(domain, RELAY_DOMAINS) ||
    underAny(domain, SCREENING_VENDOR_DOMAINS) ||
    underAny(domain, JOB_BOARD_DOMAINS) ||
    isVendorMailDomain(domain)
  );
}

// Vendors send from a sibling of their own domain: "myworkday-mail.com", "goodtime-mail.io",
// "recruitee-mail.com", "myworkday-notify.com", "workablemail.co", "join-relay.io",
// "teamtailor-mailer.io" beside myworkday.com, goodtime.io, recruitee.com, workable.com, join.com.
// A vendor whose domain adds "hq" or "app" to its name ("pinpointhq.com") sends as the name too
// ("pinpoint-mail.io").
const VENDOR_LABELS = new Set(
  RELAY_DOMAINS.map((d) => d.split(".").at(-2) ?? "")
    .flatMap((label) => [label, label.replace(/(?<=^[a-z]{4,})(?:hq|app)$/, "")])
    .filter((label) => label.length >= 4 && !/mail$/.test(label)),
);
const VENDOR_MAIL_SUFFIXES = [
  "mail",
  "email",
  "mailer",
  "mails",
  "notify",
  "notification",
  "notifications",
  "message",
  "messages",
  "messaging",
  "relay",
];

function isVendorMailDomain(domain: string): boolean {
  const label = domain.split(".").at(-2) ?? "";
  // Every suffix is tried: "workablemail" is "workable" + "mail", not "workabl" + "email".
  return VENDOR_MAIL_SUFFIXES.some(
    (suffix) => label.endsWith(suffix) && VENDOR_LABELS.has(label.slice(0, -suffix.length).replace(/-$/, "")),
  );
}

/** A job board: a relay whose display name is the board or one of its users, not the employer. */
export function isJobBoard(domain: string): boolean {
  return underAny(domain, JOB_BOARD_DOMAINS);
}

/** A background-check vendor: a relay whose display name is the vendor, not the employer. */
export function isScreeningVendor(domain: string): boolean {
  return underAny(domain, SCREENING_VENDOR_DOMAINS);
}

export function isFreeMail(domain: string): boolean {
  return FREE_MAIL.has(domain);
}

/** A mailbox nobody reads or a shared robot: no-reply@, ATS relays, calendar senders. */
export function isRobotAddress(address: string): boolean {
  const at = address.lastIndexOf("@");
  if (at < 1) return true;
  const local = address.slice(0, at);
  return ROBOT_LOCAL.test(local) || isRelayDomain(domainOf(address)) || /no-?reply|donotreply/i.test(local);
}

const folded = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toLowerCase();

/**
 * A recruiting tool's mailbox that carries a person's name and routes her replies to her
 * ("Femke Visser <femke@acme.homerun-mail.example>"): the person, however the relay sends. Its
 * mailbox is her first name; a company's mailbox under its own name ("Ridgeback Medical
 * <ridgebackmedical@...>") or a sender's whole name on the vendor's host is not one.
 */
export function isPersonalRelayMailbox(address: string, displayName: string): boolean {
  const at = address.lastIndexOf("@");
  const local = folded(address.slice(0, at));
  const words = displayName.trim().split(/\s+/);
  if (at < 1 || local.length < 3 || words.length < 2 || words.length > 3) return false;
  if (!isRelayDomain(domainOf(address)) || ROBOT_LOCAL.test(address.slice(0, at)) || /no-?reply/i.test(local))
    return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))) return false;
  // A company's name ("Quillfeather Insurance", "Dune Careers") is not a person's.
  const last = words.at(-1) ?? "";
  if (isIndustryWord(last) || SHARED_NAME_WORD.test(last)) return false;
  // The relay's host for the company ("grachtwerk.homerun-mail.example"), not its own domain.
  const labels = domainOf(address).split(".");
  return labels.length >= 3 && local === folded(words[0] ?? "");
}

/**
 * A shared team mailbox (careers@, recruiting@): a person may read it, but a named human is better.
 * With the display name: also a mailbox named after a team's display name, as booking pages make
 * them ("Harbour Health Careers" <harbourhealthcareers@...>).
 */
export function isSharedMailbox(address: string, displayName = ""): boolean {
  const local = address.slice(0, address.lastIndexOf("@"));
  if (SHARED_LOCAL.test(local)) return true;
  const name = folded(displayName);
  const mailbox = folded(local);
  // "Fynbos Talent Bookings" <fynbostalent@...>: the mailbox is the team's name, its last word left off.
  const words = displayName.trim().split(/\s+/);
  const named =
    mailbox === name ||
    (words.length >= 3 && mailbox === folded(words.slice(0, -1).join("")) && SHARED_NAME_WORD.test(words.at(-1) ?? ""));
  return name.length >= 6 && named && SHARED_NAME_WORD.test(displayName);
}

/** The registrable-ish label of a domain: "mail.kestrelpay.com" -> "kestrelpay", "x.co.uk" -> "x". */
export function domainLabel(domain: string): string {
  // A Microsoft 365 tenant's own domain ("fernhill.onmicrosoft.com") is named after the organisation.
  const parts = domain
    .toLowerCase()
    .replace(/\.(?:mail\.)?onmicrosoft\.com$/, ".com")
    .split(".")
    .filter(Boolean);
  if (parts.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(parts[parts.length - 2] ?? "")) {
    return parts[parts.length - 3] ?? "";
  }
  return parts.length >= 2 ? (parts[parts.length - 2] ?? "") : (parts[0] ?? "");
}

/** European sender: numeric dates are day-first. */
export function isEuropeanDomain(domain: string): boolean {
  return /\.(?:uk|ie|de|fr|es|it|nl|be|at|ch|se|no|dk|fi|pl|pt|cz|eu|lu|gr|hu|ro|ee|lv|lt|sk|si|hr)$/.test(domain);
}
