// The job title: capitalised words ending in a title noun ("Senior Data Analyst"), with an
// optional specialisation after a comma when the sentence says it is the role ("Product Manager,
// Growth role"). Titles in role/position contexts beat bare mentions (a schedule's "Staff Engineer").
import type { MailFacts } from "../mail-facts";
import { type Features, logFeature as log } from "./evidence";
import { headFirstMatches } from "./head-first";
import { type Language, type TitleWords, unicodeBoundaries } from "./languages/cues";
import { ITALIAN_TITLES } from "./languages/it";
import { cuesOf } from "./languages/tables";
import { afterWordLiteral } from "./literal-start";
import { GERUND, localTitles, plainTitle, proseAfterTitleCase, WAY_OF_WORKING } from "./local-titles";
import { escapeRegExp } from "./regex-source";
import { isPlace } from "./title-places";

export interface RoleGuess {
  role: string | null;
  /** What the choice rests on: the features its calibrated confidence is computed from. */
  evidence: Features;
}

type Place = "body" | "quoted" | "subject";

// "Director of Revenue Management" before "Director": a subject's title ends at the next space
// otherwise, and "of" is part of the title there.
const HEAD =
  "(?:Director of [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|Engineer|Developer|Designer|Analyst|Manager|Scientist|Architect|Director|Lead|Recruiter|Consultant|Specialist|Administrator|Researcher|Writer|Editor|Accountant|Officer|Coordinator|Associate|Strategist|Technician|Programmer|Actuary|Auditor|Underwriter|Economist|Statistician|Controller|Counsel|Attorney|Paralegal|Nurse|Pharmacist|Therapist|Teacher|Instructor|Producer|Planner|Buyer|Copywriter|Illustrator|Representative|Generalist|Partner|President|Superintendent|Supervisor|Inspector|Surveyor|Geologist|Chemist|Modell?er|(?<=Product )Owner|Head of [A-Z][a-z]+(?: [A-Z][a-z]+)?|VP(?: of)? [A-Z][a-z]+|[SE]?VP(?=, [A-Z])|SRE|SWE|SDE|T?PM|Intern)";
// Capitalised, or a product word with a lower-case prefix ("iOS", "eCommerce", "macOS").
// A lone "&" joins two title words ("Financial Planning & Analysis Manager").
const WORD = "(?:(?:[A-Z]|[a-z]{1,3}(?=[A-Z]))[A-Za-z0-9&/+.-]*|&(?= [A-Z]))";
// A requisition id in parentheses: "(R-0048213)", "(Req ID 2026-1187)", "(Job #4411)".
const REQ = String.raw`\((?:(?:Req(?:uisition)?|Job|Ref)\.?(?: ?(?:ID|No\.?|#))?:? ?#?)?(?:[A-Z]{1,4}-?)?\d[\d-]{2,}\)`;
// A level after the noun is part of the title: "Supply Chain Analyst II", "Software Engineer 3",
// Brazilian "Product Manager Pleno".
// A ladder level ("Software Engineer L5", "Staff Engineer IC6") may be wrapped onto the next line.
const LEVEL =
  "(?:(?: (?:I{1,3}|IV|[1-5]|Pleno|Sênior|Júnior)|\\s(?:L|IC)[1-9])\\b(?!['’]|\\s+(?:years?|months?|weeks?|days?|rounds?|interviews?)\\b))?";
// A gender tag between a title and "position" ("Engineering Manager – Payments (w/m/d) position").
const GENDER_TAG = String.raw`\((?:[mwfdxhv](?:\/[mwfdxhv]){1,3}|all genders)\)`;
// A specialisation after a comma or dash is kept when the role word or a requisition id follows it.
const TITLE = `((?:${WORD} ){0,5}${HEAD}${LEVEL}(?:(?:, | [-–—] )(?:${WORD} ?){1,3}(?=\\s+(?:${GENDER_TAG}\\s+)?(?:role|position|opening|team|process|interview|offer|hire|vacancy|opportunity|job)\\b|\\s+(?:at|with)\\s+[A-Z]|\\s*${REQ}))?)`;
// A subject part that is a title and its specialisation, a title in a subject segment, a whole
// requisition id: built once, not per subject part.
const SPECIALISED_SUBJECT = new RegExp(
  `(?:^|\\s)((?:${WORD} ){0,5}${HEAD}${LEVEL}, (?:${WORD} ?){1,3}?)(?: \\([^()]{1,40}\\))?(?: (?:at|with) [A-Z].*)?$`,
);
const BRACKETED_SUBJECT_TITLE = new RegExp(
  `\\(((?:${WORD} ){0,5}${HEAD}${LEVEL}(?:, | [-–—] )(?:${WORD} ?){1,3}?)\\)\\s*$`,
);
// A subject part that is capitalised words and a gender tag ("Product Owner Imaging (m/w/d)").
const TAGGED_SUBJECT_TITLE = new RegExp(`^((?:${WORD} ){1,6}${WORD}) ${GENDER_TAG}$`);
// The stack or platform written after a title's noun, which English titles put first ("Backend Tech
// Lead") and mail elsewhere after it ("Tech Lead Backend", "Developer Java").
const TECH_AREA =
  "(?:Backend|Back-[Ee]nd|Frontend|Front-[Ee]nd|Full-?[Ss]tack|Mobile|iOS|Android|Web|Cloud|Platform|Infrastructure|Security|DevOps|Embedded|Firmware|Java|Python|Golang|Rust|Kotlin|Swift|TypeScript|JavaScript|PHP|Ruby|Scala|SAP|Salesforce)";
