// `rank A, B, C`: the owner's preference, top choice first.
import type { EmployerRecord } from "../employer";
import { OPEN_STAGES } from "../vocabularies";
import { matchEmployer, matchEmployerAtStart } from "./employer-match";
import { COMMAND_SYNTAX, employerProblem, invalid, type ParsedCommand, ref } from "./syntax";

/**
 * `rank A, B, C`: every name must be one employer. Names may also be joined by "and", ">" or ";", or
 * follow each other without a separator ("rank Globex Acme") when each is a whole name. An unknown
 * name is said, and the choices keep the names that were understood (nothing is dropped silently).
 */
export function parseRank(args: string[], employers: EmployerRecord[]): ParsedCommand {
  const parts = args
    .join(" ")
    .split(/\s*(?:,|>|;)\s*/)
    .filter(Boolean);
  const ranked: (EmployerRecord | string)[] = [];
  for (const part of parts) {
    const match = matchEmployer(part, employers);
    if (match.ok) ranked.push(match.employer);
    else if (match.kind === "ambiguous") return employerProblem("rank", match, employers);
    else ranked.push(...(splitRun(part, employers) ?? [part]));
  }
  const named = ranked.map((e) => (typeof e === "string" ? `${e} (unknown)` : e.name)).join(", ");
  const unknown = ranked.filter((e): e is string => typeof e === "string");
  const known = ranked.filter((e): e is EmployerRecord => typeof e !== "string");
  if (unknown.length > 0) {
    const missing = unknown.map((u) => `"${u}"`).join(", ");
    const others = employers.filter((e) => !known.includes(e) && OPEN_STAGES.includes(e.stage)).slice(0, 5);
    const rankOf = (list: EmployerRecord[]) => `rank ${list.map((e) => e.name).join(", ")}`;
    const first = unknown[0];
    const at = ranked.indexOf(first as string);
    const replacements = others.map((other) => {
      const list = ranked
        .map((e, i) => (i === at ? other : e))
        .filter((e): e is EmployerRecord => typeof e !== "string");
      return rankOf(list);
    });
    return invalid(
      `rank ${named}`,
      `${missing} ${unknown.length === 1 ? "is" : "are"} not one of your employers, so nothing was ranked`,
      [...(known.length > 0 ? [rankOf(known)] : []), ...replacements],
    );
  }
  const twice = known.find((e, i) => known.indexOf(e) !== i);
  if (twice) return invalid(`rank ${named}`, `${twice.name} appears twice`, [COMMAND_SYNTAX.rank]);
  return { type: "rank", employers: known.map(ref) };
}

/** "Globex and Acme", "Globex Acme": a run of whole names with optional "and"/"then"; null otherwise. */
function splitRun(part: string, employers: EmployerRecord[]): EmployerRecord[] | null {
  let words = part.split(" ").filter((w) => !/^(and|then|&)$/i.test(w));
  const found: EmployerRecord[] = [];
  while (words.length > 0) {
    const match = matchEmployerAtStart(words, employers);
    if (!match.ok) return null;
    found.push(match.employer);
    words = match.rest;
  }
  return found.length > 1 ? found : null;
}
