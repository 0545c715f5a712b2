// One message's facts -> the Extraction contract. Runs each extractor in order: kind first (it
// decides which dates mean what), then employer, role, contact, dates, offer terms, outgoing kind.
import { type Extraction, emptyExtraction } from "../extraction";
import type { MailFacts } from "../mail-facts";
import { foldName } from "./company-names";
import { extractContact } from "./contact";
import { extractDates } from "./deadlines";
import { extractEmployer } from "./employer";
import { classifyKind, hasOfferLetter } from "./kind";
import { detectLanguage } from "./language";
import { extractOfferTerms } from "./offer-terms";
import { classifyOutgoing } from "./outgoing";
import { joinWrappedLines, unquoteLines } from "./prose";
import { extractRole } from "./role";
import { domainLabel, domainOf } from "./senders";

export interface MessageIdentity {
  messageId: string | null;
  originalDate: string | null;
}

const ASKS_TO_TALK =
  /\b(?:(?:would|could) you (?:be open|consider|reconsider)|reconsider|(?:jump|hop) on a (?:quick )?call|(?:happy|glad|love) to (?:discuss|talk|chat)|is there anything we (?:can|could) do|what would it take)\b/i;

export function isFromOwner(facts: MailFacts): boolean {
  const owners = facts.ownerAddresses.map((a) => a.toLowerCase());
  return !!facts.from && owners.includes(facts.from.address);
}

export function extractMessage(facts: MailFacts, identity: MessageIdentity): Extraction {
  const outgoing = isFromOwner(facts);
  // Sentences and names read across hard line wraps; contact and interviewer lookups keep the lines.
  const prose: MailFacts = {
    ...facts,
    body: joinWrappedLines(facts.body),
    quoted: joinWrappedLines(unquoteLines(facts.quoted)),
  };
  // Other languages add their cue tables and chrono's locale parser; English mail reads as before.
  const language = detectLanguage(`${prose.subject}\n${prose.body}`);
  const { kind, confidence: kindConfidence } = classifyKind(prose, outgoing, language);
  const base = emptyExtraction({
    kind,
    messageId: identity.messageId,
    originalDate: identity.originalDate,
    subject: facts.subject || null,
    ownerNote: facts.ownerNote,
    confidence: { kind: kindConfidence },
  });
  if (kind === "other") return base;

  const employer = extractEmployer(prose, outgoing);
  const employerFold = employer.name ? foldName(employer.name) : "";
  const employerDomain =
    [...facts.replyTo, ...(facts.from ? [facts.from] : []), ...facts.to, ...facts.cc]
      .map((p) => domainOf(p.address))
      .find((d) => employerFold?.startsWith(foldName(domainLabel(d)))) ?? null;
  const contact = extractContact(facts, outgoing, employerDomain, language);
  // A cover note ("attached is your offer letter") leaves the title and deadline to the letter:
  // the attachment's text fills what the message itself does not say.
  const letter = outgoing ? "" : attachedText(facts);
  const withLetter: MailFacts = { ...prose, body: `${prose.body}\n\n${letter}` };
  let role = extractRole(prose, language);
  if (!role.role && letter) role = extractRole(withLetter, language);
  const dates = extractDates(prose, kind, language);
  if (kind === "offer" && !dates.respondBy && letter) {
    const fromLetter = extractDates(withLetter, kind, language);
    dates.respondBy = fromLetter.respondBy;
    if (fromLetter.confidence.respondBy) dates.confidence.respondBy = fromLetter.confidence.respondBy;
    dates.startDate ??= fromLetter.startDate;
  }
  const offerTerms = kind === "offer" ? extractOfferTerms(prose.body, dates.startDate) : null;
  const interviewers =
    kind === "interview_scheduled" || kind === "interview_invite" ? interviewersOf(facts, contact.name) : [];

  return {
    ...base,
    employer: employer.name,
    role: role.role,
    interviewAt: dates.interviewAt,
    interviewMinutes: kind === "interview_scheduled" ? (facts.calendar?.minutes ?? minutesStated(facts.body)) : null,
    respondBy: dates.respondBy,
    expectDecisionBy: dates.expectDecisionBy,
    contactEmail: contact.email,
    contactName: contact.name,
    interviewers,
    offerTerms,
    offerLetterAttached: kind === "offer" && hasOfferLetter(facts),
    asksToTalk: !outgoing && ASKS_TO_TALK.test(prose.body.slice(0, 20_000)),
    outgoingKind: outgoing ? classifyOutgoing(prose.subject, prose.body, language) : null,
    confidence: {
      kind: kindConfidence,
      employer: employer.confidence,
      role: role.confidence,
      contactEmail: contact.confidence,
      ...dates.confidence,
    },
  };
}

function attachedText(facts: MailFacts): string {
  return facts.attachments
    .map((a) => a.textSample ?? "")
    .filter(Boolean)
    .join("\n\n")
    .slice(0, 10_000);
}

const PERSON = String.raw`[A-Z][\p{L}'’-]+ [A-Z][\p{L}'’-]+`;
const INTERVIEWER_LIST = new RegExp(
  String.raw`\b(?:Interviewers?:\s*|(?:with|meet|meeting)\s+)(${PERSON}(?:\s*\([^)\n]{1,60}\))?(?:(?:,\s*|,?\s+and\s+)${PERSON}(?:\s*\([^)\n]{1,60}\))?){0,5})`,
  "gu",
);

/** Calendar attendees other than the owner, else people the text says the owner will meet. */
function interviewersOf(facts: MailFacts, contactName: string | null): string[] {
  const fromCalendar = (facts.calendar?.attendees ?? [])
    .filter((a) => !facts.ownerAddresses.includes(a.address) && a.name)
    .map((a) => a.name);
  if (fromCalendar.length > 0) return fromCalendar;
  const names = new Set<string>();
  for (const m of facts.body.slice(0, 20_000).matchAll(INTERVIEWER_LIST)) {
    const list = (m[1] ?? "").replace(/\([^)]*\)/g, "");
    for (const name of list.split(/,\s*|\s+and\s+/)) {
      const clean = name.trim();
      if (new RegExp(`^${PERSON}$`, "u").test(clean) && clean !== contactName) names.add(clean);
    }
  }
  return [...names].slice(0, 10);
}

function minutesStated(body: string): number | null {
  const m = /\b(\d{2,3})[- ]minutes?\b|\bDuration:\s*(\d{2,3})\s*min/i.exec(body);
  const value = Number(m?.[1] ?? m?.[2]);
  return Number.isFinite(value) && value > 0 && value <= 600 ? value : null;
}
