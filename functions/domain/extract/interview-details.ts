// What the owner needs to prepare for a confirmed interview beyond its start: how long it runs
// (the calendar file's end, a written range "10:30 AM - 1:30 PM" that starts when the interview
// does, an agenda's last session, a stated length "90 minutes") and whom they will meet (calendar
// attendees, "you'll meet with ..." lists, panel and agenda lines). Never the company, a team
// mailbox or a robot.
import type { MailFacts, Party } from "../mail-facts";
import { isRobotAddress, isSharedMailbox } from "../senders";
import { foldName } from "./company-names";
import { completeInterviewers, LEADING_PERSON, PERSON, PERSON_ONLY, withPlainTimes } from "./interviewer-lists";
import { lazily } from "./lazy-pattern";
import { patternFor } from "./letter-runs";
import { joinWrappedLines } from "./prose";

const MAX_MINUTES = 10 * 60;
// The meridiem is "am"/"p.m."/"a"/"p" alone, not the first letter of the next word ("12:15 Architecture").
const CLOCK = String.raw`(\d{1,2})(?:[:.h](\d{2}))?\s*([ap](?=\.?\s?m\b|\b))?\.?\s?m?\.?`;
// "2:30 PM - 3:15 PM", "10:00–11:15", "9.30 to 12.15", "from 2pm until 3pm".
const RANGE = new RegExp(String.raw`\b${CLOCK}\s*(?:-|–|—|to|until|till)\s*${CLOCK}(?![\d:])`, "gi");

interface ClockRange {
  index: number;
  start: number; // minutes after midnight
  end: number;
}

