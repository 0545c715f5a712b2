// One message's facts -> the Extraction contract. Runs each extractor in order: kind first (it
// decides which dates mean what), then employer, role, contact, dates, offer terms, outgoing kind.
import { type Extraction, emptyExtraction } from "../extraction";
import type { MailFacts } from "../mail-facts";
import { domainLabel, domainOf } from "../senders";
import { askedWindowOf } from "./asked-window";
import { calibratedConfidence } from "./calibration";
import { callProposalOf } from "./call-proposal";
import { REQUEST_TO_TALK } from "./call-proposal-cues";
import { foldName } from "./company-names";
import { extractContact } from "./contact";
import { extractDates, frameFor } from "./deadlines";
import { extractEmployer } from "./employer";
import { industryWrittenForm, registeredFullerForm } from "./employer-forms";
import { CALIBRATED_FIELDS, type Features, type FieldEvidence, withCrossChecks } from "./evidence";
import { callParticipantsOf, interviewersOf, interviewMinutes } from "./interview-details";
import { interviewHeldOf } from "./interview-held";
import { classifyKind, hasOfferLetter } from "./kind";
import { kindWordEvidenceOf, wordsOverrule } from "./kind-words";
import { detectLanguage, foreignShare, type Language } from "./language";
import { extractOfferTerms } from "./offer-terms";
import { classifyOutgoing } from "./outgoing";
import { OFFER_ANSWER, ownerRequestOf } from "./owner-move";
import { joinWrappedLines, unquoteLines } from "./prose";
import { extractRole } from "./role";

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
  return extractWithEvidence(facts, identity).extraction;
}

