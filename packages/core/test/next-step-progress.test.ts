import { describe, expect, it } from 'vitest';
import { createGateProgress, describeCheckCause, describeHeadline, describeNextStep, describeProduction, createTally, type Sample } from '../src/index.js';

describe('describeProduction and describeHeadline', () => {
  it('groups by version, says unknown for a failed command and counts untouched targets', () => {
    expect(describeProduction([
      { target: 'lhr', live: 'v1', action: 'rolled back' }, { target: 'nrt', live: 'v1', action: 'rolled back' },
      { target: 'ewr', live: undefined, action: 'failed' }, { target: 'ord', live: undefined, action: 'untouched' },
    ])).toBe('v1 on lhr, nrt; unknown on ewr (its command failed); ord untouched');
  });

  it('leads with the outcome and the cause, then what production runs', () => {
    expect(describeHeadline({ service: 'api', version: 'v3', result: 'rolled-back', cause: 'ewr: health 503 (expected 200)', targets: [{ target: 'ewr', live: 'v1', action: 'rolled back' }] }))
      .toBe('api v3 rolled back: ewr: health 503 (expected 200). Production runs v1 on ewr.');
    expect(describeHeadline({ service: 'api', version: 'v3', result: 'succeeded', cause: 'ignored', targets: [{ target: 'ewr', live: 'v3', action: 'deployed' }] })).toBe('api v3 is live. Production runs v3 on ewr.');
  });
});

describe('describeNextStep', () => {
  const targets = [{ target: 'lhr', live: 'v3', action: 'gate failed' as const }, { target: 'ewr', live: undefined, action: 'untouched' as const }];
  it('gives a pause the resume (start-at the next stage), the retry and the rollback of the targets running the new version', () => {
    const next = describeNextStep({ service: 'api', version: 'v3', result: 'paused', failedStage: 'canary', nextStage: 'primary', targets });
    expect(next[0]).toBe('v3 is live on lhr; a person decides');
    expect(next[1]).toBe('accept and go on: re-run with `version: v3` and `start-at: primary` (CLI: `stagegate run --version v3 --start-at primary`)');
    expect(next[2]).toContain('`start-at: canary`');
    expect(next[3]).toBe('roll back: `gh workflow run rollback.yml -f targets=lhr -f reason="…"` (a reviewer of the production-rollback environment approves)');
  });
  it('after a full rollback, says re-run from the start', () => {
    expect(describeNextStep({ service: 'api', version: 'v3', result: 'rolled-back', failedStage: 'canary', targets: [{ target: 'lhr', live: 'v1', action: 'rolled back' }] }))
      .toEqual(['deploy a fixed version; if the cause was outside v3, fix it and re-run with `version: v3` (CLI: `stagegate run --version v3`)']);
  });
});

describe('describeCheckCause', () => {
  it('names target, check and observation; a warning adds the limit it reached', () => {
    const base = { target: 'ewr', check: 'health', samples: 3, failures: 3, errors: 0, lastValue: 1, verdict: 'Failed' as const, reason: 'x', observed: '503 (expected 200) — body {"status":"degraded"}' };
    expect(describeCheckCause({ ...base, severity: 'critical' })).toBe('ewr: health 503 (expected 200) — body {"status":"degraded"}');
    expect(describeCheckCause({ ...base, severity: 'warning' })).toBe('ewr: health 503 (expected 200) — body {"status":"degraded"} (3 failures reached its failure-limit)');
    expect(describeCheckCause({ ...base, severity: 'critical', observed: undefined })).toBe('ewr: health x');
  });
});

describe('createGateProgress', () => {
  it('prints at most one line per target every 30 s, and a first failure at once', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = createGateProgress({ startedAt: 0, timeoutMs: 600_000, now: () => now, print: (l) => lines.push(l) });
    const tally = createTally('lhr', 'health', { severity: 'critical', failureLimit: 1, consecutiveErrorLimit: 4 });
    const sample = (target: string, round: number, status: 'pass' | 'fail'): Sample => ({ target, check: 'health', round, at: now, status, message: status === 'pass' ? 'ok' : '503', latencyMs: 1 });
    for (let r = 0; r < 10; r++) {
      now = r * 10_000;
      progress(sample('lhr', r, 'pass'), tally);
      progress(sample('nrt', r, r === 4 ? 'fail' : 'pass'), tally);
    }
    expect(lines.filter((l) => l.startsWith('lhr:'))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('nrt:'))).toHaveLength(3);
    expect(lines[0]).toBe('lhr: health round 4, 0 passed, 0 failed, 0 errors; verdict so far Running; 570s left');
    expect(lines.find((l) => l.includes('(last: health 503)'))).toMatch(/^nrt: health round 5/);
  });
});
