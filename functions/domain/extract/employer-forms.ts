// Which written form of a company is its name, and which names are not employers at all: the
// fuller name a short domain stands for ("Northwind Analytics" at northwind.io), agencies writing
// about a client, and job titles that look like capitalised names.
import {
  canonicalCompany,
  endsInLegalForm,
  foldName,
  isIndustryWord,
  LETTER_OR_DIGIT_BEFORE,
  labelEndsInIndustryWord,
  type NamePhrase,
  writtenAlone,
} from "./company-names";
import { afterWordLiteral } from "./literal-start";
import { escapeRegExp } from "./regex-source";

const TITLE_WORD =
  /^(?:Engineer|Developer|Designer|Analyst|Manager|Scientist|Architect|Director|Lead|Recruiter|Consultant|Specialist|Administrator|Researcher|Coordinator|Associate|Intern|Senior|Staff|Principal|Junior|Head|VP|Planner|Buyer|Accountant|Actuary|Producer|Technician|Programmer|Tester|Strategist)$/;

/** "Senior Backend Engineer" is a role, not a company. */
export function looksLikeJobTitle(name: string): boolean {
  // A level after the title does not make it a name: "Platform Engineer III", "Analyst 2".
  const words = name.replace(/(?:\s+(?:[IV]{1,3}|\d))+$/, "").split(/\s+/);
  const last = words[words.length - 1] ?? "";
  // "Principal Systems", "Lead Logistics": a company's industry word at the end outweighs a level word first.
  // Not a title's area after "of" or "for": "Director of Engineering" is a job.
  if (words.length > 1 && !TITLE_WORD.test(last) && isIndustryWord(last) && !words.some((w) => /^\p{Ll}/u.test(w)))
    return false;
  return TITLE_WORD.test(words[0] ?? "") || TITLE_WORD.test(last);
}

// Staffing and search firms: their domain names the agency, and the client is the employer.
const AGENCY_LABEL = /(?:search|recruit|staffing|headhunt|resourcing|placement|talent|executive-?hire)/i;

export function isAgencyLabel(label: string): boolean {
  return AGENCY_LABEL.test(label);
}

/**
 * The fuller form of a name a domain spells only in part: "Northwind" (northwind.io) is written
 * "Northwind Analytics" in the subject or signature. Only one or two added words ending in an
 * industry word count, and not when the domain already ends in one ("pinebrookmutual"; a signed
 * fuller form of those is `signedFullerName`'s). A subject's short form does not keep the short name.
 */