function minutesOfDay(hour: string | undefined, minute: string | undefined, meridiem: string | undefined): number {
  let h = Number(hour);
  if (meridiem) h = (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  return h * 60 + Number(minute ?? 0);
}

/** Ranges with a clock on both sides; an end without am/pm takes the start's ("2 - 3:15 pm" too). */
function clockRanges(written: string): ClockRange[] {
  const ranges: ClockRange[] = [];
  // Portuguese "14h às 15h", "14h30 até 15h": clock times and a range word read the English way,
  // as are Spanish "de 15:00 a 16:30", French "de 10h à 11h", German "10:30 bis 11:30 Uhr",
  // Dutch "van 11:00 tot 12:00".
  const text = (
    /\dh/.test(written)
      ? written.replace(/\b(\d{1,2})h(\d{2})?(?![\p{L}\p{N}])/gu, (_, h: string, m?: string) => `${h}:${m ?? "00"}`)
      : written
  ).replace(/(\d[:.]\d{2})\s+(?:às|até|a|à|bis|tot|hasta|al|do)\s+(?=\d)/gu, "$1 - ");
  for (const m of text.matchAll(RANGE)) {
    const [, h1, m1, ap1, h2, m2, ap2] = m;
    // Bare numbers on both sides ("5 - 7 years", "2-3 rounds") are no clock times.
    if (!m1 && !ap1 && !m2 && !ap2) continue;
    if (Number(h1) > 23 || Number(h2) > 23) continue;
    let start = minutesOfDay(h1, m1, ap1 ?? ap2);
    let end = minutesOfDay(h2, m2, ap2 ?? ap1);
    // "11:30 - 1:00" with no meridiem: the end is after noon.
    if (end <= start && !ap2 && end + 12 * 60 > start) end += 12 * 60;
    if (!ap1 && ap2 && start > end) start -= 12 * 60;
    if (end > start && end - start <= MAX_MINUTES) ranges.push({ index: m.index, start, end });
  }
  return ranges;
}

/** Local clock time of an ISO instant as written ("2026-04-28T13:00:00-04:00" -> 780). */
function localMinutes(iso: string): number | null {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const LENGTH =
  /\b(?:(\d{2,3})[- ]?(?:minutes?|mins?|minuten|minuter|minutos|minut(?:y|ów)?)\b|(an?|one|two|three|1|2|3|1\.5|2\.5)[- ](?:and a half[- ])?hours?\b|(half an hour)|Duration:\s*(\d{2,3})\s*min)/i;
const HOURS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
// "Durée : 1 heure", "una hora y media", "1 Stunde", "één uur": hours in the other languages the
// cue tables read.
const LOCAL_HOURS =
  /(?<![\p{L}\p{N}])(une?|una|eine|één|een|1|2|3|1[,.]5|deux|trois|dos|tres|zwei|drei|twee|drie)\s+(?:heures?|horas?|Stunden?|uur)(?![\p{L}])(\s+(?:et demie|y media|und eine halbe|en een half))?/iu;
const LOCAL_COUNTS: Record<string, number> = {
  un: 1,
  une: 1,
  una: 1,
  eine: 1,
  één: 1,
  een: 1,
  deux: 2,
  dos: 2,
  zwei: 2,
  twee: 2,
  trois: 3,
  tres: 3,
  drei: 3,
  drie: 3,
};
// Italian, which has no cue table: "circa un'ora", "un'ora e mezza", "due ore", "mezz'ora".
const ITALIAN_HOURS =
  /(?<![\p{L}\p{N}])(?:(un['’]\s?ora|1 ora)|(due|tre|2|3) ore|(mezz['’]\s?ora))(?![\p{L}])(\s+e mezz[ao])?/iu;
const ITALIAN_COUNTS: Record<string, number> = { due: 2, tre: 3, "2": 2, "3": 3 };

function italianMinutes(sentence: string): number | null {
  const m = ITALIAN_HOURS.exec(sentence);
  if (!m) return null;
  if (m[3]) return 30;
  const hours = m[1] ? 1 : (ITALIAN_COUNTS[(m[2] ?? "").toLowerCase()] ?? 0);
  return hours > 0 ? Math.round((hours + (m[4] ? 0.5 : 0)) * 60) : null;
}

// A length that belongs to something else: a test to finish, a trip, notice to give.
const NOT_MEETING_LENGTH =
  /\b(?:to complete|complete (?:it|the|this)|assessment|exercise|take-home|drive|travel|early|before|notice|break)\b/i;

function statedLength(text: string): number | null {
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const m = LENGTH.exec(sentence);
    const local = m ? null : LOCAL_HOURS.exec(sentence);
    if (local && !NOT_MEETING_LENGTH.test(sentence)) {
      const count = LOCAL_COUNTS[(local[1] ?? "").toLowerCase()] ?? Number((local[1] ?? "").replace(",", "."));
      const half = local[2] ? 0.5 : 0;
      if (Number.isFinite(count) && count > 0) return Math.round((count + half) * 60);
    }
    const italian = m || local ? null : italianMinutes(sentence);
    if (italian && !NOT_MEETING_LENGTH.test(sentence)) return italian;
    if (!m || NOT_MEETING_LENGTH.test(sentence)) continue;
    if (m[1] || m[4]) return Number(m[1] ?? m[4]);
    if (m[3]) return 30;
    const word = (m[2] ?? "").toLowerCase();
    const hours = HOURS[word] ?? Number(word);
    const half = /and a half/i.test(m[0]) ? 0.5 : 0;
    if (Number.isFinite(hours)) return Math.round((hours + half) * 60);
  }
  return null;
}

/**
 * Minutes the interview lasts. A written range counts when it starts at the interview's start; an
 * agenda of sessions (ranges one after another) ends with its last session, lunch included.
 */
/**
 * "11:30 - 12:15 (14:00 - 14:45 SGT)": the bracketed range is the same session in another zone.
 * A line that has a clock range outside its brackets is read without them.
 */
function withoutBracketedClocks(text: string): string {
  if (!text.includes("(")) return text;
  return text
    .split("\n")
    .map((line) => {
      const bare = line.replace(/\([^()\n]*\d[:.]\d{2}[^()\n]*\)/g, " ");
      return bare !== line && /\d[:.]\d{2}/.test(bare) ? bare : line;
    })
    .join("\n");
}

export function interviewMinutes(facts: MailFacts, interviewAt: string | null): number | null {
  const fromCalendar = facts.calendar?.minutes ?? null;
  if (fromCalendar) return fromCalendar;
  const text = withPlainTimes(facts.body.slice(0, 20_000));
  const start = interviewAt ? localMinutes(interviewAt) : null;
  if (start !== null) {
    const ranges = clockRanges(withoutBracketedClocks(text));
    const first = ranges.findIndex((r) => r.start === start);
    if (first >= 0) {
      // Sessions that follow on (each starts at or after the previous one, within the same day).
      let end = ranges[first]?.end ?? start;
      for (const next of ranges.slice(first + 1)) {
        if (next.start < end - 5 || next.start > end + 120) break;
        end = next.end;
      }
      const minutes = end - start;
      if (minutes > 0 && minutes <= MAX_MINUTES) return minutes;
    }
  }
  const stated = statedLength(text);
  return stated && stated > 0 && stated <= MAX_MINUTES ? stated : null;
}

// A person's name (PERSON, PERSON_ONLY) has the shape interviewer-lists.ts defines. The patterns
// naming people below are built on first use (lazy-pattern.ts): only interview mail reads them.
// After a name, what it is: "(CTO)", "our VP", or a lower-case description ("directeur Produit").
// A capitalised job title between commas counts when it names a job ("Gareth Osei, Director of Data, and ...").
const JOB_WORDS = `Director|Manager|Lead|Head|Engineer|VP|Chief|Officer|President|Recruiter|Designer|Analyst|Scientist|Architect|Consultant|Specialist|Coordinator|Founder|Partner|CEO|CTO|CFO|COO|CPO`;
const APPOSITIVE = String.raw`(?:\s*\([^)\n]{1,60}\)|,? (?:our|the|a|an|who|from) [^,\n]{1,40}|, [\p{Ll}][^,\n]{1,40}|, (?=[^,\n]{0,50}\b(?:${JOB_WORDS})\b)\p{Lu}[^,\n]{1,50})?`;
// "and" in the languages the cue tables read: and, und, et, y, en, e, och, og, oraz, i.
const AND_WORDS = "and|und|et|y|en|e|och|og|oraz|i";
const AND = String.raw`(?:,\s*|,?\s+(?:${AND_WORDS})\s+|\s*&\s*)`;
const LIST = `${PERSON}${APPOSITIVE}(?:${AND}${PERSON}${APPOSITIVE}){0,6}`;
// Where interviewers are named: a label, "you'll meet (with) ...", "speaking with ...", "an
// interview with ...".
// Labels in English, German, French, Spanish and Dutch ("With:", "Gesprächspartner:", "Avec :",
// "Entrevistadores:", "Gesprekspartners:"), then the phrases around a meeting in those languages
// ("Gespräch mit", "entretien avec", "entrevista con", "gesprek met", "vous rencontrerez").
const PEOPLE_LABELS = String.raw`Interviewers?|Host|Participants?|Your\s+(?:panel|interviewers?)|Panel(?:ists)?|Meeting\s+with|Speaking\s+with|Attendees|Gesprächspartner(?:in|innen)?|Interviewer(?:in|innen)?|Teilnehmer(?:in|innen)?|Teilnehmende|Mit|Intervenant(?:e|s|es)?|Interlocut(?:eur|rice)s?|Jury|Avec|Entrevistador(?:es|as?)?|Participantes|Con|Gesprekspartners?|Aanwezig|Deelnemers|Du träffar|Intervjuare|Deltagare|Entrevistadoras|Participantes|Rozmówcy|Uczestnicy`;
// Short labels name people only on their own line ("With:  Priyanka Desai, IT Service Manager").
const SHORT_LABELS = "With|Who|Mit|Avec|Con|Met";
const MEETING_WITH = String.raw`(?:\p{L}*[Gg]espräch|Interview|Vorstellungsgespräch|Termin|[Ee]ntretien|[Rr]endez-vous|[ÉéEe]change|[Ee]ntrevista|[Rr]eunión|[Ll]lamada|\p{L}*[Gg]esprek|[Ss]ollicitatiegesprek|[Kk]ennismakingsgesprek|[Aa]fspraak)\b[^.]{0,90}?\b(?:mit|avec|con|met)|(?:Sie|[Dd]u)\s+(?:sprechen|sprichst|treffen|triffst)(?:\s+mit)?|[Vv]on unserer Seite (?:ist|sind|nimmt|nehmen)(?:\s+(?:auch|außerdem))?|[Ss]eitens\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:nimmt|nehmen)(?:\s+(?:auch|außerdem))?|[Vv]ous\s+(?:rencontrerez|rencontreriez|échangerez\s+avec|échangeriez\s+avec)|(?:[Ii]hre?\s+)?[Gg]esprächspartner(?:in|innen)?\s+(?:sind|ist|wären|wäre)|(?:[Cc]onocerás\s+a|[Hh]ablarás\s+con|[Tt]e\s+reunirás\s+con|[Tt]e\s+entrevistar(?:á|án))|(?:[Jj]e|[Uu])\s+(?:spreekt|spreek)\s+met(?:\s+mij\s+en(?:\s+met)?|:)?|[Mm]aak\s+(?:je|u)\s+kennis\s+met|(?:[Ii]ntervju\w*|[Ss]amtal\w*|[Mm]öte\w*)\b[^.]{0,60}?\bmed|(?:[Ee]ntrevista|[Cc]onversa|[Rr]eunião|[Bb]ate-papo)\b[^.]{0,60}?\bcom|(?:[Rr]ozmow\w*|[Ss]potkani\w*)\b[^.]{0,60}?\bz|[Dd]u\s+(?:träffar|kommer att träffa)|(?:wezmą|weźmie)\s+udział|[Vv]ocê\s+(?:vai\s+)?(?:conversar(?:á)?|falar(?:á)?)\s+com`;
// "with their CTO, Farhan Qureshi", "avec notre directrice, Claire Roy": the title before the name.
const TITLE_FIRST = String.raw`(?:(?:our|their|your|notre|votre|leur|unserem|unserer|unseren|ihrem|ihrer|nuestro|nuestra|su|onze|hun)\s+[\p{L}&/ ]{1,40}?,\s+)?`;
const NAMED = lazily(
  () =>
    new RegExp(
      String.raw`(?:\b(?:${PEOPLE_LABELS})\s*:\s*(?:(?:unverändert|weiterhin|wie bisher|inchangés?|sin cambios|ongewijzigd)\s+)?|^[ \t]*(?:${SHORT_LABELS})[ \t]*:[ \t]*|\b(?:(?:you(?:'ll|\s+will)(?:\s+be)?\s+)?(?:meet(?:ing)?|speak(?:ing)?\s+with|talk(?:ing)?\s+with|chat(?:ting)?\s+with|interview(?:ing)?\s+with)(?:\s+with)?|(?:interview|call|chat|conversation|meeting|screen|session|panel|confirmed|scheduled|booked)\b[^.\n]{0,60}?\bwith|joined\s+by|\d+[ \t]*(?:minutes|mins?|hours?|hrs?)(?:[ \t]+(?:on|over|via)[ \t]+(?:Zoom|Teams|Microsoft Teams|Google Meet|Meet|Webex|video|the phone|phone))?[ \t]+with|(?:[Tt]he|[Oo]ur|[Tt]heir)\s+hiring\s+manager,|${MEETING_WITH})\s+)${TITLE_FIRST}(${LIST})`,
      "gmu",
    ),
);
// "You'll be speaking with:" over a list, as a label is.
const YOU_WILL_MEET = String.raw`(?:[Yy]ou(?:'ll|’ll|\s+will)\s+(?:be\s+)?)(?:meeting(?:\s+with)?|meet(?:\s+with)?|speaking\s+with|talking\s+with|chatting\s+with|interviewing\s+with)`;
// A label on its own line, then one person per line ("Interviewers:\nRachel Owusu - Staff ML Engineer").
const LABEL_BLOCK = lazily(
  () =>
    new RegExp(
      String.raw`^[ \t]*(?:${PEOPLE_LABELS}|${SHORT_LABELS}|${YOU_WILL_MEET})[ \t]*:[ \t]*\n((?:[ \t\-*•]*${PERSON}[^\n]*(?:\n|$)){1,8})`,
      "gmu",
    ),
);
// An agenda line: a time range, then who ("10:00 – 10:45  Sunil Rao, Staff Engineer (system design)").
const AGENDA_LINE = lazily(
  () =>
    new RegExp(
      String.raw`^[ \t\-*•]*\d{1,2}(?:[:.]\d{2})?\s*(?:[apAP]\.?[mM]\.?)?\s*(?:-|–|—|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[apAP]\.?[mM]\.?)?\s*(?:[:|–—-]\s*)?(?:[^\n]*?(?:with|[:|–—-])\s+)?(${PERSON})\b`,
      "gmu",
    ),
);
// A session name, then who runs it and their title at the end of the row.
// Two people sharing a session need no title ("Case study Mariana Lugo and Iker Bravo").
const AGENDA_ROW_PERSON_LAST = lazily(
  () =>
    new RegExp(
      String.raw`^[ \t\-*•]*\d{1,2}(?:[:.]\d{2})?\s*(?:[apAP]\.?[mM]\.?)?\s*(?:-|–|—|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[apAP]\.?[mM]\.?)?[ \t][^\n]*?(?<![\p{L}])(?:(${PERSON}),[ \t]+[\p{Lu}][^\n,]*|(${PERSON}(?:[ \t]+(?:and|und|et|y|en|&)[ \t]+${PERSON})+)[ \t]*)$`,
      "gmu",
    ),
);
// An HTML table read as text: the label cell, a tab, then one person per row until a blank line
// ("Interviewers\tKenji Morimoto, Design Director\nAiko Hirano, Staff Product Designer").
const LABEL_CELL_BLOCK = lazily(
  () =>
    new RegExp(
      String.raw`^[ \t]*(?:${PEOPLE_LABELS}|Who|With)\t+[ \t]*(${PERSON}[^\n]*(?:\n(?![ \t]*\n)[^\n]*){0,7})`,
      "gmu",
    ),
);
// The sender says they themselves will talk with the owner ("I'd love to chat", "speak with me").
const SENDER_TALKS =
  /\b(?:(?:(?<!\b(?:check|touch|contact)\s)with|(?<!\b(?:reply|out|back|write|email|respond)\s)to) me\b(?!\s+(?:last|yesterday|earlier|before)\b)(?![^\n]{0,30}\b(?:done|completed|held|finished)\b)|(?:met mij|mit mir|avec moi)\b(?!-)|and myself\b|(?:with|met|mit|avec) [^.\n]{1,60}\b(?:and|en|und) (?:me|mij|mir)\b|y conmigo\b|and I(?:'ll| will) (?:run|lead|join|host|conduct|do|be (?:running|leading|joining|there|on))\b|et moi(?:-même)?\b|und ich selbst\b|y yo mism[oa]\b|en ikzelf\b|I(?:'d| would)(?: love| like)? to (?:chat|talk|speak|meet)|I(?:'d| would) (?:love|like) to (?:set up|schedule|book|arrange|have) an? [^.]{0,40}?(?:conversation|chat|call)\b|I(?:'ll| will) be (?:interviewing|speaking|chatting|meeting)|(?:chat|talk|speak|meet) with you myself)/i;
// The writer ends the list of people the owner meets: "Dana Li and I", "Paul Roy, directeur
// Données, ainsi que moi-même", "Adam Zieliński (Head of Product) oraz ja", "... och jag", "... e eu".
const WRITER_JOINS =
  /^,?\s+(?:and (?:I|me|myself)|as well as (?:me|myself)|und ich|sowie ich|ainsi que moi(?:-même)?|et moi(?:-même)?|y yo|en ik|e eu|och jag|og jeg|oraz ja|i ja)(?![\p{L}])/u;
const NOT_A_PERSON =
  /\b(?:Time|Standard|Daylight|Eastern|Pacific|Mountain|Team|Talent|Recruiting|Recruitment|Careers?|Calendar|Hiring|Interviews?|Room|Zoom|Teams|Meet|Office|Building|Floor|Inc|Ltd|LLC|GmbH|Group|Partners|Labs|Health|Software|Systems|Media|Engineer(?:ing)?|Manager|Director|Officer|Lead|Head|President|Recruiter|Designer|Analyst|Scientist|Architect|Consultant|Specialist|Coordinator|Founder|Principal|Senior|Staff|Producer|Executive|Chief|Developer|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// Places written like names ("Mexico City", "Cape Town", "San Francisco"): where, never who.
const PLACE_NAME =
  /\b(?:City|Town|Street|Avenue|Road|Plaza|Campus|Airport|Station|Square)\b|^(?:New|San|Santa|Los|Las|Buenos|Tel|Kuala|Hong|Abu|Rio|Sao|São|Costa|Puerto|Sri|South|North|United)\s/;

function cleanNames(list: string): string[] {
  return list
    .replace(/\([^)]*\)/g, "")
    .split(new RegExp(`,?\\s+(?:${AND_WORDS})\\s+|,\\s*|\\s*&\\s*`))
    .map((n) => n.trim().replace(/\s+(?:our|the|a|an|who|from)\s.*$/u, ""))
    .filter((n) => PERSON_ONLY().test(n));
}

// "Dr. Pieter van Zyl": titles of address are not part of the name.
const HONORIFIC = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dra|Sr|Sra|Mme|M|Herr|Frau|Dhr|Mevr)\.?\s+/u;
const withoutHonorific = (name: string) => name.replace(HONORIFIC, "");
// "Frau Dr. Katrin Vogel", "Herr Jonas Albers", "Dr. Asha Rao": the title's dot would end the name
// too early ("Frau Dr"), so titles before a name are dropped from the text the names are read in.
const TITLES_BEFORE_NAME =
  /(?<![\p{L}])(?:(?:Herr|Frau|Dhr|Mevr)\.?[ \t]+(?:(?:Dr|Prof)\.?[ \t]+)?|(?:Mr|Mrs|Ms|Mx|Sr|Sra)\.[ \t]+(?:(?:Dr|Prof)\.?[ \t]+)?|(?:Dr|Prof|Dra|Lic|Lcda|Lcdo)\.[ \t]+|(?:(?:[Ll]a|[Ii]l|[Ll]o)[ \t]+|[Ll]['’])?(?:[Dd]ott\.(?:ssa)?|[Dd]r\.ssa|[Ii]ng\.|[Aa]vv\.|[Pp]rof\.(?:ssa)?)[ \t]+)(?=\p{Lu}\p{Ll})/gu;
export const withoutTitlesBeforeNames = (text: string) => text.replace(patternFor(TITLES_BEFORE_NAME, text), "");

export interface InterviewerContext {
  /** The employer's name: never an interviewer. */
  employer: string | null;
  /** The person who wrote: an interviewer only when they say they will talk with the owner. */
  sender: Party | null;
}

/** People the owner will meet: calendar attendees other than the owner, else those the text names. */
export function interviewersOf(facts: MailFacts, context: InterviewerContext): string[] {
  const owners = new Set(facts.ownerAddresses.map((a) => a.toLowerCase()));
  const company = context.employer ? foldName(context.employer) : null;
  const isPerson = (name: string) =>
    PERSON_ONLY().test(name) &&
    !NOT_A_PERSON.test(name) &&
    !PLACE_NAME.test(name) &&
    (!company || foldName(name) !== company);
  const fromCalendar = (facts.calendar?.attendees ?? [])
    .filter((a) => !owners.has(a.address) && !isRobotAddress(a.address) && !isSharedMailbox(a.address))
    .map((a) => withoutHonorific(a.name.replace(/\s*\([^)]*\)\s*$/, "").trim()))
    .filter(isPerson);
  const text = withoutTitlesBeforeNames(`${facts.body.slice(0, 20_000)}\n${facts.calendar?.description ?? ""}`);
  const senderName = context.sender?.name?.trim() ?? "";
  // Names wrapped over two lines ("with their CTO, Farhan\nQureshi") read in the joined text too.
  const both = `${text}\n${joinWrappedLines(text)}`;
  const listed = [...both.matchAll(patternFor(NAMED(), both))];
  const senderJoins =
    PERSON_ONLY().test(senderName) &&
    listed.some((m) => WRITER_JOINS.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40)));
  if (fromCalendar.length > 0) {
    // The organiser sends the invite; they sit on the panel when the text says so ("Deepak and I will run it").
    const organizer = facts.calendar?.organizer;
    const organizerName = organizer ? withoutHonorific(organizer.name.trim()) : "";
    if (
      organizer &&
      !owners.has(organizer.address) &&
      isPerson(organizerName) &&
      // "Mei Takahashi will join me": whoever she joins is on the call too.
      (SENDER_TALKS.test(facts.body.slice(0, 5000)) ||
        (MAY_JOIN_WRITER.test(text) && [...text.matchAll(patternFor(JOINS_WRITER(), text))].length > 0))
    )
      fromCalendar.unshift(organizerName);
    // The writer who ends the list of people met joins too ("ainsi que moi-même", "oraz ja").
    else if (senderJoins && isPerson(senderName)) fromCalendar.push(senderName);
    return completeInterviewers(facts, { isPerson, senderName, found: fromCalendar, fromCalendar: true });
  }

  const names: string[] = [];
  for (const m of listed) names.push(...cleanNames(m[1] ?? ""));
  for (const m of LABEL_THEN_LINE.test(text) ? text.matchAll(patternFor(LABEL_BLOCK(), text)) : []) {
    for (const line of (m[1] ?? "").split("\n")) {
      const person = LEADING_PERSON().exec(line)?.[1];
      if (person) names.push(person);
    }
  }
  for (const m of text.matchAll(patternFor(AGENDA_LINE(), text))) names.push(...cleanNames(m[1] ?? ""));
  // A table row read as text: "11:30 - 12:15 (14:00 - 14:45 SGT) Leadership Wei Jie Lim, VP Engineering".
  if (names.length === 0) {
    const rows = withoutBracketedClocks(text);
    for (const m of rows.matchAll(patternFor(AGENDA_ROW_PERSON_LAST(), rows)))
      names.push(...(m[1] ? [m[1]] : cleanNames(m[2] ?? "")));
  }
  for (const m of text.includes("\t") ? text.matchAll(patternFor(LABEL_CELL_BLOCK(), text)) : []) {
    for (const line of (m[1] ?? "").split("\n")) {
      const person = LEADING_PERSON().exec(line)?.[1];
      if (!person) break;
      names.push(person);
    }
  }
  // "Ravi Chandran from our operations team will join me": both the writer and that person take part.
  let joinsWriter = false;
  for (const m of MAY_JOIN_WRITER.test(text) ? text.matchAll(patternFor(JOINS_WRITER(), text)) : []) {
    names.push(m[1] ?? m[2] ?? "");
    joinsWriter = true;
  }
  const senderTalks = PERSON_ONLY().test(senderName) && (joinsWriter || SENDER_TALKS.test(facts.body.slice(0, 5000)));
  if (senderTalks) names.unshift(senderName);
  else if (senderJoins) names.push(senderName);
  // completeInterviewers drops the owner's own name ("jo.doe@" -> "Jo Doe") from all it returns.
  const found = [...new Set(names)].filter(isPerson);
  return completeInterviewers(facts, { isPerson, senderName, found, fromCalendar: false });
}

