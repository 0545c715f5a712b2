// A misspelt command verb ("acept", "rnak"): the closest verbs within a couple of edits.

/**
 * The verbs a misspelt one most likely meant: those at the smallest edit distance, within one edit for
 * short words and two for longer ones. One verb is a guess; several ("dealine": deadline, decline)
 * are choices; none means the word is too far from any command.
 */
export function closestVerbs<Verb extends string>(typed: string, verbs: readonly Verb[]): Verb[] {
  const scored = verbs.map((verb) => ({ verb, distance: editDistance(typed.toLowerCase(), verb) }));
  const best = Math.min(...scored.map((s) => s.distance));
  const allowed = typed.length <= 4 ? 1 : 2;
  return best > allowed ? [] : scored.filter((s) => s.distance === best).map((s) => s.verb);
}

/** Damerau-Levenshtein (optimal string alignment): "acept" is one edit from "accept", "rnak" one from "rank". */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[rows - 1] as number[])[cols - 1] as number;
}
