/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided, as Kayenta's judge
 * uses it to compare a canary with its baseline. Exact distribution for small
 * samples without ties (as R's wilcox.test does), otherwise the normal
 * approximation with tie and continuity corrections.
 */

/** The result of a one-sided test that `x` tends to be greater than `y`. */
export interface MannWhitneyResult {
  /** U of x: pairs where x > y, ties counted one half. */
  u: number;
  /** P(U >= u) under "no difference". */
  pValue: number;
  /** Whether the exact distribution was used (else the normal approximation). */
  exact: boolean;
  /** z score of the normal approximation (0 when exact). */
  z: number;
}

/** Below this size on both sides, and without ties, p comes from the exact distribution. */
const EXACT_LIMIT = 50;

/** Midranks of `values` (1-based, ties share their average rank) and the tie-group sizes. */
export function rankWithTies(values: readonly number[]): { ranks: number[]; tieSizes: number[] } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length).fill(0);
  const tieSizes: number[] = [];
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    if (j > i) tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}

/** One-sided Mann-Whitney test of "x is stochastically greater than y". */
export function mannWhitneyGreater(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) throw new Error('mannWhitneyGreater needs at least one value on each side');
  const { ranks, tieSizes } = rankWithTies([...x, ...y]);
  const rankSumX = ranks.slice(0, m).reduce((a, b) => a + b, 0);
  const u = rankSumX - (m * (m + 1)) / 2;
  if (tieSizes.length === 0 && m < EXACT_LIMIT && n < EXACT_LIMIT) {
    return { u, pValue: exactUpperTail(u, m, n), exact: true, z: 0 };
  }
  const total = m + n;
  const tieTerm = tieSizes.reduce((a, t) => a + (t ** 3 - t), 0) / (total * (total - 1));
  const sigma = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm));
  // Every value tied: nothing tells the samples apart.
  if (sigma === 0) return { u, pValue: 1, exact: false, z: 0 };
  const diff = u - (m * n) / 2;
  // Continuity correction towards the mean, as R does (correct = TRUE).
  const z = (diff - 0.5) / sigma;
  return { u, pValue: 1 - normalCdf(z), exact: false, z };
}

/**
 * P(U >= u) for sample sizes m, n without ties, from the recurrence
 * p(u; m, n) = m/(m+n)·p(u−n; m−1, n) + n/(m+n)·p(u; m, n−1),
 * which stays in probabilities (no huge counts).
 */
export function exactUpperTail(u: number, m: number, n: number): number {
  // Row by row over the x size: prev[b] = p(·; a−1, b), cur[b] = p(·; a, b).
  let prev: Float64Array[] = Array.from({ length: n + 1 }, () => Float64Array.of(1));
  for (let a = 1; a <= m; a++) {
    const cur: Float64Array[] = [Float64Array.of(1)];
    for (let b = 1; b <= n; b++) {
      const left = prev[b]!;
      const right = cur[b - 1]!;
      const out = new Float64Array(a * b + 1);
      for (let k = 0; k <= a * b; k++) {
        const fromLeft = k - b >= 0 && k - b < left.length ? left[k - b]! : 0;
        const fromRight = k < right.length ? right[k]! : 0;
        out[k] = (a / (a + b)) * fromLeft + (b / (a + b)) * fromRight;
      }
      cur.push(out);
    }
    prev = cur;
  }
  const d = prev[n]!;
  let p = 0;
  for (let k = Math.ceil(u); k < d.length; k++) p += d[k]!;
  return Math.min(1, p);
}

/** Standard normal CDF (erfc by a Chebyshev fit, |error| < 1.2e-7). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? y : 2 - y;
}

/** Hodges-Lehmann estimate of the shift x − y: the median of all pairwise differences. */
export function hodgesLehmann(x: readonly number[], y: readonly number[]): number {
  const diffs: number[] = [];
  for (const a of x) for (const b of y) diffs.push(a - b);
  diffs.sort((a, b) => a - b);
  const mid = diffs.length >> 1;
  return diffs.length % 2 ? diffs[mid]! : (diffs[mid - 1]! + diffs[mid]!) / 2;
}
