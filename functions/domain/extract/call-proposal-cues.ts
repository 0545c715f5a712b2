// The words a proposal for a call is written with, in English, German, French, Spanish and Dutch
// (call-proposal.ts reads them): what makes a sentence about a call, the casual day phrases ("this
// afternoon", "morgen früh", "cet après-midi", "mañana por la tarde", "vanmiddag") with the day they
// mean and the part of it, and the part of a day written after a named day ("Thursday afternoon",
// "jeudi après-midi", "el jueves por la tarde", "donderdagmiddag"). chrono reads the dates themselves
// in the message's language; these are only what it does not give: the part of the day.
import type { CallProposal } from "../extraction";
import { words } from "./languages/cues";

export type DayPart = NonNullable<CallProposal["part"]>;

/** A sentence about a call, a talk or a meeting, in any of the five languages. */
export const ABOUT_A_CALL = words(
  [
    // English
    String.raw`\b(?:call|talk|chat|speak|conversation|catch up|meet|zoom|teams|phone)\b`,
    // German
    String.raw`\b(?:Anruf|anrufen|telefonier\w*|Telefonat|Telefon|Gespräch|sprechen|besprechen|unterhalten|Videocall)\b`,
    // French
    String.raw`\b(?:appel|appeler|téléphone|téléphonique|échanger|échange|parler|discuter|visio\w*)\b`,
    // Spanish
    String.raw`\b(?:llamada|llamar(?:te|le)?|hablar(?:lo)?|charlar|conversar|conversación|videollamada|reunión)\b`,
    // Dutch
    String.raw`\b(?:gesprek|gesprekje|bellen|belletje|spreken|praten|overleggen|videogesprek)\b`,
  ].join("|"),
);

/** A casual day phrase: `day` is 0 for today, 1 for tomorrow; `part` null for the whole day. */
interface CasualDay {
  pattern: RegExp;
  day: 0 | 1;
  part: DayPart | null;
}

const casual = (source: string, day: 0 | 1, part: DayPart | null): CasualDay => ({ pattern: words(source), day, part });

// Longest phrases first: "tomorrow morning" before "tomorrow", "esta mañana" before "mañana".
export const CASUAL_DAYS: CasualDay[] = [
  // English
  casual(String.raw`\bthis morning\b`, 0, "morning"),
  casual(String.raw`\bthis afternoon\b`, 0, "afternoon"),
  casual(String.raw`\b(?:this evening|tonight)\b`, 0, "evening"),
  casual(String.raw`\btomorrow morning\b`, 1, "morning"),
  casual(String.raw`\btomorrow afternoon\b`, 1, "afternoon"),
  casual(String.raw`\btomorrow evening\b`, 1, "evening"),
  // German ("morgen" is tomorrow, "Morgen" after "heute" the morning)
  casual(String.raw`\bheute (?:Morgen|Vormittag|früh)\b`, 0, "morning"),
  casual(String.raw`\bheute Nachmittag\b`, 0, "afternoon"),
  casual(String.raw`\bheute Abend\b`, 0, "evening"),
  casual(String.raw`\bmorgen (?:früh|Vormittag)\b`, 1, "morning"),
  casual(String.raw`\bmorgen Nachmittag\b`, 1, "afternoon"),
  casual(String.raw`\bmorgen Abend\b`, 1, "evening"),
  // French
  casual(String.raw`\bce matin\b`, 0, "morning"),
  casual(String.raw`\bcet après-midi\b`, 0, "afternoon"),
  casual(String.raw`\bce soir\b`, 0, "evening"),
  casual(String.raw`\bdemain matin\b`, 1, "morning"),
  casual(String.raw`\bdemain après-midi\b`, 1, "afternoon"),
  casual(String.raw`\bdemain soir\b`, 1, "evening"),
  // Spanish
  casual(String.raw`\besta mañana\b`, 0, "morning"),
  casual(String.raw`\besta tarde\b`, 0, "afternoon"),
  casual(String.raw`\besta noche\b`, 0, "evening"),
  casual(String.raw`\bmañana por la mañana\b`, 1, "morning"),
  casual(String.raw`\bmañana por la tarde\b`, 1, "afternoon"),
  casual(String.raw`\bmañana por la noche\b`, 1, "evening"),
  // Dutch
  casual(String.raw`\b(?:vanochtend|vanmorgen)\b`, 0, "morning"),
  casual(String.raw`\bvanmiddag\b`, 0, "afternoon"),
  casual(String.raw`\bvanavond\b`, 0, "evening"),
  casual(String.raw`\bmorgen(?:ochtend|vroeg)\b`, 1, "morning"),
  casual(String.raw`\bmorgen ?middag\b`, 1, "afternoon"),
  casual(String.raw`\bmorgen ?avond\b`, 1, "evening"),
  // The whole day, last: "later today", "today", "tomorrow" and theirs.
  casual(String.raw`\b(?:later today|today|heute|aujourd'hui|aujourd’hui|hoy|vandaag)\b`, 0, null),
  // Spanish "mañana" alone is tomorrow; Dutch and German "morgen" alone too.
  casual(String.raw`\b(?:tomorrow|morgen|demain|mañana)\b`, 1, null),
];