const AREA_SUBJECT_TITLE = new RegExp(`^((?:${WORD} ){0,5}${HEAD}${LEVEL} ${TECH_AREA}(?: ${TECH_AREA})?)$`);
const HEAD_IN_RUN = new RegExp(`\\b${HEAD}\\b`);
// "Acme Robotics (Firmware Engineer II)": a title in parentheses too.
const SUBJECT_TITLE = new RegExp(`(?:^|\\s|\\()${TITLE}(?=\\s|$|\\(|\\))`);
const WHOLE_REQ = new RegExp(`^${REQ}$`);
// A title whose dash or comma specialisation runs to the end of the clause.
// "Senior Hydrologist - Dams, Perth WA (Job Req ID 1234)": a place and its state code end it too.
const PLACE_WITH_CODE = "(?:,| [-–—]) [A-Z][a-z]+(?: [A-Z][a-z]+)?,? [A-Z]{2,3}\\b(?![a-z])";
// "Inventory Analyst II – Distribution Center, West Jordan has moved to review": one or two
// capitalised words after a comma, then the sentence's verb, are the place the job is in.
const PLACE_BEFORE_VERB = ", [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:is|has|was|will|remains)\\b";
// "Backend Engineer - Payments Core, Lisbon.": one or two capitalised words after a comma that end
// the sentence are the place the job is in.
const PLACE_ENDS_SENTENCE = ", [A-Z][a-z]+(?: [A-Z][a-z]+)?[.!?](?:\\s|$)";
const TITLE_TO_CLAUSE_END = `((?:${WORD} ){0,5}${HEAD}${LEVEL}(?:(?:, | [-–—] )(?:${WORD} ?){1,3}(?=\\s+(?:is|has|was|will|on|at|in|within|based|reporting|starting|next|this|tomorrow|today|yesterday|with|for|to)\\b|[.;:!?\\n]|,\\s+[a-z]|\\s+\\(|${PLACE_WITH_CODE}|${PLACE_BEFORE_VERB}|${PLACE_ENDS_SENTENCE}|$))?)`;
// The line ends there, or the next line (joined to it as prose) starts with the date or hour.
const STAGE_LINE_END = "(?=[ \\t]*(?:$|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\d))";
// A title that ends its line, with the specialisation written after a comma before the line end
// ("Case Interview - Senior Consultant, Risk Advisory"); places and arrangements are cut off later.
// ... or the stage's length in parentheses after it: "second interview (45 min)".
const DURATION_END = "(?=[ \\t]*\\(\\d{1,3} ?min(?:utes)?\\)[ \\t]*$)";
const LINE_OR_DURATION_END = `(?:${STAGE_LINE_END}|${DURATION_END})`;
const TITLE_TO_LINE_END = `((?:${WORD} ){0,5}${HEAD}${LEVEL}(?:, (?:${WORD}[ \\t]?){1,3}${LINE_OR_DURATION_END})?)`;
// A calendar description's first sentence ends there too: "Backend Engineer, Payments Risk - technical round. We will".
const STAGE_OR_SENTENCE_END = `(?:${STAGE_LINE_END}|(?=\\.(?:[ \\t]|$)))`;
// A booking page's label before the line that names the service booked.
const BOOKING_LABEL = "(?:(?:Service|Appointment|Booking|Event)[ \\t]*:[ \\t]*)?";
const STAGE_OR_DURATION_END = `(?:${STAGE_OR_SENTENCE_END}|${DURATION_END})`;
// The stage a booking line names after a title ("Technical interview", "Hiring manager chat").
const STAGE_WORD =
  "(?:[Ii]nterview|[Ss]creen(?:ing)?|[Cc]all|[Rr]ound|[Oo]nsite|[Cc]hat|[Cc]onversation|[Pp]anel|[Rr]eview|[Aa]ssessment)";
// A graduate scheme's year in a title's parenthesis: "(2026 intake)", "(2027 cohort)".
const COHORT_SOURCE = "(?:19|20)\\d{2}(?:/\\d{2,4})? (?:intake|cohort|programme|program|graduates?|entry)";
const COHORT = new RegExp(`^${COHORT_SOURCE}$`);
const OFFER_HEADING = "(?:Letter of Offer|Offer Letter|Offer of Employment|Employment Offer)";
// "has just opened a Product Designer II role": a role named as opened or new ...
const OPENED_ROLE = new RegExp(
  `\\b(?:opened|opening up|open up|new|another|different) (?:a |an |the |our )?${TITLE}\\s+(?:role|position|opening|vacancy)\\b`,
  "g",
);
// ... in a message that says an earlier one went no further ("we didn't move forward for the Senior
// Product Designer opening"): the newest role wins.
const PASSED_OVER_ROLE = new RegExp(
  `\\b(?:didn['’]t|did not|won['’]t|will not|weren['’]t|were not|not) (?:move|moving|go|going|proceed|proceeding) (?:forward|ahead)? ?(?:for|with) (?:the |your )?(?:application for (?:the )?)?${TITLE}`,
  "g",
);

/** A title the text says went no further loses to another it names as opened or new. */
function newestRoleWins(scores: Map<string, number>, text: string): void {
  if (!/\b(?:opened|open up|new|another|different) /.test(text)) return;
  const named = (pattern: RegExp) =>
    [...text.matchAll(pattern)].map((m) => (m[1] ? tidy(m[1]) : null)).filter((t): t is string => !!t && scores.has(t));
  const opened = named(OPENED_ROLE);
  if (opened.length === 0) return;
  for (const passed of named(PASSED_OVER_ROLE)) {
    const newer = opened.find((title) => title !== passed && !title.startsWith(passed) && !passed.startsWith(title));
    if (newer) scores.set(passed, Math.min(scores.get(passed) ?? 0, (scores.get(newer) ?? 0) - 1));
  }
}

