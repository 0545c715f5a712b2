// Second pass over the people an interview mail names (interview-details.ts reads the first):
// the wordings its patterns miss, and the corrections its readings need.
//  - Lists after a cue the first pass does not know: "led by X, together with Y", "the panel will be
//    X and myself", "Auf unserer Seite nehmen X und Y teil", "Estaremos X y yo", "Vous rencontrerez
//    X, directeur, Actuariat, et Y", "mit unserem Teamleiter X", bullets "- Case study with X".
//  - Booking and scheduler pages: "Staff: X, Y" (Microsoft Bookings), "Your interviewers" over one
//    person a line (ModernLoop), "Interviewer(s):" (Workday).
//  - The writer who names themself among the people met ("with X and me", "y conmigo", "und ich
//    dabei") when the mail comes from a relay: the name signed at the end.
//  - Corrections: titles of address kept on a name ("Mme Sophie Gagnon"), a job title or department
//    read as a person ("Gord Halvorsen, Director, Project Controls"), a first name alone that the
//    quoted thread writes in full ("Leanne" -> "Leanne Price"), and a writer who says they will not
//    be in the interview.
import type { MailFacts } from "../mail-facts";
import { lazily } from "./lazy-pattern";
import { joinWrappedLines } from "./prose";

// A person's name: two or three capitalised words, accents and inner apostrophes allowed
// ("Théo Marchand", "Siobhán O'Neill", "Aoife McCarthy"), an optional particle ("Maartje van Dijk").
// interview-details.ts reads the same shape.
const WORD = String.raw`[\p{Lu}](?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’-][\p{Lu}\p{Ll}][\p{Ll}\p{M}]+)?`;
export const PERSON = `${WORD}(?: (?:van der|van den|van|von|de la|de|da|di|del|le|la|bin|al) ${WORD}| ${WORD}){1,2}`;
export const PERSON_ONLY = lazily(() => new RegExp(`^${PERSON}$`, "u"));
// Every name in a text (its last words not cut off: "Anita Basra", not "Anita Bas").
const PERSON_ANY = lazily(() => new RegExp(`(?<![\\p{L}\\p{M}'’-])${PERSON}(?![\\p{L}\\p{M}])`, "gu"));

// Titles of address and academic titles written before a name, in the languages the cue tables
// read: "Mme", "M.", "Mag.", "DI", "Dipl.-Ing.", "Frau Dr.", "Sr.", "Dhr.".
const TITLE = String.raw`(?:(?:(?:[Ll]a|[Ii]l|[Ll]o)[ \t]+|[Ll]['’])?(?:[Dd]ott\.(?:ssa)?|[Dd]r\.ssa|[Ii]ng\.|[Aa]vv\.|[Aa]rch\.|[Pp]rof\.(?:ssa)?)|Lic\.|Lcda?\.|Lcdo\.|Mme|Mlle|Mmes|M\.|MM\.|Mag\.(?:a\.)?|DI|Dipl\.-Ing\.|Ing\.|Dr\.?|Prof\.?|Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Sr\.|Sra\.|Dra\.|Dña\.|Dhr\.|Mevr\.|Mw\.)`;
const TITLES_BEFORE = lazily(() => new RegExp(String.raw`(?<![\p{L}.])(?:${TITLE}[ \t]+)+(?=\p{Lu}\p{Ll})`, "gu"));
const LEADING_TITLES = lazily(() => new RegExp(String.raw`^(?:${TITLE}\s+)+`, "u"));

