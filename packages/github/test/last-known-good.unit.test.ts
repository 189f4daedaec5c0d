import { describe, expect, it } from 'vitest';
import { findLastKnownGood, type DeploymentRecord, type DeploymentStore, type StatusRecord } from '../src/index.js';

type Row = { version: string; states: string[]; service?: string; tool?: 'other'; replaces?: string; environment?: string };

/**
 * The Deployments API of one environment held in memory, newest first as GitHub
 * lists it, counting what the search reads. Rows are given oldest first, each
 * with its statuses oldest first.
 */
function storeOf(rows: Row[]) {
  let statusId = 1;
  const records = rows.map((r, i): { d: DeploymentRecord; statuses: StatusRecord[] } => ({
    d: {
      id: i + 1, environment: r.environment ?? 'production/lhr', ref: 'main', sha: 'c'.repeat(40), task: r.replaces ? 'deploy:rollback' : 'deploy',
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), description: null, production: true,
      payload: r.tool ? undefined : {
        tool: 'stagegate', service: r.service ?? 'api', version: r.version, stage: 'canary', target: 'lhr', plan: 'p', run: { id: '1', attempt: 1 },
        ...(r.replaces ? { rollback: { reason: 'gate failed', replaces: { version: r.replaces } } } : {}),
      },
    },
    statuses: r.states.map((state, k) => ({ id: statusId++, state: state as StatusRecord['state'], description: '', createdAt: new Date(Date.UTC(2026, 0, 1, 0, i, k)).toISOString(), logUrl: '', environmentUrl: '' })).reverse(),
  }));
  const reads = { listed: 0, statusReads: 0 };
  const store = {
    async *listDeployments(filter: { environment?: string } = {}) {
      for (const r of [...records].reverse().filter((x) => filter.environment === undefined || x.d.environment === filter.environment)) {
        reads.listed++;
        yield r.d;
      }
    },
    async latestStatus(id: number) {
      reads.statusReads++;
      return records[id - 1]!.statuses[0];
    },
    async listStatuses(id: number) {
      reads.statusReads++;
      return records[id - 1]!.statuses;
    },
  };
  return { store: store as unknown as DeploymentStore, reads };
}

