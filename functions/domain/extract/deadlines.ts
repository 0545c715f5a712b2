// Which stated date is which: the interview start, the owner's deadline to answer an offer, the
// date the employer promised a decision by. Only the newest message counts; each date is taken
// from a sentence whose words say what it is.

import type { MailFacts } from "../mail-facts";
import { domainOf, isEuropeanDomain } from "../senders";
import { offsetMinutesAt, UTC_OFFSET, type Zone } from "../time";
import type { MessageKind } from "../vocabularies";
import { type DateFrame, type DatePhrase, findDatePhrases } from "./date-phrases";
import { type Features, logFeature as log } from "./evidence";
import { firstSessionOf } from "./itinerary";
import type { DateCues, Language } from "./languages/cues";
import { cuesOf, withLanguage } from "./languages/tables";
import { centralReading, istReading, zoneFromName, zoneMentionedIn, zoneOfCountryDomain } from "./time-zones";

export interface DatedFacts {
  interviewAt: string | null;
  respondBy: string | null;
  expectDecisionBy: string | null;
  startDate: string | null;
  /** What each date rests on: the features its calibrated confidence is computed from. */
  evidence: { interviewAt?: Features; respondBy?: Features; expectDecisionBy?: Features };
}

const OFFER_IN_QUESTION =
  /\b(?:offers?|deadline|extension|extend(?:ed)?|more time|Angebot\w*|Frist\w*|Bedenkzeit|oferta|plazo|offre|délai|aanbod|bedenktijd|proposta|prazo)\b/iu;
const HANDED_IN_WORK =
  /\b(?:case stud(?:y|ies)|take-?home|assignment|exercise|write-?up|presentation|homework|coding (?:test|challenge))\b/i;
// The owner unsure of the date they jot down ("deadline in there (May 14 I think, need to check)"):
// a guess to check, not a deadline to act on.
const HEDGED_NOTE = /\b(?:I think|I guess|I believe|maybe|not sure|need to check|to check|tbc|to be confirmed)\b|\?/i;
// Italian, which has no table of its own, shares its answer words here ("la Sua decisione").
const RESPOND =
  /\b(?:expires?|expiring|deadline|(?:your|an) (?:answer|decision|response|reply)|respond|accept(?:ance)? by|(?:accept|decline|reject|sign)(?: or (?:accept|decline|reject))? (?:your|the|this) offer|sign (?:and return|by)|let (?:us|me) know by|(?:get|come) back to (?:us|me)|give you until|open until|valid until|reply by|decide by|(?:task|offer|response|acceptance) is due|(?:hear|heard) (?:back )?from you|(?:like|want|need|expect|request(?:ed|s)?) (?:a|your) (?:decision|answer|response)|(?:valid|open) for|(?:kindly|please) revert|revert (?:back )?(?:to (?:us|me) )?(?:by|before|within)|(?:request(?:ed|s)?|need|ask(?:s|ed)? for|await(?:ing)?|look(?:ing)? forward to(?: receiving)?|receive|have) your (?:written )?(?:confirmation|acceptance)|confirm (?:your|the) (?:acceptance|decision|answer)|(?:Sua|tua|vostra) (?:decisione|risposta|accettazione)|firmat[ao] per accettazione)\b/i;
