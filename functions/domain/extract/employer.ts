// Which employer a message is about. Evidence, strongest first: a phrase in the text that spells a
// human correspondent's domain ("Kestrel Pay" for kestrelpay.com), an agency's client, a relay's
// display name ("Brightline Freight <no-reply@ashbyhq.com>"), subject and body patterns, and at
// last the domain label itself.

import type { MailFacts, Party } from "../mail-facts";
import { domainLabel, domainOf, isFreeMail, isJobBoard, isRelayDomain, isScreeningVendor } from "../senders";
import {
  canonicalCompany,
  endsInLegalForm,
  foldName,
  isIndustryWord,
  type NamePhrase,
  nameFromDomainLabel,
  namePhrases,
} from "./company-names";
import {
  labelSpellsHeadAndInitials,
  labelVariants,
  legallyWrittenNames,
  namesAbbreviatedBy,
  phraseFolds,
  shortFormWrittenAlone,
} from "./domain-forms";
import { addressesOf } from "./emails";
import {
  fullerName,
  fullerWrittenForm,
  industryWrittenForm,
  isAgencyLabel,
  looksLikeJobTitle,
  parentsOfBrands,
  proseLegalForm,
  registeredFullerForm,
  signedFullerName,
  signedLongerForm,
  signsAsPerson,
  untilSentenceEnd,
  withCompanyFrame,
  withLeadingThe,
} from "./employer-forms";
import { CLIENT_ACTS, GROUP_NAME, JOB_AT, THIRD_PERSON } from "./employer-groups";
import { type Features, logFeature as log } from "./evidence";
import { patternFor } from "./letter-runs";
import { escapeRegExp } from "./regex-source";

export interface EmployerGuess {
  name: string | null;
  /** What the choice rests on: the features its calibrated confidence is computed from. */
  evidence: Features;
}

/** Kinds of evidence for a name; independent kinds that agree make it surer. */
type Source =
  | "client"
  | "domain_spelled"
  | "domain_abbreviated"
  | "domain_prefix"
  | "domain_label"
  | "legal_name"
  | "relay_name"
  | "from_name"
  | "text"
  | "subject";

/** Points per candidate name, and the kinds of evidence each got them from. */
interface Tally {
  points: Map<string, number>;
  sources: Map<string, Set<Source>>;
}

// Patterns that put a company name right after them. The capture is cut down by canonicalCompany.
const NAME = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|&)(?:[ \t]+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|&|and|of)){0,4})`;
const CLIENT_PATTERNS = [
  new RegExp(String.raw`\b(?:[Mm]y|[Oo]ur)\s+client,?\s+${NAME}`, "gu"),
  new RegExp(String.raw`\bon behalf of (?:my|our) client,?\s+${NAME}`, "gu"),
  new RegExp(String.raw`\b(?:a|an) (?:role|position|opening) (?:with|at) (?:my|our) client,?\s+${NAME}`, "gu"),
  // The same in the other languages the rules read: "Nuestro cliente, Nopal Logística, ...".
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Nn]uestro|[Mm]i|[Nn]osso|[Mm]eu) cliente,?\s+${NAME}|(?<![\p{L}])(?:[Nn]otre|[Mm]on) client,?\s+${NAME}|(?<![\p{L}])(?:[Uu]nser(?:em)?|[Mm]ein(?:em)?) Kunden?,?\s+${NAME}|(?<![\p{L}])(?:[Oo]nze|[Mm]ijn) klant,?\s+${NAME}`,
    "gu",
  ),
];
// What follows a company's name in its possessive (below).
const POSSESSIVE_TAIL = String.raw`['’]s (?:(?:formal|verbal|written|final) )?(?:offer|role|position|opening|process|interview\w*|hiring|team|recruit\w*|talent|leadership|board|founders?|CEO|CFO|CTO|COO|HR)\b`;
// For the patterns that begin with a name, and so are tried at every position, what every match of
// them writes after the name: a text without that is spared the pattern's pass (the same matches).
const TAILS = new Map<RegExp, RegExp>();
function withTail(pattern: RegExp, tail: RegExp): RegExp {
  TAILS.set(pattern, tail);
  return pattern;
}