// Each context with its points and words every match of it holds, tried first: a context whose
// words the text lacks is not run (its title part is tried at every capitalised word).
const CONTEXTS: [RegExp, number, RegExp][] = [
  [
    new RegExp(
      `${TITLE}\\s+(?:${REQ}\\s+|${GENDER_TAG}\\s+)?(?:role|position|opening|job|opportunity|vacancy|process|interview process|hiring process|hiring team|offer|hire)\\b`,
      "g",
    ),
    4,
    /\b(?:role|position|opening|job|opportunity|vacancy|process|hiring team|offer|hire)\b/,
  ],
  [new RegExp(`\\b(?:position|role) of (?:the )?${TITLE}`, "g"), 4, /\b(?:position|role) of /],
  // "the position of Manager, Analytics Engineering, reporting to ...": the specialisation runs to the clause end.
  [new RegExp(`\\b(?:position|role|post) of (?:the )?${TITLE_TO_CLAUSE_END}`, "g"), 4, /\b(?:position|role|post) of /],
  // An offer letter's "a full-time, permanent position as Senior Product Analyst, Member Insights,
  // reporting to ...". Not "role as", which a sender writes of their own job ("in my role as ...").
  [
    new RegExp(`\\b(?:position|post|employment) as (?:the |a |an |our )?${TITLE_TO_CLAUSE_END}`, "g"),
    3,
    /\b(?:position|post|employment) as /,
  ],
  // "the Engineering Manager (Fleet Platform) role": the parenthesis is written inside the title.
  // "the Graduate Analyst (2027 intake) role": so is a graduate scheme's year.
  [
    new RegExp(
      `${TITLE.slice(0, -1)} \\((?:[A-Z][A-Za-z0-9&/+. -]{1,28}|${COHORT_SOURCE})\\))\\s+(?:role|position|opening|job|vacancy)\\b`,
      "g",
    ),
    4,
    /\b(?:role|position|opening|job|vacancy)\b/,
  ],
  // A stage line of a booking: "Portfolio review - Senior Product Designer", "Case Interview -
  // Senior Consultant, Risk Advisory" (the line ends with the title, so its comma part is its own).
  [
    new RegExp(
      `^[ \\t]*${BOOKING_LABEL}(?:[A-Za-z][\\w-]* ){0,3}(?:[Ii]nterview|[Rr]eview|[Ss]creen|[Cc]all|[Rr]ound|[Oo]nsite|[Cc]hat|[Cc]onversation|[Pp]anel)(?:[ \\t]+[-–—|]|[ \\t]*:)[ \\t]+${TITLE_TO_LINE_END}${LINE_OR_DURATION_END}`,
      "gm",
    ),
    3,
    /(?:[Ii]nterview|[Rr]eview|[Ss]creen|[Cc]all|[Rr]ound|[Oo]nsite|[Cc]hat|[Cc]onversation|[Pp]anel)(?:[ \t]+[-–—|]|[ \t]*:)/,
  ],
  // A title line followed by its stage: "Senior QA Engineer (f/m/x) – Technical interview". A
  // booking page labels the line ("Service: Actuarial Analyst II - second interview (45 min)").
  [
    new RegExp(
      `^[ \\t]*${BOOKING_LABEL}((?:${WORD} ){0,5}${HEAD}${LEVEL}(?:, (?:${WORD} ?){1,3}?)?)(?:[ \\t]+${GENDER_TAG})?[ \\t]+[-–—|][ \\t]+(?:[A-Za-z][\\w-]* ){0,2}${STAGE_WORD}${STAGE_OR_DURATION_END}`,
      "gm",
    ),
    3,
    new RegExp(`[-–—|][ \\t]+(?:[A-Za-z][\\w-]* ){0,2}${STAGE_WORD}${STAGE_OR_DURATION_END}`, "m"),
  ],
  // A stage named after the title: "your Senior Gameplay Engineer phone screen".
  [
    new RegExp(
      `\\b(?:[Yy]our|[Tt]he) ${TITLE} (?:(?:phone|video|technical|final|first[- ]round|second[- ]round|panel|onsite|hiring manager) )?(?:screen|interview|onsite|call|conversation|loop|assessment|take-home)\\b`,
      "g",
    ),
    3,
    /(?:screen|interview|onsite|call|conversation|loop|assessment|take-home)\b/,
  ],
  // "Your interview for Product Design Lead — Mobile is confirmed": a dash specialisation ends the clause.
  [new RegExp(`\\binterview for (?:the )?${TITLE_TO_CLAUSE_END}`, "g"), 3, /\binterview for /],
  // "Your interview with Kumoriya Labs for ...", "the final round for ...": a stage of the process.
  [
    new RegExp(
      `\\b(?:interview with (?:[A-Z][\\w&'.-]*\\s?){1,4}|(?:final|next|first|second|last) (?:round|stage) )for (?:the )?${TITLE_TO_CLAUSE_END}`,
      "g",
    ),
    3,
    /\binterview with |\b(?:round|stage) for /,
  ],
  // "moving forward in the process for Staff Software Engineer, Infrastructure!"
  [
    // "Your virtual onsite for Staff Engineer, Infrastructure at ...", "your interview loop for ...",
    // "your panel for Senior Product Manager – Carrier Platform has been moved",
    // the owner's "I accept the offer for Staff Engineer, Ledger Platform.".
    // A chatbot's "Thanks for applying for Regional Buyer – Andean Region, based in Lima."
    new RegExp(
      `\\b(?:(?:process|application|candidacy|onsite|panel|loop|offer|applying|applied) for|(?:applying|applied) to) (?:the )?${TITLE_TO_CLAUSE_END}`,
      "g",
    ),
    3,
    /\b(?:(?:process|application|candidacy|onsite|panel|loop|offer|applying|applied) for|(?:applying|applied) to) /,
  ],
  [new RegExp(`\\b(?:for|as) (?:the|a|an|our) ${TITLE}`, "g"), 2, /\b(?:for|as) (?:the|a|an|our) /],
  // "We'd love to have you join as Senior Data Engineer, Clinical Data Platform."
  [
    // "our offer to join Halden as Growth Lead": the company's name may stand between.
    new RegExp(
      `\\b(?:join|joining) (?:us |the team |(?:[A-Z][\\w&'’.-]* ){1,3})?as (?:our |a |an |the )?${TITLE_TO_CLAUSE_END}`,
      "g",
    ),
    3,
    /\bjoin(?:ing)? /,
  ],
  [new RegExp(`\\b${TITLE}\\s*${REQ}`, "g"), 3, /\d[\d-]{2,}\)/],
  // An offer letter's heading: "Letter of Offer – Avionics Engineer – Flight Controls" on its own line.
  [
    new RegExp(
      `^[ \\t]*${OFFER_HEADING}[ \\t]*[-–—:][ \\t]*((?:${WORD} ){0,5}${HEAD}${LEVEL}(?:(?:, | [-–—] )(?:${WORD}[ \\t]?){1,3})?)[ \\t]*$`,
      "gm",
    ),
    4,
    new RegExp(OFFER_HEADING),
  ],
  // A labelled line ("Role: Senior Mobile Engineer (iOS)"), with a one-word specialisation kept; an
  // offer letter's table may put the value on the next line ("Position:" then the title), and a
  // letter's lines joined as prose may put the label after a sentence.
  [
    new RegExp(
      `(?:^|(?<=[.!?])[ \\t])[ \\t]*(?:[-*•·][ \\t]+)?(?:Role|Position|Job(?: title| [Rr]equisition)?|Title|Requisition|Offer of employment)[ \\t]*:(?:[ \\t]*\\n)?[ \\t]*(?:[A-Z]{1,4}-?\\d{3,}[ \\t]+)?(${TITLE_TO_CLAUSE_END.slice(1, -1)}(?: \\([A-Za-z][\\w+/.-]{0,15}\\))?)`,
      "gm",
    ),
    4,
    /(?:Role|Position|Job|Title|title|Requisition|requisition|employment)[ \t]*:/,
  ],
];

// After a comma in a subject these are work arrangements or places, not a specialisation.
const SUBJECT_NOT_SPECIALISATION =
  /, (?:Remote|Hybrid|On-?site|Contract|Full-?time|Part-?time|Permanent|Temporary|London|New York|Berlin|Paris|Toronto|Remote \w+|[A-Z]{2})\b/;

const NOT_TITLE_START =
  /^(?:The|A|An|Our|Your|My|Hi|Dear|Re|Fw|Fwd|Offer|Aanbod|Angebot|Offre|Oferta|Interview|Thank|Thanks|Update|Next)\s+/;

// "Staff Data Engineer, Network Optimization. You will report": a full stop after a word (not an
// abbreviation's "Sr." or "Inc.") ends the sentence, and the title with it.
const SENTENCE_END = /(?<=\p{Ll}{3})\.\s/gu;

function tidy(raw: string): string | null {
  // "... for Lead Data Scientist, Fraud." at a text's end: the full stop ends the sentence.
  let title = raw
    .trim()
    .replace(/\s+/g, " ")
    .replace(/(?<=\p{Ll}{3})\.$/u, "");
  for (const end of title.matchAll(SENTENCE_END)) {
    if (ANY_HEAD.test(title.slice(0, end.index))) {
      title = title.slice(0, end.index);
      break;
    }
  }
  for (let i = 0; i < 3 && NOT_TITLE_START.test(title); i += 1) title = title.replace(NOT_TITLE_START, "");
  if (title.length < 4 || title.length > 90) return null;
  // A bare "Recruiter" is who writes ("Recruiter screen", "Recruiter: Dana"), not the job.
  if (/^(?:Recruiter|Hiring Manager)$/.test(title)) return null;
  // "(Remote)", "(m/w/d)", "(UK)" after a title label the ad, not the job.
  const paren = /^(.*\S) \(([^()]+)\)$/.exec(title);
  const inner = paren?.[2]?.trim() ?? "";
  if (paren?.[1] && (labelsTheAd(inner) || PLACE_CODE.test(inner) || (/\d/.test(inner) && !COHORT.test(inner))))
    return paren[1];
  return title;
}

