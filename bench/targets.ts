// The speed targets of issue 12 and the baselines they are judged against, in one place, so each
// bench prints its figure beside both. Baselines are ratios (the machine is shared, so only ratios
// measured side by side mean anything), measured before the speed work they belong to; README
// ("Speed") says how each was measured.

export interface Target {
  /** What is measured, as printed. */
  name: string;
  /** The ratio to stay at or under. */
  max: number;
  /** The same ratio before the work on it, and what that was. */
  baseline: number;
  baselineNote: string;
}

export const TARGETS = {
  corpusParse: {
    name: "parse + extract, median over the labelled corpus, x bare postal-mime",
    max: 3,
    baseline: 6.5,
    baselineNote: "before the speed pass (0b28052), median of 4 runs alternating with it",
  },
  htmlParse: {
    name: "parse + extract, HTML-heavy message, x bare postal-mime",
    max: 5,
    baseline: 14.9,
    baselineNote: "before the speed pass (0b28052), median of 4 runs alternating with it",
  },
  cliParse: {
    name: "jobnudge parse, wall, x node -e 0",
    max: 4,
    baseline: 4.7,
    baselineNote: "before the speed pass, node -e 0 at 52 ms (4.1x under heavy load, README)",
  },
  firstMessage: {
    name: "first readEmail of a fresh inbound process, x a warm one",
    max: 2,
    baseline: 75,
    baselineNote: "small forward, before the INIT warm-up",
  },
} as const satisfies Record<string, Target>;

/** "6.2x (target ≤ 3x: missed; baseline 7.1x before ...)" */
export function beside(target: Target, ratio: number): string {
  const verdict = ratio <= target.max ? "met" : "missed";
  return `${ratio.toFixed(1)}x (target ≤ ${target.max}x: ${verdict}; baseline ${target.baseline}x, ${target.baselineNote})`;
}
