// The human to reply to. For the owner's own mail: the first employer recipient. Otherwise a person
// who wrote or was named with an address (Reply-To, From, an address in the newest message), never a
// robot or relay, never the owner.
import type { MailFacts, Party } from "../mail-facts";
import { domainLabel, domainOf, isPersonalRelayMailbox, isRobotAddress, isSharedMailbox } from "../senders";
import { addressesIn } from "./emails";
import { type Features, logFeature as log } from "./evidence";
import type { Language } from "./languages/cues";
import { cuesOf } from "./languages/tables";

export interface ContactGuess {
  email: string | null;
  name: string | null;
  /** What the choice rests on: the features its calibrated confidence is computed from. */
  evidence: Features;
}

type Where = "reply_to" | "from" | "body" | "calendar";

const lettersOf = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[^\p{L}]/gu, "")
    .toLowerCase();

function nameNear(text: string, address: string): string | null {
  const at = text.toLowerCase().indexOf(address);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 300), at);
  // The name the address spells ("Aurélie Dubois" over "aurelie.dubois@"), wherever in the
  // signature above it stands: the line just above may be the company.
  const local = lettersOf(address.slice(0, address.indexOf("@")));
  if (local.length >= 6) {
    const spelled = [...before.matchAll(/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}/gu)]
      .map((m) => m[0])
      .filter((name) => lettersOf(name) === local);
    if (spelled.length > 0) return spelled[spelled.length - 1] ?? null;
  }
  const m = /([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){1,2})(?:,| at| \(|\s*<|\s*\n[^\n]*\n?$)[^\n]*$/u.exec(before);
  return m?.[1] ?? null;
}

// "This email was sent from an unmonitored mailbox", "please do not reply to this email": the
// sender says nobody reads its replies. An address named in such a sentence is unread too.
const SENDER_UNMONITORED =
  /\b(?:sent from an? (?:unmonitored|unattended|no-?reply)|(?:this|the) (?:mailbox|address|inbox) is (?:not|un)monitored|(?:please )?do not reply (?:to|directly to) this (?:e-?mail|message))\b/i;