// Words that make a capitalised pair a job title or a department, not a person ("Directrice
// Administrative", "Project Controls", "Leitung Konzerncontrolling"): data, in several languages.
const ROLE_WORDS = new Set(
  [
    // English
    "director manager lead head engineer engineering chief officer president recruiter recruiting recruitment talent partner analyst scientist architect consultant specialist coordinator founder principal senior staff controls operations finance product design people culture team department actuary advisor adviser associate assistant executive vp hr gm",
    // Departments and teams ("Risk Platform", "Clinical Analytics", "Supply Chain Planning")
    "platform analytics informatics planning research credit core data pricing payments infrastructure security marketing sales legal risk supply chain support success growth strategy compliance audit office capital projects",
    // French
    "directeur directrice responsable chef cheffe chargé chargée conseiller conseillère administrative administratif financière financier ressources humaines actuariat équipe service direction associé associée gestionnaire",
    // German
    "leiter leiterin leitung teamleiter teamleiterin geschäftsführer geschäftsführerin abteilung bereich personal vorstand referent referentin",
    // Spanish, Portuguese
    "director directora jefe jefa gerente responsable coordinador coordinadora diretor diretora gestor gestora equipo equipe",
    // "Líder de Ingeniería de Datos", "Responsável de Recursos Humanos": titles and departments (not
    // "producto": "Director de Producto Digital de Tienda X" would then read on to "Digital de Tienda X")
    "líder lider ingeniería ingenieria engenharia datos dados recursos humanos",
    // Dutch, Swedish
    "hoofd afdeling teamlead chef ansvarig avdelning",
  ].flatMap((words) => words.toLowerCase().split(" ")),
);
// German compounds end in a role word: "Bereichsleiterin", "Abteilungsleiter", "Personalreferentin".
const ROLE_COMPOUND =
  /\p{Ll}(?:leiter|leiterin|leitung|referent|referentin|beauftragte|beauftragter|manager|managerin)$/u;
const isRoleWords = (name: string) =>
  name.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()) || ROLE_COMPOUND.test(w));

