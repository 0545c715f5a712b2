// Whether two job titles name the same role. Conservative by design: "same" only when the titles
// differ in nothing but case, punctuation, word order, gender markers ("(m/w/d)") and common
// abbreviations ("Sr.", "ML"); "different" only when neither title's words contain the other's;
// everything in between ("Senior Data Engineer" vs "Data Engineer (m/w/d)", "Software Engineer"
// vs "Software Developer") is "unsure", and the caller asks the owner.

export type RoleMatch = "same" | "different" | "unsure";

// "(m/w/d)", "(f/m/x)", "(h/f)", "m/f/d", "(all genders)", "(gn)": about the ad, not the role.
const GENDER_MARKERS = [
  /\(\s*(?:[mwfdxhm]\s*[/|,]\s*){1,3}[mwfdxh]\s*\)/gi,
  /\b[mwfdxh](?:\s*\/\s*[mwfdxh]){1,3}\b/gi,
  /\(\s*(?:all genders|gn\*?|alle geschlechter|tous genres|d\/f\/m)\s*\)/gi,
];

const ABBREVIATIONS: Record<string, string[]> = {
  sr: ["senior"],
  snr: ["senior"],
  jr: ["junior"],
  ml: ["machine", "learning"],
  swe: ["software", "engineer"],
  sde: ["software", "development", "engineer"],
  pm: ["product", "manager"],
  eng: ["engineer"],
  engr: ["engineer"],
  mgr: ["manager"],
  dev: ["developer"],
  devs: ["developer"],
  engineers: ["engineer"],
  developers: ["developer"],
};

/** Words that say how senior, not which role. */
const SENIORITY = new Set([
  "senior",
  "junior",
  "lead",
  "principal",
  "staff",
  "mid",
  "level",
  "entry",
  "associate",
  "intern",
  "i",
  "ii",
  "iii",
  "iv",
  "1",
  "2",
  "3",
]);

const FILLER = new Set(["a", "an", "the", "of", "for", "and", "in", "at", "to", "with"]);

/** Synonyms that may or may not be the same job: equal only after these is "unsure". */
const NEAR = new Map([["developer", "engineer"]]);

/** The title's words, lower-case, gender markers and filler dropped, abbreviations spelled out. */
export function roleWords(title: string): string[] {
  let text = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  for (const marker of GENDER_MARKERS) text = text.replace(marker, " ");
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !FILLER.has(w))
    .flatMap((w) => ABBREVIATIONS[w] ?? [w]);
}

/** A stable slug for a role (part of a second process's record id): "ml-engineer". */
export function roleSlug(title: string): string {
  return roleWords(title).join("-").slice(0, 40).replace(/-+$/, "") || "role";
}

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((w) => sb.has(w));
}

function within(a: string[], b: string[]): boolean {
  const sb = new Set(b);
  return a.every((w) => sb.has(w));
}

export function compareRoles(a: string, b: string): RoleMatch {
  const wordsA = roleWords(a);
  const wordsB = roleWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return "unsure";
  const coreA = wordsA.filter((w) => !SENIORITY.has(w));
  const coreB = wordsB.filter((w) => !SENIORITY.has(w));
  if (coreA.length === 0 || coreB.length === 0) return "unsure";
  if (sameSet(coreA, coreB)) {
    const levelA = wordsA.filter((w) => SENIORITY.has(w));
    const levelB = wordsB.filter((w) => SENIORITY.has(w));
    return sameSet(levelA, levelB) ? "same" : "unsure";
  }
  const nearA = coreA.map((w) => NEAR.get(w) ?? w);
  const nearB = coreB.map((w) => NEAR.get(w) ?? w);
  if (within(nearA, nearB) || within(nearB, nearA)) return "unsure";
  return "different";
}

// What may follow a title's head in its fuller form: a comma, a dash, a bracket, a colon or a bar.
const QUALIFIER_START = /^\s*[,–—\-(:|/]/;

/**
 * The title a process keeps when a newer message reads `found`: `current` when `found` is only its
 * head ("Staff Backend Engineer" of "Staff Backend Engineer, Risk Platform": a reminder or the
 * owner's own reply that writes the short form), else `found` (newest mail wins, fuller forms too).
 */
export function fullerTitle(current: string | null, found: string): string {
  if (!current || current.length <= found.length) return found;
  const head = current.slice(0, found.length);
  const same = head.localeCompare(found, undefined, { sensitivity: "base" }) === 0;
  return same && QUALIFIER_START.test(current.slice(found.length)) ? current : found;
}
