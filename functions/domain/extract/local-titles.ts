// Job titles as German, French, Spanish and Dutch mail writes them. English titles end in a head noun
// ("Senior Data Analyst"); these often do not ("Projektleitung Netzausbau", "Chef de projet digital",
// "Product Designer senior"), but job ads mark them: a gender tag after the title ("(m/w/d)", "(H/F)",
// "(m/v/x)") or a gender ending inside it ("Ingeniero/a", "Entwickler/in"), or a context word before
// it ("Stelle als", "poste de", "puesto de", "functie van"). From such a mark the title runs, word by
// word, until a word no title contains (an article, a verb, a stage word like "Einladung") or a
// punctuation mark. The words come from languages/*.ts; ad marks are stripped by plainTitle().
import type { MailFacts } from "../mail-facts";
import type { TitleWords } from "./languages/cues";
import { unicodeBoundaries } from "./languages/cues";
import { escapeRegExp } from "./regex-source";
import { isPlace } from "./title-places";

// "(m/w/d)", "(w/m/d)", "(H/F)", "(F/H)", "(H/M)", "(m/v/x)", "(m/f/d)", "(all genders)".
const GENDER_TAG_SOURCE = String.raw`\(\s*(?:[mwfdhxvi*](?:\s*[/|,]\s*[mwfdhxvi*]){1,3}|all genders|alle Geschlechter|tous genres|todos los géneros)\s*\)`;
const GENDER_TAG = new RegExp(GENDER_TAG_SOURCE, "giu");
const HAS_GENDER_TAG = new RegExp(GENDER_TAG_SOURCE, "iu");
// "Ingeniero/a", "Entwickler/in", "Entwickler:in", "Développeur·euse", "Ingénieur(e)".
// "Ingeniera/o": the feminine written first (after an "a", never "y/o", and/or).
const GENDER_ENDING =
  /(?<=\p{Ll})(?:[/*:·](?:as|a|innen|in|euse|rice|trice|ne|e)|\((?:a|in|ne|se|euse|rice|e)\)|(?<=\p{Ll}a)\/os?)(?![\p{L}\p{N}])/gu;
const FIRST_GENDER_ENDING = new RegExp(GENDER_ENDING.source, "u");
// A Swiss workload after a title: "80–100 %", "100%".
const WORKLOAD = /\s*\b\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?%/gu;

/**
 * A title without what the ad adds to it: "Ingeniero/a de Datos (H/M) 80–100 %" -> "Ingeniero/a de
 * Datos". A gender tag after the title is the ad's label and goes; an inflection written inside the
 * title ("Ingeniero/a", "Entwickler/in") is how the company writes the title and stays.
 */
export function plainTitle(title: string): string {
  return title.replace(GENDER_TAG, "").replace(WORKLOAD, "").replace(/\s+/g, " ").trim();
}

const ONLY_GENDER_TAG = new RegExp(`^${GENDER_TAG_SOURCE}$`, "iu");

/** "(m/w/d)" and friends are how an ad labels a title, never part of it. */
export function isGenderTag(text: string): boolean {
  return ONLY_GENDER_TAG.test(text.trim());
}

const MAX_WORDS = 6;

const CAPITALISED = /^\p{Lu}/u;
/**
 * Where adjectives stand before the noun (German, Dutch), a lower-case word after title words all
 * written with capitals (two at least, connectors aside) is the sentence going on: "Energieadviseur
 * Zakelijk ingevuld", "Lead Data Scientist, Pricing liegt". "Medewerker klantenservice" is written so.
 */
export function proseAfterTitleCase(kept: readonly string[], word: string): boolean {
  if (!/^\p{Ll}/u.test(word) || CONNECTOR.test(word) || ARTICLE.test(word)) return false;
  const content = kept.filter((w) => !CONNECTOR.test(w) && !ARTICLE.test(w) && !ELIDED.test(w));
  return content.length >= 2 && content.every((w) => CAPITALISED.test(w));
}
// "Afrique de l'Est": an elision split off its word ("l'", "d'") is no word of its own.
const ELIDED = /^(?:[dlDL]|qu)['’]$/u;
const wordCount = (words: string[]) => words.filter((word) => !ELIDED.test(word)).length;
// Spanish "al" (a + el) inside a title before a capitalised noun: "Atención al Cliente".
const CONTRACTED_ARTICLE = /^al$/iu;
// "de l'Est": a capitalised word after an elided article is a noun, though "est" is also a verb.
const nounAfterArticle = (word: string, before: string | undefined) =>
  /^\p{Lu}/u.test(word) && ELIDED.test(before ?? "") && ARTICLE.test(before ?? "");
const insideBefore = (word: string, next: string | undefined) =>
  CONTRACTED_ARTICLE.test(word) && /^\p{Lu}/u.test(next ?? "");
// A word of a title: letters, digits and the joiners inside titles ("Backend-Entwickler", "C++", "IT/OT").
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}/&+.'’*:·()-]*$/u;
// Connectors that live inside titles but never start one ("Chef de projet", "Head of Data").
// Portuguese and Italian "e" (and) too: "Analista de Dados Sénior e, por isso" ends at "Sénior".
const CONNECTOR = /^(?:de|d['’]|del|of|van|der|für|y|et|and|und|en|e)$/iu;
// Words around titles in any of these languages' subjects (replies, forwards, English ATS words).
// File and mail words: "erbjudande om anställning som PDF" names no title.
const COMMON_STOPS = "re|aw|wg|fw|fwd|tr|rv|doorst|update|interview|offer|job|pdf|docx|e-?mail|mejl|link|länk|bilaga";

interface Compiled {
  stop: RegExp;
  nounsCapitalised: boolean;
  adjectivesBefore: boolean;
  before: RegExp;
  head: RegExp | null;
}

const compiled = new WeakMap<TitleWords, Compiled>();
function compile(words: TitleWords): Compiled {
  let c = compiled.get(words);
  if (!c) {
    c = {
      stop: new RegExp(unicodeBoundaries(`^(?:${words.stops}|${COMMON_STOPS})$`), "iu"),
      before: new RegExp(unicodeBoundaries(String.raw`\b(?:${words.before})\s+`), "giu"),
      head: words.heads ? new RegExp(`^(?:${words.heads})$`, "u") : null,
      nounsCapitalised: words.nounsCapitalised === true,
      adjectivesBefore: words.adjectivesBefore === true,
    };
    compiled.set(words, c);
  }
  return c;
}

const ELISION_SPLIT = /(?<![\p{L}\p{N}])([dlDL]|qu)(['’]) /gu;

/** Elisions split off the word they stick to: "d'Ingénieur" is "d'" and "Ingénieur". */
function tokens(text: string): string[] {
  return text
    .replace(/\b([dlDL]|qu)['’](?=\p{L})/gu, "$1' ")
    .split(/\s+/)
    .filter(Boolean);
}

/** A clause's edge: punctuation that no title crosses ("principal(e)" is a gender ending, no edge). */
// A seniority abbreviation's full stop ("Analista Sr./Sra.") is part of the title, not the clause's end.
// "Projektleiter:in": a colon inside a word before a gender ending is no edge.
const EDGE =
  /[\n;!?«»"“”„|–—]|(?<!\p{Ll}):|:(?!(?:innen|in)(?![\p{L}\p{N}]))|\s-\s|,(?:\s|$)|(?<![\s/](?:Sr|Sra|Jr|Jra|Snr))\.(?:\s|$)|(?<!\p{Ll})\(\s*(?![mwfdhxvi*]\s*[/|,])/u;
// "Sr./Sra.", "Jr.": an abbreviation with its full stop ends the title it closes.
const CLOSING_ABBREVIATION = /^(?:Sr|Sra|Jr|Jra|Snr)\.(?:\/(?:Sr|Sra|Jr|Jra)\.)?$/u;

// An article right after "de" stays in a title: "Responsable de la paie", "Jefe de los Servicios".
const ARTICLE = /^(?:la|le|les|l['’]|el|los|las)$/iu;
const DE = /^(?:de|d['’])$/iu;
const DE_OR_OF = /^(?:de|del|of)$/u;

/**
 * "Engenheiro de Processo Têxtil": where nouns are written in lower case, a capitalised word after a
 * title's "de" is the title's field, though the language also writes it as a stage word ("processo").
 */
const fieldAfterDe = (word: string, kept: readonly string[], nounsCapitalised: boolean) =>
  !nounsCapitalised && kept.length >= 2 && /^\p{Lu}\p{Ll}/u.test(word) && DE.test(kept[kept.length - 1] ?? "");

/** The title's words ending at `end` (right before a gender tag or the end of a subject part). */
function titleEndingAt(text: string, end: number, stop: RegExp, marked: boolean): string | null {
  const window = text.slice(Math.max(0, end - 160), end);
  let start = 0;
  for (const m of window.matchAll(new RegExp(EDGE.source, "gu"))) start = m.index + m[0].length;
  const words = tokens(window.slice(start));
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && wordCount(kept) < MAX_WORDS; i -= 1) {
    const word = words[i] ?? "";
    const articleAfterDe =
      (ARTICLE.test(word) && DE.test(words[i - 1] ?? "")) ||
      (kept.length > 0 && insideBefore(word, kept[0])) ||
      nounAfterArticle(word, words[i - 1]);
    if ((stop.test(word) && !articleAfterDe) || !WORD.test(word)) break;
    kept.unshift(word);
  }
  return titleFrom(kept, marked);
}

/**
 * The title's words starting at `start` (after a context word or inside a gendered word). Where the
 * language capitalises its nouns, an unmarked title drops the lower-case words at its end: they are
 * the sentence going on ("Bewerbung als Product Owner Kredit deshalb zurück").
 */
function titleStartingAt(
  text: string,
  start: number,
  stop: RegExp,
  marked: boolean,
  nounsCapitalised = false,
  connectorsInside = false,
  dashQualified = false,
  adjectivesBefore = false,
): string | null {
  const window = text.slice(start, start + 160);
  const edge = window.search(EDGE);
  const words = tokens(edge >= 0 ? window.slice(0, edge) : window);
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    const articleAfterDe =
      (ARTICLE.test(word) && DE.test(kept[kept.length - 1] ?? "")) ||
      (kept.length > 0 && insideBefore(word, words[i + 1])) ||
      nounAfterArticle(word, kept[kept.length - 1]) ||
      fieldAfterDe(word, kept, nounsCapitalised);
    // A subject part that is a title keeps its inner connectors ("Analyste en intelligence d'affaires").
    const inner =
      connectorsInside &&
      kept.length > 0 &&
      i < words.length - 1 &&
      (CONNECTOR.test(word) || INNER_CONNECTOR.test(word));
    // "poste de Conseillère en analytique d'affaires.": a connector the language also writes in prose
    // goes on with the title when the rest of the clause is title words after it.
    if (
      stop.test(word) &&
      !articleAfterDe &&
      !inner &&
      kept.length > 0 &&
      edge >= 0 &&
      FIELD_CONNECTOR.test(word) &&
      !GERUND.test(words[i + 1] ?? "") &&
      clauseRestIsTitle(words.slice(i + 1), stop, MAX_WORDS - wordCount(kept) - 1)
    ) {
      kept.push(...words.slice(i));
      break;
    }
    if (wordCount(kept) >= MAX_WORDS || (stop.test(word) && !articleAfterDe && !inner) || !WORD.test(word)) break;
    // "Ingeniero/a de Software Backend mar 31 oct 2028" (a subject's lines joined): a date ends the
    // title, and a weekday's short name written before it goes with the date.
    if (datesFrom(word, words[i + 1])) {
      if (WEEKDAY_SHORT.test(kept[kept.length - 1] ?? "")) kept.pop();
      break;
    }
    if (adjectivesBefore && !marked && proseAfterTitleCase(kept, word)) break;
    kept.push(word);
    // "Analista Sr. de Planeamiento": a "de" and a capitalised word after the abbreviation go on with the title.
    if (CLOSING_ABBREVIATION.test(word) && !(DE_OR_OF.test(words[i + 1] ?? "") && /^\p{Lu}/u.test(words[i + 2] ?? "")))
      break;
  }
  if (nounsCapitalised && !marked && kept.some((word) => /^\p{Lu}/u.test(word)))
    while (/^\p{Ll}/u.test(kept[kept.length - 1] ?? "")) kept.pop();
  // Every word up to the clause's edge is the title's: a specialisation after a comma may follow.
  const whole = kept.length === words.length;
  const title = titleFrom(kept, marked);
  const specialisation =
    title && whole && edge >= 0 ? specialisationAfter(window.slice(edge), stop, adjectivesBefore) : null;
  if (title && specialisation) return `${title}, ${specialisation}`;
  // "vacature Teamleider Planning – Containerterminal.": a qualifier after a dash, to the clause's end.
  // A subject's dash separates its parts ("Bewerbung als Product Owner – Zwischenstand"): prose only.
  const dashed =
    dashQualified && title && whole && edge >= 0 ? DASH_QUALIFIER.exec(window.slice(edge, edge + 80)) : null;
  // "functie van Adviseur Netbeheer – Regio Oost staat open": a word no title contains may follow.
  const next = dashed ? /^[ \t]+(\p{Ll}+)/u.exec(window.slice(edge + dashed[0].length))?.[1] : undefined;
  if (
    title &&
    dashed?.[1] &&
    dashed[2] &&
    // Where nouns are capitalised, a lower-case word after the qualifier is the sentence going on
    // ("Stelle als Data Engineer – Schadenanalytik anbieten").
    (next === undefined || stop.test(next) || CONJUNCTION.test(next) || nounsCapitalised) &&
    isQualifier(dashed[2], text, stop)
  )
    return `${title} ${dashed[1]} ${dashed[2]}`;
  return title;
}

// Month names and their short forms in the languages' dates ("31 oct", "31. Oktober", "31 de março").
const MONTH_WORD =
  /^(?:(?:jan|janv|ene|gen|feb|fév|févr|fev|mar|mär|mrt|apr|avr|abr|may|mai|mei|maj|mag|jun|giu|jul|juil|lug|aug|ago|aoû|sep|sept|set|oct|okt|ott|out|nov|dec|déc|dic|dez)\.?|january|januar|januari|janvier|enero|janeiro|gennaio|jänner|february|februar|februari|février|febrero|fevereiro|febbraio|march|märz|maart|mars|marzo|março|april|avril|abril|aprile|mayo|maio|maggio|june|juni|juin|junio|junho|giugno|july|juli|juillet|julio|julho|luglio|august|augustus|août|agosto|september|septembre|septiembre|setiembre|setembro|settembre|october|oktober|octobre|octubre|outubro|ottobre|november|novembre|noviembre|novembro|december|dezember|décembre|diciembre|dezembro|dicembre)$/iu;
// A weekday's short name before a date ("mar 31 oct", "Di 31.10.", "ven. 31").
const WEEKDAY_SHORT =
  /^(?:lun|mar|mié|mie|mer|jeu|jue|ven|vie|sáb|sab|sam|dom|mon|tue|wed|thu|fri|sat|sun|seg|ter|qua|qui|sex|mo|di|mi|do|fr|sa|so|wo|vr|za|zo|lu|ma|me|je|ve|ju|vi)\.?,?$/iu;
/** A day of the month and its month ("31 oct", "31. Oktober"), or a numeric date ("31.10.", "31/10"). */
function datesFrom(word: string, next: string | undefined): boolean {
  if (/^(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])(?:[./-]|$)/u.test(word)) return true;
  if (!/^(?:0?[1-9]|[12]\d|3[01])[.,]?$/u.test(word)) return false;
  return MONTH_WORD.test(next ?? "");
}

// "sollicitatie als Senior UX Researcher – Platform en voor het gesprek": "and" goes on to the
// sentence's next part after a dash's qualifier.
const CONJUNCTION = /^(?:en|und|et|y|e|and)$/u;

// "– Division Mouvements (H/F),", "– Containerterminal.": one to three capitalised words after a
// dash, then a gender tag, the clause's end, or a word no title contains (checked by the caller).
// "– team Havenlogistiek": a team's name may be written after the word "team".
const DASH_QUALIFIER =
  /^[ \t]*([–—-])[ \t]+((?:(?:team|equipo|équipe|equipa)[ \t]+)?\p{Lu}[\p{L}\p{N}&’'/-]*(?: \p{Lu}[\p{L}\p{N}&’'/-]*){0,2})(?=[ \t]*(?:\((?:[A-Za-z*](?:\s*[/|,]\s*[A-Za-z*]){1,3}|all genders)\)|[.,;:!?)\n]|$)|[ \t]+\p{Ll})/u;

// ", intelligence d'affaires, le mardi", ", Kundtjänst är nu bokad": a title's specialisation after
// a comma runs one to three title words to the clause's end, a comma, or a word no title contains.
const SPECIALISATION = /^,\s+([^\n,.;:!?()«»"“”„|–—]{2,60}?)(?=\s*(?:[,.;:!?\n]|$)|\s+\S)/u;

const INNER_CONNECTOR = /^(?:de|des|du|d['’]|del|of|van|der|für)$/iu;

// French and Spanish "en" before a title's field ("Conseiller en gestion", "Especialista en datos"); a
// conjunction ("et", "e", "y") joins the sentence's next part as often as a title's, and is no such sign.
const FIELD_CONNECTOR = /^en$/iu;
// "en attendant", "en espérant": a gerund goes on with the sentence.
export const GERUND = /^\p{Ll}+(?:ant|ando|iendo)$/u;
// "en télétravail", "en ligne": what follows such a connector is how the job is done, not its field.
export const WAY_OF_WORKING =
  /^(?:télétravail|teletrabajo|teletrabalho|présentiel|presencial|remoto|remote|ligne|línea|linha|personne|persona|pessoa|cours|curso|attente|espera|CDI|CDD|alternance|stage|prácticas|estágio|interim|intérim|freelance|tiempo|temps|tempo)$/iu;

/**
 * The words after a connector inside a title ("analytique d'affaires" after "en") up to the clause's
 * edge: one to `room` title words, inner connectors and articles after "de" aside, none a word no
 * title contains, a number or a way of working, and not ending on a connector.
 */
function clauseRestIsTitle(rest: string[], stop: RegExp, room: number): boolean {
  // "en Lumbre Software", "en Madrid": a capital after "en" names a company or a place, not a field.
  if (rest.length === 0 || WAY_OF_WORKING.test(rest[0] ?? "") || !/^\p{Ll}/u.test(rest[0] ?? "")) return false;
  let content = 0;
  for (const [i, word] of rest.entries()) {
    const joiner = INNER_CONNECTOR.test(word) || (ARTICLE.test(word) && DE.test(rest[i - 1] ?? ""));
    if (!WORD.test(word) || /^\d/.test(word) || (stop.test(word) && !joiner)) return false;
    if (!joiner && !ELIDED.test(word)) content += 1;
  }
  const last = rest[rest.length - 1] ?? "";
  return content > 0 && content <= Math.min(3, room) && !CONNECTOR.test(last) && !INNER_CONNECTOR.test(last);
}

function specialisationAfter(rest: string, stop: RegExp, adjectivesBefore = false): string | null {
  const m = SPECIALISATION.exec(rest.slice(0, 100));
  if (!m) return null;
  const after = rest.slice(2).trimStart();
  const words = tokens(after.split(/[\n,.;:!?()«»"“”„|–—]/u)[0] ?? "");
  const kept: string[] = [];
  for (const word of words) {
    // "Science des données": a connector inside the specialisation, not the sentence going on;
    // "Planification de la demande": so is an article after "de".
    const previous = kept[kept.length - 1] ?? "";
    const inner = kept.length > 0 && (INNER_CONNECTOR.test(word) || (ARTICLE.test(word) && DE.test(previous)));
    if ((stop.test(word) && !inner) || !WORD.test(word) || /^\d/.test(word)) break;
    // "Zahlungsverkehr gern an": after a capitalised qualifier word (the title before it counts as
    // capitalised), lower case is the sentence going on.
    if (adjectivesBefore && proseAfterTitleCase(["Title", ...kept], word)) break;
    kept.push(word);
  }
  // All of it title words (one to three, connectors and articles aside), and something clause-like
  // after: a stop word or punctuation.
  const content = kept.filter((word) => !INNER_CONNECTOR.test(word) && !ARTICLE.test(word)).length;
  if (content === 0 || content > 3 || kept.length > 5) return null;
  const last = kept[kept.length - 1] ?? "";
  if (CONNECTOR.test(last) || INNER_CONNECTOR.test(last)) return null;
  return kept.join(" ").replace(ELISION_SPLIT, "$1$2");
}

/**
 * A title does not start or end with a connector. Unmarked, it starts with a capital ("Chef",
 * "Ingeniero"); marked by a gender tag or ending, lower case is how some write it ("chef de rayon (H/F)").
 */
function titleFrom(words: string[], marked: boolean): string | null {
  const starts = marked
    ? (word: string) => !CONNECTOR.test(word) && !ARTICLE.test(word)
    : (word: string) => /^\p{Lu}/u.test(word);
  while (words.length > 0 && !starts(words[0] ?? "")) words.shift();
  while (
    words.length > 0 &&
    (CONNECTOR.test(words[words.length - 1] ?? "") || ARTICLE.test(words[words.length - 1] ?? ""))
  )
    words.pop();
  // "Chef d' équipe" was split to read its words: the title writes "Chef d'équipe".
  const title = plainTitle(words.join(" ").replace(ELISION_SPLIT, "$1$2"));
  return title.length >= 2 && title.length <= 70 ? title : null;
}

/** The gendered word is inside the title: it runs from before that word to the clause's end. */
function aroundGenderedWord(text: string, ending: number, stop: RegExp, adjectivesBefore = false): string | null {
  const wordStart = text.slice(0, ending).search(/[\p{L}\p{N}][\p{L}\p{N}-]*$/u);
  if (wordStart < 0) return null;
  const head = titleEndingAt(text, wordStart, stop, true);
  // "Entwickler:in, Checkout genommen hast": where adjectives stand before the noun, a specialisation
  // after the comma ends at the sentence going on in lower case.
  const rest = titleStartingAt(text, wordStart, stop, true, false, false, false, adjectivesBefore);
  return rest ? plainTitle(head && !rest.startsWith(head) ? `${head} ${rest}` : rest) : null;
}

// "Senior Data Scientist (m/w/d) – Pricing anbieten": one to three capitalised words after a dash
// behind the tag, then the sentence going on in lower case or a clause's end.
const DASH_AFTER_TAG =
  /^[ \t]+([–—-])[ \t]+(\p{Lu}[\p{L}\p{N}&’'/-]*(?: \p{Lu}[\p{L}\p{N}&’'/-]*){0,2})(?=[ \t]+\p{Ll}|[ \t]*(?:[.,;:!?)\n]|$))/u;
// "(m/w/d) – Hamburg", "(H/F) - Lyon": a word the text writes as a place is where the job is.
const PLACE_WORD = "in|from|aus|nach|bei|à|au|en|em|bij|te";

// "Produktmanager (m/w/d), Zahlungsverkehr.": one to three capitalised words after a comma behind
// the tag, then the clause's end (a sentence may go on after a comma: "(m/w/d), Sie haben ...").
const COMMA_AFTER_TAG =
  /^,[ \t]+(\p{Lu}[\p{L}\p{N}&’'/-]*(?: \p{Lu}[\p{L}\p{N}&’'/-]*){0,2})(?=[ \t]*(?:[.;:!?)\n]|$))/u;
// How the ad says the job is done, which it may write after the tag's comma.
const ARRANGEMENT =
  /^(?:Vollzeit|Teilzeit|Festanstellung|Homeoffice|Home Office|Remote|Hybrid|Befristet|Unbefristet|Voltijd|Deeltijd|Temps plein|Temps partiel|CDI|CDD)$/iu;

/** The title with a qualifier written after its tag and a dash or comma, when there is one. */
function withDashQualifier(title: string, text: string, after: number, stop: RegExp): string {
  const rest = text.slice(after, after + 80);
  const m = DASH_AFTER_TAG.exec(rest);
  const area = m?.[2];
  if (m && area && isQualifier(area, text, stop)) return `${title} ${m[1]} ${area}`;
  const comma = COMMA_AFTER_TAG.exec(rest)?.[1];
  if (comma && !ARRANGEMENT.test(comma) && isQualifier(comma, text, stop)) return `${title}, ${comma}`;
  return title;
}

/** Words after a title's dash that may be its qualifier: no stop word, code, number or place. */
function isQualifier(area: string, text: string, stop: RegExp): boolean {
  const words = area.split(" ");
  // "– HR": a code alone is no qualifier; after a word it may be part of one ("Crédito PJ").
  if (words.some((word, i) => stop.test(word) || (i === 0 && /^\p{Lu}{2,}$/u.test(word)) || /\d/.test(word)))
    return false;
  // "– Köln" where the signature's address writes "50827 Köln": a place, as a city's name is.
  if (isPlace(area, text)) return false;
  const escaped = escapeRegExp(area);
  return !new RegExp(`(?<![\\p{L}])(?:${PLACE_WORD})\\s+${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

/** Titles one text writes, marked (tag, gender ending) or after a context word, with their points. */
function titlesIn(text: string, words: TitleWords, marked: number, anchored: number, into: Map<string, number>) {
  const { stop, before, nounsCapitalised, adjectivesBefore } = compile(words);
  const add = (title: string | null, points: number) => {
    if (title) into.set(title, (into.get(title) ?? 0) + points);
  };
  // Titles after a context word, by where their first word starts ("poste de Responsable Achats").
  const afterContext = new Map<number, string>();
  for (const m of text.matchAll(before)) {
    const start = m.index + m[0].length;
    const title = titleStartingAt(text, start, stop, false, nounsCapitalised, false, true, adjectivesBefore);
    if (title) afterContext.set(text.indexOf(title.split(" ")[0] ?? "", start), title);
    add(title, anchored);
  }
  for (const m of text.matchAll(GENDER_TAG)) {
    const title = titleEndingAt(text, m.index, stop, true);
    // "poste de Responsable Achats – Pôle Industriel (H/F)": the tag ends the title a context word
    // starts, and what it follows alone is that title's qualifier (or a place after it).
    const whole = title ? titleBeforeDash(text, m.index, title, afterContext, stop) : null;
    add(whole ?? (title && withDashQualifier(title, text, m.index + m[0].length, stop)), marked);
  }
  for (const m of text.matchAll(GENDER_ENDING)) add(aroundGenderedWord(text, m.index, stop, adjectivesBefore), marked);
}

/** The title a context word started before a dash that `tail` (ending at `end`) follows, if any. */
function titleBeforeDash(
  text: string,
  end: number,
  tail: string,
  afterContext: Map<number, string>,
  stop: RegExp,
): string | null {
  const escaped = escapeRegExp(tail);
  const dash = new RegExp(`\\s([–—-])\\s+${escaped}\\s*$`, "u").exec(text.slice(Math.max(0, end - 200), end));
  if (!dash) return null;
  const dashAt = Math.max(0, end - 200) + dash.index;
  for (const [start, title] of afterContext) {
    const bare = start < dashAt ? text.slice(start, dashAt).trim() : "";
    // "poste de Chef de projet – Raccordement réseau (H/F)": the context word's title stopped at the
    // dash, and what the tag follows is its qualifier, unless a place or a stop word.
    if (bare && title === bare && isQualifier(tail, text, stop)) return `${title} ${dash[1]} ${tail}`;
    if (bare && (title === bare || title.startsWith(`${bare} `))) return title;
  }
  return null;
}

/**
 * Titles a message in another language states, with points on the scale role.ts uses: marked
 * titles in the newest message count most, then the subject's marked parts, the quoted thread least.
 * A subject part without a mark may be anything ("Quai Ouest Studio"): role.ts reads those.
 */
export function localTitles(facts: MailFacts, words: TitleWords): Map<string, number> {
  const scores = new Map<string, number>();
  titlesIn(facts.body.slice(0, 30_000), words, 5, 3, scores);
  titlesIn(facts.quoted.slice(0, 30_000), words, 2, 1, scores);
  const { stop, before, head, nounsCapitalised, adjectivesBefore } = compile(words);
  const add = (title: string | null, points: number) => {
    if (title) scores.set(title, (scores.get(title) ?? 0) + points);
  };
  const pieces = facts.subject.split(/(\s+[-–—|]\s+|:\s+)/);
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i] ?? "";
    const tag = part.search(HAS_GENDER_TAG);
    if (tag >= 0) {
      const tagged = titleEndingAt(part, tag, stop, true);
      // "Zweitgespräch – Teamleiter Disposition – Kontraktlogistik (m/w/d)": the tag closes a title
      // and its qualifier when the part before the dash is wholly a title starting with a title word.
      const previous = (pieces[i - 2] ?? "").trim();
      const dash = /[-–—]/.exec(pieces[i - 1] ?? "")?.[0];
      const whole =
        dash &&
        tagged &&
        head?.test(previous.split(/\s+/)[0] ?? "") &&
        isQualifier(tagged, `${facts.subject}\n${facts.body}`, stop)
          ? titleStartingAt(previous, 0, stop, false, nounsCapitalised, true)
          : null;
      add(whole === previous ? `${previous} ${dash} ${tagged}` : tagged, 4);
      continue;
    }
    // "Analyste principal(e), données actuarielles": the title and its specialisation around the word.
    const ending = FIRST_GENDER_ENDING.exec(part);
    if (ending) {
      add(aroundGenderedWord(part, ending.index, stop, adjectivesBefore), 4);
      continue;
    }
    // "Proposta – Gerente de Produto Sênior": a part that starts with a title word is the title.
    const trimmed = part.trim();
    if (head?.test(trimmed.split(/\s+/)[0] ?? ""))
      add(titleStartingAt(trimmed, 0, stop, false, nounsCapitalised, true), 3);
  }
  // "Angående din ansökan till SEO-skribent": a context word in the subject, as in the body.
  for (const m of facts.subject.matchAll(before))
    add(titleStartingAt(facts.subject, m.index + m[0].length, stop, false, nounsCapitalised), 3);
  return scores;
}
