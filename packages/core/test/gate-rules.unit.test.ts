import { describe, expect, it } from 'vitest';
import {
  createTally, exactUpperTail, hasEnoughSuccesses, mannWhitneyGreater, normalCdf, rankWithTies, recordSample, summarizeTallies,
  type BaselineComparison, type CheckRules, type CheckTally, type ProbeStatus,
} from '@stagegate/core';

const WARN: CheckRules = { severity: 'warning', failureLimit: 3, consecutiveErrorLimit: 2 };
const CRIT: CheckRules = { ...WARN, severity: 'critical' };

const sample = (status: ProbeStatus, value?: number, message = `${status}${value ?? ''}`) => ({ target: 'lhr', check: 'http', round: 0, at: 0, status, message, latencyMs: 1, ...(value !== undefined ? { value } : {}) });

/** A tally after these samples, in order. */
function tallyOf(rules: CheckRules, ...samples: Array<ReturnType<typeof sample>>): CheckTally {
  return samples.reduce(recordSample, createTally('lhr', 'http', rules));
}

describe('check tally', () => {
  it('starts empty and Running', () => {
    expect(createTally('lhr', 'http', WARN)).toEqual({
      target: 'lhr', check: 'http', rules: WARN, samples: 0, successes: 0, failures: 0, errors: 0, consecutiveErrors: 0, consecutiveSuccesses: 0,
      lastValue: undefined, lastMessage: '', verdict: 'Running', reason: 'no samples yet',
    });
  });

  it('counts passes, failures and errors, and says so while running', () => {
    const t = tallyOf(WARN, sample('pass', 1), sample('fail', 2), sample('error'), sample('pass', 3));
    expect(t).toMatchObject({ samples: 4, successes: 2, failures: 1, errors: 1, consecutiveErrors: 0, consecutiveSuccesses: 1, verdict: 'Running', reason: '2/4 passed, 1 failed, 1 errors', lastMessage: 'pass3' });
    expect(tallyOf(WARN, sample('pass', 1)).reason).toBe('1/1 passed');
    expect(tallyOf(WARN, sample('error')).reason).toBe('0/1 passed, 1 errors');
  });

  it('an error sample keeps the last measured value', () => {
    const t = tallyOf(WARN, sample('pass', 42), sample('error'));
    expect(t.lastValue).toBe(42);
    expect(t.lastMessage).toBe('error');
    expect(tallyOf(WARN, sample('pass', 42), sample('fail', 0)).lastValue).toBe(0);
  });

  it('a critical check fails on its first failure', () => {
    expect(tallyOf(CRIT, sample('fail', 503, 'status 503'))).toMatchObject({ verdict: 'Failed', reason: 'critical check failed: status 503' });
  });

  it('a warning check fails at failure-limit, counting failures cumulatively', () => {
    const two = tallyOf(WARN, sample('fail'), sample('pass'), sample('fail'));
    expect(two.verdict).toBe('Running');
    expect(recordSample(two, sample('fail', 9, 'status 9'))).toMatchObject({ verdict: 'Failed', reason: '3 failures reached the failure-limit 3: status 9' });
  });

  it('ends in Error after consecutive-error-limit errors in a row; a failure or a pass resets the run', () => {
    expect(tallyOf(WARN, sample('error'), sample('error', undefined, 'refused'))).toMatchObject({ verdict: 'Error', reason: '2 errors in a row reached the consecutive-error-limit 2: refused' });
    expect(tallyOf(WARN, sample('error'), sample('fail'), sample('error')).verdict).toBe('Running');
    expect(tallyOf(WARN, sample('error'), sample('pass'), sample('error')).verdict).toBe('Running');
  });

  it('never un-fails: later samples are counted but the verdict and its reason stay', () => {
    const failed = tallyOf(CRIT, sample('fail', 1, 'down'));
    const after = recordSample(recordSample(failed, sample('pass', 2)), sample('error'));
    expect(after).toMatchObject({ verdict: 'Failed', reason: 'critical check failed: down', samples: 3, successes: 1, errors: 1 });
    const errored = tallyOf(WARN, sample('error'), sample('error'));
    expect(recordSample(errored, sample('fail')).verdict).toBe('Error');
  });

  it('has enough successes with the passes in a row asked for, and at least one', () => {
    const t = tallyOf(WARN, sample('pass'), sample('pass'));
    expect(hasEnoughSuccesses(t, 2)).toBe(true);
    expect(hasEnoughSuccesses(t, 3)).toBe(false);
    expect(hasEnoughSuccesses(createTally('lhr', 'http', WARN), 0)).toBe(false);
  });
});

