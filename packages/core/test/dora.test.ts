import { describe, expect, it } from 'vitest';
import {
  collectBadVersions, computeDora, computeTargetStatus, describeOrigin, describeOutcome, hasFailedStatus, isVersionBad, makeFailureTest, median,
  type DeploymentFact,
} from '../src/index.js';

const H = 3_600_000;
const t0 = Date.parse('2026-05-01T00:00:00Z');
const at = (hours: number) => new Date(t0 + hours * H).toISOString();
let nextId = 1;

/** A deployment created at `hours`, with its statuses oldest first as [state, hours]. */
function dep(target: string, version: string, hours: number, statuses: Array<[string, number]>, extra: Partial<DeploymentFact> = {}): DeploymentFact {
  const newestFirst = [...statuses].reverse().map(([state, h]) => ({ state, at: at(h) }));
  const success = statuses.find(([s]) => s === 'success');
  return {
    id: nextId++, target, environment: `production/${target}`, stage: 'canary', version, sha: `sha-${version}`, kind: 'deploy', runId: '1', createdAt: at(hours),
    state: newestFirst[0]?.state, stateAt: newestFirst[0]?.at, statuses: newestFirst, succeededAt: success ? at(success[1]) : undefined, ...extra,
  };
}
const ok = (target: string, version: string, hours: number, extra: Partial<DeploymentFact> = {}) => dep(target, version, hours, [['in_progress', hours], ['success', hours + 0.5]], extra);
const window = (facts: DeploymentFact[], toHours = 100, extra: Partial<Parameters<typeof computeDora>[0]> = {}) => computeDora({ facts, to: new Date(t0 + toHours * H), windowMs: toHours * H, ...extra });

describe('median', () => {
  it('takes the middle of odd-length, unsorted samples and the mean of the two middles of even ones', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([30, 10, 20, 50, 40])).toBe(30);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('gives DORA medians over unsorted, odd-length restore samples', () => {
    nextId = 1;
    // Three failures restored after 5h, 1h and 3h, listed in no particular order.
    const facts = [
      dep('lhr', 'v2', 10, [['failure', 10]]), ok('lhr', 'v3', 14.5),
      dep('nrt', 'v4', 20, [['failure', 20]]), ok('nrt', 'v5', 20.5),
      dep('ewr', 'v6', 30, [['failure', 30]]), ok('ewr', 'v7', 32.5),
    ].reverse();
    const r = window(facts);
    expect(r.timeToRestore).toEqual({ medianMs: 3 * H, samples: 3 });
  });
});

