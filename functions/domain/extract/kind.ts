// What kind of message this is (corpus/SCHEMA.md). Scored cue tables over the newest message and
// its subject; older quoted messages never count, so a reply quoting an offer is not an offer.

import type { MailFacts } from "../mail-facts";
import { domainOf, isFreeMail } from "../senders";
import type { MessageKind } from "../vocabularies";
import { notJobMail } from "./event-mail";
import { type Features, logFeature as log } from "./evidence";
import { COLD_PITCH, type Cue, OUTREACH } from "./kind-cues";
import { agendaRows, slotTalk, soundsPersonal, withoutMentions, withoutPromisedOffers } from "./kind-signals";
import { SOURCING_CLIENTS, SOURCING_SIGNS } from "./kind-sourcing";
import type { Language } from "./language";
import { anyOf, cuesOf, kindTables } from "./languages/tables";
import { namesJobTitle } from "./role";
import { type Gate, gateOf, passes, WordIndex } from "./word-gate";

export interface KindGuess {
  kind: MessageKind;
  /** What the choice rests on: the features its calibrated confidence is computed from. */
  evidence: Features;
}

/** Which way the classifier decided: by ranked cue scores, or by a rule with nothing to weigh. */
type Path = "outgoing" | "mailing" | "personal" | "no_job_words" | "no_cue" | "ranked";

function guess(kind: MessageKind, path: Path, features: Features = {}): KindGuess {
  return { kind, evidence: { [`kind_${kind}`]: 1, [`path_${path}`]: 1, ...features } };
}

function score(text: string, cues: Cue[]): number {
  const gated = gatedFor(text, cues);
  if (!gated) {
    // Most tables match nothing in a given message: one pass of their union says so.
    if (!unionOf(cues).some((union) => union.test(text))) return 0;
    let total = 0;
    for (const [pattern, points] of cues) if (pattern.test(text)) total += points;
    return total;
  }
  const { gates, index, open } = gated;
  // A pattern whose words the text lacks cannot match (word-gate.ts). When every pattern may,
  // one pass of the table's union tells whether any does.
  if (open === 0) return 0;
  if (open === cues.length && !unionOf(cues).some((union) => union.test(text))) return 0;
  let total = 0;
  for (let i = 0; i < cues.length; i += 1) {
    const [pattern, points] = cues[i] as Cue;
    if (passes(gates[i] ?? null, index) && pattern.test(text)) total += points;
  }
  return total;
}

/** Whether any pattern of the table matches the text. */
function anyMatches(text: string, cues: Cue[]): boolean {
  const gated = gatedFor(text, cues);
  if (!gated || gated.open === cues.length) return unionOf(cues).some((union) => union.test(text));
  const { gates, index } = gated;
  return cues.some(([pattern], i) => passes(gates[i] ?? null, index) && pattern.test(text));
}

/** The table's gates, the text's word index and how many gates it passes; null before gates are built. */
function gatedFor(text: string, cues: Cue[]): { gates: (Gate | null)[]; index: WordIndex; open: number } | null {
  const gates = gatesOf(cues);
  if (!gates) return null;
  const index = wordIndex(text);
  let open = 0;
  for (const gate of gates) if (passes(gate, index)) open += 1;
  return { gates, index, open };
}

const tableGates = new WeakMap<Cue[], (Gate | null)[]>();
const uses = new WeakMap<Cue[], number>();
// Reading the gates from the patterns' sources costs a few milliseconds per language, more than
// one message saves: a process that reads a message or two (the CLI) never does, a long-lived
// one (a warm Lambda, an import) does after its first messages.
const GATES_AFTER = 12;

function gatesOf(cues: Cue[]): (Gate | null)[] | null {
  let gates = tableGates.get(cues);
  if (!gates) {
    const used = (uses.get(cues) ?? 0) + 1;
    uses.set(cues, used);
    if (used <= GATES_AFTER) return null;
    gates = cues.map(([pattern]) => gateOf(pattern));
    tableGates.set(cues, gates);
  }
  return gates;
}

