import { describe, expect, it } from 'vitest';
import { bestPossiblePValue, compareToBaseline, exactUpperTail, hodgesLehmann, mannWhitneyGreater, normalCdf, rankWithTies } from '@stagegate/core';

const RULES = { maxRatio: 1.2, confidence: 0.98, direction: 'increase' as const, minDifference: 0 };

describe('Mann-Whitney U, against values computed by hand', () => {
  it('ranks ties at their average rank', () => {
    expect(rankWithTies([1, 2, 2, 0, 0, 1])).toEqual({ ranks: [3.5, 5.5, 5.5, 1.5, 1.5, 3.5], tieSizes: [2, 2, 2] });
  });

  it('exact p for complete separation of 3 and 3 is 1/C(6,3) = 0.05', () => {
    const r = mannWhitneyGreater([4, 5, 6], [1, 2, 3]);
    expect(r).toMatchObject({ u: 9, exact: true });
    expect(r.pValue).toBeCloseTo(0.05, 12);
  });

  it('exact p for U = 8 of 9 is (1 + 1)/20: only 3+3+3 and 3+3+2 reach 8', () => {
    const r = mannWhitneyGreater([3, 5, 6], [1, 2, 4]);
    expect(r.u).toBe(8);
    expect(r.pValue).toBeCloseTo(0.1, 12);
    expect(exactUpperTail(0, 3, 3)).toBeCloseTo(1, 12);
  });

  it('with ties uses the normal approximation with tie and continuity corrections (R: W = 8.5, p = 0.05507)', () => {
    // sigma² = 9/12 · (7 − 18/30) = 4.8; z = (8.5 − 4.5 − 0.5)/√4.8 = 1.59752
    const r = mannWhitneyGreater([1, 2, 2], [0, 0, 1]);
    expect(r.exact).toBe(false);
    expect(r.u).toBe(8.5);
    expect(r.z).toBeCloseTo(1.597524, 5);
    expect(r.pValue).toBeCloseTo(0.055074, 5);
  });

  it('all values tied gives p = 1, not NaN', () => {
    expect(mannWhitneyGreater([0, 0, 0], [0, 0]).pValue).toBe(1);
  });

  it('the Hodges-Lehmann shift is the median pairwise difference', () => {
    expect(hodgesLehmann([4, 5, 6], [1, 2, 3])).toBe(3);
    expect(hodgesLehmann([1, 2], [0, 0])).toBe(1.5);
  });

  it('normalCdf matches tables', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-2.053749)).toBeCloseTo(0.02, 6);
  });

  it('bestPossiblePValue is 1/C(m+n, m)', () => {
    expect(bestPossiblePValue(3, 3)).toBeCloseTo(1 / 20, 12);
    expect(bestPossiblePValue(5, 4)).toBeCloseTo(1 / 126, 12);
  });
});

describe('compareToBaseline', () => {
  const base = [10, 11, 9, 10, 12, 10, 11, 9, 10, 11];

  it('passes a canary within the allowed ratio and fails one far beyond it', () => {
    const near = base.map((v) => v * 1.05);
    expect(compareToBaseline(near, base, RULES).outcome).toBe('ok');
    const far = base.map((v) => v * 2);
    const r = compareToBaseline(far, base, RULES);
    expect(r.outcome).toBe('worse');
    expect(r.effect.meanRatio).toBeCloseTo(2, 10);
    expect(r.effect.probabilityWorse).toBe(1);
    expect(r.reason).toMatch(/above 1.2× baseline/);
  });

  it('does not pass a canary erroring far above a baseline of zero (the Kayenta bug)', () => {
    const zeros = new Array(10).fill(0);
    // Errors in 4 of 10 samples: the Hodges-Lehmann shift is 0, so a bound that is a
    // fraction of it (Kayenta) is 0 as well and the canary would pass. U = 40 + 6·5 = 70.
    const canary = [0, 0, 5, 0, 8, 0, 9, 0, 12, 0];
    const r = compareToBaseline(canary, zeros, RULES);
    expect(r.effect.shift).toBe(0);
    expect(r.effect.meanRatio).toBeNull();
    expect(r.pValue).toBeCloseTo(0.017492, 5);
    expect(r.outcome).toBe('worse');
    // Ten 3s vs ten 0s: two tie groups of 10, sigma² = 100/12 · (21 − 1980/380) = 131.58, z = 49.5/11.471 = 4.3153.
    expect(compareToBaseline(new Array(10).fill(3), zeros, RULES).pValue).toBeCloseTo(7.969e-6, 8);
    // … while a zero canary against a zero baseline is fine.
    expect(compareToBaseline(zeros, zeros, RULES).outcome).toBe('ok');
  });

  it('min-difference tolerates small absolute noise over a zero baseline', () => {
    const zeros = new Array(10).fill(0);
    const noise = [0.001, 0, 0.002, 0.001, 0, 0.003, 0.001, 0, 0.002, 0.001];
    expect(compareToBaseline(noise, zeros, RULES).outcome).toBe('worse');
    expect(compareToBaseline(noise, zeros, { ...RULES, minDifference: 0.01 }).outcome).toBe('ok');
  });

  it('direction decrease: lower is worse', () => {
    const rules = { ...RULES, direction: 'decrease' as const };
    expect(compareToBaseline(base.map((v) => v / 3), base, rules).outcome).toBe('worse');
    expect(compareToBaseline(base.map((v) => v * 3), base, rules).outcome).toBe('ok');
  });

  it('too few samples to ever reach the confidence is insufficient, not a pass', () => {
    const r = compareToBaseline([1, 1, 1], [5, 6, 7], RULES);
    expect(r.outcome).toBe('insufficient');
    expect(compareToBaseline([], [1], RULES).outcome).toBe('insufficient');
  });
});