describe('DORA counts changes once and reads every status', () => {
  it('counts a failure fixed forward (failure, then inactive) and times its restore to the fix', () => {
    nextId = 1;
    const facts = [
      ok('lhr', 'v1', 1),
      dep('lhr', 'v2', 10, [['in_progress', 10], ['failure', 11], ['inactive', 13]]), // the newest status hides the failure
      ok('lhr', 'v3', 12), // fixed forward: success at 12.5
      ok('lhr', 'v4', 20), ok('lhr', 'v5', 30), ok('lhr', 'v6', 40), ok('lhr', 'v7', 50), ok('lhr', 'v8', 60),
    ];
    const r = window(facts);
    expect(r.failedDeployments).toBe(1);
    expect(r.changeFailureRate).toBeCloseTo(1 / 8);
    expect(r.timeToRestore).toEqual({ medianMs: 1.5 * H, samples: 1 }); // failure at 11 → v3's success at 12.5
    expect(r.unrestored).toBe(0);
  });

  it('counts one bad rollout over three targets as one failed change', () => {
    nextId = 1;
    const facts = [ok('lhr', 'v1', 1), ok('nrt', 'v1', 1), ok('ewr', 'v1', 1),
      dep('lhr', 'v2', 10, [['failure', 11]]), dep('nrt', 'v2', 10, [['failure', 11]]), dep('ewr', 'v2', 10, [['failure', 12]])];
    const r = window(facts);
    expect(r).toMatchObject({ deployments: 6, rollouts: 2, failedDeployments: 1, changeFailureRate: 0.5, unrestored: 1 });
  });

  it('does not count a restore on another target', () => {
    nextId = 1;
    const facts = [dep('lhr', 'v2', 10, [['failure', 10]]), ok('nrt', 'v3', 11)];
    const r = window(facts);
    expect(r).toMatchObject({ failedDeployments: 1, unrestored: 1, timeToRestore: { medianMs: undefined, samples: 0 } });
  });

  it('restores a rolled-back deployment with the rollback, timed from its failing status', () => {
    nextId = 1;
    const bad = dep('lhr', 'v2', 10, [['failure', 10.25]]);
    const rb = dep('lhr', 'v1', 10.5, [['success', 11.25]], { kind: 'rollback', replaces: { version: 'v2', deploymentId: bad.id } });
    expect(window([bad, rb]).timeToRestore).toEqual({ medianMs: 1 * H, samples: 1 });
    // Rolled back without a failing status read: the failure counts from the rollback's creation.
    nextId = 1;
    const quiet = dep('lhr', 'v2', 10, []);
    const rb2 = dep('lhr', 'v1', 10.5, [['success', 11]], { kind: 'rollback', replaces: { version: 'v2', deploymentId: quiet.id } });
    expect(window([quiet, rb2])).toMatchObject({ failedDeployments: 1, timeToRestore: { medianMs: 0.5 * H, samples: 1 } });
  });

  it('gives no NaN for an empty window', () => {
    const r = window([], 24);
    expect(r).toMatchObject({ deployments: 0, rollouts: 0, deploymentsPerDay: 0, failedDeployments: 0, changeFailureRate: undefined, unrestored: 0 });
    expect(r.leadTime).toEqual({ medianMs: undefined, samples: 0 });
    expect(r.timeToRestore).toEqual({ medianMs: undefined, samples: 0 });
    expect(computeDora({ facts: [], to: new Date(t0), windowMs: 0 }).deploymentsPerDay).toBe(0);
  });

  it('leaves a sha with no (or an unreadable) commit time out of lead time', () => {
    nextId = 1;
    const facts = [ok('lhr', 'v1', 10), ok('lhr', 'v2', 20), ok('lhr', 'v3', 30)];
    const r = window(facts, 100, { commitTimes: new Map([['sha-v1', at(8)], ['sha-v3', 'not a time']]) });
    expect(r.leadTime).toEqual({ medianMs: 2.5 * H, samples: 1 }); // v1 only: 8 → 10.5
  });

  it('counts deployments up to the window end and not after; a restore after it still counts', () => {
    nextId = 1;
    const facts = [ok('lhr', 'v0', 0), dep('lhr', 'v1', 50, [['failure', 50]]), ok('lhr', 'v2', 100), ok('lhr', 'v3', 101)];
    const r = computeDora({ facts, to: new Date(t0 + 100 * H), windowMs: 60 * H });
    expect(r.from).toBe(at(40));
    expect(r.to).toBe(at(100));
    expect(r).toMatchObject({ deployments: 2, rollouts: 2, failedDeployments: 1, changeFailureRate: 0.5 }); // v1 and v2 (created at the end itself)
    expect(r.timeToRestore).toEqual({ medianMs: 50.5 * H, samples: 1 });
  });

  it('leaves a change with a target still running out of the rate until it ends', () => {
    nextId = 1;
    const r = window([ok('lhr', 'v1', 1), dep('nrt', 'v1', 1, [['in_progress', 1]])]);
    expect(r).toMatchObject({ rollouts: 1, failedDeployments: 0, changeFailureRate: undefined });
  });

  it('splits the figures per environment on request', () => {
    nextId = 1;
    const facts = [ok('lhr', 'v1', 1), ok('nrt', 'v1', 1), dep('nrt', 'v2', 10, [['failure', 10]]), ok('lhr', 'v2', 10)];
    const r = window(facts, 100, { byEnvironment: true });
    expect(r.failedDeployments).toBe(1);
    expect(r.environments?.['production/lhr']).toMatchObject({ rollouts: 2, failedDeployments: 0, changeFailureRate: 0 });
    expect(r.environments?.['production/nrt']).toMatchObject({ rollouts: 2, failedDeployments: 1, changeFailureRate: 0.5, unrestored: 1 });
    expect(window(facts).environments).toBeUndefined();
  });
});