// A capitalised title with at least one word before its noun ("Engineering Manager", "Product Manager").
const TITLE_SHAPED = new RegExp(`(?:^|[\\s(])(?:${WORD} ){1,5}${HEAD}\\b`);

/** The text names a job title ("Next step (Engineering Manager – Payments)"): it is about a job. */
export function namesJobTitle(text: string): boolean {
  return TITLE_SHAPED.test(text);
}

// Every context holds a title, and every title its noun: a text without one has no title to find,
// which one pass for the noun says more cheaply than the contexts (each tried at every position).
const ANY_HEAD = new RegExp(HEAD);
const ANY_HEAD_WORD = new RegExp(`^${HEAD}$`);
// The contexts that open with a title's words and noun are read from the nouns (head-first.ts).
const HEADS = new RegExp(HEAD, "g");
const TITLE_OPENING = new RegExp(`(?:${WORD} ){0,5}${HEAD}`).source;
const HEAD_FIRST = new Set(
  CONTEXTS.map(([pattern]) => pattern).filter(
    (pattern) => pattern.source.startsWith(`(${TITLE_OPENING}`) || pattern.source.startsWith(`\\b(${TITLE_OPENING}`),
  ),
);

/** The contexts read from their nouns and the nouns' pattern, for tests of head-first.ts. */
export function headFirstContexts(): { patterns: RegExp[]; heads: RegExp } {
  return { patterns: [...HEAD_FIRST], heads: HEADS };
}

function collect(
  text: string,
  base: number,
  scores: Map<string, number>,
  seen: Map<string, Set<Place>>,
  place: Place,
): void {
  if (!ANY_HEAD.test(text)) return;
  for (const [pattern, points, needs] of CONTEXTS) {
    if (!needs.test(text)) continue;
    const matches = HEAD_FIRST.has(pattern) ? headFirstMatches(text, pattern, HEADS) : text.matchAll(pattern);
    for (const m of matches) {
      const title = m[1] ? tidy(m[1]) : null;
      if (title) {
        scores.set(title, (scores.get(title) ?? 0) + points + base);
        seen.set(title, (seen.get(title) ?? new Set<Place>()).add(place));
      }
    }
  }
}

/**
 * "Senior Product Designer, Lanternfish Labs": what follows the comma is the sender's company, a
 * name the text uses on its own ("my client, Signal"), or the text writes the title without it.
 */
const SALES_REGION = /^(?:APAC|APJ|EMEA|LATAM|NA|NAM|AMER|AMERICAS|ANZ|DACH|Nordics|Benelux|MENA|SEA|ASEAN|UK&I|UKI)$/;

function notPartOfTitle(title: string, facts: MailFacts): boolean {
  const written = title.slice(title.lastIndexOf(",") + 1).trim();
  const after = fold(written);
  // A sales region is the job's territory wherever else the text names it ("our APAC leadership").
  if (after.length < 3 || SALES_REGION.test(written)) return false;
  const bare = title.slice(0, title.lastIndexOf(","));
  // "the Data Platform team" names the specialisation again, not a company.
  // Another title's specialisation ("Engineering Manager, Risk Platform" in the signature) names a
  // team, which is what a specialisation is, not a company.
  // "our Risk Advisory practice", "the Tax Technology group": a unit of the company, as a team is.
  // "our Engineering Manager for the Risk Platform": with an article or "our" before it, a name is
  // a unit of the company too (a company is written bare: "my client, Signal").
  // "Finn (Head of Live Ops)", "Director of Network Planning": what someone heads is a unit too.
  const standalone = new RegExp(
    `(?<!${escapeRegExp(bare)}, )(?<!${HEAD}, )(?<!\\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir) )(?<!\\b(?:Head|Director|VP|Vice President|Manager|Lead) of )\\b${escapeRegExp(written)}\\b(?! ${UNIT_NOUN}\\b)`,
  );
  // The message's own text writes the title without it: "the Senior Product Designer role".
  const writtenBare = new RegExp(`\\b${escapeRegExp(bare)}\\b(?!,)`);
  if (standalone.test(`${facts.body}\n${facts.quoted}`) || writtenBare.test(`${facts.body}\n${facts.quoted}`))
    return true;
  const parties = [facts.from, ...facts.replyTo, ...facts.to, ...facts.cc];
  return parties.some(
    (p) => !!p && (fold(p.name).includes(after) || fold(p.address.split("@")[1] ?? "").includes(after)),
  );
}

// What a company calls a part of itself: the words after a specialisation named on its own.
const UNIT_NOUN =
  "(?:team|teams|practice|group|department|unit|division|function|squad|tribe|org|organi[sz]ation|business|pod|chapter|line)";

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

// "the Dataanalytiker, Kundtjänst role": a title with no English title noun, named only by the word
// after it. Read when nothing else names a title; never a party's own name ("the Acme role").
const BEFORE_ROLE_WORD =
  /\b(?:for|on|in) the ((?:\p{Lu}[\p{L}\p{N}-]*)(?: [\p{Lu}\p{N}][\p{L}\p{N}-]*){0,3}(?:, \p{Lu}[\p{L}\p{N}-]*(?: [\p{Lu}][\p{L}\p{N}-]*){0,2})?) (?:role|position)\b/u;

function namedBeforeRoleWord(facts: MailFacts): string | null {
  const m = BEFORE_ROLE_WORD.exec(facts.body.slice(0, 20_000));
  const title = m?.[1] ? tidy(m[1]) : null;
  // Only what reads as a title in another language: a specialisation after a comma or a letter
  // English never writes. "the Pricing position" names a team, not a title.
  if (!title || !/,|[^ -~]/.test(title)) return null;
  const folded = fold(title.split(",")[0] ?? "");
  const parties = [facts.from, ...facts.replyTo, ...facts.to, ...facts.cc];
  const isParty = parties.some(
    (p) => !!p && (fold(p.name).includes(folded) || fold(p.address.split("@")[1] ?? "").includes(folded)),
  );
  return isParty ? null : title;
}

/** The title is wholly a party's name or a label of its domain ("Cala Blava" for calablava.es). */
function isPartyName(title: string, facts: MailFacts): boolean {
  const folded = fold(title);
  if (folded.length < 4) return false;
  return [facts.from, ...facts.replyTo, ...facts.to, ...facts.cc].some(
    (p) =>
      !!p && (fold(p.name) === folded || (p.address.split("@")[1] ?? "").split(".").some((l) => fold(l) === folded)),
  );
}

// A line's label naming a course, training or seminar (in the languages read), then its name.
const COURSE_LABEL =
  "(?:^|\\n)[ \\t]*(?:Course|Training|Workshop|Seminar|Webinar|Bootcamp|Certification|Formation|Cours|Kurs|Schulung|Weiterbildung|Curso|Formación|Capacitación|Cursus|Opleiding)[ \\t]*:[ \\t]*";

// The English words around such a title: it starts after them and ends before them.
const ENGLISH_FRAME: TitleWords = {
  before: "(?!)",
  stops:
    "for|as|the|a|an|to|at|with|your|our|my|and|thank|thanks|you|about|re|fwd|fw|application|role|position|job|offer|on|in|from|interview|interviews|screen|call|update|next|steps?",
};