// "This email was sent automatically. Please do not reply.": the request alone, ending its sentence
// ("if you do not reply by Friday" is a deadline, not a robot).
const SENDER_NO_REPLY_SENTENCE = /\b(?:please )?do(?: not|n['’]t) reply\s*(?:[.!]|$)/im;
const UNREAD_SENTENCE = /\b(?:do not reply|don't reply|unmonitored|not monitored|cannot receive replies)\b/i;

export function unmonitoredAddresses(text: string, language: Language = "en"): Set<string> {
  const local = cuesOf(language)?.unmonitored;
  const unread = new Set<string>();
  for (const { address, index } of addressesIn(text)) {
    // The clause around the address: "please do not reply to X, write to Y" leaves Y readable.
    const before =
      text
        .slice(Math.max(0, index - 200), index)
        .split(/[.;,]\s|\n/)
        .pop() ?? "";
    const after = text.slice(index + address.length, index + address.length + 80).split(/[.;,]\s|\n/)[0] ?? "";
    const sentence = `${before} ${after}`;
    if (UNREAD_SENTENCE.test(sentence) || local?.test(sentence)) unread.add(address.toLowerCase().replace(/\.$/, ""));
  }
  return unread;
}

export function extractContact(
  facts: MailFacts,
  outgoing: boolean,
  employerDomainHint: string | null,
  language: Language = "en",
): ContactGuess {
  // Neither the owner nor jobnudge's own inbox is the person to answer.
  const owners = new Set([...facts.ownerAddresses, ...(facts.ownAddresses ?? [])].map((a) => a.toLowerCase()));
  const usable = (p: Party | undefined | null): p is Party =>
    !!p &&
    p.address.includes("@") &&
    !owners.has(p.address) &&
    (!isRobotAddress(p.address) || isPersonalRelayMailbox(p.address, p.name));

  if (outgoing) {
    const recipient = [...facts.to, ...facts.cc].find(usable);
    const recipients = [...facts.to, ...facts.cc].filter(usable);
    return recipient
      ? {
          email: recipient.address,
          name: recipient.name || null,
          evidence: { outgoing: 1, named: recipient.name ? 1 : 0, rivals: log(recipients.length - 1) },
        }
      : { email: null, name: null, evidence: {} };
  }

  const candidates: { party: Party; score: number; where: Set<Where> }[] = [];
  const push = (party: Party, score: number, where: Where) => {
    if (!usable(party)) return;
    const shared = isSharedMailbox(party.address, party.name) ? -2 : 0;
    // careers.hartwellco.co.uk and hartwellco.co.uk are the same organisation.
    const sameEmployer =
      employerDomainHint && domainLabel(domainOf(party.address)) === domainLabel(employerDomainHint) ? 1 : 0;
    const existing = candidates.find((c) => c.party.address === party.address);
    if (existing) {
      existing.score = Math.max(existing.score, score + shared + sameEmployer) + 0.5;
      existing.where.add(where);
    } else candidates.push({ party, score: score + shared + sameEmployer, where: new Set([where]) });
  };
  const body = facts.body.slice(0, 30_000);
  const unread = unmonitoredAddresses(body, language);
  for (const party of facts.replyTo) push(party, 5, "reply_to");
  const unmonitoredSender =
    SENDER_UNMONITORED.test(body) ||
    SENDER_NO_REPLY_SENTENCE.test(body) ||
    (cuesOf(language)?.unmonitored.test(body) ?? false);
  if (facts.from && !unmonitoredSender) push(facts.from, 4, "from");
  // An address inside a link's path ("https://outlook.office365.com/owa/calendar/Team@x.com/bookings/")
  // names a calendar or a page, not someone to write to.
  const bodyAddresses = addressesIn(body)
    .filter((m) => body[m.index - 1] !== "/" && body[m.index + m.address.length] !== "/")
    .map((m) => m.address.toLowerCase().replace(/\.$/, ""));
  // A team or booking mailbox that sends and names another address of its own organisation in the
  // text ("questions? write to careers@...", a recruiter's signature) points to where replies go.
  const teamSender =
    facts.from && !unmonitoredSender && usable(facts.from) && isSharedMailbox(facts.from.address, facts.from.name)
      ? facts.from
      : null;
  const pointedTo = (address: string) =>
    !!teamSender &&
    address !== teamSender.address &&
    domainLabel(domainOf(address)) === domainLabel(domainOf(teamSender.address));
  for (const address of bodyAddresses) {
    if (!unread.has(address))
      // A team mailbox belongs to nobody: the name written near it is a person's, not its owner's.
      push(
        { address, name: isSharedMailbox(address) ? "" : (nameNear(facts.body, address) ?? "") },
        pointedTo(address) ? 5 : 3,
        "body",
      );
  }
  if (facts.calendar?.organizer) push(facts.calendar.organizer, 2, "calendar");

  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return { email: null, name: null, evidence: {} };
  const runnerUp = candidates[1]?.score ?? 0;
  return {
    email: best.party.address,
    name: best.party.name || null,
    evidence: {
      top: log(best.score),
      runnerUp: log(runnerUp),
      margin: Math.round((best.score - runnerUp) * 100) / 100,
      rivals: log(candidates.length - 1),
      sources: best.where.size,
      ...Object.fromEntries([...best.where].map((w) => [`where_${w}`, 1])),
      shared: isSharedMailbox(best.party.address, best.party.name) ? 1 : 0,
      named: best.party.name ? 1 : 0,
      same_employer:
        employerDomainHint && domainLabel(domainOf(best.party.address)) === domainLabel(employerDomainHint) ? 1 : 0,
      unmonitored_sender: unmonitoredSender ? 1 : 0,
    },
  };
}
