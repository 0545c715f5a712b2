// Words that end company names ("Analytics", "Insurance", "Systems"): data the reader uses to split
// domain labels and lengthen names, and filing uses to tell "Wrenfield" and "Wrenfield Insurance"
// apart from two companies. Kept out of extract/ so that code outside the reader (filing, in every
// Lambda) does not load the extractors.
// Industry words that often end a domain label: "brightlinefreight" -> "Brightline Freight".
export const DOMAIN_TAIL_WORDS = [
  "software",
  "systems",
  "labs",
  "lab",
  "health",
  "analytics",
  "freight",
  "logistics",
  "pay",
  "payments",
  "mutual",
  "insurance",
  "learning",
  "bank",
  "capital",
  "group",
  "technologies",
  "technology",
  "tech",
  "solutions",
  "media",
  "robotics",
  "energy",
  "foods",
  "games",
  "studios",
  "studio",
  "digital",
  "data",
  "cloud",
  "networks",
  "security",
  "partners",
  "ventures",
  "consulting",
  "works",
  "motors",
  "bio",
  "therapeutics",
  "pharma",
  "finance",
  "financial",
  "care",
  "markets",
  "retail",
  "optics",
  "nutrition",
  "mobility",
  "fintech",
  "holdings",
  "industries",
  "dynamics",
  "aerospace",
  "education",
  "outfitters",
  "travel",
  "hq",
  "inc",
  "app",
  "apps",
  "ai",
  "io",
  "co",
];

export const GENERIC_TAILS = new Set(["hq", "inc", "app", "apps", "ai", "io", "co"]);

/** "Analytics", "Capital", "Insurance": a word that ends company names (not "hq", "io"). */
// "Energía", "Tecnología" are "energia", "tecnologia" with their accents: both spellings count.
export function isIndustryWord(word: string): boolean {
  const lower = word.toLowerCase();
  return INDUSTRY_WORDS.has(lower) || INDUSTRY_WORDS.has(lower.normalize("NFD").replace(/\p{M}/gu, ""));
}

/** "pinebrookmutual" ends in an industry word: the domain already spells the full short name. */
export function labelEndsInIndustryWord(label: string): boolean {
  const clean = label.toLowerCase().replace(/[^a-z0-9]/g, "");
  return DOMAIN_TAIL_WORDS.some(
    (word) => !GENERIC_TAILS.has(word) && clean.endsWith(word) && clean.length - word.length >= 3,
  );
}

// Industry words besides the domain tails above (which this list does not repeat).
export const EXTRA_INDUSTRY_WORDS = new Set([
  // Other languages' words that end company names ("Hanse & Kogge Versicherung").
  "versicherung",
  "versicherungen",
  "verzekeringen",
  "logistik",
  "logistiek",
  "medizintechnik",
  "seguros",
  "rail",
  "audio",
  "credit",
  "union",
  "university",
  "council",
  "authority",
  "hospital",
  "clinic",
  "airlines",
  "automotive",
  "biosciences",
  "biotech",
  "chemicals",
  "communications",
  "construction",
  "engineering",
  "entertainment",
  "foundation",
  "hospitality",
  "institute",
  "investments",
  "manufacturing",
  "medical",
  "pharmaceuticals",
  "properties",
  "publishing",
  "research",
  "services",
  "telecom",
  "trading",
  // The same words in the other languages the rules read.
  "energi",
  "energie",
  "energia",
  "pagamentos",
  "saúde",
  "tecnologia",
  "sistemas",
  "logística",
  "fastigheter",
  "teknik",
  "systemy",
  "mutuelle",
  "santé",
  "industrie",
  "minerals",
  "mining",
]);

// Both lists' words, less the generic tails: what isIndustryWord asks.
const INDUSTRY_WORDS = new Set(
  [...DOMAIN_TAIL_WORDS, ...EXTRA_INDUSTRY_WORDS].filter((word) => !GENERIC_TAILS.has(word)),
);
