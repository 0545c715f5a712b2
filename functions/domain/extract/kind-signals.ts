// Sentence-level signals for the kind classifier: instead of matching one more phrase per wording,
// these read what each sentence of the newest message does. Is a time asked about or settled? Is an
// offer made, or only promised? Is a phrase used, or merely mentioned in quotation marks? Is the
// message an agenda? The answers are wording-independent enough to carry to mail nobody has seen.

// A sentence ends at a full stop, a question or exclamation mark, or a line break; not at the point
// of a day written as an ordinal before its month, as German writes dates ("bis Mittwoch, 3. März
// mitteilen"). "Sign by Friday, June 4. Happy to help" still ends after the 4.
const SENTENCE_BREAK =
  /(?<=[.!?])(?!(?<=[ ,]\d{1,2}\.)\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\b)\s+|\n+/;

/** Sentences of the newest message: split at sentence ends and line breaks. */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);
}

// A phrase inside quotation marks is mentioned, not said: a newsletter writing `"We've decided to
// move forward with other candidates" is a no` is not rejecting anyone. Only short spans on one
// line count, so a stray quote mark cannot swallow a paragraph.
const QUOTED_SPAN = /"[^"\n]{3,200}"|“[^”\n]{3,200}”/g;

export function withoutMentions(text: string): string {
  return text.replace(QUOTED_SPAN, (span) => " ".repeat(span.length));
}