describe('last known good', () => {
  it('is the newest deployment that succeeded, success or inactive', async () => {
    const { store } = storeOf([{ version: 'v1', states: ['in_progress', 'success', 'inactive'] }, { version: 'v2', states: ['in_progress', 'success'] }]);
    const r = await findLastKnownGood(store, 'production/lhr');
    expect(r.found?.version).toBe('v2');
    expect(r.found?.deployment.id).toBe(2);
    expect(r.found?.status.state).toBe('success');
    expect(r.examined).toBe(1);
    const older = storeOf([{ version: 'v1', states: ['success', 'inactive'] }, { version: 'v2', states: ['in_progress'] }]);
    expect(await findLastKnownGood(older.store, 'production/lhr')).toMatchObject({ found: { version: 'v1', status: { state: 'inactive' } }, examined: 2, failedVersions: [] });
  });

  it('skips a version that failed (failure or error) after it last succeeded, and says so', async () => {
    const { store } = storeOf([
      { version: 'v1', states: ['success'] }, { version: 'v2', states: ['success'] }, { version: 'v2', states: ['failure'] }, { version: 'v3', states: ['error'] },
    ]);
    const r = await findLastKnownGood(store, 'production/lhr');
    expect(r.found?.version).toBe('v1');
    expect(r.examined).toBe(4);
    expect(r.failedVersions.sort()).toEqual(['v2', 'v3']);
  });

  it('never returns an excluded version', async () => {
    const { store } = storeOf([{ version: 'v1', states: ['success'] }, { version: 'v2', states: ['success'] }]);
    expect((await findLastKnownGood(store, 'production/lhr', { exclude: ['v2'] })).found?.version).toBe('v1');
    expect((await findLastKnownGood(store, 'production/lhr', { exclude: ['v1', 'v2'] })).found).toBeUndefined();
  });

  it("never returns another service's version from a shared environment, and reads no status of it", async () => {
    const { store, reads } = storeOf([{ version: 'a1', states: ['success'] }, { version: 'b7', states: ['success'], service: 'billing' }, { version: 'x', states: ['success'], tool: 'other' }]);
    const r = await findLastKnownGood(store, 'production/lhr', { service: 'api' });
    expect(r).toMatchObject({ found: { version: 'a1' }, examined: 1 });
    expect(reads.statusReads).toBe(1);
    expect((await findLastKnownGood(storeOf([{ version: 'a1', states: ['success'] }, { version: 'b7', states: ['success'], service: 'billing' }]).store, 'production/lhr')).found?.version).toBe('b7');
  });

  it('ignores deployments other tools made', async () => {
    const { store } = storeOf([{ version: 'v1', states: ['success'] }, { version: 'v9', states: ['success'], tool: 'other' }]);
    expect(await findLastKnownGood(store, 'production/lhr')).toMatchObject({ found: { version: 'v1' }, examined: 1 });
  });

  it('stops after maxExamined of our deployments: never an endless scan', async () => {
    const rows: Row[] = [{ version: 'v0', states: ['success'] }, ...Array.from({ length: 5 }, (_, i) => ({ version: `v${i + 1}`, states: ['failure'] }))];
    const { store, reads } = storeOf(rows);
    const r = await findLastKnownGood(store, 'production/lhr', { maxExamined: 3 });
    expect(r.found).toBeUndefined();
    expect(r.examined).toBe(3);
    expect(reads.statusReads).toBe(3);
    expect(r.failedVersions.sort()).toEqual(['v3', 'v4', 'v5']);
    expect((await findLastKnownGood(storeOf(rows).store, 'production/lhr', { maxExamined: 6 })).found?.version).toBe('v0');
    expect((await findLastKnownGood(storeOf(rows).store, 'production/lhr')).examined).toBe(6);
  });

  it('reads only the environment asked for', async () => {
    const { store } = storeOf([{ version: 'v1', states: ['success'] }, { version: 'v2', states: ['success'], environment: 'production/nrt' }]);
    expect((await findLastKnownGood(store, 'production/lhr')).found?.version).toBe('v1');
  });

  it('skips a deployment that has no status yet', async () => {
    const { store } = storeOf([{ version: 'v1', states: ['success'] }, { version: 'v2', states: [] }]);
    expect(await findLastKnownGood(store, 'production/lhr')).toMatchObject({ found: { version: 'v1' }, examined: 2, failedVersions: [] });
  });

  it('stops after listing maxListed deployments of any service, ten times maxExamined by default', async () => {
    const others = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ version: `b${i}`, states: ['success'], service: 'billing' }));
    const rows: Row[] = [{ version: 'v0', states: ['success'] }, ...others(3)];
    expect((await findLastKnownGood(storeOf(rows).store, 'production/lhr', { service: 'api', maxListed: 3 })).found).toBeUndefined();
    expect((await findLastKnownGood(storeOf(rows).store, 'production/lhr', { service: 'api', maxListed: 4 })).found?.version).toBe('v0');
    const many: Row[] = [{ version: 'v0', states: ['success'] }, ...others(10)];
    expect((await findLastKnownGood(storeOf(many).store, 'production/lhr', { service: 'api', maxExamined: 1 })).found).toBeUndefined();
    expect((await findLastKnownGood(storeOf(many).store, 'production/lhr', { service: 'api', maxExamined: 2 })).found?.version).toBe('v0');
  });

  it('finds nothing in an empty environment', async () => {
    expect(await findLastKnownGood(storeOf([]).store, 'production/lhr')).toEqual({ found: undefined, examined: 0, failedVersions: [] });
  });
});