const TEXT_PATTERNS = [
  new RegExp(
    String.raw`\b(?:offer|application|interview|role|position|opportunity|career|future|journey) (?:from|at|to|with) ${NAME}`,
    "gu",
  ),
  new RegExp(String.raw`\b(?:applying|applied|interest) (?:to|in|at) ${NAME}`, "gu"),
  // "the final round with Orbitline Logistics": a stage of the process is held with the company.
  new RegExp(String.raw`\b(?:first|second|third|next|final|last) (?:round|stage|step)s? (?:with|at) ${NAME}`, "gu"),
  new RegExp(String.raw`\b(?:join|joining|welcome to|on behalf of|team at|here at|next steps with) ${NAME}`, "gu"),
  withTail(
    new RegExp(String.raw`^${NAME}\s+(?:Recruiting|Talent|Hiring|Careers|People) Team\s*$`, "gmu"),
    /\s(?:Recruiting|Talent|Hiring|Careers|People) Team/,
  ),
  withTail(
    new RegExp(
      String.raw`^(?:Interview (?:invitation|confirmed|request)|Your offer|Offer)\b[^\n]*?[–—-]\s*${NAME}`,
      "gmu",
    ),
    /^(?:Interview (?:invitation|confirmed|request)|Your offer|Offer)\b/m,
  ),
  // A vendor or relay writing for the employer: "Meridia Pharma has requested that you complete...".
  withTail(
    new RegExp(String.raw`^${NAME} has (?:requested|asked|invited)\b`, "gmu"),
    / has (?:requested|asked|invited)\b/,
  ),
  new RegExp(String.raw`\b(?:requested|ordered) by ${NAME}`, "gu"),
  // "for the Harbor Mutual role"; titles are filtered out in add().
  new RegExp(String.raw`\bthe ${NAME} (?:role|position|opening|opportunity|process|offer)\b`, "gu"),
  // "accept Tallowwood Energy's offer", "Harbor Mutual's CFO": the company's own offer, people, process.
  withTail(new RegExp(`${NAME}${POSSESSIVE_TAIL}`, "gu"), new RegExp(POSSESSIVE_TAIL)),
];
// A signature's title line: "Talent Partner | Northwind Analytics". Read in the body only: in a
// subject ("Offer - Manager, Clinical Data Analytics") the words after the comma are the title's.
const SIGNATURE_TITLE = new RegExp(
  String.raw`(?:Recruit\w*|Talent[\w ]*|Partner|Manager|Lead|Director|Head of [\w ]+)\s*[|,]\s*${NAME}\s*$`,
  "gmu",
);
// A subject that leads with a name: "Re: Harbor Mutual - final interview", "Harbor Mutual update".
const SUBJECT_LEAD = new RegExp(
  String.raw`^(?:(?:re|fwd?|fw|aw|wg|tr|rv)\s*:\s*)*${NAME}(?:\s+[-–—|:]\s|\s+(?:update|news|feedback|next steps)\s*$)`,
  "giu",
);

