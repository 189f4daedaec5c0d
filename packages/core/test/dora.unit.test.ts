import { describe, expect, it } from 'vitest';
import { computeDora, findRolledBackIds, makeFailureTest, type DeploymentFact } from '@stagegate/core';

const H = 3_600_000;
const t0 = Date.parse('2026-03-01T00:00:00Z');
const at = (hours: number) => new Date(t0 + hours * H).toISOString();

/** Deployment facts with ids in creation order, one target per version unless told. */
function factory() {
  let id = 0;
  return (target: string, version: string, hours: number, state: string, extra: Partial<DeploymentFact> = {}): DeploymentFact => ({
    id: ++id, target, environment: `production/${target}`, stage: 'canary', version, sha: `sha-${version}`, kind: 'deploy', runId: '1', createdAt: at(hours), state, ...extra,
  });
}

describe('DORA edges', () => {
  it('takes the median of unsorted, odd-length lead times', () => {
    const fact = factory();
    const facts = [fact('lhr', 'v1', 10, 'inactive', { succeededAt: at(10) }), fact('lhr', 'v2', 20, 'inactive', { succeededAt: at(20) }), fact('lhr', 'v3', 30, 'success', { succeededAt: at(30) })];
    const commitTimes = new Map([['sha-v1', at(5)], ['sha-v2', at(19)], ['sha-v3', at(27)]]); // leads 5h, 1h, 3h
    expect(computeDora({ facts, to: new Date(t0 + 48 * H), windowMs: 48 * H, commitTimes }).leadTime).toEqual({ medianMs: 3 * H, samples: 3 });
  });

  it('leaves a sha without a commit time out of lead time, never NaN', () => {
    const fact = factory();
    const facts = [fact('lhr', 'v1', 10, 'success', { succeededAt: at(12) }), fact('nrt', 'v2', 11, 'success', { succeededAt: at(12) })];
    const r = computeDora({ facts, to: new Date(t0 + 48 * H), windowMs: 48 * H, commitTimes: new Map([['sha-v1', at(8)]]) });
    expect(r.leadTime).toEqual({ medianMs: 4 * H, samples: 1 });
    expect(computeDora({ facts, to: new Date(t0 + 48 * H), windowMs: 48 * H }).leadTime).toEqual({ medianMs: undefined, samples: 0 });
  });

  it('counts deployments created from the window start to its end, both included', () => {
    const fact = factory();
    const facts = [fact('a', 'v1', -0.001, 'success'), fact('b', 'v2', 0, 'success'), fact('c', 'v3', 24, 'success'), fact('d', 'v4', 24.001, 'success')];
    const r = computeDora({ facts, to: new Date(t0 + 24 * H), windowMs: 24 * H });
    expect(r).toMatchObject({ deployments: 2, rollouts: 2, deploymentsPerDay: 2, from: at(0), to: at(24), days: 1 });
  });

  it('an empty window has no rate and no median, never NaN; a zero-length window deploys 0 a day', () => {
    expect(computeDora({ facts: [], to: new Date(t0), windowMs: 7 * 24 * H })).toMatchObject({
      deployments: 0, rollouts: 0, deploymentsPerDay: 0, failedDeployments: 0, changeFailureRate: undefined, unrestored: 0,
      leadTime: { medianMs: undefined, samples: 0 }, timeToRestore: { medianMs: undefined, samples: 0 },
    });
    const fact = factory();
    expect(computeDora({ facts: [fact('a', 'v1', 0, 'success')], to: new Date(t0), windowMs: 0 })).toMatchObject({ deployments: 1, deploymentsPerDay: 0, changeFailureRate: 0 });
  });

  it('restores a failed target only by a later good deployment on that same target', () => {
    const fact = factory();
    const facts = [
      fact('lhr', 'v1', 0, 'inactive', { succeededAt: at(0.5) }),
      fact('lhr', 'v2', 1, 'failure', { stateAt: at(1.5) }),
      fact('nrt', 'v3', 2, 'success', { succeededAt: at(2.5) }), //        another target: restores nothing on lhr
      fact('lhr', 'v4', 3, 'in_progress'), //                              still running: not a restore
      fact('lhr', 'v5', 4, 'error', { stateAt: at(4.2) }), //              failed too: not a restore
      fact('lhr', 'v1', 5, 'success', { kind: 'rollback', succeededAt: at(6), replaces: { version: 'v5' } }),
    ];
    const r = computeDora({ facts, to: new Date(t0 + 24 * H), windowMs: 24 * H });
    expect(r.failedDeployments).toBe(2);
    expect(r.timeToRestore).toEqual({ medianMs: ((6 - 1.5) + (6 - 4.2)) / 2 * H, samples: 2 });
    expect(r.unrestored).toBe(0);
    const lone = computeDora({ facts: facts.slice(0, 4), to: new Date(t0 + 24 * H), windowMs: 24 * H });
    expect(lone).toMatchObject({ failedDeployments: 1, unrestored: 1, timeToRestore: { samples: 0 } });
  });
});

