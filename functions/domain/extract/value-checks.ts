// Cheap checks of a value the rules already chose, as confidence evidence: they never change the
// value. On fresh mail most wrong names and titles are the right one cut short ("Kettle Peak" where
// the mail says "Kettle Peak Outfitters", "Analyst, EMEA" for "Product Analyst, EMEA", "Backend
// Engineer" for "Backend Engineer (Go)") or run into the next words ("Supply Chain Planner
// tijdelijk on hold"); both show in the text and the value themselves.
import type { Features } from "./evidence";

/** Words after a company's name that name a department of it or its legal form, not a longer name. */
const NOT_LONGER_NAME =
  /^(?:team|talent|recruit\w*|hr|people|careers?|hiring|jobs?|inc|ltd|llc|limited|corp\w*|co|plc|gmbh|ag|sa|bv|nv|pvt|pte|group|and|&)$/i;
/** Capitalised words before a title that open a sentence or a label, not a longer title. */
const NOT_LONGER_TITLE =
  /^(?:the|a|an|our|your|as|for|re|fwd|fw|aw|wg|tr|position|role|job|title|vacancy|opening|hi|dear|new|open|junior|senior|lead|principal|staff)$/i;
/** Lowercase words a title may hold: connectors in the languages the rules read. */
const TITLE_CONNECTORS = new Set(
  "of and for the in to with on at de der die das des für und et en y e la le les du del van voor het a à".split(" "),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Occurrences of `value` in `text` (case-insensitive, whole words) with the 40 characters either side. */
function surroundings(value: string, text: string): { before: string; after: string }[] {
  if (!value.trim()) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(value)}(?![\\p{L}\\p{N}])`, "giu");
  const found: { before: string; after: string }[] = [];
  for (const m of text.slice(0, 30_000).matchAll(pattern)) {
    const at = m.index ?? 0;
    found.push({ before: text.slice(Math.max(0, at - 40), at), after: text.slice(at + m[0].length, at + m[0].length + 40) });
    if (found.length >= 20) break;
  }
  return found;
}

/** The employer's name: does the text spell a longer name that starts with it? */
export function employerChecks(name: string, text: string): Features {
  const longer = surroundings(name, text).filter(({ after }) => {
    const next = /^[ \t]+(\p{Lu}[\p{L}-]+)/u.exec(after)?.[1];
    return next !== undefined && !NOT_LONGER_NAME.test(next);
  });
  return { longer_in_text: longer.length > 0 ? 1 : 0 };
}

/** The title: does the text carry it with more attached, and does it hold words no title holds? */
export function roleChecks(role: string, text: string): Features {
  const longer = surroundings(role, text).filter(({ before, after }) => {
    const previous = /(\p{Lu}[\p{L}-]*)[ \t]+$/u.exec(before)?.[1];
    const qualified = /^(?:[ \t]*\([^)\n]{1,30}\)|,[ \t]*\p{Lu}{2,}\b)/u.test(after);
    return qualified || (previous !== undefined && !NOT_LONGER_TITLE.test(previous));
  });
  const stray = role.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !TITLE_CONNECTORS.has(w)).length;
  return { longer_in_text: longer.length > 0 ? 1 : 0, lowercase_words: Math.min(stray, 3) };
}