// A company's own people or process in its possessive, as a group's recruiter writes of a brand.
const BRAND_POSSESSIVE = withTail(
  new RegExp(String.raw`${NAME}['’]s (?:leadership|hiring (?:manager|team)|team|founders?|CEO|CTO|CFO|COO)\b`, "gu"),
  /['’]s (?:leadership|hiring|team|founder|CEO|CTO|CFO|COO)/,
);

// An agency's subject naming the client's interview: "RE: Confirmed - Vale Street Bank interview Fri".
const CLIENT_INTERVIEW_SUBJECT = new RegExp(
  String.raw`^(?:(?:re|fwd?|fw|aw|wg|tr|rv)\s*:\s*)*(?:confirmed|confirmation|reminder|rescheduled|moved|updated|invitation)\s*[:–—-]\s*${NAME}\s+interview\b`,
  "giu",
);

// The same subject in the other languages the rules read, the client's name ending it: "Cambio de
// horario: entrevista Volcán Autopartes", "Entretien avec Garrigue Mutuelle".
const CLIENT_INTERVIEW_SUBJECT_LOCAL = new RegExp(
  String.raw`[:–—-]\s*(?:(?:[Ll]a|[Ee]l|[Ll]['’]|[Dd]as|[Hh]et)\s*)?(?:[Ee]ntrevista|[Ee]ntretien|[Ee]ntrevue|Vorstellungsgespräch|[Ss]ollicitatiegesprek)\s+(?:(?:con|en|avec|chez|mit|bei|met|bij)\s+)?${NAME}\s*$`,
  "gu",
);

// A group's recruiter names the brand it hires for.
const HIRING_FOR = new RegExp(String.raw`\b(?:hiring|recruiting) for ${NAME}`, "gu");

const NOT_A_COMPANY =
  /^(?:I|We|You|They|He|She|It|Everyone|Everybody|Both|Nobody|Someone|Somebody|Management|Hi|Hello|Dear|Thanks|Thank|The|This|That|Our|Your|My|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Best|Regards|Re|Fw|Fwd|Senior|Staff|Lead|Principal|Google|Microsoft Teams|Zoom|LinkedIn|DocuSign|Greenhouse|Lever|Workday|Ashby|Interview|Offer|Next|Update|Application|Following|Receipt|Confirmed|Confirmation|Invitation|Phone|Technical|Panel|Final)$/;

function employerDomains(facts: MailFacts, outgoing: boolean): string[] {
  // Neither the owner's domain nor the inbox's names the employer.
  const owners = new Set([...facts.ownerAddresses, ...(facts.ownAddresses ?? [])].map((a) => domainOf(a)));
  const parties: Party[] = outgoing
    ? [...facts.to, ...facts.cc]
    : [...facts.replyTo, ...(facts.from ? [facts.from] : [])];
  const addresses = parties.map((p) => p.address);
  if (!outgoing) addresses.push(...addressesOf(facts.body).map((a) => a.toLowerCase()));
  const domains: string[] = [];
  for (const address of addresses) {
    const domain = domainOf(address);
    if (!domain.includes(".") || isFreeMail(domain) || isRelayDomain(domain) || owners.has(domain)) continue;
    if (!domains.includes(domain)) domains.push(domain);
  }
  return domains;
}

// Level words that are also companies' names ("Principal" at joinprincipal.com).
const LEVEL_WORD = /^(?:Senior|Staff|Lead|Principal)$/;

function add(tally: Tally, raw: string | null | undefined, points: number, source: Source): void {
  const name = raw ? canonicalCompany(untilSentenceEnd(raw)) : null;
  if (!name) return;
  // A name the company's own domain spells is its name, even one that reads as a title ("Lead
  // Architects" at leadarchitects.sg).
  const spelledByDomain = source === "domain_spelled";
  if (NOT_A_COMPANY.test(name) && !(spelledByDomain && LEVEL_WORD.test(name))) return;
  if (looksLikeJobTitle(name) && !spelledByDomain) return;
  tally.points.set(name, (tally.points.get(name) ?? 0) + points);
  tally.sources.set(name, (tally.sources.get(name) ?? new Set<Source>()).add(source));
}

/** `from`'s points and evidence go to `to` (a brand takes its parent's, a full name its short form's). */
function handOver(tally: Tally, from: string, to: string): void {
  tally.points.set(to, (tally.points.get(to) ?? 0) + (tally.points.get(from) ?? 0));
  tally.sources.set(to, new Set([...(tally.sources.get(to) ?? []), ...(tally.sources.get(from) ?? [])]));
  drop(tally, from);
}

/** The leading name takes another form of itself (`handOver`): the form's score, or `score` if none. */
function takeForm(tally: Tally, from: string, to: string, score: number): number {
  handOver(tally, from, to);
  return tally.points.get(to) ?? score;
}

/** A candidate that is not a company after all: its points and evidence go. */
function drop(tally: Tally, name: string): void {
  tally.points.delete(name);
  tally.sources.delete(name);
}

function fromPatterns(tally: Tally, text: string, patterns: RegExp[], points: number, source: Source): void {
  for (const pattern of patterns) {
    if (TAILS.get(pattern)?.test(text) === false) continue;
    for (const m of text.matchAll(patternFor(pattern, text)))
      add(
        tally,
        m.slice(1).find((g) => g !== undefined),
        points,
        source,
      );
  }
}

/** `lines` is the body as written, before wrapped lines were joined (signature lines stay apart). */
export function extractEmployer(facts: MailFacts, outgoing: boolean, lines = facts.body): EmployerGuess {
  const tally: Tally = { points: new Map(), sources: new Map() };
  const scores = tally.points;
  const text = `${facts.subject}\n${facts.body}`;
  const everything = `${text}\n${facts.quoted}\n${[facts.from, ...facts.replyTo, ...facts.to, ...facts.cc].map((p) => p?.name ?? "").join("\n")}`;
  const phrases = namePhrases(everything.slice(0, 60_000));

  // An agency recruiter writes about a client: the client is the employer, not the agency.
  fromPatterns(tally, text, CLIENT_PATTERNS, 8, "client");
  if (scores.size > 0) {
    const ranked = [...scores].sort((a, b) => b[1] - a[1]);
    const [client, points] = ranked[0] ?? ["", 0];
    const runnerUp = ranked[1]?.[1] ?? 0;
    return {
      name: withLeadingThe(client, everything),
      evidence: {
        path_client: 1,
        top: log(points),
        runnerUp: log(runnerUp),
        margin: log(points - runnerUp),
        sources: 1,
        mentions: log(mentionsOf(client, phrases)),
      },
    };
  }

  const domains = employerDomains(facts, outgoing);
  let agencySender = false;
  let domainWritten = false;
  for (const [rank, domain] of domains.entries()) {
    const label = domainLabel(domain);
    const variants = labelVariants(label);
    if ((variants[0] ?? "").length < 3) continue;
    // The whole label first: "haldengroup" is "Halden Group" before it is "Halden".
    const spelled = variants
      .map((v) => phrases.find((phrase) => phraseFolds(phrase).includes(v)))
      .find((phrase) => phrase !== undefined);
    // An agency's own domain names the agency: a client named in the text outweighs it.
    const agency = isAgencyLabel(label) || (!!spelled && writtenAsAgency(spelled.text, everything));
    if (rank === 0 && agency) agencySender = true;
    const weight = (rank === 0 ? 1 : 0.6) * (agency ? 0.25 : 1);
    if (spelled) {
      domainWritten = true;
      add(tally, fullerName(phrases, spelled, label, everything) ?? spelled.text, 6 * weight, "domain_spelled");
      continue;
    }
    // "borealis-assurances" signed "Assurances Boréalis inc.": the same words in the written order.
    const reordered = phrases.find((phrase) =>
      variants.some((v) => phrase.folded.length === v.length && spellsReordered(phrase.text, v)),
    );
    if (reordered) {
      domainWritten = true;
      add(tally, reordered.text, 6 * weight, "domain_spelled");
      continue;
    }
    // "bkp" for "Brannock Keel Partners", "nvtx" for "Novatex": the written name, not the label.
    const abbreviated = namesAbbreviatedBy(label, phrases)[0];
    if (abbreviated) domainWritten = true;
    if (
      abbreviated &&
      (!shortFormWrittenAlone(abbreviated, everything) || labelSpellsHeadAndInitials(label, abbreviated))
    ) {
      const phrase = phrases.find((p) => p.text === abbreviated);
      add(
        tally,
        (phrase && fullerName(phrases, phrase, label, everything)) ?? abbreviated,
        4 * weight,
        "domain_abbreviated",
      );
    }
    // "Corvane Systems" at corvane.com: the name is longer than the domain.
    for (const folded of variants) {
      for (const phrase of phrases) {
        if (
          phrase.folded.startsWith(folded) &&
          phrase.folded.length <= folded.length + 14 &&
          phrase.text.includes(" ")
        ) {
          add(tally, phrase.text, 2 * weight, "domain_prefix");
        }
      }
    }
    add(tally, nameFromDomainLabel(label, `${text}\n${facts.quoted}`), 1.5 * weight, "domain_label");
  }
  // A registered name ("Rotbach & Söhne GmbH") outweighs a domain label nobody writes; when the
  // text writes the domain's name, the legal line adds nothing ("Anchor Insurance Services Ltd").
  if (!domainWritten) for (const name of legallyWrittenNames(phrases)) add(tally, name, 2, "legal_name");

  const relay = facts.from && isRelayDomain(domainOf(facts.from.address)) ? facts.from : null;
  // A relay sending under its own brand ("Calendly <notifications@calendly.com>") names no employer.
  const relayDomain = relay ? domainOf(relay.address) : "";
  const relayOwnName = !!relay && foldName(relay.name).startsWith(foldName(domainLabel(relayDomain)));
  const relayName =
    relay?.name &&
    !relayOwnName &&
    !isScreeningVendor(relayDomain) &&
    !isJobBoard(relayDomain) &&
    !signsAsPerson(relay.name, facts.body) &&
    !repliedToByName(relay.name, facts.replyTo)
      ? canonicalCompany(companyAfterPerson(relay.name))
      : null;
  // "Sophie Ritter <kranichwerk@candidates.recruiteemail.com>": the relay's display name is the
  // recruiter, its mailbox the company, which the text writes ("People & Talent, Kranichwerk").
  const relayMailbox = relay ? companyOfRelayMailbox(relay, phrases) : null;
  if (relayMailbox) add(tally, relayMailbox, 5, "relay_name");
  else if (relayName) add(tally, relayName, 5, "relay_name");
  if (facts.from?.name && !relay && !outgoing && domains.length === 0) add(tally, facts.from.name, 1, "from_name");

  fromPatterns(tally, text, TEXT_PATTERNS, 1.5, "text");
  fromPatterns(tally, facts.body, [SIGNATURE_TITLE], 1.5, "text");
  // "talking it through with Fiona and Raj": a one-word name the text lists with another first
  // name is a person, whatever "Fiona's board meeting" made of it.
  for (const [name, sources] of tally.sources)
    if (sources.size === 1 && sources.has("text") && !name.includes(" ") && listedAsPerson(name, text))
      drop(tally, name);
  // A consultant reporting what a company does, as "they": the company is the client, the sender
  // an agency whatever its domain is called.
  let clientActed = false;
  if (!agencySender && domains.length > 0 && THIRD_PERSON.test(facts.body)) {
    clientActed = true;
    const before = new Set(scores.keys());
    fromPatterns(tally, facts.body, [CLIENT_ACTS()], 3, "text");
    const senderFold = foldName(domainLabel(domains[0] ?? ""));
    const client = [...scores.keys()].find((n) => !before.has(n) && !senderFold.startsWith(foldName(n)));
    if (client) {
      agencySender = true;
      for (const [name, sources] of tally.sources)
        if (name !== client && !sources.has("text")) scores.set(name, (scores.get(name) ?? 0) * 0.25);
    }
  }
  // An agency's consultant reports what the client does: "Amberhold want to make you an offer",
  // and names the client's interview in the subject ("Confirmed: Kittering Partners interview").
  if (agencySender && !clientActed) fromPatterns(tally, facts.body, [CLIENT_ACTS()], 3, "text");
  if (agencySender)
    fromPatterns(tally, facts.subject, [CLIENT_INTERVIEW_SUBJECT, CLIENT_INTERVIEW_SUBJECT_LOCAL], 3, "text");
  // An agency writes about its client: a company its text names, other than the agency itself
  // ("Senior Consultant, Tanager Talent Partners"), outweighs the agency's own domain.
  if (agencySender) {
    for (const [name, sources] of tally.sources)
      if (sources.has("text") && !isAgencyName(name, domains[0] ?? "")) scores.set(name, (scores.get(name) ?? 0) + 1);
  }
  // A subject's leading name counts when the message names it again.
  for (const m of facts.subject.matchAll(patternFor(SUBJECT_LEAD, facts.subject))) {
    const name = m[1] ? canonicalCompany(m[1]) : null;
    const again = name ? mentionsOf(name, phrases) : 0;
    // An agency's subject leads with its client: "Kelvin Marine – Lead Naval Architect – confirmed".
    if (again >= 2 || (agencySender && again >= 1)) add(tally, name, 3, "subject");
  }

  // A brand's parent ("Fernwick, a Halden Group company") hands its evidence to the brand.
  let brandOfParent = false;
  // The parent may be scored under a shorter form of its name ("Meridian Cove" for "Meridian Cove
  // Financial Group", from a sender name or domain).
  for (const { brand, parent } of parentsOfBrands(everything)) {
    const parentFold = foldName(parent);
    const brandFold = foldName(brand);
    const forms = [...scores.keys()].filter((name) => {
      const fold = foldName(name);
      return name !== brand && fold.length >= 4 && parentFold.startsWith(fold) && !fold.startsWith(brandFold);
    });
    for (const form of forms) handOver(tally, form, brand);
    if (forms.length > 0) brandOfParent = true;
  }

  // A group's recruiter names the brand the job is at: the brand takes the group's evidence.
  brandOfParent = brandNamedByGroup(tally, text) || brandOfParent;

  // Repetition in the text backs a candidate up.
  for (const name of [...scores.keys()]) {
    scores.set(name, (scores.get(name) ?? 0) + Math.min(mentionsOf(name, phrases), 4) * 0.5);
  }

  // The name a relay sends under is the company's own full name: "Corvane" (from corvane.com)
  // is the same employer as "Corvane Systems" and takes that form.
  // So is "Grup Mediterrània Foods" for "Mediterrània Foods" (spelled by mediterraniafoods.es): one
  // word before the whole name.
  if (relayName && scores.has(relayName)) {
    const full = foldName(relayName);
    for (const name of [...scores.keys()]) {
      if (name !== relayName && (full.startsWith(foldName(name)) || oneWordBefore(relayName, name)))
        handOver(tally, name, relayName);
    }
  }

  // The owner's own name ("Offer letter - Liam Chen", a forward's "To: Liam Chen") is never the employer.
  const owner = new Set(ownerNames(facts));
  for (const candidate of [...scores.keys()]) if (owner.has(foldName(candidate))) drop(tally, candidate);
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, score] of scores) {
    if (score > bestScore || (score === bestScore && best !== null && name.length > best.length)) {
      best = name;
      bestScore = score;
    }
  }
  if (!best) return { name: null, evidence: {} };
  // A name read from the text alone (an agency's client, a subject's short form), not from the
  // company's own domain or sender name (fullerName decided those), takes its fuller written form.
  const own: Source[] = [
    "domain_spelled",
    "domain_abbreviated",
    "domain_prefix",
    "domain_label",
    "legal_name",
    "relay_name",
  ];
  const fromTextOnly = ![...(tally.sources.get(best) ?? [])].some((s) => own.includes(s));
  const fuller = fromTextOnly ? fullerWrittenForm(best, phrases, everything, facts.body) : null;
  if (fuller) {
    bestScore = takeForm(tally, best, fuller, bestScore);
    best = fuller;
  }
  // The company signs with a fuller form of the name ("Lakeshore Freight Labs" at lakeshorefreight.com).
  const signed = outgoing || agencySender ? null : signedFullerName(best, lines, domainLabel(domains[0] ?? ""));
  if (signed) {
    bestScore = takeForm(tally, best, signed, bestScore);
    best = signed;
  }
  // A registered line in a signature or a quoted message of the company's ("Amberhold Bank S.A."
  // under the client's mail an agency forwards) writes the name in full.
  const registered = signed ? null : registeredFullerForm(best, `${lines}\n${facts.quoted}`);
  if (registered) {
    bestScore = takeForm(tally, best, registered, bestScore);
    best = registered;
  }
  // The message's own text writes the name with one more industry word ("Tidewell Insurance would
  // like to offer you"): that is the company's name, however the evidence above spelled it.
  const written = industryWrittenForm(best, text);
  if (written && written !== best) {
    bestScore = takeForm(tally, best, written, bestScore);
    best = written;
  }
  // The message's prose writes the name with its legal form ("Harrow Lane Provisions Co. has sent you
  // an offer"): the words before the legal form are the company's.
  const inProse = proseLegalForm(best, text);
  if (inProse && inProse !== best) {
    bestScore = takeForm(tally, best, inProse, bestScore);
    best = inProse;
  }
  // The company's signature writes its fullest name ("Petaling Payments Group Sdn Bhd" under mail
  // from petalingpay.com.my): that is the name, whatever shorter form the evidence above read.
  // The owner's own reply signs with her name, not the company's: only the employer's mail it
  // quotes ("Owen / Brightwater Capital Advisors LLC" under "On ... wrote:") signs there, and so
  // does a recipient's or a quoted writer's display name ("Brightwater Capital Advisors Recruiting",
  // "Owen Hale (Brightwater Capital Advisors)").
  const longer = agencySender
    ? null
    : signedLongerForm(
        best,
        outgoing
          ? `${unquotedLines(facts.quoted)}\n${correspondentNames(facts, `${facts.body}\n${facts.quoted}`)}`
          : `${lines}\n${facts.quoted}`,
      );
  if (longer) {
    bestScore = takeForm(tally, best, longer, bestScore);
    best = longer;
  }
  // The owner's reply writes the short form ("the Brandale Mutual offer"); the recruiter's mail it
  // quotes writes the company's name in full ("off the phone with Brandale Mutual Insurance").
  const quotedFuller =
    outgoing && facts.quoted.trim()
      ? fullerWrittenForm(best, namePhrases(facts.quoted), facts.quoted, facts.quoted)
      : null;
  if (quotedFuller?.startsWith(`${best} `)) {
    bestScore = takeForm(tally, best, quotedFuller, bestScore);
    best = quotedFuller;
  }
  // A letterhead in capitals ("PŪRIRI COLLECTIVE LIMITED") is the name the text writes in mixed case.
  const mixed = inMixedCase(best, phrases);
  if (mixed) {
    bestScore = takeForm(tally, best, mixed, bestScore);
    best = mixed;
  }
  // An agency that keeps its client unnamed ("a role with one of our clients"): the name left
  // is the agency's own, which is not the employer. Nothing names the employer.
  // A research firm ("Northgate Research" at northgateresearch.com) has clients of its own: not an agency.
  const agencyBest =
    ((agencySender && isAgencyName(best, domains[0] ?? "")) || AGENCY_NAME.test(best)) && !/Research$/.test(best);
  if (agencyBest && UNNAMED_CLIENT.test(text)) return { name: null, evidence: {} };
  // The runner-up is another company, not a longer or shorter form of the same name.
  const bestFold = foldName(best);
  const runnerUp = Math.max(
    0,
    ...[...scores]
      .filter(([name]) => {
        const other = foldName(name);
        return name !== best && !other.startsWith(bestFold) && !bestFold.startsWith(other);
      })
      .map(([, points]) => points),
  );
  const sources = tally.sources.get(best) ?? new Set<Source>();
  const domainKinds: Source[] = ["domain_spelled", "domain_abbreviated", "domain_prefix", "domain_label"];
  return {
    name: withCompanyFrame(withLeadingThe(best, everything), everything),
    evidence: {
      top: log(bestScore),
      runnerUp: log(runnerUp),
      margin: log(bestScore - runnerUp),
      sources: sources.size,
      // A name read off the domain alone ("Corvane" from corvane.com) may be short of the full name.
      domain_only: [...sources].every((s) => s === "domain_label") ? 1 : 0,
      domain_written: domainKinds.slice(0, 3).some((s) => sources.has(s)) ? 1 : 0,
      relay: relayName ? 1 : 0,
      agency: agencySender ? 1 : 0,
      brand_of_parent: brandOfParent ? 1 : 0,
      mentions: log(mentionsOf(best, phrases)),
      outgoing: outgoing ? 1 : 0,
      // Doubts of form, for the calibration to weigh: the message writes a longer form of the name
      // ("Orchid Pacific Bank" beside "Orchid Pacific"), or the company's domain spells more than
      // the name ("Clydeport" at clydeportenergy.co.uk).
      longer_written: longerFormWritten(best, phrases) ? 1 : 0,
      short_of_domain: domains.some((d) => shortOfLabel(best ?? "", domainLabel(d))) ? 1 : 0,
      // The owner's own reply names the company by a bare word or two ("excited about Tollgate",
      // "the Cala Blava offer") and nothing in it, quote, signature or recipient, writes more: the
      // company's full name ("Tollgate Logistics Group") may well be longer than anything here.
      owner_bare_name: outgoing && bareName(best) ? 1 : 0,
    },
  };
}