// The part of a day near a named day: "Thursday afternoon", "am Donnerstag Nachmittag", "jeudi
// après-midi", "el jueves por la tarde", "donderdag in de middag".
const PART_WORDS: [string, DayPart][] = [
  [String.raw`(?:morning|Vormittag|Morgen|matin(?:ée)?|mañana|ochtend)\b`, "morning"],
  [String.raw`(?:afternoon|Nachmittag|après-midi|tarde|middag)\b`, "afternoon"],
  [String.raw`(?:evening|Abend|soir(?:ée)?|noche|avond)\b`, "evening"],
];

/** Written right after the day chrono read ("Thursday" + " afternoon"). */
export const PART_AFTER: [RegExp, DayPart][] = PART_WORDS.map(([source, part]) => [
  words(String.raw`^\s*(?:in the\s+|am\s+|en\s+|por la\s+|in de\s+)?\b${source}`),
  part,
]);

/** Inside the phrase chrono read, after its first word ("am Donnerstag Nachmittag"). */
export const PART_WITHIN: [RegExp, DayPart][] = PART_WORDS.map(([source, part]) => [
  words(String.raw`\s\b${source}`),
  part,
]);

/**
 * An employer's request to talk, in German, French, Spanish and Dutch (extract.ts reads the English
 * ones): "können wir kurz telefonieren", "pouvons-nous nous appeler", "¿podemos hablar por
 * teléfono?", "kunnen we even bellen", a request to reconsider, an offer to do something to change
 * the owner's mind. Questions and wishes addressed to the owner, never a mere mention of a call.
 */
export const REQUEST_TO_TALK = words(
  [
    // German
    String.raw`\b(?:können|könnten) wir (?:uns )?(?:kurz |mal |noch (?:ein)?mal |gerne? )*(?:telefonieren|sprechen|austauschen|unterhalten)\b`,
    String.raw`\b(?:hätten|haben) Sie (?:\w+ ){0,3}Zeit für (?:ein|einen) (?:kurzes |kurzen )?(?:Telefonat|Gespräch|Anruf|Austausch)\b`,
    String.raw`\b(?:würden|möchten) (?:wir )?(?:gerne? )?(?:noch (?:ein)?mal )?mit Ihnen (?:darüber )?(?:sprechen|telefonieren)\b`,
    String.raw`\b(?:Entscheidung (?:noch (?:ein)?mal )?überdenken|gibt es etwas, (?:das|was) wir tun (?:können|könnten))\b`,
    // French
    String.raw`\b(?:pouvons|pourrions)-nous (?:nous )?(?:en )?(?:appeler|parler|échanger|discuter)\b`,
    String.raw`\b(?:seriez|êtes)-vous disponible pour (?:un |une )?(?:appel|échange|entretien téléphonique|en parler|en discuter)\b`,
    String.raw`\bnous (?:aimerions|souhaiterions|voudrions) (?:beaucoup )?(?:en )?(?:discuter|échanger|parler) avec vous\b`,
    String.raw`\b(?:reconsidérer|revenir sur) votre décision\b|\by a-t-il quelque chose que nous (?:puissions|pourrions) faire\b`,
    // Spanish
    String.raw`\b(?:podemos|podríamos) (?:hablar|conversar|charlar|tener una (?:breve )?llamada)\b`,
    String.raw`\bnos (?:gustaría|encantaría) (?:mucho )?(?:hablar|conversar) (?:con usted|contigo)\b`,
    String.raw`\breconsiderar (?:su|tu) decisión\b|\bhay algo que (?:podamos|pudiéramos) hacer\b`,
    // Dutch
    String.raw`\b(?:kunnen|zouden) we (?:\w+ ){0,2}(?:even |kort |nog eens )?(?:bellen|spreken|praten|overleggen)\b`,
    String.raw`\b(?:we|wij) (?:willen|zouden) (?:je|u) graag (?:nog eens |even )?(?:spreken|bellen)\b|\b(?:we|wij) (?:willen|zouden) graag (?:nog eens |even )?met (?:je|u) (?:praten|spreken|bellen)\b`,
    String.raw`\b(?:je|uw) (?:beslissing|besluit) (?:nog eens )?heroverwegen\b|\bis er iets (?:dat|wat) we (?:kunnen|zouden kunnen) doen\b`,
  ].join("|"),
);