const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midday|at \d{1,2}\b)`;
// A day the interview could happen on: a weekday, tomorrow, or a calendar date.
const DAY = String.raw`(?:\b${WEEKDAY}\b|\btomorrow\b|\b\d{1,2}(?:st|nd|rd|th)? ${MONTH}|\b${MONTH} \d{1,2}\b|\b\d{1,2}\/\d{1,2}\b)`;

/** How a language talks about meeting times; English below, other languages in languages/*.ts. */
export interface SlotWords {
  /** A day the interview could happen on (a weekday, "tomorrow", a calendar date), as regex source. */
  day: string;
  /** A clock time, as regex source. */
  clock: string;
  /** A window rather than a slot: "this week", "in the next few days". */
  window: RegExp;
  /** A sentence that settles a time: "it is", "confirmed", "see you", "works for us". */
  settles: RegExp;
  /** Conditionals and hedges keep a sentence from settling anything. */
  hedged: RegExp;
  /** A question (or a question-shaped request) about a time. */
  asks: RegExp;
  /** A date that is a due date, not a meeting time ("by Friday"); global, removed before reading slots. */
  dueDate: RegExp;
  /** A question that checks a booking already made ("still on for 2pm?"). */
  checksBooking: RegExp;
  /** A bare settling word on its own ("Booked!") settles the next sentence's time. */
  bareSettle: RegExp;
}

export const ENGLISH_SLOTS: SlotWords = {
  day: DAY,
  clock: CLOCK,
  window: /\b(?:this|next) week\b|\bsometime\b|\bin the next (?:few|couple of) days\b/i,
  // "Tuesday at 3 it is", "I've moved your panel to Monday 20 April at 14:00", "You're all set for
  // ... tomorrow at 9:30am", "Thursday at 10 works for us", "your video interview is on Tuesday, May 5 at 1:00 PM".
  settles:
    /\b(?:(?:interview|call|screen|chat|onsite|on-site|meeting|session|conversation|panel)\b[^.?!\n]{0,40}\b(?:is|will be|'s) (?:on|at|scheduled|set)\b|it is|it's (?:set|booked|confirmed)|see you|(?:works|suits) (?:well |fine |great |perfectly )?(?:for|with) (?:me|us|the team|everyone)|confirmed|confirming|booked|lock(?:ed)? (?:it )?in|all set|you're set|set for|scheduled (?:for|on)|let's (?:do|go with|book)|(?:moved|rescheduled|changed|shifted|pushed)\b[^.?!\n]{0,80}\bto\b)/i,
  hedged: /\b(?:if|whether|unless|would|could|might|maybe|perhaps|instead)\b/i,
  asks: /\?|^(?:could|would|can|does|do|will|are|is|how about|what about)\b|\b(?:let (?:me|us) know|reply with|tell (?:me|us)) (?:if|whether|which|what|the one)\b/i,
  dueDate: /\b(?:by|before|until|till|no later than)\b[^,;.?!\n]{0,30}/gi,
  checksBooking: /\bstill on\b|\b(?:just )?(?:confirming|to confirm)\b/i,
  bareSettle:
    /^(?:great|perfect|thanks)?[, ]*(?:booked|confirmed|done|locked in|all set|that works|it's a date)[.!]*$/i,
};

export interface SlotTalk {
  /** Sentences that ask the candidate about a time or a window. */
  proposals: number;
  /** Declarative sentences that settle a specific time. */
  confirmations: number;
}

// A listed option: "- Monday 20 April, 10:00", "2) Tue 3/10 at 2pm".
const OPTION_LINE = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s/;

// Built once per word set: a day and a time in either order, close together, is a slot.
const compiled = new WeakMap<SlotWords, { slot: RegExp; anyDay: RegExp }>();
function patternsOf(words: SlotWords): { slot: RegExp; anyDay: RegExp } {
  let patterns = compiled.get(words);
  if (!patterns) {
    const { day, clock } = words;
    patterns = {
      slot: new RegExp(String.raw`${day}[^.?!\n]{0,40}${clock}|${clock}[^.?!\n]{0,30}${day}`, "i"),
      anyDay: new RegExp(day, "i"),
    };
    compiled.set(words, patterns);
  }
  return patterns;
}

/** What the sentences of a text do with times, read with one or more languages' words. */
export function slotTalk(text: string, languages: readonly SlotWords[] = [ENGLISH_SLOTS]): SlotTalk {
  const sets = languages.map((words) => ({ words, ...patternsOf(words) }));
  const isSlot = (s: string) => sets.some((set) => set.slot.test(s));
  const any = (key: "window" | "settles" | "hedged" | "asks" | "checksBooking" | "bareSettle", s: string) =>
    sets.some((set) => set.words[key].test(s));
  let proposals = 0;
  let confirmations = 0;
  let asks = false;
  let settledJustBefore = false;
  for (const sentence of sentencesOf(text)) {
    const meeting = sets.reduce((s, set) => s.replace(set.words.dueDate, ""), sentence);
    const slot = isSlot(meeting);
    const asking = any("asks", sentence);
    asks ||= asking;
    if (asking && slot && any("checksBooking", sentence)) confirmations += 1;
    else if (asking && (slot || any("window", meeting) || sets.some((set) => set.anyDay.test(meeting)))) proposals += 1;
    else if (slot && (any("settles", sentence) || settledJustBefore) && !any("hedged", sentence)) confirmations += 1;
    settledJustBefore = any("bareSettle", sentence);
  }
  // Two or more listed slots and a question anywhere: the candidate is asked to pick one.
  const options = text.split("\n").filter((line) => OPTION_LINE.test(line) && isSlot(line)).length;
  if (options >= 2 && asks) proposals += 1;
  return { proposals, confirmations };
}

// An agenda: session time ranges ("9:30 - 10:15 AM  Product sense"). Counted anywhere, since hard
// wrapped rows may have been joined into one line.
const TIME_RANGE = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}\b/gi;

export function agendaRows(text: string): number {
  return text.match(TIME_RANGE)?.length ?? 0;
}

// An offer sentence that only promises one: it is being put together, awaits approval, or will
// arrive later. "Sofia will send you the formal offer letter" is a promise; "we'd like to extend you
// an offer" in the same message is the act, and acts are scored on what remains.
/** Words for an offer, and for one that is still to come; English below, others in languages/*.ts. */
export interface PromiseWords {
  offerWord: RegExp;
  promise: RegExp;
}

export const ENGLISH_PROMISES: PromiseWords = {
  offerWord: /\boffers?\b/i,
  promise:
    /\b(?:pending|putting together|pulling together|preparing|working on|(?:needs?|awaiting|subject to|once|after|when) [^.?!\n]{0,40}(?:approv\w*|sign-?off)|(?:will|'ll|going to|aim(?:ing)? to|expect to|hope to|hopefully) (?:\w+ ){0,2}(?:receive|get|send|follow|have|share|come|see)|will follow|to follow|before I can share)\b/i,
};

/** The text without the sentences that mention an offer only as something still to come. */
export function withoutPromisedOffers(
  text: string,
  languages: readonly PromiseWords[] = [ENGLISH_PROMISES],
): { text: string; promised: number } {
  // Every offer word a sentence holds, the whole text holds at the same place (a sentence is cut
  // at . ! ? or a line break, none of them a letter): a text without one keeps every sentence.
  if (!languages.some((words) => words.offerWord.test(text))) return { text, promised: 0 };
  let promised = 0;
  const kept = text.replace(/[^.!?\n]+[.!?]?/g, (sentence) => {
    if (languages.some((words) => words.offerWord.test(sentence) && words.promise.test(sentence))) {
      promised += 1;
      return " ".repeat(sentence.length);
    }
    return sentence;
  });
  // Nothing cut: the text itself, whose word index kind.ts has already built.
  return { text: promised > 0 ? kept : text, promised };
}

// Whose process is it? Personal mail from a friend or relative mentions the owner's offer or
// interview, or asks the owner for a favour ("would you refer me", "I'm going to apply"); an
// employer never writes like that to its candidate.
const PERSONAL =
  /\b(?:congrats|proud of you|good luck with|fingers crossed|how did (?:the|your|it) [^.?!\n]{0,40}\bgo|you'll (?:crush|nail|ace) it|love you|refer(?:ring)? me|(?:I'm|I am) (?:going to |planning to |about to )?apply(?:ing)?|before I interview|drinks|the usual place|our treat|mom|mum|dad)\b/i;

export function soundsPersonal(text: string, otherLanguage: RegExp | null = null): boolean {
  return PERSONAL.test(text) || (otherLanguage?.test(text) ?? false);
}