/** The phrases write the name with one or two more words after it, the last an industry word. */
function longerFormWritten(name: string, phrases: readonly NamePhrase[]): boolean {
  const words = name.split(/\s+/).length;
  return phrases.some((phrase) => {
    if (!phrase.text.startsWith(`${name} `)) return false;
    const longer = canonicalCompany(phrase.text);
    const added = longer ? longer.split(/\s+/).length - words : 0;
    return added >= 1 && added <= 2 && isIndustryWord(longer?.slice(longer.lastIndexOf(" ") + 1) ?? "");
  });
}

/** A name of one or two words with no industry or legal word at its end: "Tollgate", "Cala Blava". */
function bareName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 2 && !isIndustryWord(words.at(-1) ?? "") && !endsInLegalForm(name);
}

/** The label spells the name and at least three more letters: "clydeportenergy" for "Clydeport". */
function shortOfLabel(name: string, label: string): boolean {
  const folded = foldName(name);
  return labelVariants(label).some((v) => v.length >= folded.length + 3 && v.startsWith(folded) && folded.length >= 3);
}

const mentionCounts = new WeakMap<readonly { folded: string }[], Map<string, number>>();

/** The owner's names: display names on the owner's addresses, and what "liam.chen@" spells. */
function ownerNames(facts: MailFacts): string[] {
  const owners = new Set(facts.ownerAddresses.map((a) => a.toLowerCase()));
  const displayed = [facts.from, ...facts.to, ...facts.cc, ...facts.replyTo]
    .filter((p): p is Party => !!p?.name && owners.has(p.address.toLowerCase()))
    .map((p) => foldName(p.name));
  const spelled = [...owners]
    .map((address) => address.slice(0, address.indexOf("@")))
    .filter((local) => /^[a-z]{2,}[._-][a-z]{2,}$/.test(local))
    .map((local) => foldName(local.replace(/[._-]/g, " ")));
  return [...displayed, ...spelled];
}

