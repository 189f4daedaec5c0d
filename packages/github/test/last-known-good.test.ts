import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, DeploymentStore, findLastKnownGood, inspectTarget } from '@stagegate/github';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';

let fake: FakeGitHub;
let store: DeploymentStore;
beforeAll(async () => {
  fake = await startFakeGitHub({ repo: 'lkg' });
  store = new DeploymentStore(createGitHubClient({ token: 'test-token', baseUrl: fake.url, retries: 0 }), { owner: 'acme', repo: 'lkg' });
});
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

type Row = { version: string; states: string[]; service?: string; task?: string; replaces?: string; tool?: string };

/** Seeds deployments of one environment, oldest first, each with its statuses oldest first. */
function seed(environment: string, rows: Row[]): number[] {
  let minute = 0;
  return rows.map((r) => fake.state.seedDeployment('acme', 'lkg', {
    environment, task: r.task ?? 'deploy', sha: 'c'.repeat(40), createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute++)),
    payload: {
      tool: r.tool ?? 'stagegate', service: r.service ?? 'trading-api', version: r.version, stage: 'canary', target: 'lhr', plan: 'p', run: { id: '1', attempt: 1 },
      ...(r.replaces ? { rollback: { reason: 'gate failed', replaces: { version: r.replaces } } } : {}),
    },
    statuses: r.states.map((state) => ({ state })),
  }).id);
}

describe('last known good: the service filter', () => {
  it('never returns another service\'s version from a shared environment, whatever is newest', async () => {
    seed('shared/one', [
      { version: 'a1', states: ['success'] },
      { version: 'b7', states: ['success'], service: 'billing' },
      { version: 'a2', states: ['failure'] },
      { version: 'b8', states: ['success'], service: 'billing' },
    ]);
    const r = await findLastKnownGood(store, 'shared/one', { service: 'trading-api' });
    expect(r.found?.version).toBe('a1');
    expect(r.examined).toBe(2); // a2 and a1: the other service's deployments cost no status read
    expect(r.failedVersions).toEqual(['a2']);
    const other = await findLastKnownGood(store, 'shared/one', { service: 'billing' });
    expect(other.found?.version).toBe('b8');
    const seen = await inspectTarget(store, 'shared/one', { service: 'trading-api' });
    expect(seen.current?.version).toBe('a2');
    expect(seen.lastGood?.version).toBe('a1');
  });

  it('finds nothing rather than the other service\'s version when its own never succeeded', async () => {
    seed('shared/two', [{ version: 'b1', states: ['success'], service: 'billing' }, { version: 'a1', states: ['error'] }]);
    expect((await findLastKnownGood(store, 'shared/two', { service: 'trading-api' })).found).toBeUndefined();
    expect((await inspectTarget(store, 'shared/two', { service: 'trading-api' })).lastGood).toBeUndefined();
  });
});

describe('last known good: the scan bound', () => {
  it('stops after maxExamined of our deployments, reading exactly that many statuses', async () => {
    seed('bound/one', [{ version: 'v0', states: ['success'] }, ...Array.from({ length: 12 }, (_, i) => ({ version: `v${i + 1}`, states: ['failure'] }))]);
    fake.resetLog();
    const r = await findLastKnownGood(store, 'bound/one', { maxExamined: 5 });
    expect(r).toMatchObject({ found: undefined, examined: 5 });
    expect(fake.countRequests({ method: 'GET', route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses' })).toBe(5);
    // v0 is the 13th newest: a bound of 12 never reaches it, 13 does.
    expect((await findLastKnownGood(store, 'bound/one', { maxExamined: 12 })).found).toBeUndefined();
    expect((await findLastKnownGood(store, 'bound/one', { maxExamined: 13 })).found?.version).toBe('v0');
    expect((await inspectTarget(store, 'bound/one', { maxExamined: 4 })).examined).toBe(4);
  });

  it('stops listing an environment full of other tools\' deployments at maxListed (pages are bounded too)', async () => {
    seed('bound/two', [{ version: 'v1', states: ['success'] }, ...Array.from({ length: 250 }, (_, i) => ({ version: `x${i}`, states: ['success'], tool: 'other' }))]);
    fake.resetLog();
    const r = await findLastKnownGood(store, 'bound/two', { maxExamined: 10, maxListed: 150 });
    expect(r).toMatchObject({ found: undefined, examined: 0 });
    expect(fake.countRequests()).toBe(2); // two pages of 100, no status read
    expect((await findLastKnownGood(store, 'bound/two', { maxExamined: 10 })).found).toBeUndefined(); // default: 10 × maxExamined = 100 listed
    expect((await findLastKnownGood(store, 'bound/two', { maxExamined: 30 })).found?.version).toBe('v1'); // 300 listed reach it
  });
});

describe('last known good: the one rule for bad', () => {
  it('skips a version whose failure a later inactive hides', async () => {
    seed('rule/one', [{ version: 'v1', states: ['success'] }, { version: 'v2', states: ['in_progress', 'success', 'failure', 'inactive'] }]);
    const r = await findLastKnownGood(store, 'rule/one');
    expect(r.found?.version).toBe('v1');
    expect(r.failedVersions).toEqual(['v2']);
  });

  it('skips a version a rollback replaced, even where its own deployment says success', async () => {
    seed('rule/two', [
      { version: 'v1', states: ['success'] },
      { version: 'v2', states: ['success'] },
      { version: 'v1', states: ['success'], task: 'deploy:rollback', replaces: 'v2' },
    ]);
    const r = await findLastKnownGood(store, 'rule/two', { exclude: ['v1'] });
    expect(r.found).toBeUndefined(); // without the rule, v2 would be chosen
    expect(r.failedVersions).toEqual(['v2']);
  });
});
