import { hodgesLehmann, mannWhitneyGreater } from './mann-whitney.js';
import type { BaselineRules } from './types.js';

/** How a canary compares with its baseline over the soak. */
export interface BaselineComparison {
  /** worse: confidently worse than allowed; ok: not shown worse; insufficient: too few samples to ever show it. */
  outcome: 'worse' | 'ok' | 'insufficient';
  /** One-sided p-value of "the canary is worse than the allowed baseline". */
  pValue: number;
  /** Effect sizes, on the raw samples. */
  effect: {
    /** Hodges-Lehmann shift canary − baseline (in the metric's unit). */
    shift: number;
    /** mean(canary) / mean(baseline); null when the baseline mean is 0 (the ratio has no meaning there). */
    meanRatio: number | null;
    /** Probability that a canary sample is worse than a baseline sample (common-language effect size). */
    probabilityWorse: number;
  };
  canarySamples: number;
  baselineSamples: number;
  /** One line for people. */
  reason: string;
}

/**
 * Compares canary samples with baseline samples as Kayenta's Mann-Whitney
 * classifier does, with one change that matters: the allowance is applied to
 * the baseline *before* the test (baseline × max-ratio + min-difference), so the
 * test asks directly "is the canary worse than what we allow?".
 *
 * Kayenta instead tests the raw shift against a fraction of its own
 * Hodges-Lehmann estimate and reports mean(canary)/mean(baseline): with a
 * baseline of all zeros and a canary that errors in under half of its samples
 * the estimate is 0, its bound is 0, and a canary far worse than its baseline
 * passes (and the ratio is Infinity). Here a zero baseline stays zero after
 * the ratio, so any canary confidently above zero (+ min-difference) is worse.
 */
export function compareToBaseline(canary: readonly number[], baseline: readonly number[], rules: BaselineRules): BaselineComparison {
  const canarySamples = canary.length;
  const baselineSamples = baseline.length;
  const alpha = 1 - rules.confidence;
  if (canarySamples === 0 || baselineSamples === 0) {
    return { outcome: 'insufficient', pValue: 1, effect: { shift: 0, meanRatio: null, probabilityWorse: 0.5 }, canarySamples, baselineSamples, reason: `no ${canarySamples === 0 ? 'canary' : 'baseline'} samples to compare` };
  }
  // Orient so that "greater" always means "worse".
  const sign = rules.direction === 'increase' ? 1 : -1;
  const worseCanary = canary.map((v) => sign * v);
  const allowed = baseline.map((v) => (rules.direction === 'increase' ? v * rules.maxRatio + rules.minDifference : v / rules.maxRatio - rules.minDifference) * sign);
  const test = mannWhitneyGreater(worseCanary, allowed);
  const raw = mannWhitneyGreater(canary.map((v) => sign * v), baseline.map((v) => sign * v));
  const meanBase = mean(baseline);
  const effect = {
    shift: hodgesLehmann(canary, baseline),
    meanRatio: meanBase === 0 ? null : mean(canary) / meanBase,
    probabilityWorse: raw.u / (canarySamples * baselineSamples),
  };
  const common = { pValue: test.pValue, effect, canarySamples, baselineSamples };
  const allowance = `${rules.maxRatio}× baseline${rules.minDifference ? ` + ${rules.minDifference}` : ''}`;
  if (test.pValue <= alpha) {
    return { outcome: 'worse', ...common, reason: `canary is ${rules.direction === 'increase' ? 'above' : 'below'} ${allowance} with confidence ${formatConfidence(1 - test.pValue)} (p=${test.pValue.toPrecision(3)}, shift ${effect.shift.toPrecision(3)}, P(worse)=${effect.probabilityWorse.toFixed(2)})` };
  }
  // The smallest p these sizes can give (the canary entirely worse, no ties).
  if (bestPossiblePValue(canarySamples, baselineSamples) > alpha) {
    return { outcome: 'insufficient', ...common, reason: `${canarySamples} canary and ${baselineSamples} baseline samples cannot reach confidence ${rules.confidence}: soak longer or probe more often` };
  }
  return { outcome: 'ok', ...common, reason: `canary within ${allowance} (p=${test.pValue.toPrecision(3)}, shift ${effect.shift.toPrecision(3)})` };
}

/** 1 / C(m+n, m): the exact p-value when every canary sample is worse than every baseline sample. */
export function bestPossiblePValue(m: number, n: number): number {
  let p = 1;
  for (let i = 1; i <= m; i++) p *= i / (n + i);
  return p;
}

function mean(v: readonly number[]): number {
  return v.reduce((a, b) => a + b, 0) / v.length;
}

function formatConfidence(c: number): string {
  return c >= 0.9999 ? '>0.9999' : c.toFixed(4);
}