/** A name written all in capitals, and the same name as the text also writes it in mixed case. */
function inMixedCase(name: string, phrases: readonly NamePhrase[]): string | null {
  if (!/\p{Lu}{3}/u.test(name) || /\p{Ll}/u.test(name)) return null;
  const folded = foldName(name);
  for (const phrase of phrases) {
    if (!phrase.folded.startsWith(folded) || !/\p{Ll}/u.test(phrase.text)) continue;
    const written = canonicalCompany(phrase.text);
    if (written && foldName(written) === folded) return written;
  }
  return null;
}

/** The words of a two- or three-word name, in another order, run together to the label. */
function spellsReordered(name: string, label: string): boolean {
  const words = name.split(/\s+/).map(foldName);
  if (words.length < 2 || words.length > 3 || words.some((w) => w.length < 3)) return false;
  if (words.join("").length !== label.length || words.join("") === label) return false;
  const orders =
    words.length === 2
      ? [[1, 0]]
      : [
          [0, 2, 1],
          [1, 0, 2],
          [1, 2, 0],
          [2, 0, 1],
          [2, 1, 0],
        ];
  return orders.some((order) => order.map((i) => words[i]).join("") === label);
}

/** `full` is `name` with one capitalised word before it: "Grup Olivera Foods" and "Olivera Foods". */
function oneWordBefore(full: string, name: string): boolean {
  const words = full.split(/\s+/);
  return (
    words.length >= 3 && /^\p{Lu}\p{L}+$/u.test(words[0] ?? "") && foldName(words.slice(1).join(" ")) === foldName(name)
  );
}