// "... will join me", "on Teams, with me and Arjun Kapoor from planning", "it will be me and Haruto
// Sato": the writer and that person.
const JOINS_WRITER = lazily(
  () =>
    new RegExp(
      String.raw`\b(${PERSON})(?:\s+from\s+[^.,\n]{1,40}|,[^,.\n]{1,40},|\s*\([^)\n]{1,60}\))?\s+(?:will|'ll|can)\s+(?:also\s+)?join\s+me\b|\b(?:with|be|is|it's) me and (${PERSON})`,
      "gu",
    ),
);

// Words every match of JOINS_WRITER holds, and the end of a label line every LABEL_BLOCK has: a
// cheap test spares the name patterns' passes over a text without them.
const MAY_JOIN_WRITER = /join\s+me\b| me and /;
const LABEL_THEN_LINE = /:[ \t]*\n/;

// "Dana Li and I", "Dana Li (our VP) will join", "joined by Dana Li": who the employer brings to a call.
const CALL_PARTICIPANT = lazily(
  () =>
    new RegExp(
      String.raw`(?:\bjoined by\s+(${PERSON}))|(?:\b(${PERSON})(?:\s*\([^)\n]{1,60}\))?(?:,[^,.\n]{1,40},|,)?\s+(?:and I\b|(?:will|would (?:also )?(?:like|love) to) (?:also )?join(?:\s+(?:us|you|me|the call))?\s*[.,!;]|(?:will|would (?:also )?(?:like|love) to) (?:also )?be on the call))`,
      "gu",
    ),
);

const CALL_WORDS = /joined by|and I\b|(?:will|to) (?:also )?(?:join|be on the call)/;

/** The people a request to talk says will join the call, besides the writer. */
export function callParticipantsOf(facts: MailFacts, contactName: string | null): string[] {
  const text = facts.body.slice(0, 20_000);
  const names = new Set<string>();
  // Every match has one of these words: a cheap test spares the name pattern's pass over the text.
  const mayName = CALL_WORDS.test(text);
  for (const m of mayName ? text.matchAll(patternFor(CALL_PARTICIPANT(), text)) : []) {
    const name = (m[1] ?? m[2] ?? "").trim();
    if (name && name !== contactName) names.add(name);
  }
  for (const m of text.matchAll(patternFor(NAMED(), text))) {
    for (const name of cleanNames(m[1] ?? "")) if (name !== contactName) names.add(name);
  }
  return [...names].filter((n) => !NOT_A_PERSON.test(n)).slice(0, 6);
}