/** The extraction and, per reported field, the evidence its confidence was computed from. */
export function extractWithEvidence(
  facts: MailFacts,
  identity: MessageIdentity,
): { extraction: Extraction; evidence: FieldEvidence } {
  const outgoing = isFromOwner(facts);
  // Sentences and names read across hard line wraps; contact and interviewer lookups keep the lines.
  const prose: MailFacts = {
    ...facts,
    body: joinWrappedLines(facts.body),
    quoted: joinWrappedLines(unquoteLines(facts.quoted)),
  };
  // Other languages add their cue tables and chrono's locale parser; English mail reads as before.
  const language = detectLanguage(`${prose.subject}\n${prose.body}`);
  const ruled = classifyKind(prose, outgoing, language);
  // No cue at all: the rules' `update` is a fallback, and words that clearly say otherwise decide.
  const overruled =
    ruled.kind === "update" && ruled.evidence.path_no_cue === 1 ? wordsOverrule(prose.subject, prose.body) : null;
  const kind = overruled ?? ruled.kind;
  const ruleEvidence = overruled ? { ...ruled.evidence, words_chose: 1 } : ruled.evidence;
  // The word model's second opinion only informs the kind's confidence; the rules keep the kind.
  const kindEvidence = { ...ruleEvidence, ...kindWordEvidenceOf(kind, prose.subject, prose.body) };
  // Every field's evidence also says how well the rules can read this message at all.
  const context = messageContext(prose, language);
  const base = emptyExtraction({
    kind,
    messageId: identity.messageId,
    originalDate: identity.originalDate,
    subject: facts.subject || null,
    ownerNote: facts.ownerNote,
  });
  if (kind === "other") {
    const evidence: FieldEvidence = { kind: { ...kindEvidence, ...context } };
    // A recruiter's personal cold pitch names no employer, but a role and a person to answer.
    if (ruleEvidence.cold_pitch) {
      const pitchRole = extractRole(prose, language);
      const pitchContact = extractContact(facts, outgoing, null, language);
      if (pitchRole.role)
        evidence.role = withCrossChecks({ role: { ...pitchRole.evidence, ...context } }, pitchRole, facts).role;
      if (pitchContact.email) evidence.contactEmail = { ...pitchContact.evidence, ...context };
      const extraction = {
        ...base,
        role: pitchRole.role,
        contactEmail: pitchContact.email,
        contactName: pitchContact.name,
        confidence: calibratedConfidence(evidence),
      };
      return { extraction, evidence };
    }
    return { extraction: { ...base, confidence: calibratedConfidence(evidence) }, evidence };
  }

  let employer = extractEmployer(prose, outgoing, facts.body);
  // A cover note from a bare domain ("aroha@harakeke.studio") leaves the name to the attached
  // letter, whose letterhead and signature write it in full.
  const letterText = outgoing ? "" : attachedText(facts);
  if (letterText && employer.evidence.domain_only === 1) {
    const fromLetter = extractEmployer(
      { ...prose, body: `${prose.body}\n\n${joinWrappedLines(letterText)}` },
      outgoing,
    );
    if (fromLetter.name) employer = { name: fromLetter.name, evidence: { ...fromLetter.evidence, from_letter: 1 } };
  }
  // The company's own letter writes its name with the industry word an agency's note leaves out
  // ("Bristlecone wants to bring you on"; "On behalf of Bristlecone Robotics, I am pleased...").
  const letterName = letterText && employer.name ? industryWrittenForm(employer.name, letterText) : null;
  if (letterName) employer = { name: letterName, evidence: { ...employer.evidence, from_letter: 1 } };
  // The letter's registered name lengthens a short form ("Wharfside Tidal Energy Limited").
  const registered = letterText && employer.name ? registeredFullerForm(employer.name, letterText) : null;
  if (registered)
    employer = {
      name: registered,
      // The letter settled the form: neither doubt of form the short name had remains.
      evidence: { ...employer.evidence, from_letter: 1, longer_written: 0, short_of_domain: 0 },
    };
  const employerFold = employer.name ? foldName(employer.name) : "";
  const employerDomain =
    [...facts.replyTo, ...(facts.from ? [facts.from] : []), ...facts.to, ...facts.cc]
      .map((p) => domainOf(p.address))
      .find((d) => employerFold?.startsWith(foldName(domainLabel(d)))) ?? null;
  let contact = extractContact(facts, outgoing, employerDomain, language);
  // A robot's cover note ("do not reply") leaves the human to the attached letter's signature.
  const coverLetter = outgoing ? "" : attachedText(facts);
  if (!contact.email && coverLetter) {
    const fromLetter = extractContact(
      { ...facts, body: `${facts.body}\n\n${coverLetter}` },
      outgoing,
      employerDomain,
      language,
    );
    if (fromLetter.email) contact = { ...fromLetter, evidence: { ...fromLetter.evidence, from_letter: 1 } };
  }
  // A cover note ("attached is your offer letter") leaves the title and deadline to the letter:
  // the attachment's text fills what the message itself does not say.
  const letter = letterText;
  const withLetter: MailFacts = { ...prose, body: `${prose.body}\n\n${joinWrappedLines(letter)}` };
  let role = extractRole(prose, language, employer.name);
  if (!role.role && letter) {
    const fromLetter = extractRole(withLetter, language, employer.name);
    role = { role: fromLetter.role, evidence: { ...fromLetter.evidence, from_letter: 1 } };
  }
  // An invite's calendar file may be the only place the title is written ("Entretien Chargée de
  // projet RSE" in its DESCRIPTION): read its summary and description as a short body.
  const invite = facts.calendar;
  if (!role.role && !outgoing && invite && (invite.summary || invite.description)) {
    const calendarText = [invite.summary, invite.description].filter(Boolean).join("\n");
    const fromCalendar = extractRole(
      { ...prose, subject: "", body: calendarText, quoted: "" },
      language,
      employer.name,
    );
    if (fromCalendar.role) role = { role: fromCalendar.role, evidence: { ...fromCalendar.evidence, from_calendar: 1 } };
  }
  // "Maya Lindqvist / Dana Whitlock - Senior Product Analyst, Growth": a summary is terse, as a
  // subject is, and read as one (its comma qualifier kept).
  if (!role.role && !outgoing && invite?.summary) {
    const fromSummary = extractRole(
      { ...prose, subject: invite.summary, body: invite.description ?? "", quoted: "" },
      language,
      employer.name,
    );
    if (fromSummary.role) role = { role: fromSummary.role, evidence: { ...fromSummary.evidence, from_calendar: 1 } };
  }
  const dates = extractDates(prose, kind, language);
  // The letter also fills in the hour of a day the message gives alone ("answer by Friday" in the
  // owner's note, "open until 5:00 PM Mountain Time on Friday, March 19" in the letter).
  const dayOnly = !!dates.respondBy && !dates.respondBy.includes("T");
  if (kind === "offer" && (!dates.respondBy || dayOnly) && letter) {
    const fromLetter = extractDates(withLetter, kind, language);
    const sameDay = !!fromLetter.respondBy && fromLetter.respondBy.slice(0, 10) === dates.respondBy;
    if (!dates.respondBy || (sameDay && fromLetter.respondBy?.includes("T"))) {
      dates.respondBy = fromLetter.respondBy;
      if (fromLetter.evidence.respondBy)
        dates.evidence.respondBy = { ...fromLetter.evidence.respondBy, from_letter: 1 };
    }
    dates.startDate ??= fromLetter.startDate;
  }
  const offerTerms = kind === "offer" ? extractOfferTerms(prose.body, dates.startDate) : null;
  const interviewers =
    kind === "interview_scheduled" || kind === "interview_invite"
      ? interviewersOf(facts, { employer: employer.name, sender: facts.from })
      : [];
  const asksToTalk = !outgoing && [ASKS_TO_TALK, REQUEST_TO_TALK].some((cue) => cue.test(prose.body.slice(0, 20_000)));

  const withContext = (features: Features | undefined, value: unknown) =>
    features && value !== null ? { ...features, ...context } : undefined;
  const evidence: FieldEvidence = withCrossChecks(
    {
      kind: { ...kindEvidence, ...context },
      employer: withContext(employer.evidence, employer.name),
      role: withContext(role.evidence, role.role),
      interviewAt: withContext(dates.evidence.interviewAt, dates.interviewAt),
      respondBy: withContext(dates.evidence.respondBy, dates.respondBy),
      expectDecisionBy: withContext(dates.evidence.expectDecisionBy, dates.expectDecisionBy),
      contactEmail: withContext(contact.evidence, contact.email),
    },
    role,
    facts,
  );
  for (const field of CALIBRATED_FIELDS) if (!evidence[field]) delete evidence[field];
  const request = ownerRequestOf(kind, prose.body);
  const extraction: Extraction = {
    ...base,
    employer: employer.name,
    role: role.role,
    interviewAt: dates.interviewAt,
    interviewMinutes: kind === "interview_scheduled" ? interviewMinutes(facts, dates.interviewAt) : null,
    respondBy: dates.respondBy,
    expectDecisionBy: dates.expectDecisionBy,
    contactEmail: contact.email,
    contactName: contact.name,
    interviewers,
    offerTerms,
    offerLetterAttached: kind === "offer" && hasOfferLetter(facts),
    asksToTalk,
    callWith: asksToTalk ? callParticipantsOf(facts, contact.name) : [],
    callProposal: asksToTalk ? callProposalOf(prose.body, frameFor(prose, prose.body, language)) : null,
    outgoingKind: outgoing ? classifyOutgoing(prose.subject, prose.body, language) : null,
    // A new deadline to answer an offer ("the new deadline for your answer is Monday") is news that
    // still waits on the owner's answer.
    ownerMove: request.move ?? (kind === "update" && dates.respondBy ? OFFER_ANSWER : null),
    ownerMoveWeek: request.week,
    ownerMoveWindow:
      request.move === "send availability" || request.move === "pick a slot"
        ? askedWindowOf(prose.body, frameFor(prose, prose.body, language))
        : null,
    interviewHeld: interviewHeldOf(kind, prose.body),
    confidence: calibratedConfidence(evidence),
  };
  return { extraction, evidence };
}

/**
 * What makes any fact of this message harder to trust: a language the cue tables do not cover
 * (`foreign`), or one they do but that the rules were written for later and read less surely
 * (`other_language`: German, French, Spanish, Dutch),
 * an older thread quoted below (facts of other messages nearby), an owner's note that may overrule.
 */
function messageContext(prose: MailFacts, language: Language): Features {
  return {
    foreign: language === "en" ? foreignShare(`${prose.subject}\n${prose.body}`) : 0,
    other_language: language === "en" ? 0 : 1,
    thread: prose.quoted.trim() ? 1 : 0,
  };
}

function attachedText(facts: MailFacts): string {
  return facts.attachments
    .map((a) => a.textSample ?? "")
    .filter(Boolean)
    .join("\n\n")
    .slice(0, 10_000);
}