// Languages whose title nouns an English mail's subject may quote (and Italian, which has a title
// table only); their nouns that are English words too ("Product", "Head") start no such title.
const SUBJECT_TITLE_LANGUAGES: Language[] = ["fr", "es", "pt"];
const ENGLISH_WORD_HEAD = /^(?:Product|Head|Consultant|Assistant|Architect|Director|Supervisor|Technician)$/;

/** `employer`, when known, is never the title (a last-resort reading may name the company). */
export function extractRole(facts: MailFacts, language: Language = "en", employer: string | null = null): RoleGuess {
  const scores = new Map<string, number>();
  const seen = new Map<string, Set<Place>>();
  const inSubject = (title: string) => seen.set(title, (seen.get(title) ?? new Set<Place>()).add("subject"));
  collect(facts.body.slice(0, 30_000), 1, scores, seen, "body");
  collect(facts.quoted.slice(0, 30_000), 0, scores, seen, "quoted");
  // Other languages mark titles their own way (gender tags, "poste de"): local-titles.ts.
  const words = cuesOf(language)?.titles;
  if (words)
    for (const [title, points] of localTitles(facts, words)) {
      // "la oferta de Cala Blava" to jordi@calablava.es: the company a context word names, not a title.
      if (isPartyName(title, facts)) continue;
      scores.set(title, (scores.get(title) ?? 0) + points);
      const places = seen.get(title) ?? new Set<Place>();
      if (facts.subject.includes(title)) places.add("subject");
      if (facts.body.includes(title)) places.add("body");
      if (facts.quoted.includes(title)) places.add("quoted");
      if (places.size === 0) places.add("body");
      seen.set(title, places);
    }
  // "Next step: system design (Engineering Manager – Payments Core)": a title in a closing
  // parenthesis keeps its dash or comma specialisation (the split below would cut it).
  const bracketed = BRACKETED_SUBJECT_TITLE.exec(facts.subject)?.[1];
  const inBrackets = bracketed ? tidy(bracketed) : null;
  if (inBrackets && !notPartOfTitle(inBrackets.replace(/ [-–—] /, ", "), facts)) {
    scores.set(inBrackets, (scores.get(inBrackets) ?? 0) + 3);
    inSubject(inBrackets);
  }
  // Subjects are terse: any title-shaped run counts ("Thank you - Senior Data Platform Engineer onsite").
  for (const part of facts.subject.split(/\s+[-–—|:·]\s+|:\s+/)) {
    // A subject part that is a title and its specialisation ("Your application - Risk Analyst,
    // Treasury") keeps both; otherwise a comma separates things ("Analyst, London").
    // "Research Engineer, Inference at Parallax AI": the company after "at" is not the specialisation.
    // "Product Owner Imaging (m/w/d)": a gender tag labels the whole run of words before it a title.
    const taggedRun = TAGGED_SUBJECT_TITLE.exec(part.trim())?.[1];
    const tagged = taggedRun && HEAD_IN_RUN.test(taggedRun) ? tidy(taggedRun) : null;
    if (tagged) {
      scores.set(tagged, (scores.get(tagged) ?? 0) + 3);
      inSubject(tagged);
      continue;
    }
    const whole = SPECIALISED_SUBJECT.exec(part.trim());
    const specialised =
      whole?.[1] && !SUBJECT_NOT_SPECIALISATION.test(whole[1]) && !notPartOfTitle(whole[1], facts)
        ? tidy(whole[1])
        : null;
    if (specialised) {
      scores.set(specialised, (scores.get(specialised) ?? 0) + 2);
      inSubject(specialised);
      continue;
    }
    // "Backend Engineer (Go) - final round": a subject part that is wholly a title and a one-word
    // parenthesis writes the qualifier as part of the title (a language, a platform, a team).
    const qualified = qualifiedSubjectTitle(part.trim(), facts, employer);
    if (qualified) {
      scores.set(qualified, (scores.get(qualified) ?? 0) + 2);
      inSubject(qualified);
      continue;
    }
    // "Referencias – Tech Lead Backend": a subject part that is a title and its stack or platform.
    const area = AREA_SUBJECT_TITLE.exec(part.trim())?.[1];
    const withArea = area && !NOT_TITLE_START.test(area) ? tidy(area) : null;
    if (withArea) {
      scores.set(withArea, (scores.get(withArea) ?? 0) + 2);
      inSubject(withArea);
      continue;
    }
    for (const segment of part.split(/,\s+(?=[A-Z])/)) {
      const m = SUBJECT_TITLE.exec(segment);
      const title = m?.[1] ? tidy(m[1]) : null;
      if (title) {
        scores.set(title, (scores.get(title) ?? 0) + 2);
        inSubject(title);
      }
    }
  }
  // "Offer - Software Engineer II – Platform Reliability": a subject's last part after a title part.
  const dashed = dashQualifiedSubject(facts, employer);
  if (dashed) {
    scores.set(dashed, (scores.get(dashed) ?? 0) + 2);
    inSubject(dashed);
  }
  // "Thank you - interview for Analyste de données principal(e)": English mail naming a title in
  // another language, marked by its gender ending (a tag alone marks no such title: it may follow
  // a company's name); read from the subject when nothing else is.
  if (scores.size === 0 && !words)
    for (const [title, points] of localTitles(
      { ...facts, subject: plainTitle(facts.subject), body: "", quoted: "" },
      ENGLISH_FRAME,
    )) {
      scores.set(title, points);
      seen.set(title, new Set<Place>(["subject"]));
    }
  // "Re: Proposta de emprego – Analista Financeira Sénior", "Entretien – Ingénieur Logiciel Senior":
  // English mail answering or forwarding a subject whose part starts with another language's title
  // noun (an English one would have been read above).
  // Mail in another language read nothing either: Italian, which shares words with French, may be
  // taken for it ("Responsabile Marketing Digitale, Area Retail – prossimi passi").
  if (scores.size === 0) {
    const subjectOnly = { ...facts, body: "", quoted: "" };
    for (const table of [...SUBJECT_TITLE_LANGUAGES.map((language) => cuesOf(language)?.titles), ITALIAN_TITLES]) {
      if (!table?.heads) continue;
      // Only a title that starts with the language's noun: a gender tag alone may follow a company.
      const noun = new RegExp(`^(?:${table.heads})(?:[/(]|$)`, "u");
      for (const [title, points] of localTitles(subjectOnly, table)) {
        const first = title.split(" ")[0] ?? "";
        if (!noun.test(first) || ANY_HEAD_WORD.test(first) || ENGLISH_WORD_HEAD.test(first)) continue;
        if (employer && fold(title) === fold(employer)) continue;
        scores.set(title, Math.max(scores.get(title) ?? 0, points));
        seen.set(title, new Set<Place>(["subject"]));
      }
    }
  }
  if (scores.size === 0) {
    const named = namedBeforeRoleWord(facts);
    if (named && (!employer || fold(named.split(",")[0] ?? "") !== fold(employer))) {
      scores.set(named, 2);
      seen.set(named, new Set<Place>(["body"]));
    }
  }
  // "Formation : Certification Scrum Product Owner": a course the text labels as one, not a job.
  const text = `${facts.subject}\n${facts.body}\n${facts.quoted}`;
  for (const title of [...scores.keys()])
    if (new RegExp(`${COURSE_LABEL}${escapeRegExp(title)}`, "u").test(text)) scores.delete(title);
  if (scores.size === 0) return { role: null, evidence: {} };
  newestRoleWins(scores, `${facts.body.slice(0, 30_000)}\n${facts.quoted.slice(0, 30_000)}`);
  // A fuller title that contains a shorter one ("Lead Data Analyst, Customer Insights") takes its votes.
  const titles = [...scores.keys()];
  let contained = 0;
  for (const short of titles) {
    for (const long of titles) {
      if (long !== short && long.startsWith(short)) {
        scores.set(long, (scores.get(long) ?? 0) + (scores.get(short) ?? 0));
        scores.set(short, 0);
        seen.set(long, new Set([...(seen.get(long) ?? []), ...(seen.get(short) ?? [])]));
        // The shorter form is the same title: the longer one was preferred over it.
        contained += 1;
      }
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [title, points] of scores) {
    if (points > bestScore) {
      best = title;
      bestScore = points;
    }
  }
  if (!best) return { role: null, evidence: {} };
  const role = withSubjectQualifier(
    withWrittenQualifier(
      withWrittenArea(withoutParty(withoutPlace(best, text), facts, employer), text, facts, employer),
      text,
    ),
    facts,
  );
  const runnerUp = Math.max(0, ...[...scores].filter(([title]) => title !== best).map(([, points]) => points));
  const places = seen.get(best) ?? new Set<Place>();
  return {
    role,
    evidence: {
      top: log(bestScore),
      runnerUp: log(runnerUp),
      margin: log(bestScore - runnerUp),
      sources: places.size,
      quoted_only: places.size === 1 && places.has("quoted") ? 1 : 0,
      subject_only: places.size === 1 && places.has("subject") ? 1 : 0,
      // A shorter form of the title was written too: a specialisation was (or was not) kept.
      variants: contained > 0 ? 1 : 0,
      qualifier: role !== best ? 1 : 0,
      // The text writes a separator and capitalised words right after the title read: a qualifier
      // may have been cut off ("Staff Engineer" read, "Staff Engineer, Risk Platform" written).
      // Or one may have run on into the sentence ("Energieadviseur Zakelijk ingevuld").
      cut_qualifier:
        qualifierCutOff(role, text, namesOf(facts, employer), stopsOf(words)) || runsIntoProse(role, words) ? 1 : 0,
    },
  };
}

// Parentheses after a title that are about the job ad, not the job: arrangements, gender markers.
const NOT_A_QUALIFIER =
  /^(?:remote|hybrid|on-?site|contract|full-?time|part-?time|permanent|temporary|fixed-?term|[mwfdxhv](?:\/[mwfdxhv]){1,3}|all genders)$/i;
/** "(Remote)", "(m/w/d)", "(Remote, LATAM)": a parenthesis that is, or opens with, an ad's label. */
function labelsTheAd(inner: string): boolean {
  return NOT_A_QUALIFIER.test(inner) || NOT_A_QUALIFIER.test(inner.split(/\s*[-–,/]\s*|\s+/)[0] ?? "");
}
// "(NY)", "(UK)": a place code.
const PLACE_CODE = /^[A-Z]{2}$/;

/**
 * "Data Scientist" read where the letter writes "Data Scientist – Pricing Auto" and the subject
 * "Data Scientist Pricing Auto": the subject runs the qualifier on without the dash, so those words
 * are the title's, and the title is written as the letter writes it. One to three capitalised words.
 */
function withSubjectQualifier(title: string, facts: MailFacts): string {
  if (/[,–—)]/.test(title)) return title;
  const letter = `${facts.body}\n${facts.quoted}`;
  const [dashed] = afterWordLiteral(
    letter,
    title,
    ` ([–—-]) (\\p{Lu}[\\p{L}\\p{N}&'’-]*(?: \\p{Lu}[\\p{L}\\p{N}&'’-]*){0,2})(?![\\p{L}\\p{N}])`,
    "u",
  );
  const area = dashed?.[2];
  if (!dashed?.[1] || !area) return title;
  const run = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(`${title} ${area}`)}(?![\\p{L}\\p{N}])`, "u");
  return run.test(facts.subject) ? `${title} ${dashed[1]} ${area}` : title;
}

/**
 * "Backend Engineer (Go)": a short parenthesised qualifier the message writes after the title
 * every time, at least twice, is part of the title. Requisition ids and ad labels are not.
 */
export function withWrittenQualifier(title: string, text: string): string {
  if (/\)$/.test(title) || !text.includes(`${title} (`)) return title;
  const after = new RegExp(`${escapeRegExp(title)} \\(([^()\\n]{1,24})\\)`, "g");
  const qualifiers = [...text.matchAll(after)].map((m) => m[1] ?? "");
  const first = qualifiers[0];
  if (!first || qualifiers.length < 2 || qualifiers.some((q) => q !== first)) return title;
  if (
    labelsTheAd(first.trim()) ||
    PLACE_CODE.test(first.trim()) ||
    WHOLE_REQ.test(`(${first})`) ||
    /\d{3,}/.test(first)
  )
    return title;
  const bare = new RegExp(`${escapeRegExp(title)}(?! \\()`, "g");
  return (text.match(bare)?.length ?? 0) > qualifiers.length ? title : `${title} (${first})`;
}

// Capitalised as a name is ("Go", "iOS", "Payments"); a lower-case word is prose ("(zdalnie)", remote).
const QUALIFIED_SUBJECT = new RegExp(
  `^((?:${WORD} ){0,5}${HEAD}${LEVEL}) \\(((?:[A-Z]|[a-z]{1,3}(?=[A-Z]))[A-Za-z+#.-]{0,15})\\)$`,
);

/** "Backend Engineer (Go)" as a whole subject part; never an ad label, a place or a party's name. */
function qualifiedSubjectTitle(part: string, facts: MailFacts, employer: string | null): string | null {
  const m = QUALIFIED_SUBJECT.exec(part);
  const qualifier = m?.[2];
  if (!m?.[1] || !qualifier || NOT_TITLE_START.test(m[1])) return null;
  if (NOT_A_QUALIFIER.test(qualifier) || PLACE_CODE.test(qualifier) || NOT_AN_AREA.test(qualifier)) return null;
  const text = `${facts.subject}\n${facts.body}\n${facts.quoted}`;
  if (namedAsPlace(qualifier, text) || namedAfterPlaceWord(qualifier, text) || isPlace(qualifier, text)) return null;
  const names = namesOf(facts, employer);
  // A two-letter qualifier ("Go") is too short to find inside a name: only the whole name counts.
  const folded = fold(qualifier);
  if (names.some((name) => name === folded || (folded.length >= 3 && name.includes(folded)))) return null;
  return tidy(`${m[1]} (${qualifier})`);
}

// "based in Tallinn", "our Tallinn office": the text names the word as a place.
function namedAsPlace(word: string, text: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(
    `\\b(?:based|located|offices?|hubs?|sites?|relocat\\w*|moving|move) (?:in|to) ${w}\\b|\\b${w}(?:-based\\b| (?:office|offices|hub|campus|site|headquarters|HQ|area)\\b)`,
  ).test(text);
}

const ARRANGEMENT_OR_PLACE = new RegExp(`^${SUBJECT_NOT_SPECIALISATION.source}`);
// "Senior Engineer, Tuesday at 10, is confirmed": a date after the comma, not a specialisation.
const DAY_OR_MONTH =
  /^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sun)(?:day)?|Sat|Thur|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

/**
 * "Staff Engineer, Berlin", "Product Designer, Remote": a work arrangement, a place code or a place
 * the text names as one after the comma is where the job is, not part of its title.
 */
function withoutPlace(title: string, text: string): string {
  // "Teamleitung Redaktion – Bremen": a place after a dash is where the job is, as after a comma.
  const dash = /^(.*\S) [-–—] ([^-–—]+)$/u.exec(title);
  if (dash?.[1] && dash[2] && isPlace(dash[2], text)) return dash[1];
  const comma = title.lastIndexOf(", ");
  if (comma < 0) return title;
  const after = title.slice(comma);
  if (
    ARRANGEMENT_OR_PLACE.test(after) ||
    DAY_OR_MONTH.test(after.slice(2)) ||
    namedAsPlace(after.slice(2), text) ||
    isPlace(after.slice(2), text)
  )
    return title.slice(0, comma);
  return title;
}

// English words a subject or a sentence writes right after a title that are not part of it: stages
// of the process, mail words, arrangements, days and months.
const NOT_AN_AREA =
  /^(?:Interviews?|Onsite|On-site|Screen(?:ing)?|Calls?|Chat|Loop|Offers?|Roles?|Positions?|Openings?|Jobs?|Vacancy|Opportunity|Applications?|Candidates?|Candidacy|Teams?|Process|Updates?|Invitations?|Invite|Confirmation|Confirmed|Scheduled?|Scheduling|Availability|Assessments?|Tests?|Exercise|Challenge|Task|Presentation|Panel|Rounds?|Stages?|Steps?|Next|Feedback|Decision|Status|Reminder|Request|Follow-up|Debrief|Meeting|Conversation|Session|Intro(?:duction)?|References?|Hiring|Recruit(?:ing|ment)|Referral|Profile|Remote|Hybrid|Contract|Permanent|Program(?:me)?|Portfolio|Case|Study|Review|Questions?|Details|Documents?|Letter|Agreement|Package|Compensation|Salary|Video|Phone|Technical|Final|Virtual|Today|Tomorrow|Thanks|Thank|Opening|Posting|Listing|Description|JD|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "Product Manager Pagamenti": a title with its area in another language, which the English title
 * pattern ends before. Kept when every place that writes the title writes the same one or two
 * capitalised words after it, at a clause's end, at least twice (the subject and a sentence), and
 * they are no stage word, no party's name and not the employer.
 */
function withWrittenArea(title: string, text: string, facts: MailFacts, employer: string | null): string {
  if (/[,)]/.test(title)) return title;
  const areas = afterWordLiteral(
    text,
    title,
    `((?: \\p{Lu}[\\p{L}’'-]*){1,2})(?=[ \\t]*(?:[.;:!?)\\r\\n]|$)|,\\s)`,
    "gu",
  ).map((m) => m[1] ?? "");
  const first = areas[0];
  if (!first || areas.length < 2 || areas.some((area) => area !== first)) return title;
  const words = first.trim().split(" ");
  if (words.some((word) => NOT_AN_AREA.test(word) || /^\p{Lu}+$/u.test(word) || ANY_HEAD_WORD.test(word))) return title;
  const names = [facts.from, ...facts.replyTo, ...facts.to, ...facts.cc]
    .flatMap((p) => (p ? [fold(p.name), fold(p.address.split("@")[1] ?? "")] : []))
    .concat(employer ? [fold(employer)] : []);
  if (words.some((word) => names.some((name) => name.includes(fold(word))))) return title;
  // The text writes the title without it too: "Data Analyst interview", "the Data Analyst role".
  const bare = afterWordLiteral(text, title, `(?!${escapeRegExp(first)})`, "u");
  return bare.length > 0 ? title : `${title}${first}`;
}

// Where a call happens, which a subject may write after a title ("Data Engineer – Zoom").
const MEETING_TOOL = /^(?:Zoom|Meet|Google|Webex|Teams|Hangouts|Skype|Whereby|Jitsi|Chime|BlueJeans|Slack)$/;
// A subject that ends "<title> – <one to three capitalised words>".
const DASH_TAIL = /^(.*\S)\s+([-–—])\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’.-]*|&)){0,2})\s*$/u;
const WHOLE_TITLE = new RegExp(`^(?:${WORD} ){0,5}${HEAD}${LEVEL}$`);
// "in Leeds", "aus Hamburg", "à Lyon": the text names the word as a place in any of the languages.
function namedAfterPlaceWord(words: string, text: string): boolean {
  return new RegExp(
    `(?:^|[^\\p{L}])(?:in|from|near|aus|nach|bei|à|au|en|em|bij|te)\\s+${escapeRegExp(words)}(?![\\p{L}\\p{N}])`,
    "u",
  ).test(text);
}