// Places that stand where a list of people could go: "Microsoft Teams", "Google Meet".
const NOT_PEOPLE =
  /\b(?:Hi|Hello|Hey|Dear|Hallo|Hej|Hoi|Bonjour|Hola|Kia|St|Blvd|Boulevard|Rd|Quay|Teams|Meet|Zoom|Webex|Microsoft|Google|Time|Standard|Daylight|Street|Road|Avenue|Floor|Building|Inc|Ltd|Limited|LLC|LLP|GmbH|AG|SAS|SA|BV|Pty|Group|Bank|Insurance|Health|Labs|Systems|Software|Careers|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;

export const withoutTitles = (text: string) => text.replace(TITLES_BEFORE(), "");
export const withoutLeadingTitles = (name: string) => name.replace(LEADING_TITLES(), "").trim();

const AND = "(?:and|und|et|y|en|e|och|og|oraz|i|&)";
// The writer among the people met: "and me", "y conmigo", "ainsi que moi-même", "und ich", "en mij".
const WRITER_WORD = "(?:me|myself|I|moi-même|moi|mij|mir|ich|ik|yo|conmigo|jag|eu próprio|eu própria|eu)";
const WRITER_IN_LIST = lazily(
  () =>
    new RegExp(
      String.raw`(?:^\s*|(?:,\s*|\s+)(?:${AND}|ainsi que|as well as|sowie|together with)\s+(?:(?:with|met|mit|avec|con|com)\s+)?|,\s*(?=\p{Ll}+\s+${AND}\s))${WRITER_WORD}(?![\p{L}\p{M}'’-])(?!\s+(?:last|yesterday|earlier|before|previously)\b)(?![^\n]{0,30}\b(?:done|completed|held|finished)\b)`,
      "u",
    ),
);

// Cues after which, to the end of the sentence, the people taking part are named.
const LIST_CUES = lazily(
  () =>
    new RegExp(
      [
        // A label on the line: "Avec : Sophie Gagnon, directrice Analytique, et Étienne Roy"
        String.raw`(?<![\p{L}])(?:Avec|With|Mit|Con|Met|Com|Interviewers?|Interview(?:ing)? (?:team|panel)|Intervenants?|Gesprächspartner|Teilnehmer(?:in|innen)?|Teilnehmende|Entrevistador(?:a|es|as)?)[ \t]*:`,
        // English
        String.raw`\bled by`,
        // "Interview will be taken by", "the call is hosted by"
        String.raw`\b(?:[Ii]nterview|[Rr]ound|[Cc]all|[Ss]ession|[Ss]creen|[Dd]iscussion|[Cc]onversation|[Mm]eeting)\b[^.!?\n]{0,40}?\b(?:taken|conducted|hosted|run|facilitated) by`,
        String.raw`\btogether with`,
        String.raw`\b(?:[Tt]he|[Yy]our|[Tt]his) panel (?:will be|is|includes|will include|consists of)`,
        String.raw`\bI(?:'ll|’ll| will) be joined by`,
        String.raw`\b(?:it|this) will be(?= ${PERSON}| \p{Lu}\p{Ll}+ ${AND})`,
        String.raw`\b(?:round|stage|step|discussion|talk|interview|call|chat|conversation|meeting|session|screen|panel|hour|format|(?:Google )?Meet|Teams|Zoom|Webex)\b[^.!?\n]{0,80}?(?<!\b(?:touch|check|contact|questions?|help|reply|in line|comply)\s)\bwith(?=\s+(?:me\b|our\b|their\b|your\b|\p{Lu}))`,
        // German
        String.raw`(?<![\p{L}])(?:[Aa]uf|[Vv]on) unserer Seite(?: (?:nehmen|nimmt|sind|ist|wären|wäre)(?: (?:auch|außerdem))?)?`,
        // "Seitens Firma nehmen X und ich teil"
        String.raw`(?<![\p{L}])[Ss]eitens \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)? (?:nehmen|nimmt)(?: (?:auch|außerdem))?`,
        String.raw`(?<![\p{L}])\p{L}*[Gg]espräch\b(?:[^.!?\n]|\bca\.){0,100}?\bmit`,
        String.raw`(?<![\p{L}])[Gg]esprächspartner(?:in|innen)? (?:sind|ist|wären|wäre)`,
        String.raw`(?<![\p{L}])führen Sie mit`,
        // "Am Gespräch nehmen Herr X (Leiter ...) und ich teil"
        String.raw`(?<![\p{L}])(?:[Aa]m|[Bb]eim) \p{L}*[Gg]espräch (?:nehmen|nimmt)`,
        // "Das Gespräch führen X und Y", "dabei sind X und ich"
        String.raw`(?<![\p{L}])(?:[Dd]as|[Dd]ieses|[Ii]hr) \p{L}*[Gg]espräch (?:führen|führt|leiten|leitet)(?: mit Ihnen| mit dir)?`,
        String.raw`(?<![\p{L}])[Dd]abei (?:sind|ist|sein werden|wären)(?: (?:auch|außerdem))?`,
        // French
        String.raw`(?<![\p{L}])(?:[ÉéEe]change|[Ee]ntretien|[Ee]ntrevue|[Rr]endez-vous|[Rr]encontre)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])avec`,
        String.raw`(?<![\p{L}])[Vv]ous (?:rencontrerez|échangerez avec|serez (?:reçue?s?|accueillie?s?) par)`,
        // Spanish
        String.raw`(?<![\p{L}])[Ee]staremos`,
        String.raw`(?<![\p{L}])(?:[Ee]ntrevista|[Rr]eunión|[Ll]lamada|[Vv]ideollamada|[Cc]onversación|[Cc]harla)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])con`,
        // Portuguese: "uma conversa de 40 minutos com a Beatriz Nogueira"
        // "Da nossa parte estarão presentes eu próprio e a Dra. X"
        String.raw`(?<![\p{L}])[Dd]a nossa parte(?: (?:estarão|estará) (?:presentes?|connosco))?`,
        String.raw`(?<![\p{L}])(?:[Ee]ntrevista|[Cc]onversa|[Rr]eunião|[Bb]ate-papo|[Cc]hamada)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])com(?: (?:a|o|as|os)(?![\p{L}]))?`,
        // Italian: "Incontrerà Paolo Bertola e Chiara Gallo", "il colloquio sarà con"
        String.raw`(?<![\p{L}])[Ii]ncontrer(?:à|ai|ete|anno)`,
        String.raw`(?<![\p{L}])(?:[Cc]olloquio|[Ii]ncontro|[Cc]hiamata|[Vv]ideochiamata)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])con`,
        // Dutch
        String.raw`(?<![\p{L}])(?:[Jj]e|[Uu]) spreekt met`,
        String.raw`(?<![\p{L}])\p{L}*gesprek\b[^.!?\n]{0,90}?\bmet`,
        // "We zitten dan met z'n drieën: X (Head of Product), ik en jij"
        String.raw`(?<![\p{L}])met z['’]n (?:tweeën|drieën|vieren|vijven)[ \t]*:`,
      ].join("|"),
      "gu",
    ),
);
// Ends of a sentence (a period, not one of "ca." or an initial).
const SENTENCE_END = /(?<!\b(?:ca|approx|z\.B|inkl|bzw|St|[A-Z]))[.!?](?=\s|$)|\n\s*\n/u;
// "Pieter will be joined by", "it will be Leanne and Chloe Adams": a first name alone before a list word;
// "avec Mme Marchand seule": a surname alone after a title of address (then a word of its own).
const FIRST_NAME_IN_LIST = lazily(
  () =>
    new RegExp(
      String.raw`(?:^\s*|\b${AND}\s+)(\p{Lu}\p{Ll}+)(?=\s+${AND}\s+\p{Lu}|\s*$|\s*[,.]|\s+\p{Ll}+(?:[,.]|$))`,
      "u",
    ),
);

// What may stand before a name in a list: its start, a comma, "and", a title word ("unserem
// Teamleiter Andreas Huber"); never "the", "for", "of", "at" ("Manager for the Risk Platform").
const NOT_BEFORE_NAME =
  /(?:^|[\s(])(?:the|for|of|from|in|at|on|to|der|die|des|du|de|la|le|el|del|het|aan|au|en el|im|am|zur|zum|\d+)\s*$/iu;

// A name followed by one of these is a place: "at their Bow Lane office".
const PLACE_AFTER = /^\s+(?:office|offices|building|campus|site|branch|headquarters|HQ|store|plant|station)\b/i;

function namesInSpan(written: string): string[] {
  const names: string[] = [];
  // What brackets hold is a title or a team: "(Senior Model Validator)".
  const span = written.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
  const pattern = new RegExp(PERSON_ANY().source, "gu");
  for (let m = pattern.exec(span); m; m = pattern.exec(span)) {
    const words = m[0].split(" ");
    // "Teamleiter Andreas Huber", "Engineering Manager Kevin Osei": read again after the title's word.
    if (ROLE_WORDS.has((words[0] ?? "").toLowerCase())) {
      pattern.lastIndex = m.index + (words[0] ?? "").length + 1;
      continue;
    }
    if (NOT_BEFORE_NAME.test(span.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (PLACE_AFTER.test(span.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    names.push(m[0]);
  }
  return names;
}

// A booking or scheduler page's label, then one person a line ("Your interviewers\nOskar Lind – ...",
// "Interviewer(s):\nMarisol Tan, Design Director", "... panel interview with:\n- Farah Ismail, ...").
const LABEL_OVER_LINES = lazily(
  () =>
    new RegExp(
      String.raw`(?:^[ \t]*(?:Your interviewers?|Your panel|Interviewer\(s\)|Staff|Interview(?:ing)? (?:team|panel)|(?:Who )?[Yy]ou(?:'ll|’ll| will) (?:meet|be meeting|speak with|be speaking with))[ \t]*:?|\bwith:)[ \t]*\n(?:[ \t]*\n)?((?:[ \t\-*•]*${PERSON}[^\n]*(?:\n|$)){1,8})`,
      "gmu",
    ),
);
// A line that starts with a name, after any bullet.
export const LEADING_PERSON = lazily(() => new RegExp(`^[ \\t\\-*•]*(${PERSON})`, "u"));
// "Staff: Aroha Williams, Mereana Tipene" (Microsoft Bookings).
const STAFF_LINE = lazily(() => /^[ \t]*(?:Staff|Interviewer\(s\))[ \t]*:[ \t]*([^\n]+)/gmu);
// A bullet naming who runs a session: "  - Stakeholder case study with Bea Soto, Product Analytics Lead"
// (a session word before "with": "- Experience with Apache Kafka" in a job ad names no one).
const BULLET_WITH = lazily(
  () =>
    new RegExp(
      String.raw`^[ \t]*[-*•][^\n]*?\b(?:dive|study|interview|session|chat|conversation|call|review|round|fit|discussion|screen|talk|meeting|lunch|coffee|presentation|panel|walkthrough|pairing) with (${PERSON})`,
      "gmu",
    ),
);
// An agenda row shared by two: "10:15 - 11:15   Mirela Popescu and Sunil Rao: system design".
const AGENDA_PAIR = lazily(
  () =>
    new RegExp(
      String.raw`^[ \t\-*•]*\d{1,2}(?:[:.]\d{2})?\s*(?:[apAP]\.?[mM]\.?)?\s*(?:-|–|—|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[apAP]\.?[mM]\.?)?\s+(${PERSON})\s+(?:and|und|et|y|en|&)\s+(${PERSON})`,
      "gmu",
    ),
);
// "Dev Patel, Senior Pricing Actuary, will join Claire Dubose in his place": both take part.
const WILL_JOIN = lazily(
  () => new RegExp(String.raw`^(?:,[^,.\n]{1,60},|\s*\([^)\n]{1,60}\))?\s+will (?:now )?join (${PERSON})`, "u"),
);
// "Ravi Chandran, our VP Engineering, has read your CV and would like to meet you": the person who
// asks to meet, named at the head of the sentence.
const WANTS_TO_MEET = lazily(
  () =>
    /^(?:,[^,.\n]{1,60},|\s*\([^)\n]{1,60}\))?[^.!?\n]{0,120}?\b(?:would|he'd|she'd|they'd|'d)\s+(?:like|love)\s+(?:to\s+(?:meet|talk|speak|chat)(?:\s+(?:with|to))?\s+you\b|(?:a|an)\s+(?:(?:first|short|quick|brief|initial|introductory)\s+)?(?:conversation|chat|call|meeting)\b)/u,
);
// The writer says they will not be in the interview ("I'll meet you at reception but won't be in
// the interview", "Je ne pourrai finalement pas y assister").
const WRITER_STAYS_OUT =
  /\b(?:I|I'll|I’ll)\b[^.!?\n]{0,60}\b(?:won't|won’t|will not) be (?:in|on|part of|joining|sitting in on) (?:the|your|it)\b|\bje ne (?:pourrai|serai) (?:finalement )?pas (?:y assister|présente?)|\bich (?:werde|kann) (?:leider )?nicht dabei sein/iu;
// The writer sits on the panel: "The panel will be me (Head of Credit Risk) and Gopal Raman".
const WRITER_ON_PANEL =
  /\b(?:panel|interviewers?) (?:will be|is|are) me\b|\bI(?:'ll|’ll| will) be joined by\b|(?<![\p{L}])(?:la|lo) (?:haré|llevaré|conduciré|realizaré) yo(?![\p{L}])/iu;
// A Google Calendar invitation's guest list names the organiser as one of the guests.
const ORGANIZER_GUEST = /^[ \t]*(.+?) - organi[sz]er[ \t]*$/m;

// Lines of a sign-off that are not the name: closings, pleasantries.
const CLOSING =
  /^(?:best|thanks|thank you|regards|kind regards|best regards|warm regards|cheers|sincerely|many thanks|all the best|ngā mihi|viele grü(?:ß|ss)e|mit freundlichen grü(?:ß|ss)en|(?:freundliche|herzliche) grü(?:ß|ss)e|beste grü(?:ß|ss)e|liebe grü(?:ß|ss)e|bien cordialement|cordialement|au plaisir|un saludo|saludos|atentamente|groetjes|met vriendelijke groet|hälsningar|vänliga hälsningar)\b/i;

/** The name signed under the mail: the first line after the last closing that is a person's name. */
function signedName(body: string, isPerson: (name: string) => boolean): string | null {
  const lines = body.trimEnd().split("\n").slice(-14);
  let start = -1;
  lines.forEach((line, i) => {
    if (CLOSING.test(line.trim())) start = i;
  });
  if (start < 0) return null;
  for (const line of lines.slice(start + 1, start + 4)) {
    const name = withoutLeadingTitles(line.trim().replace(/\s*[|,–-].*$/, ""));
    if (PERSON_ONLY().test(name) && isPerson(name) && !isRoleWords(name) && !NOT_PEOPLE.test(name)) return name;
  }
  return null;
}

export interface ListContext {
  /** The first pass's people filter (a name's shape, never the company, a place or a title word). */
  isPerson: (name: string) => boolean;
  /** The writer's display name, as the headers give it. */
  senderName: string;
  /** The people the first pass read; `fromCalendar` when they are a calendar file's attendees. */
  found: string[];
  fromCalendar: boolean;
}

/** The first pass's people, corrected and completed from the wordings above. */
export function completeInterviewers(facts: MailFacts, context: ListContext): string[] {
  const raw = `${facts.body.slice(0, 20_000)}\n${facts.calendar?.description ?? ""}`;
  const text = withoutTitles(raw);
  const both = `${text}\n${joinWrappedLines(text)}`;
  const isPerson = (name: string) =>
    PERSON_ONLY().test(name) && context.isPerson(name) && !isRoleWords(name) && !NOT_PEOPLE.test(name);
  let fullNames: string[] | null = null;
  // "Leanne" -> "Leanne Price" when the thread names exactly one Leanne in full (or one Price).
  const inFull = (first: string): string | null => {
    if (!fullNames) {
      const thread = `${text}\n${withoutTitles(facts.quoted.slice(0, 20_000))}`;
      fullNames = [...thread.matchAll(PERSON_ANY())].map((m) => m[0]);
    }
    const byFirst = new Set(fullNames.filter((n) => n.split(" ")[0] === first && isPerson(n)));
    // No one of that first name: a surname ("Mme Marchand" -> "Sophie Marchand").
    const found =
      byFirst.size > 0 ? byFirst : new Set(fullNames.filter((n) => n.split(" ").at(-1) === first && isPerson(n)));
    return found.size === 1 ? ([...found][0] ?? null) : null;
  };
  const names: string[] = context.found.map(withoutLeadingTitles).filter(isPerson);
  let writerJoins = false;
  if (!context.fromCalendar) {
    for (const cue of both.matchAll(LIST_CUES())) {
      const after = both.slice(cue.index + cue[0].length, cue.index + cue[0].length + 260);
      const end = (cue[0].endsWith(":") ? /\n/ : SENTENCE_END).exec(after);
      const span = end ? after.slice(0, end.index) : after;
      for (const name of namesInSpan(span)) if (isPerson(name)) names.push(name);
      const first = FIRST_NAME_IN_LIST().exec(span)?.[1];
      const full = first ? inFull(first) : null;
      if (full) names.push(full);
      if (WRITER_IN_LIST().test(span)) writerJoins = true;
    }
    for (const m of both.matchAll(LABEL_OVER_LINES())) {
      for (const line of (m[1] ?? "").split("\n")) {
        const person = LEADING_PERSON().exec(line)?.[1];
        if (person) names.push(person);
      }
    }
    for (const m of both.matchAll(STAFF_LINE()))
      for (const part of (m[1] ?? "").split(/\s*[,;]\s*|\s+(?:and|&)\s+/)) names.push(part.trim());
    for (const m of both.matchAll(BULLET_WITH())) names.push(m[1] ?? "");
    for (const m of both.matchAll(AGENDA_PAIR())) names.push(m[1] ?? "", m[2] ?? "");
    // Every match of the two tails holds one of these words: a cheap test spares the name pass.
    for (const m of /will (?:now )?join|(?:like|love) (?:to|an?) /.test(text) ? both.matchAll(PERSON_ANY()) : []) {
      const tail = both.slice(m.index + m[0].length, m.index + m[0].length + 240);
      const joins = WILL_JOIN().exec(tail);
      if (joins) names.push(m[0], joins[1] ?? "");
      if (WANTS_TO_MEET().test(tail)) names.push(m[0]);
    }
  } else {
    for (const cue of both.matchAll(LIST_CUES())) {
      const after = both.slice(cue.index + cue[0].length, cue.index + cue[0].length + 260);
      const end = SENTENCE_END.exec(after);
      if (WRITER_IN_LIST().test(end ? after.slice(0, end.index) : after)) writerJoins = true;
    }
    // Google Calendar lists its organiser among the guests: they take part.
    const guest = ORGANIZER_GUEST.exec(facts.body)?.[1]?.trim() ?? "";
    const organizer = withoutLeadingTitles(facts.calendar?.organizer?.name ?? "");
    if (guest && organizer && guest === organizer && isPerson(organizer)) names.unshift(organizer);
  }
  if (WRITER_ON_PANEL.test(text)) writerJoins = true;

  // Who wrote: the sender's display name without "(Company)" or "via ...", else the name signed.
  const display = withoutLeadingTitles(context.senderName)
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/\s+via\s.*$/i, "")
    .trim();
  const writer = isPerson(display) ? display : signedName(facts.body, isPerson);
  const organizer = withoutLeadingTitles(facts.calendar?.organizer?.name ?? "");
  if (writerJoins) {
    if (context.fromCalendar && organizer && isPerson(organizer)) names.push(organizer);
    else if (writer) names.push(writer);
  }
  let out = [...new Set(names.map((n) => n.trim()))].filter(isPerson);
  if (WRITER_STAYS_OUT.test(text)) {
    const stay = new Set([display, writer, context.fromCalendar ? organizer : ""].filter(Boolean));
    out = out.filter((n) => !stay.has(n));
  }
  const owners = new Set(facts.ownerAddresses.map((a) => a.split("@")[0]?.toLowerCase() ?? ""));
  return out.filter((n) => !owners.has(n.toLowerCase().replace(/\s+/g, "."))).slice(0, 10);
}

// Lengths written in words the length reader does not count: "drie kwartier", "une demi-heure",
// "anderhalf uur", "eine Dreiviertelstunde", "media hora". Data: phrase -> minutes.
const SPELLED_LENGTHS: [RegExp, number][] = [
  [/\b(?:drie kwartier|three quarters of an hour|tres cuartos de hora)\b/i, 45],
  [/(?<![\p{L}])(?:trois quarts d'heure|trois quarts d’heure)(?![\p{L}])/iu, 45],
  [/(?<![\p{L}])(?:eine )?dreiviertel ?stunde(?![\p{L}])/iu, 45],
  [/\b(?:anderhalf uur|anderthalb Stunden|eineinhalb Stunden)\b/i, 90],
  [/\b(?:een half uur|een halfuur|media hora|eine halbe Stunde|halbe Stunde)\b/i, 30],
  [/(?<![\p{L}])une demi-heure(?![\p{L}])/iu, 30],
];
const LENGTH_CUE =
  /kwartier|quarts? d|cuartos|dreiviertel|anderhalf|anderthalb|eineinhalb|half ?uur|media hora|halbe|demi-heure/i;

// "2:00pm - 3:00pm AEST (Brisbane time, so 3:00pm -\n4:00pm AEDT ...)": a bracket wrapped over
// lines restates the range in another zone; the range outside it is the one to read.
const RANGE_THEN_WRAPPED_BRACKET =
  /(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?[^(\n\d]{0,30})\([^()\n]*\n[^()]{0,200}\)/gi;

// "dalle 9:30 alle 11:00", "de 10:00 a 11:00", "von 14:00 bis 15:00 Uhr", "das 10h às 11h": a range
// written with words, read as one with a dash (Spanish "a" would otherwise be read as a.m.).
const WORDED_RANGE =
  /(?<![\d:.])(\d{1,2}[:.h]\d{2})(?:\s*Uhr)?\s+(?:alle|a|à|bis|tot|hasta|às|do)\s+(?:(?:las|ore|le)\s+)?(\d{1,2}[:.h]\d{2})(?![\d])/giu;
const WORDED_RANGE_CUE = /\d\s+(?:alle|a|à|bis|tot|hasta|às|do)\s/iu;

/**
 * The body as the length readers should see it: French Canadian clock times joined ("de 13 h 30 à
 * 14 h 45" as "13h30"), ranges written with words as dashes, a restating bracket wrapped over lines dropped, lengths in words as minutes.
 */
export function withPlainTimes(text: string): string {
  let out = /\d h\b/.test(text)
    ? text.replace(/(?<![\d:.])(\d{1,2}) h(?: (\d{2}))?\b/g, (_, h: string, m?: string) => `${h}h${m ?? ""}`)
    : text;
  if (out.includes("(")) out = out.replace(RANGE_THEN_WRAPPED_BRACKET, "$1");
  if (WORDED_RANGE_CUE.test(out)) out = out.replace(WORDED_RANGE, "$1 - $2");
  if (LENGTH_CUE.test(out))
    for (const [phrase, minutes] of SPELLED_LENGTHS) out = out.replace(phrase, `${minutes} minutes`);
  return out;
}
