import { describe, expect, it } from 'vitest';
import { loadPlan, summarizeShardedStage, type TargetRecord } from '@stagegate/core';
import { describeJoinHeadline, describeJoinNextStep, describeLive, renderJoinSummary, type JoinReport } from '@stagegate/pipeline';

const plan = loadPlan(JSON.stringify({
  version: 1, service: 'edge-api',
  stages: [{ name: 'canary', targets: ['k1'] }, { name: 'wide', targets: ['a', 'b', 'c', 'd'], 'on-failure': 'rollback-all' }, { name: 'full', targets: ['z'] }],
  deploy: { run: ['deploy', '{target}', '{version}'] },
}));
const ok = (target: string): TargetRecord => ({ target, deploymentId: 1, statuses: [{ state: 'success', description: 'deployed v3' }] });
const shards = new Map([['a', '1/2'], ['b', '1/2'], ['c', '2/2'], ['d', '2/2']]);

/** A join report as joinShardedStage builds it, from records and what the join then did. */
function report(records: TargetRecord[], jobs: 'success' | 'failure', rest: Partial<JoinReport>): JoinReport {
  return { ...summarizeShardedStage('wide', records, shards, jobs), decision: { kind: 'next' }, shards: 2, unrecorded: [], reads: { pages: 1, statuses: records.length }, result: 'next', ...rest };
}
const facts = (r: JoinReport) => ({ plan, stage: 'wide', version: 'v3', shardSize: 2, report: r });

describe('describeLive', () => {
  it('groups targets by the version they run, a few names each, unknown last as found', () => {
    expect(describeLive(new Map([['a', 'v2'], ['b', 'v2'], ['c', undefined]]))).toBe('v2 on 2 targets (a, b); unknown on c');
    expect(describeLive(new Map(['a', 'b', 'c', 'd'].map((t) => [t, 'v1'])), 2)).toBe('v1 on 4 targets (a, b, …)');
    expect(describeLive(new Map())).toBe('nothing changed');
  });
});

describe('the join headline: the cause first, then what production runs', () => {
  it('a passed stage names the next one', () => {
    const r = report(['a', 'b', 'c', 'd'].map(ok), 'success', { result: 'next', nextStage: 'full' });
    expect(describeJoinHeadline(facts(r))).toBe('edge-api v3 passed stage wide (4 of 4 targets deployed, 2 shards). Production runs v3 on 4 targets (a, b, c, d).');
    expect(describeJoinNextStep(facts(r))).toEqual(['stage full starts']);
  });

  it('a rollback names the shard, the target and its record, then the versions put back', () => {
    const blamed: TargetRecord = { target: 'c', deploymentId: 3, statuses: [{ state: 'failure', description: 'health gate wide failed on c: 503' }, { state: 'success', description: '' }] };
    const rollback = { result: 'succeeded' as const, targets: ['a', 'b', 'c', 'd', 'k1'].map((target) => ({ target, environment: `production/${target}`, deploymentId: 9, fromVersion: 'v3', toVersion: 'v2', state: 'succeeded' as const, reason: 'rolled back to v2', durationMs: 5, logUrl: '' })) };
    const r = report([ok('a'), ok('b'), blamed, ok('d')], 'failure', { result: 'rolled-back', rollback, decision: { kind: 'rollback', scope: 'all', items: [], reason: 'x' } });
    expect(describeJoinHeadline(facts(r))).toBe('edge-api v3 rolled back (rollback-all) after stage wide (4 of 4 targets deployed, 2 shards): shard 2/2: c: health gate wide failed on c: 503. Production runs v2 on 5 targets (a, b, c, d, k1).');
    expect(describeJoinNextStep(facts(r))[0]).toMatch(/^deploy a fixed version/);
    const summary = renderJoinSummary(facts(r));
    expect(summary.split('\n')[0]).toBe(`### ↩️ ${describeJoinHeadline(facts(r))}`);
    expect(summary).toContain('| 2/2 | c | blamed | health gate wide failed on c: 503 |');
    expect(summary).toContain('Decision: **rollback-all** (deploy succeeded, gate Failed)');
  });

  it('a pause says the version stays live and how to roll back', () => {
    const r = report(['a', 'b'].map(ok), 'failure', { result: 'paused', decision: { kind: 'pause', reason: 'x' } });
    expect(describeJoinHeadline(facts(r))).toMatch(/^edge-api v3 paused on stage wide \(2 of 2 targets deployed, 2 shards\): a shard job failed but recorded no failed deployment/);
    expect(describeJoinNextStep(facts(r))).toEqual([
      'v3 stays live on 2 target(s); a person decides: re-run the failed shard jobs ("Re-run failed jobs") to deploy and gate them again',
      'roll back: `gh workflow run rollback.yml -f targets=a,b -f reason="…"`',
    ]);
  });

  it('nothing deployed: failed, and nothing rolled back is said plainly', () => {
    const r = report([{ target: 'a' }, { target: 'b' }], 'failure', { result: 'failed' });
    expect(describeJoinHeadline(facts(r))).toBe('edge-api v3 failed on stage wide (0 of 2 targets deployed, 2 shards); nothing of this run was deployed, so nothing was rolled back: shard 1/2: a: no deployment of this run: its shard job did not deploy it; b: no deployment of this run: its shard job did not deploy it. Production is unchanged.');
  });
});