/** A word no qualifier after a title holds: a stage, a title's noun, a day or month, a code. */
function notAnAreaWord(word: string): boolean {
  return (
    NOT_AN_AREA.test(word) ||
    ANY_HEAD_WORD.test(word) ||
    DAY_OR_MONTH.test(word) ||
    (/^\p{Lu}{2,}$/u.test(word) && !SALES_REGION.test(word))
  );
}

/** Words after a title's separator that name an arrangement or a place the text names as one. */
function placeOrArrangement(area: string, text: string): boolean {
  return (
    ARRANGEMENT_OR_PLACE.test(`, ${area}`) ||
    namedAsPlace(area, text) ||
    namedAfterPlaceWord(area, text) ||
    isPlace(area, text)
  );
}

/**
 * "Offer - Software Engineer II – Platform Reliability", "Einladung – Senior Data Scientist (m/w/d) –
 * Pricing": the part after the last dash is the title's qualifier when the part before it is wholly
 * a title and the qualifier is no stage, date, place, arrangement, code or party's name.
 */
function dashQualifiedSubject(facts: MailFacts, employer: string | null): string | null {
  const m = DASH_TAIL.exec(facts.subject.trim());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const area = m[3];
  const part = (m[1].split(/\s+[-–—|:·]\s+|:\s+/).pop() ?? "").trim();
  const run = TAGGED_SUBJECT_TITLE.exec(part)?.[1] ?? part;
  if (!WHOLE_TITLE.test(run)) return null;
  const title = tidy(run);
  if (!title || NOT_TITLE_START.test(run)) return null;
  const words = area.split(" ").filter((word) => word !== "&");
  if (words.some((word) => notAnAreaWord(word) || /\d/.test(word) || MEETING_TOOL.test(word))) return null;
  const text = `${facts.subject}\n${facts.body}\n${facts.quoted}`;
  if (placeOrArrangement(area, text)) return null;
  const names = namesOf(facts, employer);
  if (words.some((word) => names.some((name) => name.includes(fold(word))))) return null;
  return `${title} ${m[2]} ${area}`;
}