describe('the one rule for bad', () => {
  it('finds a failing status anywhere in the list, a rollback by version, and ids known from elsewhere', () => {
    nextId = 1;
    const hidden = dep('lhr', 'v2', 1, [['failure', 1], ['inactive', 2]]);
    const rb = dep('nrt', 'v1', 3, [['success', 3]], { kind: 'rollback', replaces: { version: 'v3' } });
    const known = ok('ewr', 'v4', 4);
    const bad = collectBadVersions([hidden, rb, known], new Set([known.id]));
    expect(hasFailedStatus(hidden)).toBe(true);
    expect(isVersionBad(bad, 'lhr', 'v2')).toBe(true);
    expect(isVersionBad(bad, 'nrt', 'v3')).toBe(true);
    expect(isVersionBad(bad, 'lhr', 'v3')).toBe(false); // bad on nrt only
    expect(isVersionBad(bad, 'ewr', 'v4')).toBe(true);
    expect(isVersionBad(bad, 'nrt', 'v1')).toBe(false);
  });

  it('never blames the version a failed rollback was returning to (only the version it replaced)', () => {
    nextId = 1;
    const failedRollback = dep('lhr', 'v1', 2, [['failure', 2.5]], { kind: 'rollback', replaces: { version: 'v3' } });
    const bad = collectBadVersions([ok('lhr', 'v1', 1), failedRollback]);
    expect(isVersionBad(bad, 'lhr', 'v1')).toBe(false);
    expect(isVersionBad(bad, 'lhr', 'v3')).toBe(true);
  });

  it('never shows a bad version as live or previous in status', () => {
    nextId = 1;
    const list = [ok('lhr', 'v1', 1), ok('lhr', 'v2', 2), dep('lhr', 'v3', 3, [['success', 3.5], ['failure', 4]])];
    // v2 was later rolled back elsewhere in time on this target: bad here, never a previous.
    list.push(dep('lhr', 'v1', 0.5, [['success', 0.6]], { kind: 'rollback', replaces: { version: 'v2' } }));
    const s = computeTargetStatus('lhr', 'production/lhr', list);
    expect(s).toMatchObject({ version: 'v1', previous: undefined, failing: true });
  });

  it('says so in history: a failure hidden by inactive, a rolled-back deploy, and who deployed which commit', () => {
    nextId = 1;
    const hidden = dep('lhr', 'v2', 1, [['failure', 1], ['inactive', 2]]);
    const replaced = ok('lhr', 'v3', 3);
    const rb = dep('lhr', 'v1', 4, [['success', 4]], { kind: 'rollback', replaces: { version: 'v3', deploymentId: replaced.id } });
    const isBad = makeFailureTest([hidden, replaced, rb]);
    expect(describeOutcome(hidden, isBad)).toBe('failure (then inactive)');
    expect(describeOutcome(replaced, isBad)).toBe('rolled back');
    expect(describeOutcome(rb, isBad)).toBe('success');
    expect(describeOrigin({ actor: 'octocat', sha: 'abcdef0123456789', ref: 'refs/heads/main' })).toBe('octocat @ abcdef0 (main)');
    expect(describeOrigin({ sha: 'abcdef0123456789', ref: 'abcdef0123456789' })).toBe('abcdef0');
  });
});