function listedAsPerson(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 24), at);
    const after = text.slice(at + name.length, at + name.length + 24);
    if (
      /^[ \t]+(?:and|&)[ \t]+\p{Lu}\p{Ll}+(?![ \t]*\p{Lu})/u.test(after) &&
      /(?:with|and|to|from|met|meet)[ \t]+$/u.test(before)
    )
      return true;
    if (/\b(?:with|met|meet)[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:and|&)[ \t]+$/u.test(before)) return true;
  }
  return false;
}

/** "Hemi Walker <notifications@relay>" with Reply-To "Hemi Walker <hemi@company>": a person's name. */
function repliedToByName(name: string, replyTo: readonly Party[]): boolean {
  const folded = foldName(name);
  return replyTo.some((p) => !!p.name && foldName(p.name) === folded && !isRelayDomain(domainOf(p.address)));
}

/** How many of the phrases fold to the name (counted once per message, not once per name). */
function mentionsOf(name: string, phrases: readonly { folded: string }[]): number {
  let counts = mentionCounts.get(phrases);
  if (!counts) {
    counts = new Map();
    for (const { folded } of phrases) counts.set(folded, (counts.get(folded) ?? 0) + 1);
    mentionCounts.set(phrases, counts);
  }
  return counts.get(foldName(name)) ?? 0;
}