/**
 * "the Senior Data Engineer – Northwind offer": words after a title's dash or comma that name a party
 * of the mail (its sender's company, its domain) or the employer are the company, not a qualifier.
 */
function withoutParty(title: string, facts: MailFacts, employer: string | null): string {
  const m = /^(.*\S)(?:,| [-–—]) (\p{Lu}[^,–—]*)$/u.exec(title);
  if (!m?.[1] || !m[2] || !WHOLE_TITLE.test(m[1])) return title;
  // The whole of it is the name ("Northwind" for northwind.io, "Acme" for Acme Robotics); a word a
  // name merely contains ("Payments" in Ribeira Payments) is a team as often as not.
  const written = fold(m[2]);
  const names = [facts.from, ...facts.replyTo, ...facts.to, ...facts.cc]
    .flatMap((p) => (p ? [fold(p.name), fold(p.address.split("@")[1]?.split(".")[0] ?? "")] : []))
    .filter((name) => name.length > 0);
  const isName = names.includes(written) || (!!employer && fold(employer).startsWith(written));
  return written.length >= 3 && isName ? m[1] : title;
}

/** The folded names of the mail's parties (and their domains) and of the employer. */
function namesOf(facts: MailFacts, employer: string | null): string[] {
  return [facts.from, ...facts.replyTo, ...facts.to, ...facts.cc]
    .flatMap((p) => (p ? [fold(p.name), fold(p.address.split("@")[1] ?? "")] : []))
    .concat(employer ? [fold(employer)] : [])
    .filter((name) => name.length > 0);
}

