// L2-regularised logistic regression by Newton's method: small, exact, deterministic (no random
// start, no learning rate). Used by scripts/calibrate.ts to fit P(correct | evidence) per field.

export interface Sample {
  features: Record<string, number>;
  correct: boolean;
  /** How much this sample counts (augmented variants count less than real messages). */
  weight: number;
}

export interface LogisticFit {
  bias: number;
  weights: Record<string, number>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] ?? [], m[col] ?? []];
    const top = m[col] ?? [];
    const p = top[col] ?? 0;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const row = m[r] ?? [];
      const f = (row[col] ?? 0) / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c += 1) row[c] = (row[c] ?? 0) - f * (top[c] ?? 0);
    }
  }
  return m.map((row, i) => {
    const p = row[i] ?? 0;
    return Math.abs(p) < 1e-12 ? 0 : (row[n] ?? 0) / p;
  });
}

/**
 * Fits bias + weights. `lambda` penalises every weight (not the bias) toward its prior (0 unless
 * `priors` names one), which keeps the fit finite when the development data separate perfectly and
 * keeps rare features from deciding alone.
 */
/** The weighted log-loss of `beta` on the rows plus its penalty: what Newton's method minimises. */
function penalisedLoss(rows: number[][], samples: Sample[], beta: number[], lambda: number, prior: number[]): number {
  let loss = 0;
  rows.forEach((x, i) => {
    const sample = samples[i];
    if (!sample) return;
    const z = x.reduce((sum, v, j) => sum + v * (beta[j] ?? 0), 0);
    // log(1 + e^-z) for a right reading, log(1 + e^z) for a wrong one, without overflow.
    const m = sample.correct ? -z : z;
    loss += sample.weight * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
  });
  for (let j = 1; j < beta.length; j += 1) loss += (lambda / 2) * ((beta[j] ?? 0) - (prior[j - 1] ?? 0)) ** 2;
  return loss + (1e-3 / 2) * (beta[0] ?? 0) ** 2;
}

export function fitLogistic(
  samples: Sample[],
  names: string[],
  lambda: number,
  priors: Record<string, number> = {},
  iterations = 60,
): LogisticFit {
  const prior = names.map((n) => priors[n] ?? 0);
  const d = names.length + 1; // index 0 is the bias
  const rows = samples.map((s) => [1, ...names.map((n) => s.features[n] ?? 0)]);
  let beta = [0, ...prior];
  for (let it = 0; it < iterations; it += 1) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((x, i) => {
      const sample = samples[i];
      if (!sample) return;
      const p = sigmoid(x.reduce((z, v, j) => z + v * (beta[j] ?? 0), 0));
      const y = sample.correct ? 1 : 0;
      const w = sample.weight;
      const curvature = w * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < d; j += 1) {
        const xj = x[j] ?? 0;
        if (xj === 0) continue;
        grad[j] = (grad[j] ?? 0) + w * (p - y) * xj;
        const hj = hess[j] ?? [];
        for (let k = 0; k < d; k += 1) hj[k] = (hj[k] ?? 0) + curvature * xj * (x[k] ?? 0);
      }
    });
    for (let j = 1; j < d; j += 1) {
      grad[j] = (grad[j] ?? 0) + lambda * ((beta[j] ?? 0) - (prior[j - 1] ?? 0));
      const hj = hess[j] ?? [];
      hj[j] = (hj[j] ?? 0) + lambda;
    }
    // A tiny ridge on the bias too, so a field with only right answers stays finite.
    const h0 = hess[0] ?? [];
    h0[0] = (h0[0] ?? 0) + 1e-3;
    grad[0] = (grad[0] ?? 0) + 1e-3 * (beta[0] ?? 0);
    const step = solve(hess, grad);
    // Damped Newton: a full step can overshoot on rare features seen only among wrong readings and
    // swing further each iteration; halve it until the penalised loss does not rise (the objective
    // is convex, so the optimum is the same where a full step already converged).
    const before = penalisedLoss(rows, samples, beta, lambda, prior);
    let scale = 1;
    let next = beta.map((b, j) => b - (step[j] ?? 0));
    for (
      let halvings = 0;
      halvings < 30 && penalisedLoss(rows, samples, next, lambda, prior) > before + 1e-12;
      halvings += 1
    ) {
      scale /= 2;
      next = beta.map((b, j) => b - scale * (step[j] ?? 0));
    }
    const moved = Math.max(...next.map((b, j) => Math.abs(b - (beta[j] ?? 0))));
    beta = next;
    if (moved < 1e-7) break;
  }
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  return {
    bias: round(beta[0] ?? 0),
    weights: Object.fromEntries(names.map((n, j) => [n, round(beta[j + 1] ?? 0)]).filter(([, w]) => w !== 0)),
  };
}

export function predict(fit: LogisticFit, features: Record<string, number>): number {
  let z = fit.bias;
  for (const [name, value] of Object.entries(features)) z += (fit.weights[name] ?? 0) * value;
  return sigmoid(z);
}

/** Mean weighted log-loss: how surprised the model is by what actually happened. */
export function logLoss(fit: LogisticFit, samples: Sample[]): number {
  let total = 0;
  let weight = 0;
  for (const s of samples) {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, predict(fit, s.features)));
    total -= s.weight * (s.correct ? Math.log(p) : Math.log(1 - p));
    weight += s.weight;
  }
  return weight ? total / weight : 0;
}