// The word index of the last few texts scored (the body, the offer text, the subject).
const indexes: [string, WordIndex][] = [];

function wordIndex(text: string): WordIndex {
  for (const [seen, index] of indexes) if (seen === text) return index;
  const index = new WordIndex(text);
  indexes.unshift([text, index]);
  if (indexes.length > 4) indexes.pop();
  return index;
}

const unions = new WeakMap<Cue[], RegExp[]>();

/**
 * A table's patterns or'ed together, one regex per set of flags: it matches exactly when one of
 * them does. A table whose patterns cannot be joined (numbered back-references) gets none, and is
 * tested pattern by pattern.
 */
function unionOf(cues: Cue[]): RegExp[] {
  let union = unions.get(cues);
  if (!union) {
    const byFlags = new Map<string, string[]>();
    for (const [pattern] of cues) byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), pattern.source]);
    const joinable = cues.every(
      ([pattern]) => !/\\[1-9]|\(\?<[A-Za-z]/.test(pattern.source) && !pattern.global && !pattern.sticky,
    );
    union = joinable
      ? [...byFlags].map(([flags, sources]) => new RegExp(sources.map((source) => `(?:${source})`).join("|"), flags))
      : [/(?:)/];
    unions.set(cues, union);
  }
  return union;
}

// The owner's own application or candidacy is spoken of: "thanks for your application", "you applied".
// In the other languages the sourcing check reads too: "Ihre Bewerbung", "votre candidature", "tu
// candidatura", "je sollicitatie".
const OWN_APPLICATION =
  /\b(?:your (?:application|candidacy|candidature)|(?:you|you've|you have) (?:recently )?applied|for applying|(?:Ihre|deine) Bewerbung|(?:votre|ta) candidature|(?:tu|su) (?:candidatura|postulación)|(?:je|uw) sollicitatie)\b/i;

// The owner's note says the mail is not part of their search: "not applying", "not interested",
// "just keeping it here", "for the record".
const SETS_ASIDE =
  /\b(?:not (?:applying|interested|pursuing|going to apply)|won't (?:apply|pursue)|no interest|just (?:keeping|filing|saving) (?:it|this)|for (?:the|my) records?|not (?:for me|a fit for me))\b/i;

export function ownerSetsAside(note: string | null): boolean {
  return !!note && SETS_ASIDE.test(note.replace(/[’‘]/g, "'"));
}

const REPLY_SUBJECT = /^(?:(?:fwd?|fw|tr|wg)\s*:\s*)*(?:re|aw|sv|antw|réf|rv)\s*:/i;

const JOB_WORDS =
  /\b(?:interview\w*|offer|application|candidate|candidacy|role|position|recruit\w*|hiring|resume|CV|references?|onsite|panel|finalists?|shortlist(?:ed)?|(?:final|next|first|second|third|technical) round|colloqui[oa]?|candidatura|posizione|offerta di (?:impiego|lavoro))\b/i;

export function classifyKind(facts: MailFacts, outgoing: boolean, language: Language = "en"): KindGuess {
  if (outgoing) return guess("outgoing", "outgoing");
  // A registration for a meetup or webinar is a mailing, whoever speaks there; a receipt for a
  // course or a ticket is kept for the books; a survey (salary, community) asks for answers: none
  // is a step of a process (event-mail.ts).
  const notJob = notJobMail(facts.subject, facts.body);
  if (notJob) return guess("other", "mailing", notJob);
  // The English tables, plus the language's own when the message is in another one.
  const { REJECTION, NOT_REJECTION, OFFER, NOT_OFFER, EXTENSION, SCHEDULED, INVITE, UPDATE, OTHER } =
    kindTables(language);
  const { APPLICATION_RECEIVED, SLOTS, PROMISES } = kindTables(language);
  const local = cuesOf(language)?.kind;
  const jobWords = anyOf(JOB_WORDS, local?.jobWords);
  // Phrases in quotation marks are mentioned, not said (newsletters quote recruiters).
  // Typographic apostrophes read as plain ones ("we won’t be progressing").
  const said = withoutMentions(facts.body.slice(0, 30_000)).replace(/[’‘]/g, "'");
  // A reply's subject ("RE: Interview confirmation") names the thread's first topic, not what this
  // message says: it counts only alongside a body long enough to say something of its own.
  const replySubject = REPLY_SUBJECT.test(facts.subject) && said.trim().length > 80;
  const text = `${replySubject ? "" : facts.subject}\n${said}`;
  // Offer sentences that only promise an offer ("you'll receive the formal offer once approved")
  // are status news; offer cues are scored on the rest, where an actual offer would be made.
  const { text: offerText, promised } = withoutPromisedOffers(text, PROMISES);
  // A short reply ("Tuesday at 3 it is") can carry no job words itself: its thread does. Without
  // either, talk of times is social ("are you around Saturday?"), not an interview.
  const jobContext =
    jobWords.test(text) ||
    jobWords.test(facts.subject) ||
    jobWords.test(facts.quoted.slice(0, 10_000)) ||
    // A thread about a named job ("Re: Product Manager, Fleet Tools – timing") is the process's.
    namesJobTitle(facts.subject);
  // The newest text says nothing of a job itself: its kind leans on the thread (a feature the
  // calibration can weigh down).
  const threadOnly = jobContext && !jobWords.test(said) && !namesJobTitle(said);
  const slots = jobContext ? slotTalk(said, SLOTS) : { proposals: 0, confirmations: 0 };

  // A pitch is unsolicited: a message about the owner's own application is not one.
  const unsolicited = !OWN_APPLICATION.test(text);
  const pitch = unsolicited ? score(text, COLD_PITCH) : 0;
  const other = score(text, OTHER) + pitch + (facts.bulk ? 3 : 0);
  const rejection = Math.max(0, score(text, REJECTION) - score(text, NOT_REJECTION));
  const extension = score(text, EXTENSION);
  const offer =
    Math.max(0, score(offerText, OFFER) - score(offerText, NOT_OFFER)) +
    offerLetterPoints(facts, OFFER, NOT_OFFER) +
    (ownerReportsOffer(facts.ownerNote) ? 4 : 0);
  // A calendar file in bulk mail is a marketing event (webinar, fair), not the owner's interview.
  const calendarPoints = facts.calendar?.start && !facts.calendar.cancelled && !facts.bulk ? 5 : 0;
  // A settled time or an agenda of sessions is a scheduled interview; a time asked about is not.
  const scheduled =
    score(text, SCHEDULED) + calendarPoints + (slots.confirmations > 0 ? 5 : 0) + (agendaRows(said) >= 3 ? 4 : 0);
  const invite = score(text, INVITE) + (slots.proposals > 0 ? 4 : 0);
  // A promised offer is news only when no offer is made here ("the written offer will follow" after
  // "they're offering $138,000" belongs to that offer).
  const update = score(text, UPDATE) + (promised > 0 && offer < 4 ? 3 : 0);

  const applied = score(text, APPLICATION_RECEIVED);
  const jobScore = rejection + offer + scheduled + invite + update + applied;
  // Outreach the owner's note sets aside ("random cold outreach, not applying") is no process of
  // theirs, unless the message settles an interview, makes an offer or turns the owner down.
  if (
    unsolicited &&
    ownerSetsAside(facts.ownerNote) &&
    pitch + score(text, OUTREACH) >= 3 &&
    scheduled < 4 &&
    offer < 4 &&
    rejection < 4
  )
    return guess("other", "mailing", { set_aside: 1 });
  // An applicant tracker's offer keeps its footer ("you received this because you applied"): an
  // offer made in so many words outweighs it.
  if (other >= 5 && rejection < 5 && scheduled < 5 && applied < 5 && offer < 8)
    return guess("other", "mailing", {
      top: log(other),
      runnerUp: log(jobScore),
      bulk: facts.bulk ? 1 : 0,
      ...(pitch >= 5 && !facts.bulk ? { cold_pitch: 1 } : {}),
    });
  // A sourcer's first note for clients it does not name ("I came across your profile; I'm partnering
  // with a few fintechs hiring; open to a quick chat?"), booking link or not: no process with any
  // employer yet, so no employer, role or contact either.
  if (unsolicited && scheduled < 4 && offer < 4 && rejection < 4 && applied < 5) {
    const clients = score(text, SOURCING_CLIENTS);
    if (clients > 0 && clients + pitch + score(text, SOURCING_SIGNS) >= 6)
      return guess("other", "mailing", { sourcing: 1, runnerUp: log(jobScore) });
  }
  // A friend or relative writing from a personal mailbox about the owner's search (or their own).
  const personal = !!facts.from && isFreeMail(domainOf(facts.from.address));
  if (personal && soundsPersonal(text, local?.personal) && offer < 6 && rejection < 5)
    return guess("other", "personal", { runnerUp: log(jobScore) });
  if (!jobContext && rejection + offer + scheduled + invite + update < 4)
    return guess("other", "no_job_words", { runnerUp: log(jobScore) });

  const ranked: [MessageKind, number][] = [
    ["rejection", rejection >= 4 ? rejection + 2 : 0],
    ["update", extension >= 5 ? extension + 3 : 0],
    ["offer", offer >= 4 ? offer : 0],
    ["interview_scheduled", scheduled >= 4 ? scheduled : 0],
    ["interview_invite", invite >= 3 ? invite : 0],
    ["update", update + applied],
  ];
  ranked.sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] <= 0) {
    // Nothing employer-like was said. From a personal mailbox it is personal mail that merely
    // mentions an interview; from a company it is most likely a status note.
    // A bulk sign (an unsubscribe footer) with no process cue at all is a mailing, not news.
    return personal || other > 0 ? guess("other", "no_cue") : guess("update", "no_cue");
  }
  const runnerUp = second?.[1] ?? 0;
  // Independent places that back the winner: the subject and the body separately, and the signals
  // that are not wording (a calendar file, an attached letter, the owner's note, slot talk).
  const backing = {
    subject: cuesBack(first[0], facts.subject, language),
    body: cuesBack(first[0], said, language),
    calendar: first[0] === "interview_scheduled" && calendarPoints > 0,
    letter: first[0] === "offer" && hasOfferLetter(facts),
    note: first[0] === "offer" && ownerReportsOffer(facts.ownerNote),
    slots:
      (first[0] === "interview_scheduled" && slots.confirmations > 0) ||
      (first[0] === "interview_invite" && slots.proposals > 0),
  };
  return guess(first[0], "ranked", {
    top: log(first[1]),
    runnerUp: log(runnerUp),
    margin: log(first[1] - runnerUp),
    // Another kind also passed its own bar: the message says two things.
    conflict: runnerUp > 0 ? 1 : 0,
    sources: Object.values(backing).filter(Boolean).length,
    // Sure-looking cues against the winner that lost to it anyway ("unfortunately" in an invite).
    against: log(first[0] === "rejection" ? offer + scheduled : rejection),
    ...(threadOnly ? { job_context_thread: 1 } : {}),
  });
}

/** The kind's own cue tables: for a status update, also the extension and application-received ones. */
function ownCues(kind: MessageKind, language: Language): Cue[][] {
  const tables = kindTables(language);
  const cues: Partial<Record<MessageKind, Cue[]>> = {
    rejection: tables.REJECTION,
    offer: tables.OFFER,
    interview_scheduled: tables.SCHEDULED,
    interview_invite: tables.INVITE,
    update: tables.UPDATE,
  };
  const own = cues[kind];
  if (!own) return [];
  return kind === "update" ? [own, tables.EXTENSION, tables.APPLICATION_RECEIVED] : [own];
}

/** Whether the kind's own cue tables give one text (the subject, or the body) any points. */
function cuesBack(kind: MessageKind, text: string, language: Language): boolean {
  const tables = ownCues(kind, language);
  // When every cue adds points, a table scores above 0 exactly when one of its patterns matches,
  // which its union tells in one pass instead of one per pattern.
  if (tables.every(addsOnly)) return tables.some((cues) => anyMatches(text, cues));
  const [own, extension, applied] = tables;
  if (!own) return false;
  return score(text, own) + (extension && applied ? score(text, extension) + score(text, applied) : 0) > 0;
}

const onlyAdding = new WeakMap<Cue[], boolean>();

/** Every cue of the table adds points, and its patterns are joined into a union. */
function addsOnly(cues: Cue[]): boolean {
  let known = onlyAdding.get(cues);
  if (known === undefined) {
    known = cues.every(([, points]) => points > 0) && unionOf(cues)[0]?.source !== "(?:)";
    onlyAdding.set(cues, known);
  }
  return known;
}

// An offer letter's file name, in the languages the cue tables cover: "Offer_Letter.pdf",
// "Promesse_embauche.pdf", "Arbeitsvertrag.pdf", "Carta_oferta.pdf", "Aanbod.pdf", "Proposta_assunzione.txt".
const LETTER_NAME =
  /offer|contract|letter|agreement|promesse|embauche|contrat|angebot|vertrag|oferta|contrato|aanbod|aanbieding|arbeidsovereenkomst|proposta|propuesta|assunzione/i;
// What an offer letter calls itself, in the same languages (PDF text may have lost its accents).
const LETTER_TEXT =
  /offer (?:letter|of employment)|promesse d['’]embauche|(?:proposition|lettre) d['’](?:embauche|offre)|contrat de travail|(?:Vertrags|Arbeits|Stellen)angebot|Arbeitsvertrag|carta (?:de )?oferta|oferta (?:de empleo|laboral|de trabajo)|contrato (?:de trabajo|laboral)|arbeidsovereenkomst|aanbiedingsbrief|(?:arbeids|contract)aanbod/i;

export function hasOfferLetter(facts: MailFacts): boolean {
  return facts.attachments.some(
    (a) =>
      /pdf|msword|officedocument|rtf/.test(a.mimeType) &&
      (LETTER_NAME.test(a.filename ?? "") || LETTER_TEXT.test(a.textSample ?? "")),
  );
}

/**
 * A letter written as a web page or plain text ("Carta_oferta.html"): a letter by its name whose
 * own text makes an offer in the words the offer cues know ("nos complace ofrecerte la
 * incorporación"). Such files are also pages and notes, so the name alone is not enough.
 */
function offersInTextLetter(facts: MailFacts, offer: Cue[], notOffer: Cue[]): boolean {
  return facts.attachments.some((a) => {
    if (!/^text\/(?:html|plain)/.test(a.mimeType) || !LETTER_NAME.test(a.filename ?? "")) return false;
    const text = a.textSample ?? "";
    return score(text, offer) - score(text, notOffer) >= 6;
  });
}

/** A letter whose own text says it is an offer: stronger than a file name, enough alone. */
function offerLetterPoints(facts: MailFacts, offer: Cue[], notOffer: Cue[]): number {
  if (!hasOfferLetter(facts)) return offersInTextLetter(facts, offer, notOffer) ? 4 : 0;
  return facts.attachments.some((a) => LETTER_TEXT.test(a.textSample ?? "")) ? 4 : 3;
}

// The owner recaps a verbal offer in the note above what they forward ("They offered 150k on the
// phone, answer by Friday"): the employer's own words may only promise a letter. Hopes and
// hypotheticals ("if they offer", "not an offer yet") are not offers.
const OWNER_OFFER =
  /\b(?:(?:they|he|she)(?:'ve| have)?\s+(?:just\s+)?(?:offered(?! to\b)|made (?:me )?an? (?:\w+ )?offer)|offered me|verbal offer|offer (?:on|over) the (?:phone|call))\b/i;
const OWNER_NOT_OFFER = /\b(?:if|when|once|hope|hoping|maybe|might|not an offer|no offer)\b/i;

export function ownerReportsOffer(note: string | null): boolean {
  if (!note) return false;
  const sentence = note.split(/[.!?\n]+/).find((s) => OWNER_OFFER.test(s));
  return !!sentence && !OWNER_NOT_OFFER.test(sentence);
}