const stopsCache = new WeakMap<TitleWords, RegExp>();
/** The language's words no title contains ("Zwischenstand", "entretien"), as one whole-word test. */
function stopsOf(words: TitleWords | undefined): RegExp | null {
  if (!words) return null;
  let stop = stopsCache.get(words);
  if (!stop) {
    stop = new RegExp(unicodeBoundaries(`^(?:${words.stops})$`), "iu");
    stopsCache.set(words, stop);
  }
  return stop;
}

// A separator and one to three capitalised words after a title, then the clause's end, a parenthesis
// ("Staff Engineer, Risk Platform (remote)") or a role word. A gender tag may stand before the
// separator ("Senior Aktuar (m/w/d) – Schaden/Unfall"); a slash joins two words of a qualifier.
const QUALIFIER_AFTER = new RegExp(
  `^(?:[ \\t]+${GENDER_TAG})?(?:,| [-–—]) (\\p{Lu}[\\p{L}\\p{N}&'’/-]*(?: \\p{Lu}[\\p{L}\\p{N}&'’/-]*){0,2})(?=[ \\t]*(?:[.,;:!?()\\n]|$)|\\s+(?:role|position|opening|offer|hire|vacancy|job|team)\\b)`,
  "u",
);
// In another language the qualifier may go on with "de" and lower-case words ("Planification de la
// demande") and end at a word no title contains ("est confirmée").
const FOREIGN_QUALIFIER_AFTER =
  /^(?:,| [-–—]) (\p{Lu}[\p{L}\p{N}&'’/-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’/-]*|(?:de|des|du|del|di|do|da|van|der|für)(?: (?:la|le|les|el|los|las|l['’]))? [\p{L}][\p{L}\p{N}&'’/-]*|d['’]\p{L}[\p{L}\p{N}&'’/-]*)){0,3}) (\p{Ll}+)(?![\p{L}])/u;
// "Conseillère en analytique": a connector the title read stops before, and a word that goes on.
// A preposition, not a conjunction ("e gostaríamos" goes on with the sentence).
// A capital after "en" names a company or a place ("en Lumbre Software"), after "de" a field too.
const CONNECTOR_AFTER =
  /^ (?:en (\p{Ll}[\p{L}\p{N}'’-]*)|(?:(?:de|del|des|du|für|van|di|da|do) |d['’])(\p{L}[\p{L}\p{N}'’-]*))/u;
// A title never ends on a connector: "Analista de Dados Sénior e" was cut before what it joins.
const ENDS_ON_CONNECTOR = / (?:de|d['’]|del|des|du|of|y|e|et|and|und|en|für|van|der|voor|di|da|do)$/iu;
/**
 * Whether the text writes the title read followed by what may be its qualifier ("Staff Engineer,
 * Risk Platform" where "Staff Engineer" was read): a separator and capitalised words that are no
 * stage, day, month, arrangement, code or place the text names. In another language (`stops` given)
 * also a connector and a word no stop ("Conseillère" of "Conseillère en analytique d'affaires"), or a
 * qualifier that goes on in lower case to a stop word. One scan of the title's places.
 */
export function qualifierCutOff(
  role: string | null,
  text: string,
  names: readonly string[] = [],
  stops: RegExp | null = null,
): boolean {
  if (!role || role.length < 4) return false;
  if (stops && ENDS_ON_CONNECTOR.test(role)) return true;
  let from = text.indexOf(role);
  for (let n = 0; from >= 0 && n < 20; n += 1, from = text.indexOf(role, from + role.length)) {
    const before = text[from - 1];
    if (before && /[\p{L}\p{N}]/u.test(before)) continue;
    const rest = text.slice(from + role.length, from + role.length + 80);
    if (stops && connectorGoesOn(rest, text, stops)) return true;
    const foreign = stops ? FOREIGN_QUALIFIER_AFTER.exec(rest) : null;
    const area =
      QUALIFIER_AFTER.exec(rest)?.[1] ?? (foreign?.[1] && stops?.test(foreign[2] ?? "") ? foreign[1] : undefined);
    if (!area) continue;
    const words = area.split(" ").filter((word) => /^\p{Lu}/u.test(word));
    if (words.some((word) => notAnAreaWord(word) || stops?.test(word))) continue;
    // "Senior Product Designer, Lanternfish Labs": the company, a party or the employer; an initial
    // ("– J. Okafor") is too short to be a qualifier.
    const folded = fold(area);
    if (folded.length < 3 || names.some((name) => name.includes(folded))) continue;
    if (placeOrArrangement(area, text)) continue;
    return true;
  }
  return false;
}

/** A German or Dutch title read to a lower-case word after words written with capitals. */
export function runsIntoProse(role: string | null, words: TitleWords | undefined): boolean {
  if (!role || !words?.adjectivesBefore) return false;
  const parts = role.replace(/,/g, "").split(" ");
  const last = parts.pop() ?? "";
  return proseAfterTitleCase(parts, last);
}

/** " en analytique d'affaires" after a title: a connector, then a word that is no stop, place or way of working. */
function connectorGoesOn(rest: string, text: string, stops: RegExp): boolean {
  const m = CONNECTOR_AFTER.exec(rest);
  const word = m?.[1] ?? m?.[2];
  if (!word || stops.test(word) || WAY_OF_WORKING.test(word) || GERUND.test(word) || /\d/.test(word)) return false;
  return !(/^\p{Lu}/u.test(word) && placeOrArrangement(word, text));
}