/** The name is the agency's own: its domain's label spells it, or it spells the label ("Northbridge Executive Search"). */
function isAgencyName(name: string, agencyDomain: string): boolean {
  const agencyFold = foldName(domainLabel(agencyDomain));
  const fold = foldName(name);
  return agencyFold.startsWith(fold) || fold.startsWith(agencyFold) || agencyFold.includes(fold);
}

// A staffing or search firm's own name: "Tarnwick Executive Search", "Harbor & Finch Recruitment".
const AGENCY_NAME = /[ \t](?:Recruitment|Search|Staffing|Resourcing|Headhunters|Talent Partners)$/u;

// An agency writes of its client without a name: "a role with one of our clients", "I recruit for fintech clients",
// "uno de nuestros clientes", "l'un de nos clients", "einer unserer Kunden", "een van onze klanten".
const UNNAMED_CLIENT =
  /\b(?:our|my|fintech|tech|several|a few|some)\s+clients?\b|\bon\s+behalf\s+of\s+a\s+client\b|(?<![\p{L}])(?:nuestros?|mis|nos|mes|unserer|unseren|onze|mijn)\s+(?:clientes?|clients|Kunden|klanten)\b/iu;

// Words after a name that make it a staffing firm: "Harbor & Finch Recruitment", "Talentbridge Search".
// "Ledgerline Partners – Executive Search & Interim": after a dash too.
const AGENCY_WORD =
  /^(?:[ \t]+\p{Lu}\p{L}+)?[ \t]+(?:[–—-][ \t]+)?(?:Recruitment|Search|Executive Search|Staffing|Resourcing|Headhunters)\b/u;

function writtenAsAgency(name: string, text: string): boolean {
  let at = text.indexOf(name);
  while (at >= 0) {
    if (AGENCY_WORD.test(text.slice(at + name.length, at + name.length + 30))) return true;
    at = text.indexOf(name, at + name.length);
  }
  return false;
}

