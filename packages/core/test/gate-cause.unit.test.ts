import { describe, expect, it } from 'vitest';
import type { BaselineComparison } from '../src/gate/baseline.js';
import { describeCheckCause, type CheckResult } from '../src/gate/gate-result.js';

function check(over: Partial<CheckResult> = {}): CheckResult {
  return {
    target: 'ewr',
    check: 'health',
    severity: 'critical',
    samples: 10,
    failures: 3,
    errors: 2,
    lastValue: 503,
    verdict: 'Failed',
    reason: '3 failures reached its failure-limit of 3',
    observed: '503 (expected 200) — body {"status":"degraded"}',
    ...over,
  };
}

const baseline = (outcome: BaselineComparison['outcome']): BaselineComparison =>
  ({ outcome, reason: `baseline ${outcome}` }) as unknown as BaselineComparison;

describe('describeCheckCause: what a person reads first about a failed check', () => {
  it('a failed critical check shows where, which check and what was observed', () => {
    expect(describeCheckCause(check())).toBe('ewr: health 503 (expected 200) — body {"status":"degraded"}');
  });

  it('without an observation it falls back to the reason', () => {
    expect(describeCheckCause(check({ observed: undefined }))).toBe('ewr: health 3 failures reached its failure-limit of 3');
    expect(describeCheckCause(check({ observed: '' }))).toBe('ewr: health 3 failures reached its failure-limit of 3');
  });

  it('a baseline judged worse shows the reason (the comparison), not the last sample', () => {
    expect(describeCheckCause(check({ baseline: baseline('worse'), reason: 'canary is above p95 +10%' }))).toBe('ewr: health canary is above p95 +10%');
  });

  it('a baseline that is ok or insufficient does not hide the observation', () => {
    expect(describeCheckCause(check({ baseline: baseline('ok') }))).toBe('ewr: health 503 (expected 200) — body {"status":"degraded"}');
    expect(describeCheckCause(check({ baseline: baseline('insufficient') }))).toBe('ewr: health 503 (expected 200) — body {"status":"degraded"}');
  });

  it('an Inconclusive check shows its reason even with an observation', () => {
    expect(describeCheckCause(check({ verdict: 'Inconclusive', reason: '1 passes in a row, needs 3' }))).toBe('ewr: health 1 passes in a row, needs 3');
  });

  it('an Error check says it could not be measured, with its error count', () => {
    expect(describeCheckCause(check({ verdict: 'Error', observed: 'connect ECONNREFUSED' }))).toBe('ewr: health could not be measured: connect ECONNREFUSED (2 errors)');
  });

  it('a failed warning check adds the failure count that reached its limit', () => {
    expect(describeCheckCause(check({ severity: 'warning' }))).toBe('ewr: health 503 (expected 200) — body {"status":"degraded"} (3 failures reached its failure-limit)');
  });

  it('a warning check that did not fail shows only the observation', () => {
    expect(describeCheckCause(check({ severity: 'warning', verdict: 'Successful', observed: '200' }))).toBe('ewr: health 200');
  });
});