describe('which deployment a rollback replaced', () => {
  it('is the one its payload names by id', () => {
    const fact = factory();
    const facts = [fact('lhr', 'v2', 0, 'inactive'), fact('lhr', 'v2', 1, 'inactive'), fact('lhr', 'v1', 2, 'success', { kind: 'rollback', replaces: { version: 'v2', deploymentId: 1 } })];
    expect([...findRolledBackIds(facts)]).toEqual([1]);
  });

  it('without an id, the newest deploy of that version on the same target, made no later than the rollback', () => {
    const fact = factory();
    const facts = [
      fact('lhr', 'v2', 0, 'inactive'), //  1: older
      fact('lhr', 'v2', 2, 'inactive'), //  2: the one replaced
      fact('nrt', 'v2', 3, 'inactive'), //  3: another target
      fact('lhr', 'v3', 3.5, 'inactive'), // 4: another version
      fact('lhr', 'v1', 4, 'success', { kind: 'rollback', replaces: { version: 'v2' } }), // 5
      fact('lhr', 'v2', 6, 'success'), //   6: after the rollback
    ];
    expect([...findRolledBackIds(facts)]).toEqual([2]);
    const failed = makeFailureTest(facts);
    expect(facts.filter(failed).map((f) => f.id)).toEqual([2]);
  });

  it('an earlier rollback to that version is not the one replaced, a deploy of it is', () => {
    const fact = factory();
    const facts = [
      fact('lhr', 'v2', 0, 'inactive'), //                                                     1: the deploy replaced
      fact('lhr', 'v2', 2, 'inactive', { kind: 'rollback', replaces: { version: 'v3' } }), //  2: a rollback back to v2
      fact('lhr', 'v1', 4, 'success', { kind: 'rollback', replaces: { version: 'v2' } }), //   3
    ];
    expect([...findRolledBackIds(facts)]).toEqual([1]);
  });

  it('a rollback naming a version never deployed there replaced nothing', () => {
    const fact = factory();
    expect([...findRolledBackIds([fact('lhr', 'v2', 0, 'inactive'), fact('lhr', 'v1', 1, 'success', { kind: 'rollback', replaces: { version: 'v9' } })])]).toEqual([]);
  });

  it('a deploy made in the same instant as the rollback can be the one it replaced', () => {
    const fact = factory();
    expect([...findRolledBackIds([fact('lhr', 'v2', 4, 'inactive'), fact('lhr', 'v1', 4, 'success', { kind: 'rollback', replaces: { version: 'v2' } })])]).toEqual([1]);
  });

  it('a rollback that names nothing replaced nothing; a failure known from elsewhere still counts', () => {
    const fact = factory();
    const facts = [fact('lhr', 'v2', 0, 'inactive'), fact('lhr', 'v1', 1, 'success', { kind: 'rollback' })];
    expect(findRolledBackIds(facts).size).toBe(0);
    expect(facts.filter(makeFailureTest(facts, new Set([1]))).map((f) => f.id)).toEqual([1]);
    expect(facts.filter(makeFailureTest(facts)).map((f) => f.id)).toEqual([]);
  });
});
