// Finding the employer an owner means by a few typed words: case-insensitive, by unique prefix of
// the name or of an alias. An exact name wins over a longer name it is a prefix of ("Acme" vs
// "Acme Labs"); two employers sharing the typed prefix are ambiguous and nothing is guessed. The
// records may carry process labels as names ("Acme / ML Engineer", domain/process.ts): "Acme" then
// names neither of Acme's processes alone, and two records of one exact name are ambiguous too.
import type { EmployerRecord } from "../employer";
import { LABEL_SEPARATOR } from "../process";

export type EmployerMatch =
  | { ok: true; employer: EmployerRecord; rest: string[] }
  | { ok: false; kind: "none" | "ambiguous"; typed: string; candidates: EmployerRecord[] };

export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, LABEL_SEPARATOR)
    .trim();
}

function namesOf(employer: EmployerRecord): string[] {
  return [employer.name, ...employer.aliases].map(normalizeName);
}

/**
 * The records named exactly `wanted`: by their name (a process label's employer part counts, so
 * "Acme" names all of Acme's processes), else by an alias (a renamed process keeps its old name as
 * an alias, and another process may still carry that name).
 */
function exactly(wanted: string, employers: EmployerRecord[]): EmployerRecord[] {
  const byName = employers.filter((e) => {
    const name = normalizeName(e.name);
    return name === wanted || name.split(LABEL_SEPARATOR)[0] === wanted;
  });
  return byName.length > 0 ? byName : employers.filter((e) => namesOf(e).includes(wanted));
}

export function isExactName(typed: string, employer: EmployerRecord): boolean {
  return namesOf(employer).includes(normalizeName(typed));
}

/** A prefix of the name; for "Employer / Role", a prefix of each part ("glob / ml" for "Globex / ML Engineer"). */
function startsLike(name: string, wanted: string): boolean {
  if (name.startsWith(wanted)) return true;
  const [employer, role, ...more] = wanted.split(LABEL_SEPARATOR);
  const [nameEmployer, nameRole] = name.split(LABEL_SEPARATOR);
  return (
    employer !== undefined &&
    role !== undefined &&
    more.length === 0 &&
    nameRole !== undefined &&
    !!nameEmployer?.startsWith(employer) &&
    nameRole.startsWith(role)
  );
}

type Lookup = { exact: EmployerRecord[]; prefixed: EmployerRecord[] };

function lookup(typed: string, employers: EmployerRecord[]): Lookup {
  const wanted = normalizeName(typed);
  if (!wanted) return { exact: [], prefixed: [] };
  const prefixed = employers.filter((employer) => namesOf(employer).some((name) => startsLike(name, wanted)));
  return { exact: exactly(wanted, employers), prefixed };
}

/** The whole of `typed` names one employer. */
export function matchEmployer(typed: string, employers: EmployerRecord[]): EmployerMatch {
  const { exact, prefixed } = lookup(typed, employers);
  const [one] = exact;
  if (exact.length === 1 && one) return { ok: true, employer: one, rest: [] };
  if (exact.length > 1) return { ok: false, kind: "ambiguous", typed: typed.trim(), candidates: exact };
  const only = prefixed[0];
  if (prefixed.length === 1 && only) return { ok: true, employer: only, rest: [] };
  return { ok: false, kind: prefixed.length === 0 ? "none" : "ambiguous", typed: typed.trim(), candidates: prefixed };
}

/**
 * The longest run of leading words that names an employer; the words after it are returned as
 * `rest` (the date of `deadline Kestrel Pay mar 13`, the duration of `snooze Acme 3d`).
 * Ambiguity is reported for the longest run that matched anything at all.
 */
export function matchEmployerAtStart(words: string[], employers: EmployerRecord[]): EmployerMatch {
  for (let take = words.length; take >= 1; take--) {
    const typed = words.slice(0, take).join(" ");
    const { exact, prefixed } = lookup(typed, employers);
    if (exact.length > 1) return { ok: false, kind: "ambiguous", typed, candidates: exact };
    const only = prefixed[0];
    const found = exact[0] ?? (prefixed.length === 1 ? only : undefined);
    if (found) return { ok: true, employer: found, rest: words.slice(take) };
    if (prefixed.length > 1) return { ok: false, kind: "ambiguous", typed, candidates: prefixed };
  }
  return { ok: false, kind: "none", typed: words[0] ?? "", candidates: [] };
}

/**
 * The processes an employer name stands for as a whole: `typed` is exactly the employer part of
 * every candidate's process label ("Acme" for "Acme / Data Engineer" and "Acme / ML Engineer").
 */
export function wholeEmployer(typed: string, candidates: EmployerRecord[]): EmployerRecord[] | null {
  const wanted = normalizeName(typed);
  const employerPart = (e: EmployerRecord) => normalizeName(e.name).split(LABEL_SEPARATOR)[0];
  return candidates.length > 1 &&
    candidates.every((e) => e.name.includes(LABEL_SEPARATOR) && employerPart(e) === wanted)
    ? candidates
    : null;
}
