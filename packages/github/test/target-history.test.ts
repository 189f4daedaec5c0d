import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, DeploymentStore, findLastKnownGoodMany, inspectTarget } from '@stagegate/github';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';

let fake: FakeGitHub;
let store: DeploymentStore;
beforeAll(async () => {
  fake = await startFakeGitHub({ repo: 'history' });
  store = new DeploymentStore(createGitHubClient({ token: 'test-token', baseUrl: fake.url, retries: 1, backoffBaseMs: 5 }), { owner: 'acme', repo: 'history' });
});
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

/** Seeds deployments of one environment, oldest first: [version, state, task?, service?]. */
function seed(environment: string, rows: Array<[string, string, string?, string?]>): number[] {
  return rows.map(([version, state, task, service]) => fake.state.seedDeployment('acme', 'history', {
    environment, task: task ?? 'deploy', sha: 'b'.repeat(40),
    payload: { tool: 'stagegate', service: service ?? 'trading-api', version, stage: 'canary', target: environment, plan: 'p', run: { id: '1', attempt: 1 } },
    statuses: state ? [{ state }] : [],
  }).id);
}

describe('inspectTarget', () => {
  it('excludes the version being rolled back and versions that failed after their last success', async () => {
    const ids = seed('e/one', [['v1', 'success'], ['v2', 'success'], ['v2', 'failure'], ['v3', 'success']]);
    const seen = await inspectTarget(store, 'e/one', { service: 'trading-api' });
    expect(seen.current).toMatchObject({ version: 'v3', deployment: { id: ids[3] } });
    expect(seen.lastGood?.version).toBe('v1');
    expect(seen.failedVersions).toEqual(['v2']);
    expect(seen.examined).toBe(4);
  });

  it('treats a successful rollback as the good version, so a second rollback finds nothing to do', async () => {
    seed('e/two', [['v1', 'success'], ['v2', 'failure'], ['v1', 'success', 'deploy:rollback']]);
    const seen = await inspectTarget(store, 'e/two', { service: 'trading-api' });
    expect(seen.current?.version).toBe('v1');
    expect(seen.lastGood?.version).toBe('v1');
    expect(seen.lastGood?.deployment.task).toBe('deploy:rollback');
    expect(seen.examined).toBe(1);
  });

  it('finds proof of a wanted version, ignores other services, and stops at its bound', async () => {
    seed('e/three', [['v0', 'success'], ['v1', 'failure'], ['x9', 'success', 'deploy', 'other-service'], ['v2', 'success']]);
    const wanted = await inspectTarget(store, 'e/three', { service: 'trading-api', wantVersion: 'v0' });
    expect(wanted.wantedProof?.version).toBe('v0');
    expect(wanted.lastGood?.version).toBe('v0');
    const never = await inspectTarget(store, 'e/three', { service: 'trading-api', wantVersion: 'v1' });
    expect(never.wantedProof).toBeUndefined();
    const bounded = await inspectTarget(store, 'e/three', { service: 'trading-api', maxExamined: 1 });
    expect(bounded).toMatchObject({ examined: 1, lastGood: undefined });
  });
});

describe('findLastKnownGoodMany', () => {
  it('answers many environments from one shared page plus a status read per environment with history', async () => {
    seed('m/a', [['v1', 'success'], ['v2', 'inactive'], ['v3', 'failure']]);
    seed('m/b', [['v5', 'success']]);
    fake.resetLog();
    const found = await findLastKnownGoodMany(store, ['m/a', 'm/b', 'm/never'], { service: 'trading-api' });
    expect(found.get('m/a')?.version).toBe('v2');
    expect(found.get('m/b')?.version).toBe('v5');
    expect(found.has('m/never')).toBe(false);
    expect(fake.countRequests({ route: '/repos/{owner}/{repo}/deployments' })).toBe(1);
    expect(fake.countRequests({ route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses' })).toBe(3);
  });

  it('searches an environment alone when its history is older than the shared page', async () => {
    seed('m/old', [['v1', 'success']]);
    seed('m/busy', Array.from({ length: 100 }, (_, i): [string, string] => [`b${i}`, 'failure']));
    fake.resetLog();
    const found = await findLastKnownGoodMany(store, ['m/old'], { service: 'trading-api' });
    expect(found.get('m/old')?.version).toBe('v1');
    expect(fake.countRequests({ route: '/repos/{owner}/{repo}/deployments' })).toBe(2);
  });
});