/** The leading candidate is a group ("Grupo Sierra Alta") and the text puts the job at another name. */
function brandNamedByGroup(tally: Tally, text: string): boolean {
  // A group by name, or a name its sender signs with "Group" after it ("Maplehurst Media Group").
  const groups = [...tally.points.keys()].filter(
    (name) =>
      GROUP_NAME.test(name) ||
      (text.includes(`${name} Group`) && new RegExp(`(?<![\\p{L}])${escapeRegExp(name)} Group\\b`, "u").test(text)),
  );
  if (groups.length === 0) return false;
  const before = new Set(tally.points.keys());
  const probe: Tally = { points: new Map(), sources: new Map() };
  fromPatterns(probe, text, JOB_AT(), 1, "text");
  // "I look after hiring for Pennant, our sports app": the brand a group's recruiter hires for.
  fromPatterns(probe, text, [HIRING_FOR], 1, "text");
  // "Saltgrass Health's leadership has put new hires on hold": the brand's own people and process.
  fromPatterns(probe, text, [BRAND_POSSESSIVE], 1, "text");
  const brand = [...probe.points.keys()].find(
    (name) => !GROUP_NAME.test(name) && !groups.some((g) => foldName(g).includes(foldName(name))),
  );
  if (!brand) return false;
  for (const group of groups) if (before.has(group)) handOver(tally, group, brand);
  return true;
}

const MAILBOX_WORDS =
  /^(?:no-?reply|do-?not-?reply|notifications?|notify|jobs|careers|talent|recruiting|hiring|team|hello|info|mail|messages?|candidates?|system|alerts?|updates?)$/i;

// "Mara Vogel (Kompass)": a relay writing for one recruiter puts the company in brackets after her name.
const PERSON_THEN_COMPANY = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*\(([^()]{2,60})\)$/u;

// "Aria from Pacífico Sur Retail", "Olivia at Kestrel Pay": a scheduling assistant (or a recruiter)
// writing from the company.
const PERSON_FROM_COMPANY =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+(?:from|at|@|bei|chez)\s+(\p{Lu}.{1,59})$/u;

function companyAfterPerson(displayName: string): string {
  const name = displayName.trim();
  return PERSON_THEN_COMPANY.exec(name)?.[1] ?? PERSON_FROM_COMPANY.exec(name)?.[1] ?? displayName;
}

const RELAY_HOST = /^(?:hire|apply|app|www|smtp|send|bounces?|em\d*|mg|eu|us|mx|mail\d*|e)$/i;

/**
 * A relay mailbox named after the company while the display name is someone else: the mailbox's
 * (or its own subdomain's) name when the text writes it and the display name does not contain it.
 */
function companyOfRelayMailbox(relay: Party, phrases: ReturnType<typeof namePhrases>): string | null {
  const local = (relay.address.split("@")[0] ?? "").replace(/[._-]+/g, "");
  // "femke@grachtwerk.homerun-mail.io": the relay gives each company a subdomain of its own.
  const parts = domainOf(relay.address).split(".");
  const host = parts.length >= 3 ? (parts[0] ?? "") : "";
  // Not a vendor's own host ("hire.lever.co", "app.", "em123.").
  const sub = RELAY_HOST.test(host) ? "" : host.replace(/-+/g, "");
  for (const mailbox of [local, sub]) {
    if (mailbox.length < 4 || MAILBOX_WORDS.test(mailbox) || /\d{3,}/.test(mailbox)) continue;
    const folded = foldName(mailbox);
    if (foldName(relay.name).includes(folded)) continue;
    const spelled = phrases.find((phrase) => phraseFolds(phrase).includes(folded));
    if (spelled) return spelled.text;
  }
  return null;
}

/**
 * The names the owner's correspondents go by, one a line: each recipient's display name and the
 * display name a quoted mail's attribution line writes ("On Tue, Owen Hale (Brightwater Capital
 * Advisors) <owen@...> wrote:"), the company after a person's name where one is written.
 */
function correspondentNames(facts: MailFacts, quoted: string): string {
  const names = [...facts.to, ...facts.cc].map((p) => p.name);
  if (quoted.includes("@")) for (const m of quoted.matchAll(ATTRIBUTION_NAME)) names.push((m[1] ?? m[2] ?? "").trim());
  return names.map((name) => (name ? companyAfterPerson(name) : "")).join("\n");
}

// The writer's display name in a reply's attribution line: "..., NAME <a@b> wrote:" and the German
// or Dutch order "... schrieb NAME <a@b>:".
const ATTRIBUTION_NAME =
  /(?:^|,[ \t]*|\d[ \t]+)(\p{Lu}[^,<>\n]{1,80}?)[ \t]*<[^<>\s]+@[^<>\s]+>,?[ \t]*(?:wrote|a écrit|escribió|ha scritto|skrev|escreveu)[ \t]?:[ \t]*$|(?:schrieb|schreef)[ \t]+(\p{Lu}[^<>\n]{1,80}?)[ \t]*<[^<>\s]+@[^<>\s]+>[ \t]?:[ \t]*$/gmu;

/** A quoted thread's text without its "> " markers. */
function unquotedLines(quoted: string): string {
  return quoted.replace(/^(?:[ \t]*>)+[ \t]?/gm, "");
}