// An offer left open somewhere until a day ("The offer will be available in the portal until
// March 19", "La oferta estará disponible en el portal hasta el 15 de julio"): the owner's deadline,
// even though "available" otherwise reads as talk of slots.
const OFFER_OPEN =
  /\b(?:offer|oferta|offre|Angebot|aanbod|proposta|propuesta|proposition)\b[^.!?\n]{0,60}\b(?:available|open|valid|disponible|valable|ouverte|gültig|verfügbar|geldig|beschikbaar|válida|válido|disponível)\b[^.!?\n]{0,50}\b(?:until|till|through|hasta|jusqu'(?:au|à)|bis|tot|até)\b/iu;
// A counted window ("within 48 hours", "innerhalb von 3 Tagen"): a day the same sentence states
// beside it ("within 48 hours, by Wednesday 8 December, 5:00 PM") is the one meant.
const COUNTED_WINDOW =
  /^\s*(?:within|in|over|innerhalb|binnen|dans|sous|d'ici|en|dentro|nos|nas|no prazo)\b[^\n]*\d|^\s*(?:within|in|over)\s+(?:the\s+)?(?:next\s+)?(?:one|two|three|four|five|seven|ten)\b/iu;
// The employer's own promise: its decision, answer or offer is what arrives by the date ("I expect
// to have an answer ... by Friday", "I'm aiming to have the written offer to you by Tuesday").
const EXPECT =
  /\b(?:(?:we|I|the (?:hiring |recruiting |interview |selection )?(?:team|panel|committee)|they)(?:'m|'re|\s+am|\s+are)?\s*(?:'ll|will|expect(?:ing)? to|hop(?:e|ing) to|plan(?:ning)? to|aim(?:ing)? to|should)[^.]{0,60}\b(?:decisions?|decide|answer|offer|results?|(?:get|come|circle) back to you|revert|let (?:you|every(?:one| candidate)|each candidate|all (?:the )?candidates|candidates) know|outcome|update you|hear|be (?:back )?in touch|get back in touch|news|clarity|contact you|share (?:the |our )?next steps|share (?:an? |our |the )?(?:update|decision|feedback)|confirm (?:the |your |our )?(?:next steps|start date|outcome|decision)|finali[sz]e (?:everything|things|the offer|your offer|the paperwork|the process)|(?:complete|finish|conclude|wrap up) (?:their |its |our |the |all )?(?:reviews?|evaluations?|assessments?|deliberations?))|(?<!your )decision (?:for you )?by|\bwill (?:share|send you|give you) (?:the |our |an? )?(?:next steps|update|decision|feedback)\b|hear back (?:from us )?by|you(?:'ll| will| should) (?:hear (?:back|from (?:us|me))|receive (?:the|your|a|an) (?:\w+ )?(?:offer|decision|answer))|you(?:'ll| will| should) (?:have|get) (?:an?|the|our) (?:\w+ )?(?:answer|decision|update|feedback) from (?:us|me|the team))\b/i;
const SCHEDULING = /\b(?:availability|available|book|self-schedul|pick a|choose a|slots?|reschedule)\b/i;
// Italian, which has no table of its own, shares its meeting words here ("Le confermo il colloquio").
const MEETING =
  /\b(?:confirmed|scheduled|booked|interview|call|meeting|onsite|on-site|screen|conversation|chat|when|date|time|see you|schedule|itinerary|agenda|colloquio|incontro|appuntamento|videochiamata)\b/i;
// "We can't go all the way to next Wednesday, but ...": a date in a clause that refuses to move
// to it. Only refusals to move, wait or make a day work: "we can't share an answer until Friday"
// still promises Friday.
const REFUSAL =
  /\b(?:can(?:no|'|’)t|cannot|can not|unable to|not able to|won't be able to)\s+(?:\w+\s+){0,3}?(?:go|extend|move|push|stretch|do|make|accommodate|wait|hold)\b/i;
const CLAUSE_BREAK = /[.;!?]\s|\n|\bbut\b|\bhowever\b/gi;

/** The date sits in a clause that refuses it (the refusal comes before it in that clause). */
export function isRefusedDate(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 160), index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return REFUSAL.test(before.slice(start));
}
// "Once we have spoken to them, we aim to come back to you within five working days": a window
// counted from something still to happen, not from the message's Date.
const AFTER_AN_EVENT =
  /^\s*(?:once|after|when|as soon as|sobald|nachdem|wenn|une fois|dès que|lorsque|cuando|una vez|después de|zodra|nadat|assim que|depois de)\b/iu;

function afterAnEvent(text: string, phrase: DatePhrase): boolean {
  return COUNTED_WINDOW.test(phrase.text) && AFTER_AN_EVENT.test(clauseBefore(text, phrase.index));
}

/** The text from the start of the sentence a date sits in up to the date. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 160), index);
  let start = 0;
  for (const m of before.matchAll(/[.!?]\s|\n/g)) start = m.index + m[0].length;
  return before.slice(start);
}

const DEADLINE_WORD_BEFORE =
  /(?:\bby|\bbefore|\buntil|no later than|\bbis(?: spätestens)?|\bavant|\bantes del?|\buiterlijk|\baté)\s+(?:the\s+|le\s+|el\s+|o\s+|a\s+)?$/iu;
const START = /\bstart(?:ing)? date\b|\b(?:start|join) (?:on|us on)\b/i;

const ENGLISH: DateCues = { respond: RESPOND, expect: EXPECT, scheduling: SCHEDULING, meeting: MEETING, start: START };

/** The sentence a phrase sits in; a phrase that runs over a line break ("Day\n13:30") is kept whole. */
function sentenceAround(text: string, index: number, length = 0): string {
  const before = text.slice(Math.max(0, index - 240), index);
  const after = text.slice(index + length, index + length + 240);
  const start = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("\n"),
    before.lastIndexOf("! "),
    before.lastIndexOf("? "),
  );
  const endMatch = /[.!?](?:\s|$)|\n/.exec(after);
  return (
    before.slice(start + 1) +
    text.slice(index, index + length) +
    after.slice(0, endMatch ? endMatch.index : after.length)
  );
}

// "Date: Wednesday, 22 April 2026" and "Time: 8:30 PM IST" on separate lines are one moment.
function joinDateAndTimeLines(text: string): string {
  return withoutMovedFrom(text)
    .replace(/^(\s*(?:Date|Day)\s*:\s*[^\n]+)\n\s*(?:Time|When)\s*:\s*/gim, "$1 at ")
    .replace(LOCAL_DATE_THEN_TIME, "$1, ")
    .replace(LOCAL_RANGE, "$1 - $2");
}

// "15:00 a 16:30", "10h30 à 11h30", "10:30 bis 11:30": a range's words read as a dash, so the
// date parsers take its start (Spanish "a" is otherwise read as a.m. or the range's end).
const LOCAL_RANGE = /\b(\d{1,2}[:.h]\d{2})\s+(?:a|à|bis|tot|hasta|do)\s+(\d{1,2}[:.h]\d{2})\b/gu;

// Something the candidate sends by a time ("send your slide deck to me by Wednesday midday") is a
// task's due time, not the meeting's.
const TASK_DUE =
  /\b(?:send|submit|share|upload|return|email)\b[^.\n]{0,30}\byour\b[^.\n]{0,40}\bby\b(?!\s+(?:e-?mail|mail|post|courier)\b)/i;

// "verplaatst van dinsdag 16 februari naar donderdag 18 februari", "moved from Tuesday to Thursday":
// the day it was moved from is blanked (same length, offsets kept), so only the new one is read.
const MOVED_WORD =
  "(?:verplaatst|verschoven|moved|rescheduled|pushed|verschoben|verlegt|déplacé|reporté|movido|cambiado|trasladado)";
const MOVED_FROM = new RegExp(
  String.raw`\b${MOVED_WORD}\s+(?:van|from|von|du|de|del)\s+([^.\n]{3,60}?)(?=\s+(?:naar|to|auf|au|al|a)\s)`,
  "giu",
);
// Every match holds one of the words: a text without any is not searched for the whole pattern
// (which, with no literal to start from, is tried at every position).
const ANY_MOVED_WORD = new RegExp(MOVED_WORD, "iu");

function withoutMovedFrom(text: string): string {
  return (ANY_MOVED_WORD.test(text) ? text.replace(MOVED_FROM, movedFromBlanked) : text).replace(
    FORMER_SLOT_ROW,
    (whole) => " ".repeat(whole.length),
  );
}

function movedFromBlanked(whole: string, from: string): string {
  return whole.slice(0, whole.length - from.length) + " ".repeat(from.length);
}

// "Old time: Friday 2 April, 2:00pm" above "New time: ...": the row of the slot that no longer holds.
const FORMER_SLOT_ROW =
  /^[ \t>]*(?:old|previous|original|former|alter?|ancien(?:ne)?|anterior|oude|vorige)[ \t]+(?:time|slot|date|Termin|Zeit|horaire|heure|date|horario|fecha|tijd|tijdstip)[ \t]*:[^\n]*/gimu;

// "Fecha: jueves 18 de marzo\nHora: de 10:00 a 11:00", "Datum: ...\nUhrzeit: 10:30": the same rows
// in the other languages. A "from" before the range goes, so its start is read, not its end.
const LOCAL_DATE_THEN_TIME =
  /^(\s*(?:Fecha|Día|Datum|Dag|Jour|Data)\s*:\s*[^\n]+)\n\s*(?:Hora|Horario|Uhrzeit|Zeit|Heure|Horaire|Tijd|Tijdstip|Tid|Godzina)\s*:\s*(?:(?:de|desde|von|van|du|de|od)\s+(?=\d))?/gimu;

/** Up to three capitalised words and "Time" right after `at`: "Gulf| Standard Time (GST)". */
function spelledOut(text: string, at: number): string {
  const m = /^(?:[ \t]+\p{Lu}\p{Ll}+){1,3}[ \t]+Time\b/u.exec(text.slice(at, at + 60));
  return m ? text.slice(Math.max(0, at - 12), at + m[0].length) : "";
}

/**
 * The Date's bare offset ("+0200") as the named zone it was written in, when the sender's country
 * (its mail domain) keeps that offset at that instant: a date after a clock change ("Dienstag,
 * 2. November" in mail of 27 October) then takes the offset of its own day, not the Date's. A
 * generic domain says nothing of where "-0500" is (New York keeps it in winter, Bogotá all year),
 * except when it is the owner's own offset at that instant: an employer on the owner's clock is
 * read as on the owner's zone (a country domain, which names another clock, decides first).
 */
function namedForOffset(zone: Zone, referenceMs: number, country: Zone | null, owner?: Zone): Zone {
  if (typeof zone === "string") return zone;
  const keeps = (named: Zone | null | undefined): named is string =>
    typeof named === "string" && offsetMinutesAt(referenceMs, named) === offsetMinutesAt(referenceMs, zone);
  if (country) return keeps(country) ? country : zone;
  // A sender the domain does not place, writing on the owner's own offset: the owner's clock, the
  // one an employer near them keeps ("+0200" from a scheduling tool in Tel Aviv in March).
  return keeps(owner) ? owner : zone;
}

export function frameFor(facts: MailFacts, text: string, language: Language = "en"): DateFrame | null {
  if (facts.dateMs === null) return null;
  const sectionZone =
    /\b(?:all )?times?(?: below| above| here)?(?: are| shown)?(?: in)?\s*\(?\s*(?:in\s+)?([A-Z][a-z]+(?:\/[A-Za-z_]+)?|[A-Z]{2,4})\b/.exec(
      text,
    );
  // "All times are Gulf Standard Time": a first word that names no zone alone is read with the
  // few words after it.
  const stated = sectionZone?.[1]
    ? (zoneMentionedIn(sectionZone[1]) ?? zoneMentionedIn(spelledOut(text, sectionZone.index + sectionZone[0].length)))
    : null;
  const sender = facts.from ? domainOf(facts.from.address) : "";
  // Mail in the employer's own language, with no zone anywhere, is on the employer's clock.
  const employerClock = language !== "en" ? zoneOfCountryDomain(sender) : null;
  const ownerZone = zoneFromName(facts.ownerTimezone) ?? undefined;
  const zone: Zone =
    stated ??
    (facts.zone ? namedForOffset(facts.zone, facts.dateMs, zoneOfCountryDomain(sender), ownerZone) : null) ??
    employerClock ??
    ownerZone ??
    UTC_OFFSET;
  const ist = istReading(`${facts.subject}\n${text}`, sender, ownerZone);
  const central = centralReading(`${facts.subject}\n${text}`, sender, ownerZone);
  if (central) ist.central = central;
  return { referenceMs: facts.dateMs, zone, dayFirst: isEuropeanDomain(sender), language, ist };
}

/**
 * A counted window chosen while its own sentence also states a day that passes the same test: the
 * stated day (with its hour) is the one meant; the window only says how long that is.
 */
function statedOverWindow(
  chosen: DatePhrase | null,
  found: Found[],
  test: (sentence: string, p: DatePhrase) => boolean,
) {
  if (!chosen || !COUNTED_WINDOW.test(chosen.text)) return chosen;
  const sentence = found.find((f) => f.phrase === chosen)?.sentence;
  const stated = found.find(
    (f) =>
      f.phrase !== chosen &&
      f.sentence === sentence &&
      !COUNTED_WINDOW.test(f.phrase.text) &&
      test(f.sentence, f.phrase),
  );
  return stated?.phrase ?? chosen;
}

function pick(phrases: { phrase: DatePhrase; sentence: string }[], test: (sentence: string, p: DatePhrase) => boolean) {
  return phrases.find(({ phrase, sentence }) => test(sentence, phrase))?.phrase ?? null;
}

type Found = { phrase: DatePhrase; sentence: string };

/**
 * What a chosen date rests on: a written day number or year (not "Friday"), a clock time, a zone
 * named next to it, and how many other dates in the message would also pass the same test.
 */
function phraseEvidence(phrase: DatePhrase, found: Found[], rivals: number, source: string): Features {
  const near = found.find((f) => f.phrase === phrase)?.sentence ?? phrase.text;
  return {
    explicit: /\d{4}|\b\d{1,2}(?:st|nd|rd|th)?\b/.test(phrase.text) ? 1 : 0,
    has_time: phrase.hasTime ? 1 : 0,
    zone_stated: phrase.hasTime && zoneMentionedIn(near) ? 1 : 0,
    rivals: log(rivals),
    dates: log(found.length),
    [`source_${source}`]: 1,
  };
}

/** Other dates (another day or time) whose sentences pass the same test as the chosen one. */
function rivalsOf(chosen: DatePhrase, found: Found[], test: (sentence: string, p: DatePhrase) => boolean): number {
  return found.filter(({ phrase, sentence }) => phrase.value !== chosen.value && test(sentence, phrase)).length;
}

// "Could we push our chat to 9:30am CDT instead of 9:00?": a new clock time with no day of its own.
const MOVED_TO_TIME =
  /\b(?:push|move|shift|bump|reschedul|chang)\w*\b[^.?!\n]{0,40}?\bto (\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s+(?:[A-Z]{2,5}\b|(?:Eastern|Central|Mountain|Pacific) [Tt]ime))?)/;
// A reply's attribution line ("On Fri, Mar 12, 2027 at 4:51 PM Dana <...> wrote:") dates a message, not a meeting.
const ATTRIBUTION = /^\s*On\b[^\n]*$/;

/**
 * A reply that moves the slot to a new time on the same day: the day is the one the message names
 * ("Thursday morning") or, failing that, the one the quoted thread agreed on.
 */
function movedSlot(facts: MailFacts, text: string, usable: Found[], frame: DateFrame): DatePhrase | null {
  const time = MOVED_TO_TIME.exec(text)?.[1];
  if (!time) return null;
  const quoted = findDatePhrases(facts.quoted, frame).filter(
    (p) => p.hasTime && !ATTRIBUTION.test(facts.quoted.slice(p.index - 3, p.index + p.text.length)),
  );
  const day = usable.find(({ phrase }) => !phrase.hasTime)?.phrase.value ?? quoted.at(-1)?.value.slice(0, 10);
  if (!day) return null;
  return findDatePhrases(`${day} at ${time}`, frame).find((p) => p.hasTime) ?? null;
}

/**
 * A time counted from the message's own moment ("Duración: una hora" read as "now plus an hour"):
 * the Date header's instant itself, or that instant plus whole minutes while the header has
 * seconds (a written clock time has none). A meeting starts at a time someone wrote, so such a
 * reading is never when it starts.
 */
export function countedFromSending(phrase: DatePhrase, referenceMs: number): boolean {
  if (!phrase.hasTime) return false;
  if (phrase.instantMs === referenceMs) return true;
  return referenceMs % 60_000 !== 0 && (phrase.instantMs - referenceMs) % 60_000 === 0;
}

/** The first session of a schedule laid out under a day line (see itinerary.ts). */
function firstSession(found: { phrase: DatePhrase }[], text: string, frame: DateFrame): DatePhrase | null {
  for (const { phrase } of found) {
    const session = firstSessionOf(text, phrase, frame.zone, frame.ist);
    if (session) return session;
  }
  return null;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const BARE_WEEKDAY = /^(?:(?:on|this|next|coming)\s+)?(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?$/i;

/**
 * "Thanks for confirming Thursday. ... Thursday, November 12, 2026": a bare weekday that the
 * message also writes as a full date is that date; its own relative reading (the next Thursday
 * after the Date header) is dropped.
 */
export function withoutShadowedWeekdays(phrases: DatePhrase[]): DatePhrase[] {
  const explicitDays = new Set(
    phrases
      .filter((p) => /\d/.test(p.text) && /[a-z]{3}/i.test(p.text))
      .map((p) => {
        const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(p.value);
        const name = WEEKDAYS.find((w) => p.text.toLowerCase().includes(w.slice(0, 3)));
        if (!day || !name) return "";
        const weekday = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDay();
        return WEEKDAYS[weekday] === name ? name : "";
      })
      .filter(Boolean),
  );
  if (explicitDays.size === 0) return phrases;
  return phrases.filter((p) => {
    const bare = BARE_WEEKDAY.exec(p.text.trim());
    if (!bare?.[1]) return true;
    const name = WEEKDAYS.find((w) => w.startsWith((bare[1] ?? "").toLowerCase()));
    return (
      !name ||
      !explicitDays.has(name) ||
      phrases.some((q) => q !== p && /\d/.test(q.text) && q.value.slice(0, 10) === p.value.slice(0, 10))
    );
  });
}

// The owner's own mail restating the employer's promise ("As you mentioned, you expect to make a
// decision by Friday, March 26"): the date the answer is due from them.
const RESTATED_PROMISE =
  /\byou (?:(?:mentioned|said|told me)(?: that)? )?(?:you |the team )?(?:(?:'d|would|will|'ll|should) )?(?:expect(?:ed)?|plan(?:ned)?|hoped?|aim(?:ed)?|intend(?:ed)?) to (?:make|have|reach|share|give me|come back with)\b[^.?!\n]{0,40}\b(?:decisions?|answer|update|feedback|news)\b/i;

function restatedPromise(facts: MailFacts, language: Language, result: DatedFacts): DatedFacts {
  if (!RESTATED_PROMISE.test(facts.body)) return result;
  const text = facts.body;
  const frame = frameFor(facts, text, language);
  if (!frame) return result;
  const promised = findDatePhrases(text, frame).find(
    (p) => RESTATED_PROMISE.test(clauseBefore(text, p.index)) && p.instantMs >= frame.referenceMs - 86_400_000,
  );
  if (!promised) return result;
  result.expectDecisionBy = promised.value;
  result.evidence.expectDecisionBy = { ...phraseEvidence(promised, [], 0, "body"), leads_up: 1, restated: 1 };
  return result;
}

export function extractDates(facts: MailFacts, kind: MessageKind, language: Language = "en"): DatedFacts {
  const result: DatedFacts = {
    interviewAt: null,
    respondBy: null,
    expectDecisionBy: null,
    startDate: null,
    evidence: {},
  };
  if (kind === "other") return result;
  if (kind === "outgoing") return restatedPromise(facts, language, result);
  const text = joinDateAndTimeLines(facts.body);
  const frame = frameFor(facts, text, language);
  // What sentences say, in English and in the message's own language.
  const said = withLanguage(ENGLISH, cuesOf(language)?.dates);
  if (!frame) {
    if (facts.calendar?.start && kind === "interview_scheduled") {
      result.interviewAt = facts.calendar.start;
      result.evidence.interviewAt = { source_calendar: 1, no_date_header: 1 };
    }
    return result;
  }
  const found = withoutShadowedWeekdays(findDatePhrases(text, frame))
    .filter((phrase) => !isRefusedDate(text, phrase.index))
    .map((phrase) => ({ phrase, sentence: sentenceAround(text, phrase.index, phrase.text.length) }));

  // "confirm your start date by Friday, 4 June": a date the start-date words lead up to with "by"
  // in a sentence of promise or answer words is that deadline, not the start.
  const start = pick(
    found,
    (s, p) =>
      said.start.test(s) &&
      !(
        DEADLINE_WORD_BEFORE.test(text.slice(Math.max(0, p.index - 24), p.index)) &&
        (said.expect.test(s) || said.respond.test(s))
      ),
  );
  if (start) result.startDate = start.value.slice(0, 10);
  const usable = found.filter(({ phrase }) => phrase !== start);

  // Status news that asks the owner questions (a sentence ending in "?", not a link's query):
  // "What's your notice period? ... if you could get back to me by Wednesday" sets the day for
  // those answers, not for an answer to an offer; unless an offer or its deadline is in question,
  // here or in the thread it answers ("we can extend your deadline to Friday", "Geben Sie uns bis
  // Mittwoch Bescheid" under a request for more time).
  const answersQuestions =
    kind === "update" &&
    /\?(?:\s|$)/.test(text) &&
    !OFFER_IN_QUESTION.test(`${facts.subject}\n${text}\n${facts.quoted.slice(0, 10_000)}`);
  if (kind === "offer" || (kind === "update" && !answersQuestions)) {
    const respondTest = (s: string) =>
      OFFER_OPEN.test(s) || (said.respond.test(s) && !said.scheduling.test(s) && !said.expect.test(s));
    const respond = statedOverWindow(pick(usable, respondTest), usable, respondTest);
    if (respond && respond.instantMs >= frame.referenceMs - 86_400_000) {
      result.respondBy = respond.value;
      result.evidence.respondBy = {
        ...phraseEvidence(respond, usable, rivalsOf(respond, usable, respondTest), "body"),
        kind_update: kind === "update" ? 1 : 0,
      };
    }
  }
  if (kind === "update" || kind === "interview_scheduled" || kind === "interview_invite") {
    // "The team meets on Friday, and you'll hear from us no later than the 12th": the date the
    // promise words lead up to beats another date in the same sentence.
    const leadsUp = (_sentence: string, p: DatePhrase) =>
      said.expect.test(clauseBefore(text, p.index)) && p.value !== result.respondBy && !afterAnEvent(text, p);
    const inSentence = (s: string, p: DatePhrase) =>
      said.expect.test(s) && p.value !== result.respondBy && !afterAnEvent(text, p);
    const expect = pick(usable, leadsUp) ?? pick(usable, inSentence);
    if (expect && expect.instantMs >= frame.referenceMs - 86_400_000) {
      result.expectDecisionBy = expect.value;
      result.evidence.expectDecisionBy = {
        ...phraseEvidence(expect, usable, rivalsOf(expect, usable, inSentence), "body"),
        // The promise words lead straight up to the date, not only somewhere in its sentence.
        leads_up: leadsUp("", expect) ? 1 : 0,
        kind_update: kind === "update" ? 1 : 0,
      };
    }
  }
  if (kind === "interview_scheduled") {
    const meetingTest = (s: string, p: DatePhrase) =>
      p.hasTime && said.meeting.test(s) && !said.respond.test(s) && !TASK_DUE.test(s);
    if (facts.calendar?.start) {
      result.interviewAt = facts.calendar.start;
      const calendarMs = Date.parse(facts.calendar.start);
      const timed = usable.filter(({ phrase }) => phrase.hasTime);
      result.evidence.interviewAt = {
        source_calendar: 1,
        has_time: facts.calendar.start.includes("T") ? 1 : 0,
        // The text states the same moment as the calendar file, or states another one.
        calendar_agrees: timed.some(({ phrase }) => phrase.instantMs === calendarMs) ? 1 : 0,
        calendar_disagrees: timed.length > 0 && !timed.some(({ phrase }) => phrase.instantMs === calendarMs) ? 1 : 0,
        dates: log(usable.length),
      };
    } else {
      const timely = usable.filter(({ phrase }) => !countedFromSending(phrase, frame.referenceMs));
      // "wie heute Mittag telefonisch besprochen, ... Neuer Termin: Dienstag, 2. November, 10:30": a
      // clock time already past when the message was sent is the talk it recalls, not the meeting
      // (kept only when the message states no other date).
      const ahead = timely.filter(({ phrase }) => !phrase.hasTime || phrase.instantMs >= frame.referenceMs - 3_600_000);
      const meetings = ahead.length > 0 ? ahead : timely;
      const strong = pick(meetings, meetingTest);
      const session = strong ? null : firstSession(meetings, text, frame);
      // A confirmed interview laid out as a table ("Date/Time:" rows, a day and a time range under a
      // heading): the first clock time that is no deadline is when it starts, before a bare day in
      // a meeting sentence ("See you on the 21st!").
      const laidOut = pick(
        meetings,
        (s, p) => p.hasTime && !said.respond.test(s) && !said.scheduling.test(s) && !TASK_DUE.test(s),
      );
      const meeting = strong ?? session ?? laidOut ?? pick(meetings, (s) => said.meeting.test(s));
      // A confirmation that states the time only in its subject ("Interview confirmed - Thu 23 Apr,
      // 2.30pm (UK time)", a reply to "Onsite Thursday 3pm ET?"): the subject's time, unless the
      // body names another day.
      const subject = findDatePhrases(facts.subject, frame).find((p) => p.hasTime) ?? null;
      const fromSubject =
        subject && (!meeting || (!meeting.hasTime && meeting.value === subject.value.slice(0, 10))) ? subject : null;
      // A reply that moves the slot to a new hour ("push our chat to 9:30am CDT") with no timed date.
      const moved = (fromSubject ?? meeting)?.hasTime ? null : movedSlot(facts, text, usable, frame);
      const chosen = moved ?? fromSubject ?? meeting;
      if (chosen) {
        result.interviewAt = chosen.value;
        const source = moved
          ? "weak"
          : fromSubject
            ? "subject"
            : chosen === strong
              ? "body"
              : chosen === session
                ? "session"
                : chosen === laidOut
                  ? "laid_out"
                  : "weak";
        result.evidence.interviewAt = phraseEvidence(chosen, usable, rivalsOf(chosen, usable, meetingTest), source);
      }
    }
  }
  // A time in "IST" that the message does not place in India or Ireland rests on the owner's zone.
  if (frame.ist && !frame.ist.sure) {
    for (const field of ["interviewAt", "respondBy", "expectDecisionBy"] as const) {
      const evidence = result.evidence[field];
      if (evidence?.has_time && /\bIST\b/.test(text)) result.evidence[field] = { ...evidence, zone_unsure: 1 };
    }
  }
  // The owner's note counts when the original says nothing ("they called, deadline is Thursday").
  if (facts.ownerNote && (kind === "offer" || kind === "update") && !result.respondBy) {
    // Work the owner hands in ("Case study due Monday 9am") is a task, not an answer to give.
    const note = findDatePhrases(facts.ownerNote, frame).find((p) => {
      const sentence = sentenceAround(facts.ownerNote ?? "", p.index);
      return (
        /\b(?:deadline|due|answer|respond|decide)\b/i.test(sentence) &&
        !HANDED_IN_WORK.test(sentence) &&
        !HEDGED_NOTE.test(sentence)
      );
    });
    if (note) {
      result.respondBy = note.value;
      result.evidence.respondBy = { ...phraseEvidence(note, [], 0, "note"), kind_update: kind === "update" ? 1 : 0 };
    }
  }
  return result;
}