describe('summarising tallies', () => {
  const insufficient: BaselineComparison = { outcome: 'insufficient', pValue: 1, effect: { shift: 0, meanRatio: null, probabilityWorse: 0.5 }, canarySamples: 2, baselineSamples: 2, reason: 'too few samples' };
  const ok: BaselineComparison = { ...insufficient, outcome: 'ok', reason: 'within' };

  it('reports each check with its counts, and null for a check that never measured a value', () => {
    const [r] = summarizeTallies([tallyOf(WARN, sample('error'))], 1, new Map());
    expect(r).toEqual({ target: 'lhr', check: 'http', severity: 'warning', samples: 1, failures: 0, errors: 1, lastValue: null, observed: 'error', verdict: 'Inconclusive', reason: '0 passes in a row, needs 1 (0/1 passed, 1 errors)' });
  });

  it('a running check with its passes is Successful, unless its baseline could not be judged', () => {
    const t = tallyOf(WARN, sample('pass', 5));
    expect(summarizeTallies([t], 1, new Map())[0]).toMatchObject({ verdict: 'Successful', lastValue: 5, reason: '1/1 passed' });
    expect(summarizeTallies([t], 1, new Map([[0, ok]]))[0]).toMatchObject({ verdict: 'Successful', baseline: ok });
    expect(summarizeTallies([t], 1, new Map([[0, insufficient]]))[0]).toMatchObject({ verdict: 'Inconclusive', reason: 'too few samples', baseline: insufficient });
  });

  it('says how many passes in a row were missing, at least one', () => {
    const t = tallyOf(WARN, sample('pass'), sample('fail'), sample('pass'));
    expect(summarizeTallies([t], 2, new Map())[0]?.reason).toBe('1 passes in a row, needs 2 (2/3 passed, 1 failed)');
    expect(summarizeTallies([createTally('lhr', 'http', WARN)], 0, new Map())[0]?.reason).toBe('0 passes in a row, needs 1 (no samples yet)');
  });

  it('keeps a final verdict and its reason, and matches baselines by tally index', () => {
    const failed = tallyOf(CRIT, sample('fail', 7, 'bad'));
    const results = summarizeTallies([tallyOf(WARN, sample('pass')), failed], 1, new Map([[1, ok]]));
    expect(results.map((r) => [r.verdict, r.reason, r.severity, 'baseline' in r])).toEqual([['Successful', '1/1 passed', 'warning', false], ['Failed', 'critical check failed: bad', 'critical', true]]);
  });
});

describe('Mann-Whitney edges', () => {
  it('refuses an empty side', () => {
    expect(() => mannWhitneyGreater([], [1])).toThrow('mannWhitneyGreater needs at least one value on each side');
    expect(() => mannWhitneyGreater([1], [])).toThrow('at least one value');
  });

  it('uses the exact distribution below 50 values a side without ties, the normal approximation from 50', () => {
    const seq = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i);
    expect(mannWhitneyGreater(seq(49, 1000), seq(3, 0)).exact).toBe(true);
    expect(mannWhitneyGreater(seq(3, 1000), seq(49, 0)).exact).toBe(true);
    expect(mannWhitneyGreater(seq(50, 1000), seq(3, 0))).toMatchObject({ exact: false, u: 150 });
    expect(mannWhitneyGreater(seq(3, 1000), seq(50, 0)).exact).toBe(false);
    const near = mannWhitneyGreater(seq(50, 1000), seq(50, 0));
    expect(near.exact).toBe(false);
    expect(near.z).toBeGreaterThan(8);
    expect(near.pValue).toBeLessThan(1e-9);
  });

  it('all values tied: p = 1 from the approximation, z = 0', () => {
    expect(mannWhitneyGreater([2, 2], [2, 2, 2])).toEqual({ u: 3, pValue: 1, exact: false, z: 0 });
  });

  it('with the x side lower, the approximate p is near 1 and z negative', () => {
    const r = mannWhitneyGreater([1, 1, 2], [5, 6, 7]);
    expect(r.exact).toBe(false);
    expect(r.z).toBeLessThan(0);
    expect(r.pValue).toBeGreaterThan(0.9);
  });

  it('the exact tail sums the upper part of the distribution and never exceeds 1', () => {
    // m = 2, n = 2: U takes 0..4 with counts 1, 1, 2, 1, 1 over C(4,2) = 6.
    expect([0, 1, 2, 3, 4, 5].map((u) => exactUpperTail(u, 2, 2))).toEqual([1, 5 / 6, 4 / 6, 2 / 6, 1 / 6, 0].map((p) => expect.closeTo(p, 12)));
    expect(exactUpperTail(2.5, 2, 2)).toBeCloseTo(2 / 6, 12);
    expect(exactUpperTail(0, 1, 3)).toBe(1);
  });

  it('ranks a run of three ties and tells tie groups apart', () => {
    expect(rankWithTies([5, 5, 5, 1])).toEqual({ ranks: [3, 3, 3, 1], tieSizes: [3] });
    expect(rankWithTies([3, 1, 2])).toEqual({ ranks: [3, 1, 2], tieSizes: [] });
  });

  it('the normal CDF is symmetric and right in the tails', () => {
    expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 6);
    expect(normalCdf(3) + normalCdf(-3)).toBeCloseTo(1, 9);
    expect(normalCdf(-6)).toBeLessThan(1e-8);
  });
});
