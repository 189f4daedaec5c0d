import { describe, expect, it } from 'vitest';
import { decideAfterStage, describeShardFailures, judgeTargetRecord, summarizeShardedStage, type RecordedStatus, type TargetRecord } from '@stagegate/core';

/** Statuses written oldest first (as they happened), stored newest first (as GitHub lists them). */
const history = (...s: Array<[string, string?]>): RecordedStatus[] => s.map(([state, description]) => ({ state, description: description ?? '' })).reverse();
const ok = (target: string, id = 1): TargetRecord => ({ target, deploymentId: id, statuses: history(['in_progress'], ['success', 'deployed v3']) });
const shards = new Map([['a', '1/2'], ['b', '1/2'], ['c', '2/2'], ['d', '2/2']]);

describe('judgeTargetRecord', () => {
  it('a success is a success, even after GitHub marked it inactive', () => {
    expect(judgeTargetRecord(ok('a'))).toEqual({ target: 'a', state: 'succeeded', reason: 'deployed v3' });
    expect(judgeTargetRecord({ target: 'a', deploymentId: 1, statuses: history(['success', 'deployed v3'], ['inactive']) }).state).toBe('succeeded');
  });

  it('a failure after a success is the gate blaming the target; a failure alone is the deploy', () => {
    expect(judgeTargetRecord({ target: 'a', deploymentId: 1, statuses: history(['in_progress'], ['success'], ['failure', 'health gate wide failed on a: health: 503']) }))
      .toEqual({ target: 'a', state: 'blamed', reason: 'health gate wide failed on a: health: 503' });
    expect(judgeTargetRecord({ target: 'a', deploymentId: 1, statuses: history(['in_progress'], ['failure', 'deploy exited 7 — boom']) }))
      .toEqual({ target: 'a', state: 'deploy-failed', reason: 'deploy exited 7 — boom' });
  });

  it('error is a timeout, or a cancel when it says so', () => {
    expect(judgeTargetRecord({ target: 'a', deploymentId: 1, statuses: history(['in_progress'], ['error', 'deploy timed out after 10m']) }).state).toBe('error');
    expect(judgeTargetRecord({ target: 'a', deploymentId: 1, statuses: history(['in_progress'], ['error', 'cancelled']) }).state).toBe('cancelled');
  });

  it('no final status: the shard job died mid-deploy; no deployment at all: missing', () => {
    expect(judgeTargetRecord({ target: 'a', deploymentId: 9, statuses: history(['in_progress']) })).toMatchObject({ state: 'unfinished', reason: expect.stringContaining('deployment 9 has no final status') });
    expect(judgeTargetRecord({ target: 'a', deploymentId: 9, statuses: [] }).state).toBe('unfinished');
    expect(judgeTargetRecord({ target: 'a' })).toMatchObject({ state: 'missing' });
  });
});

describe('summarizeShardedStage', () => {
  it('every target deployed and none blamed: the stage passed and the policy says next', () => {
    const s = summarizeShardedStage('wide', ['a', 'b', 'c', 'd'].map((t, i) => ok(t, i + 1)), shards, 'success');
    expect(s.outcome).toEqual({ stage: 'wide', deploy: 'succeeded', gate: 'Successful', touchedTargets: ['a', 'b', 'c', 'd'], failedTargets: [] });
    expect(s.failures).toEqual([]);
    expect(decideAfterStage('rollback-all', s.outcome, [])).toEqual({ kind: 'next' });
  });

  it("one shard's blamed target fails the gate; rollback-all takes every touched target of every shard and the earlier stage", () => {
    const records = [ok('a'), ok('b'), ok('c'), { target: 'd', deploymentId: 4, statuses: history(['success'], ['failure', 'health gate wide failed on d: 503']) }];
    const s = summarizeShardedStage('wide', records, shards, 'failure');
    expect(s.outcome).toMatchObject({ deploy: 'succeeded', gate: 'Failed', failedTargets: ['d'] });
    expect(s.failures).toEqual([{ target: 'd', state: 'blamed', reason: 'health gate wide failed on d: 503', shard: '2/2' }]);
    const canary = { stage: 'canary', deploy: 'succeeded' as const, gate: 'Successful' as const, touchedTargets: ['k'], failedTargets: [] };
    const d = decideAfterStage('rollback-all', s.outcome, [canary]);
    expect(d.kind === 'rollback' && d.items.map((i) => i.target)).toEqual(['a', 'b', 'c', 'd', 'k']);
  });

  it('failed and missing deploys: partially-failed, only deployed targets are touched', () => {
    const records = [ok('a'), { target: 'b', deploymentId: 2, statuses: history(['failure', 'deploy exited 1']) }, { target: 'c' }, ok('d')];
    const s = summarizeShardedStage('wide', records, shards, 'failure');
    expect(s.outcome).toMatchObject({ deploy: 'partially-failed', gate: 'skipped', touchedTargets: ['a', 'b', 'd'], failedTargets: ['b', 'c'] });
    expect(summarizeShardedStage('wide', [{ target: 'a' }, { target: 'b' }], shards, 'failure').outcome.deploy).toBe('failed');
  });

  it('a cancelled target or cancelled shard jobs: cancelled, and the policy pauses rather than roll back', () => {
    expect(summarizeShardedStage('wide', [ok('a'), { target: 'b', deploymentId: 2, statuses: history(['error', 'cancelled']) }], shards, 'failure').outcome.deploy).toBe('cancelled');
    const s = summarizeShardedStage('wide', [ok('a')], shards, 'cancelled');
    expect(s.outcome.deploy).toBe('cancelled');
    expect(decideAfterStage('rollback-all', s.outcome, []).kind).toBe('pause');
  });

  it('shard jobs that failed with every record a success: Inconclusive, said so, and a pause', () => {
    const s = summarizeShardedStage('wide', [ok('a'), ok('c')], shards, 'failure');
    expect(s.outcome.gate).toBe('Inconclusive');
    expect(s.unexplained).toMatch(/^a shard job failed but recorded no failed deployment/);
    expect(decideAfterStage('rollback-all', s.outcome, []).kind).toBe('pause');
    expect(summarizeShardedStage('wide', [ok('a')], shards, '').unexplained).toBeUndefined();
  });
});

describe('describeShardFailures', () => {
  it('groups by shard and cuts long lists', () => {
    const f = (target: string, shard: string) => ({ target, shard, state: 'blamed' as const, reason: 'health 503' });
    expect(describeShardFailures([f('a', '1/3'), f('c', '3/3'), f('b', '1/3')])).toBe('shard 1/3: a: health 503; b: health 503; shard 3/3: c: health 503');
    expect(describeShardFailures([f('a', '1/3'), f('b', '1/3'), f('c', '1/3')], 2)).toBe('shard 1/3: a: health 503; b: health 503; and 1 more');
    expect(describeShardFailures(['1', '2', '3'].map((s) => f(`t${s}`, `${s}/3`)), 2)).toBe('shard 1/3: t1: health 503; shard 2/3: t2: health 503; and 1 more shards');
  });
});

describe('a record that could not be read', () => {
  it('proves nothing: the target is unfinished, with the read error', () => {
    expect(judgeTargetRecord({ target: 'a', deploymentId: 5, statuses: history(['success']), readError: 'HTTP 502: bad gateway' }))
      .toEqual({ target: 'a', state: 'unfinished', reason: 'the statuses of deployment 5 could not be read: HTTP 502: bad gateway' });
  });
});