export function fullerName(phrases: NamePhrase[], spelled: NamePhrase, label: string, text = ""): string | null {
  // "pinebrookmutual" written "Pinebrook Mutual Insurance", "kavericloud" written "Kaveri Cloud
  // Labs": one more industry or brand word only ("Holdings" or "Group" after it is a parent), and
  // not where the text also writes the domain's name on its own (a signature's "Pinebrook Mutual").
  const labelComplete = labelEndsInIndustryWord(label);
  if (labelComplete && writtenAlone(spelled.text, text)) return null;
  const spelledWords = spelled.text.split(/\s+/).length;
  const counts = new Map<string, number>();
  for (const phrase of phrases) {
    if (!phrase.folded.startsWith(spelled.folded) || phrase.folded === spelled.folded) continue;
    const name = canonicalCompany(phrase.text);
    if (!name) continue;
    const words = name.split(/\s+/);
    const added = words.length - spelledWords;
    const last = words[words.length - 1] ?? "";
    const suffixKept = isIndustryWord(last) || (NAME_SUFFIX.test(last) && alwaysWrittenWith(phrases, spelled, last));
    if (added < 1 || added > 2 || !suffixKept || !foldName(name).startsWith(spelled.folded)) continue;
    // Not a group's name ("Coralsea Group Services"): the group signs for its companies.
    const group = PARENT_TAIL.test(last) || PARENT_TAIL.test(spelled.text.slice(spelled.text.lastIndexOf(" ") + 1));
    if (labelComplete && (added !== 1 || !name.startsWith(`${spelled.text} `) || group)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // The fuller form is the name even where a subject writes the short one ("Quillmoor - next steps"
  // from a company that signs "Quillmoor Health"): the company's own signed form is its name.
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * "Tallowwood" (a subject's short form) is written in full in the text as "Tallowwood Energy": one
 * added industry word is part of the name the company goes by, so the fuller form is kept.
 */
export function fullerWrittenForm(name: string, phrases: NamePhrase[], text: string, body: string): string | null {
  // The body writes the short form on its own ("Talent Partner | Anchor"): that is its name there.
  if (writtenAlone(name, body)) return null;
  const folded = foldName(name);
  for (const phrase of phrases) {
    if (!phrase.folded.startsWith(folded) || phrase.folded === folded || !phrase.text.startsWith(`${name} `)) continue;
    // The whole written name, not the start of a longer one ("Anchor Insurance Services Ltd").
    const next = text.slice(phrase.index + phrase.text.length, phrase.index + phrase.text.length + 3);
    if (!/['’]s$/u.test(phrase.text) && /^[ \t]{1,2}[\p{Lu}\p{N}&]/u.test(next)) continue;
    const full = canonicalCompany(phrase.text);
    const added = full ? full.split(/\s+/).length - name.split(/\s+/).length : 0;
    if (!full || added < 1 || added > 2) continue;
    // Two added words only in an agency's or group's prose: "Halden Home Energy" for "Halden".
    if (added === 2 && !writtenTail(full)) continue;
    if (added === 1 && (isIndustryWord(full.slice(full.lastIndexOf(" ") + 1)) || writtenTail(full))) return full;
    if (added === 2) return full;
  }
  return abbreviatedLastWord(name, text);
}

/**
 * "Tidewell" (a brand its group's recruiter names, or a subject's short form) that the message's
 * own text also writes as "Tidewell Insurance would like to offer you": the form with one more
 * industry word after it is the company's name, even where the short form is written alone too.
 */
export function industryWrittenForm(name: string, ownText: string): string | null {
  const words = name.split(/\s+/);
  // "Castellan Group", "Pinebrook Mutual" already end in such a word: "Holdings" after it is a legal line.
  if (!name || words.length > 3 || isIndustryWord(words[words.length - 1] ?? "") || /^Group$/i.test(words.at(-1) ?? ""))
    return null;
  // Each place the name is written is looked at (as in `withLeadingThe`), not the whole text with
  // a pattern built per name: a match starts where no letter or digit comes before the name and
  // the next search starts after it, as a global pattern's would.
  const forms = new Map<string, number>();
  for (let at = ownText.indexOf(name); at >= 0; ) {
    WORD_AFTER_NAME.lastIndex = at + name.length;
    const m = LETTER_OR_DIGIT_BEFORE.test(ownText.slice(Math.max(0, at - 2), at))
      ? null
      : WORD_AFTER_NAME.exec(ownText);
    if (!m) {
      at = ownText.indexOf(name, at + 1);
      continue;
    }
    const end = WORD_AFTER_NAME.lastIndex;
    at = ownText.indexOf(name, end);
    const word = m[1] ?? "";
    // A registered name ("The Fold Financial, Inc.") is the legal line, not the name in use.
    const after = ownText.slice(end, end + 12);
    if (
      /^,?[ \t]*(?:Inc|LLC|Ltd|Limited|Corp|Pty|Pte|Pvt|Sdn|GmbH|plc|N\.?V|B\.?V|S\.?A|S\.?p\.?A|S\.?r\.?l|S\.?L|SAS|AG|AB|ApS|A\/S|ASA|Oyj?)\b/u.test(
        after,
      )
    )
      continue;
    if (!writtenTail(`${name} ${word}`) || TITLE_WORD.test(word) || NOT_NAME_WORD.test(word)) continue;
    forms.set(word, (forms.get(word) ?? 0) + 1);
  }
  // One industry word only: "Acme Capital" and "Acme Energy" in one text are two companies.
  if (forms.size !== 1) return null;
  const [word] = [...forms.keys()];
  // A subject that writes the short form on its own ("Quarry Lane - offer letter") does not keep it.
  return `${name} ${word}`;
}

/** A capitalised word after a name ("Tidewell Insurance"), not the start of a longer name. */
const WORD_AFTER_NAME = /[ \t]+(\p{Lu}\p{Ll}{2,})(?![ \t]{1,2}[\p{Lu}\p{N}&]|[\p{L}\p{N}-])/uy;

// Words that end a company's name in prose, beyond the industry words a domain may end in.
const WRITTEN_TAILS = new Set([
  "power",
  "superannuation",
  "solar",
  "utilities",
  "water",
  "energy",
  "insurance",
  "labs",
]);

function writtenTail(full: string): boolean {
  const last = full.slice(full.lastIndexOf(" ") + 1);
  return WRITTEN_TAILS.has(last.toLowerCase()) || isIndustryWord(last);
}

/**
 * "Kestrel Super" (a subject's short form) written in full as "Kestrel Superannuation": the last
 * word cut short stands for the written one.
 */
function abbreviatedLastWord(name: string, text: string): string | null {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  if (words.length < 2 || last.length < 3 || !text.includes(name)) return null;
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(\\p{Ll}{3,})(?![\\p{L}\\p{N}])`, "u").exec(text);
  if (!m?.[1]) return null;
  const full = `${name}${m[1]}`;
  return writtenTail(full) ? full : null;
}

/**
 * The registered name a letterhead or a letter's signature writes on a line of its own: "Wharfside"
 * (a subject's or signature's short form) is "Wharfside Tidal Energy Limited" there, and the
 * company's name is the registered one without its legal form. One or two words after the name,
 * the last an industry or brand word, then a legal form; a letterhead in capitals counts, its added
 * words written as words. Only one such form in the text. A legal entity's filler word ("Skiff
 * Technologies, Inc." for a brand that calls itself "Skiff") does not lengthen the name.
 */
export function registeredFullerForm(name: string, text: string): string | null {
  if (!name || name.split(/\s+/).length > 3) return null;
  const upper = name.toUpperCase();
  const forms = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.length > 90 || !endsInLegalForm(line)) continue;
    const capitals = !/\p{Ll}/u.test(line);
    if (!(capitals ? line.startsWith(`${upper} `) : line.startsWith(`${name} `))) continue;
    const bare = canonicalCompany(line);
    if (!bare) continue;
    const added = bare.slice(name.length).trim().split(/\s+/).filter(Boolean);
    const words = capitals ? added.map((w) => w.charAt(0) + w.slice(1).toLowerCase()) : added;
    const last = words[words.length - 1] ?? "";
    if (words.length < 1 || words.length > 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    // An entity word lengthens a one-word brand only in the legal line ("Skiff Technologies, Inc."),
    // not a name that already ends in its industry ("Domstad Mobility Solutions B.V.").
    const entity =
      ENTITY_WORD.test(last) && !(name.includes(" ") && isIndustryWord(name.slice(name.lastIndexOf(" ") + 1)));
    if (!(isIndustryWord(last) || BRAND_TAIL.test(last)) || PARENT_TAIL.test(last) || entity) continue;
    forms.add(`${name} ${words.join(" ")}`);
  }
  return forms.size === 1 ? ([...forms][0] ?? null) : null;
}

// Words a legal entity adds to a brand's name that say nothing of its business.
const ENTITY_WORD = /^(?:Technologies|Technology|Solutions|Enterprises|Industries|Ventures)$/;

// Words after a complete name that make it its parent: "Tarn Capital Holdings", "Kelp Mutual Group".
const PARENT_TAIL = /^(?:Group|Holdings?|Gruppe|Groupe|Grupo)$/;

// Short words some companies carry in their name ("Ferrule AI" at ferrule.ai). Unlike industry
// words they are kept only when the text never writes the name without them.
const NAME_SUFFIX = /^(?:AI|HQ)$/;

function alwaysWrittenWith(phrases: NamePhrase[], spelled: NamePhrase, suffix: string): boolean {
  const withSuffix = new Set(phrases.filter((p) => p.text.startsWith(`${spelled.text} ${suffix}`)).map((p) => p.index));
  const mentions = phrases.filter((p) => p.folded === spelled.folded);
  return mentions.length > 0 && mentions.every((p) => withSuffix.has(p.index));
}

/**
 * A name that keeps a leading "The": the text writes "The Fold" with a capital T inside a
 * sentence ("your interest in The Fold"), where an article would be lower-case.
 */
export function withLeadingThe(name: string, text: string): string {
  if (/^the\s/i.test(name) || !name) return name;
  // Same line, after a lower-case word: a sign-off line ("Best,\nThe Kestrel Pay Team") does not count.
  // Each place the name is written is looked at, not the whole text with a regex built per name.
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.slice(at + name.length, at + name.length + 2);
    if (/^[\p{L}\p{N}]/u.test(after)) continue;
    if (LOWER_THEN_THE.test(text.slice(Math.max(0, at - 200), at))) return `The ${name}`;
  }
  return name;
}

const LOWER_THEN_THE = /\p{Ll}[ \t]+The[ \t]+$/u;

/** A captured name stops at a sentence end: "my client, Signal. They build ..." is "Signal". */
export function untilSentenceEnd(raw: string): string {
  for (const m of raw.matchAll(/\.\s+/g)) {
    const head = raw.slice(0, m.index);
    if (!/\b(?:Co|Inc|Ltd|Corp|Bros|St|Mt|Dr|No)$|(?:^|\s)\p{Lu}$/u.test(head)) return head;
  }
  return raw;
}

// One name unit as the employer patterns write it, for the parent and brand patterns below.
const UNIT = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|&)(?:[ \t]+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|&|and|of)){0,4})`;
const PARENT_PATTERNS = [
  // "Fernwick, a Halden Group company", "Bolt — an Acme company", "Steward, one of the Granary brands"
  new RegExp(
    String.raw`${UNIT}\s*(?:,|[–—-]|\bis)\s+(?:a|an|part of the|one of the)\s+${UNIT}\s+(?:compan(?:y|ies)|brands?|business(?:es)?)\b`,
    "gu",
  ),
  // "Driftline Ltd is a subsidiary of Marlow Holdings plc", "Skylark, part of Corvid Holdings"
  new RegExp(
    String.raw`${UNIT}\s*(?:,|\bis)\s+(?:a\s+(?:wholly[- ]owned\s+)?(?:subsidiary|division|member|brand)\s+of|part\s+of|owned\s+by)\s+(?:the\s+)?${UNIT}`,
    "gu",
  ),
  // "Tienda Colibrí, una de las marcas de Grupo Sierra Alta", "Fahrwerk, eine Marke der Holzmark
  // Gruppe", "Lumen, une filiale du groupe Atrium": the same statement in Spanish, German, French.
  new RegExp(
    String.raw`${UNIT}\s*(?:,|[–—-]|\bes|\bist|\best)\s+(?:una de las marcas|una marca|una empresa|una filial|parte|eine Marke|ein Unternehmen|eine Tochter(?:gesellschaft)?|Teil|une marque|une filiale|une société|une entreprise|l['’]une des marques)\s+(?:de|del|der|des|du)\s+(?:(?:grupo|groupe|la|el)\s+)?${UNIT}`,
    "gu",
  ),
];

const PARENT_WORDS = [
  /company|brand|business/,
  /(?:subsidiary|division|member|brand)\s+of|part\s+of|owned\s+by/,
  /marcas?|empresa|filial|parte|Marke|Unternehmen|Tochter|Teil|marques?|société|entreprise/,
];

/**
 * Brand and parent pairs the text states. The candidate applied to the brand; the parent's name
 * (and often its mail domain) is the group's, not the employer's.
 */
export function parentsOfBrands(text: string): { brand: string; parent: string }[] {
  const pairs: { brand: string; parent: string }[] = [];
  for (const [index, pattern] of PARENT_PATTERNS.entries()) {
    // The words every match of the pattern has: without them, no pass of the name pattern is needed.
    if (!PARENT_WORDS[index]?.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      const brand = m[1] ? canonicalCompany(m[1]) : null;
      const parent = m[2] ? canonicalCompany(m[2]) : null;
      if (brand && parent && foldName(brand) !== foldName(parent)) pairs.push({ brand, parent });
    }
  }
  return pairs;
}

/**
 * "The Copperleaf Company": a name framed by a capitalised "The" and "Company" keeps both, since
 * the frame is the name itself, not an article and a generic noun.
 */
export function withCompanyFrame(name: string, text: string): string {
  const bare = name.replace(/^The\s+/, "");
  if (!text.includes("Company") || !text.includes(bare)) return name;
  const framed = new RegExp(`(?:^|[^\\p{L}])The[ \\t]+${escapeRegExp(bare)}[ \\t]+Company(?![\\p{L}])`, "u");
  return framed.test(text) ? `The ${bare} Company` : name;
}

// Between the parts of a signature line: "Lead | Acme Data", "Acme Data – 12 Quay Street".
const SIGNATURE_PART_BREAK = /\s+[|·•]\s+|\s+[–—]\s+(?=\d)/;

const INDUSTRY_THEN_COMPANY = /(\p{Lu}\p{Ll}+)[ \t]+Company$/u;

// Words a signature adds to a company's name that are not part of it ("Halden Careers").
const NOT_NAME_WORD =
  /^(?:Team|Teams|Careers|Career|Early|Graduate|Campus|Jobs|Talent|Recruiting|Recruitment|Resourcing|People|HR|Human|Resources|Hiring|Acquisition|Group|Company|Office|The|Your|Ihr|Ihre|Votre|Uw|Je|Tu|Su|Personal|Werving|Recrutement|Reclutamiento)$/i;

/**
 * The name a company signs with: "Lakeshore Freight" (from the domain) is signed "Director of
 * Analytics | Lakeshore Freight Labs" or "Dijkstra & Mol Verzekeringen N.V." on a line of its own.
 * A signature line (or one of its "|" parts) that writes the name with one or two more words, one
 * of them possibly before it ("Maison Verdier Cosmétiques SAS"), is the name; not when some
 * signature line writes the short form on its own ("Talent Partner | Anchor").
 */
export function signedFullerName(name: string, body: string, domainLabel: string): string | null {
  const words = name.split(/\s+/);
  // "pinebrookmutual" already ends in an industry word: the domain spells the name in full, and only
  // one more such word signed after it lengthens it ("Lakeshore Freight Labs" at lakeshorefreight.com).
  if (!name || words.length > 4) return null;
  const labelComplete = labelEndsInIndustryWord(domainLabel);
  // Only a part that writes the name's first word can sign it (a canonical name is a stretch of the
  // part, its spaces evened out): the others are skipped before their canonical form is computed.
  const first = words[0] ?? "";
  const parts = body
    .split(/\r?\n/)
    .map((line) => line.trim())
    // Not a sentence ("... to the team."), but a registered line may end in "Inc." or "Ltd.".
    .filter(
      (line) =>
        line.length > 0 &&
        line.length <= 90 &&
        line.includes(first) &&
        !/[!?:]\s*$/.test(line) &&
        (!/\p{Ll}{2}\.\s*$/u.test(line) || endsInLegalForm(line)),
    )
    // "Cigalia Mutuelle Santé – 45 avenue …": a dash before the address ends the name as "|" does.
    .flatMap((line) => line.split(SIGNATURE_PART_BREAK))
    // "Talent Partner, Summit & Sage Outdoor Co.": a title before a comma is not part of the name.
    .flatMap((part) => {
      const comma = part.indexOf(", ");
      return comma > 0 && TITLE_LINE.test(part.slice(0, comma)) ? [part.slice(comma + 2)] : [part];
    })
    .map((part) => part.trim());
  let signed: string | null = null;
  for (const signedPart of parts) {
    // "Brightwater Mutual Insurance Company": "Company" after an industry word closes the name as a
    // legal form does; the name is the words before it.
    const part = signedPart.replace(INDUSTRY_THEN_COMPANY, (_, word: string) => (isIndustryWord(word) ? word : _));
    if (!part.includes(first)) continue;
    const full = canonicalCompany(part);
    if (!full) continue;
    if (full === name) return null;
    const fullWords = full.split(/\s+/);
    const added = fullWords.length - words.length;
    if (added < 1 || added > 2) continue;
    const at = fullWords.findIndex((_, i) => fullWords.slice(i, i + words.length).join(" ") === name);
    if (at < 0 || at > 1) continue;
    const extra = [...fullWords.slice(0, at), ...fullWords.slice(at + words.length)];
    if (part.split(/[\s-]+/).some((w) => NOT_NAME_WORD.test(w))) continue;
    if (extra.some((w) => !/^\p{Lu}[\p{L}]{2,}$/u.test(w) || TITLE_WORD.test(w))) continue;
    if (
      labelComplete &&
      (added !== 1 || at !== 0 || !(BRAND_TAIL.test(extra[0] ?? "") || isIndustryWord(extra[0] ?? "")))
    )
      continue;
    // A word before the name only on a registered name's line ("Maison Verdier Cosmétiques SAS").
    if (at > 0 && canonicalCompany(part) === part.replace(/[\s.,]+$/, "")) continue;
    signed ??= full;
  }
  return signed;
}

// Words a brand adds after a name its domain spells in full ("Lakeshore Freight Labs"), besides a
// second industry word ("Pinebrook Mutual Insurance" signed at pinebrookmutual.com).
const BRAND_TAIL = /^(?:Labs?|Studios?|Works|Collective)$/;

/**
 * "Sophie Tran <no-reply@hire.lever.co>" signing "Sophie Tran" on a line of her own: the relay's
 * display name is the recruiter, not the company.
 */
export function signsAsPerson(displayName: string, body: string): boolean {
  const name = displayName.trim();
  if (!/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(name)) return false;
  if (isIndustryWord(name.slice(name.lastIndexOf(" ") + 1))) return false;
  const lines = body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  // The line under the name gives a title and the company ("Talent Acquisition, Ironbark Analytics"),
  // or a title alone ("People & Culture Advisor") above the company's line.
  return lines.some(
    (line, i) =>
      line === name &&
      (/^[^,|]{2,40}(?:,|\s\|)\s*\p{Lu}/u.test(lines[i + 1] ?? "") || TITLE_LINE.test(lines[i + 1] ?? "")),
  );
}

const TITLE_LINE =
  /^(?:(?:\p{Lu}[\p{L}'-]*|&)[ \t]+){0,4}(?:Advisor|Adviser|Partner|Recruiter|Manager|Coordinator|Co-ordinator|Specialist|Lead|Director|Officer|Generalist|Consultant|Associate|Sourcer|Administrator|Assistant)$/u;

// Short words inside a company's name that join its last words ("Andesur Logística y Distribución",
// "Sablon Conseil & Associés"): they may be among the words a signed name adds.
const JOINING_WORD = /^(?:&|and|y|e|et|und|en|de|del|da|do|di)$/;

/**
 * The fullest name a signature writes for the company: "Petaling Payments" (the domain's reading)
 * is signed "Petaling Payments Group Sdn Bhd" on a line of its own, "Head of Data, Leith Quay Data
 * Partners" after a title, "Giralda Energías Renovables, S.A." with a word between the name's. A
 * short line (or a "|" part, or what follows a comma after a title) whose name, its legal form
 * taken off, keeps the name's words in order from its first word and adds one to three capitalised
 * words (joining words like "y" or "&" inside) is the company's own signed name. Not a sentence,
 * not a team's or careers line ("Petaling Payments Careers"), not a title; only one such form.
 */
export function signedLongerForm(name: string, text: string): string | null {
  const words = name.split(/\s+/);
  // A group's name ("Reef Group") signed with more words after it is one of its companies.
  if (!name || words.length > 4 || PARENT_TAIL.test(words.at(-1) ?? "")) return null;
  const first = words[0] ?? "";
  const forms = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.length > 90 || !line.includes(first) || /[!?:;]\s*$/.test(line)) continue;
    // A sentence ends in a lower-case word and a full stop; a registered line may end in "S.A.".
    if (/\p{Ll}{2}\.\s*$/u.test(line) && !endsInLegalForm(line)) continue;
    for (const piece of line.split(SIGNATURE_PART_BREAK)) {
      // "Head of Data, Leith Quay Data Partners": the part after a title's comma.
      const comma = piece.indexOf(", ");
      const part = comma > 0 && !piece.startsWith(first) ? piece.slice(comma + 2) : piece;
      if (!part.startsWith(`${first} `)) continue;
      const full = canonicalCompany(part);
      // A signature line that writes the name on its own ("Pinebrook Mutual") keeps it.
      if (full === name) return null;
      if (!full) continue;
      const fullWords = full.split(/\s+/);
      const added = fullWords.length - words.length;
      if (added < 1 || added > 3 || !inOrder(words, fullWords)) continue;
      const extra = fullWords.filter((w, i) => !keptAt(words, fullWords, i) && w);
      const capitalised = extra.filter((w) => !JOINING_WORD.test(w));
      if (capitalised.length === 0 || capitalised.length > 2) continue;
      if (!capitalised.every((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w) && !TITLE_WORD.test(w))) continue;
      // "Petaling Payments Careers", "Talent Acquisition" written in: a team's line, not the name.
      if (capitalised.some((w) => NOT_NAME_WORD.test(w) && !/^Group$/i.test(w))) continue;
      if (JOINING_WORD.test(fullWords.at(-1) ?? "")) continue;
      forms.add(full);
    }
  }
  return forms.size === 1 ? ([...forms][0] ?? null) : null;
}

/** The name's words are the longer name's, in order, its first word first. */
function inOrder(words: string[], fullWords: string[]): boolean {
  if (fullWords[0] !== words[0]) return false;
  let at = 0;
  for (const word of fullWords) if (word === words[at]) at += 1;
  return at === words.length;
}

/** Whether the longer name's word at `index` is one of the name's (matched greedily from the start). */
function keptAt(words: string[], fullWords: string[], index: number): boolean {
  let at = 0;
  for (const [i, word] of fullWords.entries()) {
    if (word === words[at]) {
      if (i === index) return true;
      at += 1;
    }
  }
  return false;
}

// A legal form written inside a sentence, the sentence going on after it: "Co. has sent you".
const LEGAL_IN_PROSE = String.raw`(?:Co\.|Company|Inc\.|Incorporated|LLC|L\.L\.C\.|Ltd\.|Limited|Corp\.|Corporation|GmbH|AG|B\.V\.|N\.V\.|S\.A\.|SAS|Pty Ltd|Pte\.? Ltd\.?|Pvt\.? Ltd\.?|Sdn\.? Bhd\.?|S\.p\.A\.|SpA|S\.r\.l\.|S\.L\.|AB|ApS|A\/S|ASA|Oyj?)`;

/**
 * "Harrow Lane" (a relay's display name or a subject's short form) that the message's own prose
 * writes with its legal form as a sentence's subject, "Harrow Lane Provisions Co. has sent you an
 * offer": the words between the name and the legal form belong to the name. One or two capitalised
 * words, none a job title's or a team's, then the legal form, then the sentence going on in lower
 * case (not a letterhead or a registered line); only one such form in the text.
 */
export function proseLegalForm(name: string, text: string): string | null {
  if (!name || name.split(/\s+/).length > 3) return null;
  const tail = String.raw`((?:[ \t]+\p{Lu}\p{Ll}+){1,2}),?[ \t]+${LEGAL_IN_PROSE}[ \t]+\p{Ll}{2,}`;
  const forms = new Set<string>();
  for (const m of afterWordLiteral(text, name, tail, "gu")) {
    const words = (m[1] ?? "").trim().split(/\s+/);
    if (words.some((w) => TITLE_WORD.test(w) || NOT_NAME_WORD.test(w) || ENTITY_WORD.test(w) || PARENT_TAIL.test(w)))
      continue;
    forms.add(`${name} ${words.join(" ")}`);
  }
  return forms.size === 1 ? ([...forms][0] ?? null) : null;
}
